<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Avoid common words, your name, repeats and sequences like 1234.</source>
        <translation>Évitez les mots courants, votre nom, les répétitions et les suites comme 1234.</translation>
    </message>
    <message>
        <source>Make it longer: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Allongez-la : quatre ou cinq mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>RelativeAge</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Brain</source>
        <extracomment>CT window preset (Hounsfield units 40/80)</extracomment>
        <translation>Cerveau</translation>
    </message>
    <message>
        <source>Subdural</source>
        <extracomment>CT window preset for subdural haematoma (75/215)</extracomment>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <extracomment>CT window preset for acute ischaemic stroke (40/40)</extracomment>
        <translation>AVC</translation>
    </message>
    <message>
        <source>Lung</source>
        <extracomment>CT window preset (-600/1500)</extracomment>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <extracomment>CT window preset (50/350)</extracomment>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <extracomment>CT window preset for abdominal soft tissue (60/400)</extracomment>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <extracomment>CT window preset (60/160)</extracomment>
        <translation>Foie</translation>
    </message>
    <message>
        <source>Bone</source>
        <extracomment>CT window preset (400/1800)</extracomment>
        <translation>Os</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>Title of the About dialog; %1 is the product name, &quot;Consilium&quot;.</extracomment>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Private, end-to-end encrypted review of clinical cases with your colleagues.</source>
        <translation>Revue privée de cas cliniques avec vos confrères, chiffrée de bout en bout.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version the application was built with, %2 the one it runs on.</extracomment>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>In the About dialog; %1 is a version number such as 0.1.0.</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <extracomment>Rich text; keep the link markup and translate only the words.</extracomment>
        <translation>Distribué sous la &lt;a href=&quot;%1&quot;&gt;licence Apache, version 2.0&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AnnotationCommands</name>
    <message>
        <source>Add Annotation</source>
        <extracomment>Undo/redo menu entry: a new annotation was drawn (&quot;Undo Add Annotation&quot;).</extracomment>
        <translation>Ajouter une annotation</translation>
    </message>
    <message>
        <source>Add Annotations</source>
        <translation>Ajouter des annotations</translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <extracomment>Undo/redo menu entry: annotations were deleted.</extracomment>
        <translation>Supprimer les annotations</translation>
    </message>
    <message>
        <source>Move Annotations</source>
        <extracomment>Undo/redo menu entry: annotations were dragged to another place.</extracomment>
        <translation>Déplacer les annotations</translation>
    </message>
    <message>
        <source>Resize Annotation</source>
        <translation>Redimensionner l’annotation</translation>
    </message>
    <message>
        <source>Change Style</source>
        <extracomment>Undo/redo menu entry: colour, line width or font size of annotations changed.</extracomment>
        <translation>Modifier le style</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <extracomment>Undo/redo menu entry: the image was calibrated by a line of known length.</extracomment>
        <translation>Étalonner</translation>
    </message>
    <message>
        <source>Clear Calibration</source>
        <translation>Effacer l’étalonnage</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AppearancePage</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The language changes the next time Consilium starts.</source>
        <translation>La langue change au prochain démarrage de Consilium.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Notify me of new cases and comments</source>
        <translation>&amp;M’avertir des nouveaux cas et commentaires</translation>
    </message>
    <message>
        <source>When the window is in the background: a message from the system tray and the number of new items in the window title</source>
        <translation>Quand la fenêtre est à l’arrière-plan : un message dans la zone de notification et le nombre de nouveautés dans le titre de la fenêtre</translation>
    </message>
    <message>
        <source>The number of unread cases beside Feed is shown either way.</source>
        <translation>Le nombre de cas non lus reste affiché à côté de Fil dans tous les cas.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CasePage</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Be notified of new comments on this case</source>
        <translation>Être averti des nouveaux commentaires sur ce cas</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Garder hors ligne</translation>
    </message>
    <message>
        <source>Keep this case and its images on this computer for offline reading</source>
        <translation>Conserver ce cas et ses images sur cet ordinateur pour les lire hors ligne</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anamnèse</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>Add to the discussion… (Ctrl+Enter to post)</source>
        <translation>Contribuer à la discussion… (Ctrl+Entrée pour publier)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Post the comment to everyone who can read this case (Ctrl+Enter)</source>
        <translation>Publier le commentaire pour tous ceux qui peuvent lire ce cas (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>Impossible de lire le cas : %1</translation>
    </message>
    <message>
        <source>This case is no longer available</source>
        <translation>Ce cas n’est plus disponible</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>un auteur inconnu</translation>
    </message>
    <message>
        <source>Shared by %1 · %2</source>
        <translation>Partagé par %1 · %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation>Discussion (%1)</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>Impossible d’enregistrer le commentaire : %1</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>Voir les images</translation>
    </message>
    <message>
        <source>Open the case&apos;s images in the viewer (Ctrl+I)</source>
        <translation>Ouvrir les images du cas dans la visionneuse (Ctrl+I)</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>View images (%1)</source>
        <translation>Voir les images (%1)</translation>
    </message>
    <message>
        <source>No private temporary folder for the case&apos;s images: %1</source>
        <translation>Aucun dossier temporaire privé pour les images du cas : %1</translation>
    </message>
    <message>
        <source>The case&apos;s images could not be opened: %1</source>
        <translation>Impossible d’ouvrir les images du cas : %1</translation>
    </message>
    <message>
        <source>Ctrl+H: mark the selected comment helpful · Ctrl+R: reply to it</source>
        <translation>Ctrl+H : marquer le commentaire sélectionné comme utile · Ctrl+R : y répondre</translation>
    </message>
    <message>
        <source>← Back</source>
        <extracomment>Leaves the case for the list it was opened from (feed, my cases, offline, search).</extracomment>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase protects this profile from now on. Your cases stay as they are; only the key that opens them is wrapped again.</source>
        <translation>La nouvelle phrase secrète protège désormais ce profil. Vos cas restent tels quels ; seule la clé qui les ouvre est de nouveau chiffrée.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète act&amp;uelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>Changement de la phrase secrète… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>La nouvelle phrase secrète est l’actuelle.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CommentDelegate</name>
    <message>
        <source>Helpful ✓</source>
        <translation>Utile ✓</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CommentThreadModel</name>
    <message>
        <source>%1 wrote: %2</source>
        <extracomment>Read by screen readers for one comment: author, then the comment&apos;s text.</extracomment>
        <translation>%1 a écrit : %2</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorCanvas</name>
    <message>
        <source>Annotation canvas</source>
        <extracomment>Accessible name of the editor&apos;s drawing area.</extracomment>
        <translation>Zone d’annotation</translation>
    </message>
    <message>
        <source>Type, then press Enter</source>
        <extracomment>Placeholder of the in-place editor of a text annotation.</extracomment>
        <translation>Saisissez, puis appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorWindow</name>
    <message>
        <source>No image</source>
        <extracomment>Shown in the editor before an image is opened.</extracomment>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save Annotations…</source>
        <extracomment>Menu entry: save the annotations as a layer file.</extracomment>
        <translation>&amp;Enregistrer les annotations…</translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <extracomment>Title of the save dialog for annotation layers.</extracomment>
        <translation>Enregistrer les annotations</translation>
    </message>
    <message>
        <source>Annotations (*.json)</source>
        <extracomment>File type filter of annotation layer files.</extracomment>
        <translation>Annotations (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Annotated Image…</source>
        <extracomment>Menu entry: save the frame with the annotations burned in, as a picture.</extracomment>
        <translation>Exporter l’image &amp;annotée…</translation>
    </message>
    <message>
        <source>Export Annotated Image</source>
        <extracomment>Title of the save dialog for an image with annotations burned in.</extracomment>
        <translation>Exporter l’image annotée</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <extracomment>File type filter of exported pictures.</extracomment>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <source>&amp;Export De-identified Copy…</source>
        <extracomment>Menu entry: write the de-identified copy with the accepted redactions.</extracomment>
        <translation>&amp;Exporter une copie anonymisée…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Undo menu entry prefix (&quot;Undo Move Annotations&quot;).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>Redo menu entry prefix (&quot;Redo Move Annotations&quot;).</extracomment>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>Menu entry: delete the selected annotations (or the selected redaction box).</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Menu entry: select every annotation on the image.</extracomment>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <extracomment>Menu entry: fit the image to the window.</extracomment>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <extracomment>Menu entry: one image pixel per screen pixel.</extracomment>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>&amp;Previous Frame</source>
        <extracomment>Menu entry: the previous frame of a multi-frame image.</extracomment>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <extracomment>Menu entry: the next frame of a multi-frame image.</extracomment>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Title of the tool palette.</extracomment>
        <translation>Outils</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a tool in the palette: its name and its key.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <extracomment>Tool: select, move and resize annotations.</extracomment>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Redaction Box</source>
        <extracomment>Tool: draw and adjust redaction boxes.</extracomment>
        <translation>Zone de masquage</translation>
    </message>
    <message>
        <source>Editor</source>
        <extracomment>Title of the editor&apos;s main toolbar.</extracomment>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>Dock title: the list of annotations.</extracomment>
        <translation>Calques</translation>
    </message>
    <message>
        <source>Properties</source>
        <extracomment>Dock title: colour, line width, font and text of the selection.</extracomment>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Redaction</source>
        <extracomment>Dock title: review of the regions to redact.</extracomment>
        <translation>Masquage</translation>
    </message>
    <message>
        <source>Image Editor</source>
        <translation>Éditeur d’images</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the editor while an image is read.</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <extracomment>Status bar: frame number and count of the image in the editor.</extracomment>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>Annotations saved.</source>
        <extracomment>Status bar after saving annotations.</extracomment>
        <translation>Annotations enregistrées.</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Il n’y a aucune image à exporter.</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <extracomment>Error when the annotated picture cannot be written.</extracomment>
        <translation>Impossible d’écrire l’image.</translation>
    </message>
    <message>
        <source>Annotated image exported.</source>
        <extracomment>Status bar after exporting the annotated picture.</extracomment>
        <translation>Image annotée exportée.</translation>
    </message>
    <message>
        <source>Export De-identified Copy</source>
        <extracomment>Title of the folder dialog for the de-identified copy.
----------
Confirmation before the redaction is burned into the exported copy.</extracomment>
        <translation>Exporter une copie anonymisée</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) will be burned into the pixels of the copy. This cannot be undone in the exported file.</source>
        <translation>
            <numerusform>%n zone sera gravée dans les pixels de la copie. C’est irréversible dans le fichier exporté.</numerusform>
            <numerusform>%n zones seront gravées dans les pixels de la copie. C’est irréversible dans le fichier exporté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>Status while the de-identified copy is written.</extracomment>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported %1. The redaction in it cannot be undone.</source>
        <extracomment>Status after the export: where the redacted copy is.</extracomment>
        <translation>%1 exporté. Le masquage qu’il contient est irréversible.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedItemDelegate</name>
    <message>
        <source>1 comment</source>
        <translation>1 commentaire</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 commentaires</translation>
    </message>
    <message>
        <source>%1 helpful</source>
        <extracomment>Number of &quot;helpful&quot; marks given to the comments of a case.</extracomment>
        <translation>%1 utile(s)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedModel</name>
    <message>
        <source>%1, by %2, %3 comments</source>
        <extracomment>Read by screen readers for one feed entry: title, author, number of comments.</extracomment>
        <translation>%1, par %2, %3 commentaires</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedPage</name>
    <message>
        <source>Specialty filter</source>
        <translation>Filtre de spécialité</translation>
    </message>
    <message>
        <source>Show only cases of one specialty</source>
        <translation>N’afficher que les cas d’une spécialité</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Toutes les spécialités</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par mot-clé</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre de mot-clé</translation>
    </message>
    <message>
        <source>Show only cases carrying this tag</source>
        <translation>N’afficher que les cas portant ce mot-clé</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lus seulement</translation>
    </message>
    <message>
        <source>Hide the cases you have already opened</source>
        <translation>Masquer les cas déjà ouverts</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>The local case cache could not be read: %1</source>
        <translation>Impossible de lire le cache local des cas : %1</translation>
    </message>
    <message>
        <source>No cases match these filters</source>
        <translation>Aucun cas ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Clear the tag, choose all specialties or show read cases as well.</source>
        <translation>Effacez le mot-clé, choisissez toutes les spécialités ou affichez aussi les cas lus.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Aucun cas pour l’instant</translation>
    </message>
    <message>
        <source>Cases that colleagues share with you, and the ones you publish, appear here.</source>
        <translation>Les cas que vos collègues partagent avec vous, et ceux que vous publiez, apparaissent ici.</translation>
    </message>
    <message>
        <source>Cases are end-to-end encrypted and cached encrypted on this computer.</source>
        <translation>Les cas sont chiffrés de bout en bout et conservés chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes cas</translation>
    </message>
    <message>
        <source>Cases kept offline</source>
        <translation>Cas gardés hors ligne</translation>
    </message>
    <message>
        <source>You have not published a case yet</source>
        <translation>Vous n’avez pas encore publié de cas</translation>
    </message>
    <message>
        <source>The cases you publish appear here, with their discussions.</source>
        <translation>Les cas que vous publiez apparaissent ici, avec leurs discussions.</translation>
    </message>
    <message>
        <source>No cases kept offline</source>
        <translation>Aucun cas gardé hors ligne</translation>
    </message>
    <message>
        <source>Choose &quot;Keep offline&quot; on a case to keep it and its images on this computer, readable without a connection.</source>
        <translation>Choisissez « Garder hors ligne » sur un cas pour le conserver avec ses images sur cet ordinateur, lisible sans connexion.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImageViewport</name>
    <message>
        <source>Image</source>
        <extracomment>Accessible name of the area that shows the medical image.</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>x %1  y %2  R %3 G %4 B %5</source>
        <extracomment>Pixel probe on a colour image: position, then red, green and blue values.</extracomment>
        <translation>x %1  y %2  R %3 V %4 B %5</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <extracomment>Pixel probe: image position, then the modality value (e.g. &quot;-998 HU&quot;).</extracomment>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <extracomment>Corner text when the object&apos;s own VOI lookup table is in use.</extracomment>
        <translation>LUT VOI %1</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <extracomment>Corner text: window width and level (centre), in modality units.</extracomment>
        <translation>L %1  N %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <extracomment>Corner text: zoom factor in percent.</extracomment>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Inverted</source>
        <extracomment>Corner text shown while the image is displayed inverted.</extracomment>
        <translation>Inversé</translation>
    </message>
    <message>
        <source>%1 mm at detector</source>
        <translation>%1 mm au détecteur</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <extracomment>Scale bar label, a length in millimetres.</extracomment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Overlays hidden</source>
        <extracomment>Corner text when the image has overlay planes and the user hid them (key O).</extracomment>
        <translation>Superpositions masquées</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LayerModel</name>
    <message>
        <source>%1 on frame %2</source>
        <extracomment>Tooltip of a layer: the shape&apos;s kind and the frame (1-based) it is drawn on.</extracomment>
        <translation>%1 sur l’image %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LayerPanel</name>
    <message>
        <source>Layers</source>
        <extracomment>Accessible name of the list of annotation layers.</extracomment>
        <translation>Calques</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Delete)</source>
        <extracomment>Tooltip of the button under the layer list.</extracomment>
        <translation>Supprimer les annotations sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Draw on the image with a tool from the palette.</source>
        <extracomment>Shown under the layer list while it is empty.</extracomment>
        <translation>Dessinez sur l’image avec un outil de la palette.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::MainWindow</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>Window title when a profile other than the default is open; %1 is the profile name, %2 the product name (&quot;Consilium&quot;). Keep the product name last.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit %1</source>
        <extracomment>Status bar tip of File &gt; Quit; %1 is the product name.</extracomment>
        <translation>Quitter %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>Help menu entry; %1 is the product name.</extracomment>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>Show the version and the licence</source>
        <translation>Afficher la version et la licence</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>In the status bar; %1 is the name of the open profile.</extracomment>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each profile keeps its own accounts, cases and settings. Start %1 with --profile NAME to open another one.</source>
        <extracomment>Tooltip of the profile name in the status bar; %1 is the product name. &quot;--profile&quot; is a command-line option: keep it as it is (NAME may be translated).</extracomment>
        <translation>Chaque profil a ses propres comptes, cas et réglages. Lancez %1 avec --profile NOM pour en ouvrir un autre.</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <extracomment>Menu of the image viewer (appears once images are open).</extracomment>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Series: %1 · Files not shown: %2</source>
        <extracomment>Status bar message after opening; %1 series found, %2 files that could not be shown.</extracomment>
        <translation>Séries : %1 · Fichiers non affichés : %2</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Ouvrir des fichiers</translation>
    </message>
    <message>
        <source>All files (*);;DICOM files (*.dcm *.dicom);;Photos (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Tous les fichiers (*);;Fichiers DICOM (*.dcm *.dicom);;Photos (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>View DICOM files or photos (JPEG, PNG, TIFF)</source>
        <translation>Afficher des fichiers DICOM ou des photos (JPEG, PNG, TIFF)</translation>
    </message>
    <message>
        <source>View DICOM files or photos (%1)</source>
        <translation>Afficher des fichiers DICOM ou des photos (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>View every DICOM file and photo in a folder and its subfolders</source>
        <translation>Afficher tous les fichiers DICOM et photos d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>View every DICOM file and photo in a folder and its subfolders (%1)</source>
        <translation>Afficher tous les fichiers DICOM et photos d’un dossier et de ses sous-dossiers (%1)</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Exporter la vue…</translation>
    </message>
    <message>
        <source>Save the image as shown, with its annotations, as PNG or JPEG</source>
        <translation>Enregistrer l’image telle qu’affichée, avec ses annotations, en PNG ou JPEG</translation>
    </message>
    <message>
        <source>Save the image as shown, with its annotations, as PNG or JPEG (%1)</source>
        <translation>Enregistrer l’image telle qu’affichée, avec ses annotations, en PNG ou JPEG (%1)</translation>
    </message>
    <message>
        <source>Removed from Open Recent, no longer found: %1</source>
        <extracomment>Status bar message when Open Recent drops entries that are gone; %1 lists them.</extracomment>
        <translation>Retiré des éléments récents, introuvable : %1</translation>
    </message>
    <message>
        <source>Open %1 again</source>
        <extracomment>Tooltip of an Open Recent entry; %1 the file or folder.</extracomment>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <source>No recent items</source>
        <extracomment>Open Recent when there is nothing in it.</extracomment>
        <translation>Aucun élément récent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Items</source>
        <translation>&amp;Effacer les éléments récents</translation>
    </message>
    <message>
        <source>Forget the files and folders opened recently</source>
        <translation>Oublier les fichiers et dossiers ouverts récemment</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un élément récent</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <extracomment>%1 is a file or folder from Open Recent that has gone.</extracomment>
        <translation>%1 n’existe plus ; il a été retiré des éléments récents.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un élément &amp;récent</translation>
    </message>
    <message>
        <source>Open again a file or folder opened recently</source>
        <translation>Rouvrir un fichier ou un dossier ouvert récemment</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every command with its keyboard shortcut</source>
        <translation>Lister toutes les commandes avec leur raccourci clavier</translation>
    </message>
    <message>
        <source>List every command with its keyboard shortcut (%1)</source>
        <translation>Lister toutes les commandes avec leur raccourci clavier (%1)</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Accessible name of the area with the feed of cases (and, before that, the unlock page).</extracomment>
        <translation>Cas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <source>The feed of cases shared with you, and their discussions</source>
        <translation>Le fil des cas partagés avec vous et leurs discussions</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Cas (%1)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>The image viewer</source>
        <translation>La visionneuse d’images</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Profile locked.</source>
        <translation>Profil verrouillé.</translation>
    </message>
    <message>
        <source>&amp;Lock Profile</source>
        <translation>&amp;Verrouiller le profil</translation>
    </message>
    <message>
        <source>Close the encrypted profile until its passphrase is entered again</source>
        <translation>Fermer le profil chiffré jusqu’à ce que sa phrase secrète soit saisie à nouveau</translation>
    </message>
    <message>
        <source>Lock the profile (%1)</source>
        <translation>Verrouiller le profil (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Locking, passphrase, system keychain, theme and language</source>
        <translation>Verrouillage, phrase secrète, trousseau du système, thème et langue</translation>
    </message>
    <message>
        <source>&amp;Annotate and Redact…</source>
        <translation>&amp;Annoter et masquer…</translation>
    </message>
    <message>
        <source>Open the current image in the editor: annotations, measurements, review of redactions</source>
        <translation>Ouvrir l’image affichée dans l’éditeur : annotations, mesures, revue des masquages</translation>
    </message>
    <message>
        <source>Feed</source>
        <extracomment>Navigation sidebar sections.</extracomment>
        <translation>Fil</translation>
    </message>
    <message>
        <source>My Cases</source>
        <translation>Mes cas</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search every case and comment cached on this computer</source>
        <translation>Rechercher dans tous les cas et commentaires conservés sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>consilium::ui::Navigator</name>
    <message>
        <source>Sections</source>
        <extracomment>Accessible name of the list of sections on the left (Feed, My cases, Offline, Search…).</extracomment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>Tooltip and status tip of a Go menu entry; %1 the section (&quot;Feed&quot;, &quot;Search&quot;).</extracomment>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a section; %1 its title, %2 its shortcuts (&quot;Ctrl+Alt+4, Ctrl+F&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <extracomment>Accessible name of a sidebar section with a count; %1 the section, %2 the count.</extracomment>
        <translation>%1, %2 non lus</translation>
    </message>
</context>
<context>
    <name>consilium::ui::Notifier</name>
    <message>
        <source>(%1) %2</source>
        <extracomment>Window title while new items wait to be read; %1 their number, %2 the usual title.</extracomment>
        <translation>(%1) %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <extracomment>Notification text; %n new cases arrived.</extracomment>
        <translation>
            <numerusform>%n nouveau cas</numerusform>
            <numerusform>%n nouveaux cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <extracomment>Notification text; %n new comments arrived.</extracomment>
        <translation>
            <numerusform>%n nouveau commentaire</numerusform>
            <numerusform>%n nouveaux commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins &quot;2 new cases&quot; and &quot;3 new comments&quot; in a notification.</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>%1: new activity</source>
        <extracomment>Title of the tray notification; %1 the product name.</extracomment>
        <translation>%1 : nouveautés</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PassphraseMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileController</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSetupPage</name>
    <message>
        <source>Create your profile</source>
        <translation>Créez votre profil</translation>
    </message>
    <message>
        <source>Colleagues see your name, profession and specialty beside the cases you share. The passphrase protects the encrypted copy of your cases on this computer; nobody, including the Consilium team, can recover it for you.</source>
        <translation>Vos collègues voient votre nom, votre profession et votre spécialité à côté des cas que vous partagez. La phrase secrète protège la copie chiffrée de vos cas sur cet ordinateur ; personne, pas même l’équipe Consilium, ne peut la récupérer pour vous.</translation>
    </message>
    <message>
        <source>e.g. Dr. Amara Okafor</source>
        <translation>p. ex. Dr Amara Okafor</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiologue</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
    </message>
    <message>
        <source>Medical student</source>
        <translation>Étudiant en médecine</translation>
    </message>
    <message>
        <source>Radiology</source>
        <translation>Radiologie</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatologie</translation>
    </message>
    <message>
        <source>Orthopaedics</source>
        <translation>Orthopédie</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>Cardiologie</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurologie</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Médecine d’urgence</translation>
    </message>
    <message>
        <source>General surgery</source>
        <translation>Chirurgie générale</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Médecine interne</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Pédiatrie</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Oncologie</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession :</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Creates the encrypted profile on this computer</source>
        <translation>Crée le profil chiffré sur cet ordinateur</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Creating your encrypted profile… this takes a few seconds.</source>
        <translation>Création de votre profil chiffré… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <translation>Le profil n’a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PropertiesPanel</name>
    <message>
        <source>Gold</source>
        <extracomment>Tooltip of a colour swatch in the annotation properties.</extracomment>
        <translation>Or</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>Unit suffix of the line width, in screen pixels.</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <source>Caption</source>
        <extracomment>Placeholder of the text field: the text of a text annotation or another shape&apos;s caption.</extracomment>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Colour:</source>
        <extracomment>Label of the colour swatches in the annotation properties.</extracomment>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Line width:</source>
        <extracomment>Label of the line width of an annotation.</extracomment>
        <translation>Épaisseur du trait :</translation>
    </message>
    <message>
        <source>Font size:</source>
        <extracomment>Label of the font size of an annotation&apos;s text and labels.</extracomment>
        <translation>Taille de police :</translation>
    </message>
    <message>
        <source>Text:</source>
        <extracomment>Label of the text of an annotation.</extracomment>
        <translation>Texte :</translation>
    </message>
    <message>
        <source> mm</source>
        <extracomment>Unit suffix of the known length used for calibration.</extracomment>
        <translation> mm</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <extracomment>Button: make the selected ruler measure the known length typed beside it.</extracomment>
        <translation>Étalonner</translation>
    </message>
    <message>
        <source>Measure this image so that the selected ruler has the known length</source>
        <extracomment>Tooltip of the Calibrate button.</extracomment>
        <translation>Mesurer cette image de sorte que la règle sélectionnée ait la longueur connue</translation>
    </message>
    <message>
        <source>Clear Calibration</source>
        <extracomment>Button: forget the manual calibration of the image.</extracomment>
        <translation>Effacer l’étalonnage</translation>
    </message>
    <message>
        <source>Known length:</source>
        <extracomment>Label of the known length of the selected ruler, for calibration.</extracomment>
        <translation>Longueur connue :</translation>
    </message>
    <message>
        <source>Style of new annotations</source>
        <extracomment>Heading of the properties panel with nothing selected: the controls set the next shape&apos;s style.</extracomment>
        <translation>Style des nouvelles annotations</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) selected</source>
        <extracomment>Heading of the properties panel with several annotations selected.</extracomment>
        <translation>
            <numerusform>%n annotation sélectionnée</numerusform>
            <numerusform>%n annotations sélectionnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionPanel</name>
    <message>
        <source>Redaction is burned into the exported copy only. Once exported it cannot be undone: the hidden pixels are not in the copy.</source>
        <extracomment>Warning at the top of the redaction review.</extracomment>
        <translation>Le masquage est gravé uniquement dans la copie exportée. Une fois exporté, il est irréversible : les pixels masqués ne figurent pas dans la copie.</translation>
    </message>
    <message>
        <source>Find Text and Faces</source>
        <extracomment>Button: run text recognition and face detection to propose regions to redact.</extracomment>
        <translation>Rechercher texte et visages</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column headers of the redaction list: what proposed the region, which frames, the decision.</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: the selected region will be redacted.</extracomment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Button: the selected region will not be redacted.</extracomment>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Accept All</source>
        <extracomment>Button: accept every proposed region.</extracomment>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the selected redaction region.</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This frame only</source>
        <extracomment>Choice for a redaction region of a multi-frame image.</extracomment>
        <translation>Cette image seulement</translation>
    </message>
    <message>
        <source>All frames</source>
        <extracomment>Choice for a redaction region of a multi-frame image.</extracomment>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Fill</source>
        <extracomment>Redaction style: a solid box.</extracomment>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <extracomment>Redaction style: large squares of the mean colour.</extracomment>
        <translation>Pixellisation</translation>
    </message>
    <message>
        <source>Blur</source>
        <extracomment>Redaction style: a strong blur.</extracomment>
        <translation>Flou</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <extracomment>Label: which frames the selected region applies to.</extracomment>
        <translation>S’applique à :</translation>
    </message>
    <message>
        <source>Style:</source>
        <extracomment>Label: how the regions are hidden.</extracomment>
        <translation>Style :</translation>
    </message>
    <message>
        <source>Preview as recipients will see it</source>
        <extracomment>Check box: show the image with the accepted regions redacted, as the export will be.</extracomment>
        <translation>Aperçu tel que les destinataires le verront</translation>
    </message>
    <message>
        <source>Export De-identified Copy…</source>
        <extracomment>Button: write the de-identified, redacted copy of the image.</extracomment>
        <translation>Exporter une copie anonymisée…</translation>
    </message>
    <message>
        <source>%1 x %2 pixels at (%3, %4)</source>
        <extracomment>Tooltip of a redaction region: its box in image pixels.</extracomment>
        <translation>%1 x %2 pixels en (%3, %4)</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>Frames column: the region applies to every frame.</extracomment>
        <translation>toutes</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) will be redacted on export.</source>
        <extracomment>Status under the redaction review: how many regions the export will burn in.</extracomment>
        <translation>
            <numerusform>%n zone sera masquée à l’exportation.</numerusform>
            <numerusform>%n zones seront masquées à l’exportation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a box with the redaction tool (D), or find burned-in text.</source>
        <translation>Tracez une zone avec l’outil de masquage (D) ou recherchez le texte incrusté.</translation>
    </message>
    <message>
        <source>Looking for burned-in text and faces…</source>
        <extracomment>Status while text recognition and face detection run on the image.</extracomment>
        <translation>Recherche du texte incrusté et des visages…</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) proposed: accept or reject each.</source>
        <extracomment>Status after detection: regions proposed for review.</extracomment>
        <translation>
            <numerusform>%n zone proposée : acceptez-la ou refusez-la.</numerusform>
            <numerusform>%n zones proposées : acceptez ou refusez chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>No burned-in text or face was found.</source>
        <extracomment>Status when detection found nothing (some object types are not scanned for text).</extracomment>
        <translation>Aucun texte incrusté ni visage n’a été trouvé.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionReview</name>
    <message>
        <source>Add Proposed Redactions</source>
        <extracomment>Undo/redo menu entry: detector proposals were added to the redaction review.</extracomment>
        <translation>Ajouter les masquages proposés</translation>
    </message>
    <message>
        <source>Add Redaction Box</source>
        <extracomment>Undo/redo menu entry: the user drew a redaction box.</extracomment>
        <translation>Ajouter une zone de masquage</translation>
    </message>
    <message>
        <source>Accept Redaction</source>
        <translation>Accepter le masquage</translation>
    </message>
    <message>
        <source>Reject Redaction</source>
        <translation>Refuser le masquage</translation>
    </message>
    <message>
        <source>Accept All Redactions</source>
        <extracomment>Undo/redo menu entry: every proposed redaction was accepted at once.</extracomment>
        <translation>Accepter tous les masquages</translation>
    </message>
    <message>
        <source>Adjust Redaction Box</source>
        <extracomment>Undo/redo menu entry: a redaction box was moved or resized.</extracomment>
        <translation>Ajuster la zone de masquage</translation>
    </message>
    <message>
        <source>Change Redaction Frames</source>
        <extracomment>Undo/redo menu entry: a redaction now applies to all frames, or to one.</extracomment>
        <translation>Modifier les images masquées</translation>
    </message>
    <message>
        <source>Delete Redaction Box</source>
        <extracomment>Undo/redo menu entry: a redaction box was deleted.</extracomment>
        <translation>Supprimer la zone de masquage</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <extracomment>Tag of a redaction region proposed by text recognition, with its confidence.</extracomment>
        <translation>Texte %1 %</translation>
    </message>
    <message>
        <source>Face %1 %</source>
        <extracomment>Tag of a redaction region proposed by face detection, with its confidence.</extracomment>
        <translation>Visage %1 %</translation>
    </message>
    <message>
        <source>Manual</source>
        <extracomment>Tag of a redaction box drawn by the user.</extracomment>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>State of a redaction region nobody has decided on yet.</extracomment>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>State of a redaction region that will be burned into the export.</extracomment>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>State of a redaction region the reviewer turned down.</extracomment>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchHitDelegate</name>
    <message>
        <source>Comment on</source>
        <extracomment>Search result kind, before the case&apos;s title.</extracomment>
        <translation>Commentaire sur</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <extracomment>A search hit in a comment; %1 the case title, %2 the comment text.</extracomment>
        <translation>Commentaire sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchPage</name>
    <message>
        <source>Search cases and comments</source>
        <translation>Rechercher dans les cas et les commentaires</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Every word is looked for as the start of a word, in titles, clinical text, tags and comments of every case cached on this computer</source>
        <translation>Chaque mot est cherché comme début de mot, dans les titres, le texte clinique, les étiquettes et les commentaires de tous les cas conservés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>The local cache could not be searched: %1</source>
        <translation>Le cache local n’a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <source>Search everything on this computer</source>
        <translation>Rechercher dans tout ce qui est sur cet ordinateur</translation>
    </message>
    <message>
        <source>Titles, clinical questions, histories, findings, tags and comments of every cached case. Type the beginning of words: &quot;pneumo&quot; finds pneumothorax.</source>
        <translation>Titres, questions cliniques, anamnèses, constatations, étiquettes et commentaires de chaque cas conservé. Tapez le début des mots : « pneumo » trouve pneumothorax.</translation>
    </message>
    <message>
        <source>The search index is inside the encrypted cache; nothing leaves this computer.</source>
        <translation>L’index de recherche se trouve dans le cache chiffré ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user searched for.</extracomment>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Try fewer or shorter words. Cases not synced to this computer cannot be searched.</source>
        <translation>Essayez moins de mots ou des mots plus courts. Les cas non synchronisés sur cet ordinateur ne peuvent pas être recherchés.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent results</source>
        <translation>
            <numerusform>Le résultat le plus récent</numerusform>
            <numerusform>Les %n résultats les plus récents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SecurityPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>The unit after the idle lock&apos;s number of minutes.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Without a key press or click for this long, the profile locks and its cases leave the screen. File › Lock Profile (Ctrl+L) locks at once.</source>
        <translation>Sans frappe ni clic pendant cette durée, le profil se verrouille et ses cas quittent l’écran. Fichier › Verrouiller le profil (Ctrl+L) verrouille immédiatement.</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase protects the key of this profile&apos;s encrypted cases. Nobody can recover it for you.</source>
        <translation>La phrase secrète protège la clé des cas chiffrés de ce profil. Personne ne peut la récupérer pour vous.</translation>
    </message>
    <message>
        <source>Open this profile without its passphrase on this computer</source>
        <translation>Ouvrir ce profil sans sa phrase secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>The profile&apos;s key is then kept in the system keychain (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager), which opens when you log in. Use it only on a computer nobody else uses.</source>
        <translation>La clé du profil est alors conservée dans le trousseau du système (GNOME Keyring, KWallet, le Trousseau de macOS ou le Gestionnaire d’identification de Windows), qui s’ouvre à votre connexion. À n’utiliser que sur un ordinateur que personne d’autre n’utilise.</translation>
    </message>
    <message>
        <source>Available once this profile has been created</source>
        <translation>Disponible une fois ce profil créé</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Suppression de la clé du trousseau du système…</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keychain</source>
        <translation>Conserver la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Enter this profile&apos;s passphrase:</source>
        <translation>Saisissez la phrase secrète de ce profil :</translation>
    </message>
    <message>
        <source>Keep in Keychain</source>
        <translation>Conserver dans le trousseau</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The system keychain was not changed: %1</source>
        <extracomment>%1 is the reason, from the system or the profile (e.g. &quot;Wrong passphrase.&quot;).</extracomment>
        <translation>Le trousseau du système n’a pas été modifié : %1</translation>
    </message>
    <message>
        <source>This profile opens with the key kept in the system keychain.</source>
        <translation>Ce profil s’ouvre avec la clé conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>La phrase secrète a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SeriesStrip</name>
    <message>
        <source>Series</source>
        <extracomment>Accessible name of the strip of series thumbnails.</extracomment>
        <translation>Séries</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <extracomment>Series list entry of a photo; %1 is the file name.</extracomment>
        <translation>Photo : %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · images: %4</source>
        <extracomment>Series list entry: %1 series number, %2 description, %3 modality, %4 number of images.</extracomment>
        <translation>%1 · %2
%3 · images : %4</translation>
    </message>
    <message>
        <source>Click to show it in the active pane, or drag it onto a pane</source>
        <extracomment>Last line of a series thumbnail&apos;s tooltip.</extracomment>
        <translation>Cliquez pour l’afficher dans le volet actif, ou faites-la glisser sur un volet</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ShapeCatalogue</name>
    <message>
        <source>Arrow</source>
        <extracomment>Annotation tool and layer name: an arrow pointing at something.</extracomment>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Annotation tool and layer name: a text label.</extracomment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Point</source>
        <extracomment>Annotation tool and layer name: a point marker.</extracomment>
        <translation>Point</translation>
    </message>
    <message>
        <source>Ruler</source>
        <extracomment>Annotation tool and layer name: a length measurement.</extracomment>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Angle</source>
        <extracomment>Annotation tool and layer name: an angle measurement (three clicks).</extracomment>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Cobb Angle</source>
        <extracomment>Annotation tool and layer name: the Cobb angle between two lines (scoliosis).</extracomment>
        <translation>Angle de Cobb</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <extracomment>Annotation tool and layer name: an elliptical region of interest.</extracomment>
        <translation>ROI elliptique</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <extracomment>Annotation tool and layer name: a rectangular region of interest.</extracomment>
        <translation>ROI rectangulaire</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <extracomment>Annotation tool and layer name: a polygonal region of interest (clicks).</extracomment>
        <translation>ROI polygonale</translation>
    </message>
    <message>
        <source>Freehand ROI</source>
        <extracomment>Annotation tool and layer name: a region of interest drawn by hand.</extracomment>
        <translation>ROI à main levée</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the keyboard shortcuts window.</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <extracomment>Placeholder of the search field of the keyboard shortcuts window.</extracomment>
        <translation>Rechercher une commande ou une touche</translation>
    </message>
    <message>
        <source>Command</source>
        <extracomment>Column headers of the keyboard shortcuts window.</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncStatusLabel</name>
    <message>
        <source>Syncing…</source>
        <extracomment>Status bar: the app is exchanging encrypted cases and comments with the relay.</extracomment>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Online · synced</source>
        <extracomment>Status bar: connected to the relay, nothing left to send.</extracomment>
        <translation>En ligne · synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n item(s) waiting</source>
        <extracomment>Status bar: connected to the relay; %n cases or comments are still being sent.</extracomment>
        <translation>
            <numerusform>En ligne — %n élément en attente</numerusform>
            <numerusform>En ligne — %n éléments en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n item(s) waiting</source>
        <extracomment>Status bar: the relay cannot be reached; %n cases or comments are kept to be sent later.</extracomment>
        <translation>
            <numerusform>Hors ligne — %n élément en attente</numerusform>
            <numerusform>Hors ligne — %n éléments en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>End-to-end encrypted sync through the relay %1. The relay never sees the content.</source>
        <extracomment>Tooltip of the sync indicator; %1 is the relay&apos;s address.</extracomment>
        <translation>Synchronisation chiffrée de bout en bout via le relais %1. Le relais ne voit jamais le contenu.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip of the sync indicator when offline; %1 is the technical reason.</extracomment>
        <translation>Dernière tentative : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagBrowser</name>
    <message>
        <source>DICOM Tags</source>
        <extracomment>Title of the DICOM tag browser window.</extracomment>
        <translation>Balises DICOM</translation>
    </message>
    <message>
        <source>Search keyword, tag (0010,0010) or value</source>
        <extracomment>Placeholder of the tag browser&apos;s search field.</extracomment>
        <translation>Rechercher un mot-clé, une balise (0010,0010) ou une valeur</translation>
    </message>
    <message>
        <source>Show only attributes whose keyword, tag or value matches; sequences keep their items</source>
        <translation>N’afficher que les attributs dont le mot-clé, la balise ou la valeur correspond ; les séquences gardent leurs éléments</translation>
    </message>
    <message>
        <source>Attributes</source>
        <extracomment>Accessible name of the tree of DICOM attributes.</extracomment>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Tag browser status while a file is read; %1 is the file name.</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tag browser status when the file has no DICOM attributes to show; %1 file, %2 reason.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n attribute(s)</source>
        <extracomment>Tag browser status line: the file shown and how many top-level attributes it has.</extracomment>
        <translation>
            <numerusform>%1 · %n attribut</numerusform>
            <numerusform>%1 · %n attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>DICOM Tags – %1</source>
        <extracomment>Tag browser window title; %1 is the file name.</extracomment>
        <translation>Balises DICOM – %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagTreeModel</name>
    <message>
        <source>Item %1</source>
        <extracomment>Tag browser: an item of a sequence; %1 its number (1, 2, ...).</extracomment>
        <translation>Élément %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <extracomment>Tag browser: how many attributes an item of a sequence holds.</extracomment>
        <translation>
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>(private)</source>
        <extracomment>Tag browser: keyword column of a private attribute the dictionary does not know.</extracomment>
        <translation>(privé)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Tag browser: value column of a sequence; %n is how many items it has.</extracomment>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Tag browser column: the attribute&apos;s tag, (gggg,eeee).</extracomment>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>Tag browser column: the attribute&apos;s keyword (PS3.6), e.g. PatientName.</extracomment>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>VR</source>
        <extracomment>Tag browser column: value representation, two letters such as PN or US.</extracomment>
        <translation>VR</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Tag browser column: the attribute&apos;s value.</extracomment>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>consilium::ui::UnlockPage</name>
    <message>
        <source>Unlock “%1”</source>
        <translation>Déverrouiller « %1 »</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile&apos;s encrypted cases.</source>
        <translation>Saisissez la phrase secrète qui protège les cas chiffrés de ce profil.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Open the encrypted profile (Enter)</source>
        <translation>Ouvrir le profil chiffré (Entrée)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: try again in %1 s.</source>
        <translation>Trop de phrases secrètes incorrectes : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>This demo profile holds synthetic cases only; its passphrase is “%1”.</source>
        <translation>Ce profil de démonstration ne contient que des cas synthétiques ; sa phrase secrète est « %1 ».</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Se souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the system keychain, so it opens without the passphrase when you are logged in to this computer. Only on a computer nobody else uses.</source>
        <translation>Conserver la clé de ce profil dans le trousseau du système, pour qu’il s’ouvre sans phrase secrète lorsque vous êtes connecté à cet ordinateur. Uniquement sur un ordinateur que personne d’autre n’utilise.</translation>
    </message>
    <message>
        <source>Use System Keychain</source>
        <translation>Utiliser le trousseau du système</translation>
    </message>
    <message>
        <source>Open the profile with the key kept in the system keychain</source>
        <translation>Ouvrir le profil avec la clé conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>The system keychain did not open this profile: %1. Enter the passphrase.</source>
        <extracomment>%1 is the system&apos;s reason, in English (e.g. &quot;no system keychain is available (...)&quot;).</extracomment>
        <translation>Le trousseau du système n’a pas ouvert ce profil : %1. Saisissez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ViewerPane</name>
    <message>
        <source>%1 cannot be shown:
%2</source>
        <extracomment>Shown instead of an image that cannot be decoded; %1 file name, %2 the reason.</extracomment>
        <translation>%1 ne peut pas être affiché :
%2</translation>
    </message>
    <message>
        <source>%1 · Series %2</source>
        <extracomment>Corner text: modality and series number.</extracomment>
        <translation>%1 · Série %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <extracomment>Corner text: position in the series (&quot;Image 3 / 20&quot;).</extracomment>
        <translation>Image %1 / %2</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <extracomment>Corner text for a frame of a multi-frame object.</extracomment>
        <translation>Trame %1</translation>
    </message>
    <message>
        <source>Cine %1 fps</source>
        <extracomment>Corner text while cine plays; %1 frames per second.</extracomment>
        <translation>Ciné %1 i/s</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ViewerPanel</name>
    <message>
        <source>Open DICOM files, a folder or photos with File › Open.</source>
        <extracomment>Shown in the image area before anything is opened.</extracomment>
        <translation>Ouvrez des fichiers DICOM, un dossier ou des photos avec Fichier › Ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>Show the next image of the series</source>
        <translation>Afficher l’image suivante de la série</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>Show the previous image of the series</source>
        <translation>Afficher l’image précédente de la série</translation>
    </message>
    <message>
        <source>Move a tenth of the series forward</source>
        <translation>Avancer d’un dixième de la série</translation>
    </message>
    <message>
        <source>Page &amp;Back</source>
        <translation>Page a&amp;rrière</translation>
    </message>
    <message>
        <source>Move a tenth of the series back</source>
        <translation>Reculer d’un dixième de la série</translation>
    </message>
    <message>
        <source>Show the first image of the series</source>
        <translation>Afficher la première image de la série</translation>
    </message>
    <message>
        <source>Show the last image of the series</source>
        <translation>Afficher la dernière image de la série</translation>
    </message>
    <message>
        <source>Play or pause the series as a movie</source>
        <translation>Lire la série comme un film ou la mettre en pause</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom so that the whole image fits</source>
        <translation>Zoomer pour que l’image entière soit visible</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>&amp;Pixels réels</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1:1)</source>
        <translation>Afficher un pixel de l’image par pixel de l’écran (1:1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Magnify the image</source>
        <translation>Agrandir l’image</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom arri&amp;ère</translation>
    </message>
    <message>
        <source>Reduce the image</source>
        <translation>Réduire l’image</translation>
    </message>
    <message>
        <source>In&amp;vert</source>
        <translation>In&amp;verser</translation>
    </message>
    <message>
        <source>Swap black and white</source>
        <translation>Échanger le noir et le blanc</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>&amp;Rotation de 90°</translation>
    </message>
    <message>
        <source>Rotate the image a quarter turn clockwise</source>
        <translation>Faire pivoter l’image d’un quart de tour dans le sens horaire</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontally</source>
        <translation>Retourner &amp;horizontalement</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Inverser l’image de gauche à droite</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Réinitialis&amp;er</translation>
    </message>
    <message>
        <source>Back to the image&apos;s own window, fitted, without rotation, flip or inversion</source>
        <translation>Revenir à la fenêtre propre à l’image, ajustée, sans rotation, retournement ni inversion</translation>
    </message>
    <message>
        <source>&amp;Window/Level with Left Button</source>
        <translation>&amp;Fenêtrage avec le bouton gauche</translation>
    </message>
    <message>
        <source>Drag with the left button to change the window (otherwise it pans); the right button always changes the window</source>
        <translation>Faire glisser avec le bouton gauche pour modifier la fenêtre (sinon l’image se déplace) ; le bouton droit modifie toujours la fenêtre</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <extracomment>Menu entry of a CT window preset: %1 its name, %2 centre, %3 width (HU).</extracomment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Apply the %1 window (CT)</source>
        <extracomment>Tooltip of a CT window preset; %1 is its name.</extracomment>
        <translation>Appliquer la fenêtre %1 (TDM)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown in the image area while files are being scanned.</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>No images found.</source>
        <extracomment>Shown when nothing that was opened can be displayed.</extracomment>
        <translation>Aucune image trouvée.</translation>
    </message>
    <message>
        <source>No images could be shown:
%1</source>
        <translation>Aucune image n’a pu être affichée :
%1</translation>
    </message>
    <message>
        <source>Page Forwar&amp;d</source>
        <translation>Page &amp;avant</translation>
    </message>
    <message>
        <source>First Ima&amp;ge</source>
        <translation>P&amp;remière image</translation>
    </message>
    <message>
        <source>&amp;Last Image</source>
        <translation>&amp;Dernière image</translation>
    </message>
    <message>
        <source>Play &amp;Cine</source>
        <translation>&amp;Lire en ciné</translation>
    </message>
    <message>
        <source>Ne&amp;xt Window from Image</source>
        <translation>Fenêtre suivante de l’&amp;image</translation>
    </message>
    <message>
        <source>Switch to the next window or VOI LUT that the image itself recommends</source>
        <translation>Passer à la fenêtre ou à la LUT VOI suivante recommandée par l’image elle-même</translation>
    </message>
    <message>
        <source>DICOM &amp;Tags…</source>
        <translation>&amp;Balises DICOM…</translation>
    </message>
    <message>
        <source>Browse every attribute of the current image, sequences included, and search them</source>
        <translation>Parcourir tous les attributs de l’image affichée, séquences comprises, et y rechercher</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <extracomment>Export View when no image is on screen.</extracomment>
        <translation>Il n’y a aucune image à exporter.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File dialog filters of Export View; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .png or .jpg.</source>
        <extracomment>Export View with a file name that is neither .png nor .jpg; %1 is the file.</extracomment>
        <translation>%1 : choisissez un nom se terminant par .png ou .jpg.</translation>
    </message>
    <message>
        <source>View exported to %1</source>
        <extracomment>Status message after Export View; %1 is the file written.</extracomment>
        <translation>Vue exportée dans %1</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <extracomment>Export View failed; %1 the file, %2 the reason.</extracomment>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>Layout &amp;1×1</source>
        <translation>Disposition &amp;1×1</translation>
    </message>
    <message>
        <source>Show one series</source>
        <translation>Afficher une série</translation>
    </message>
    <message>
        <source>Layout 1×&amp;2</source>
        <translation>Disposition 1×&amp;2</translation>
    </message>
    <message>
        <source>Show two series side by side</source>
        <translation>Afficher deux séries côte à côte</translation>
    </message>
    <message>
        <source>Layout 2×2</source>
        <translation>Disposition 2×2</translation>
    </message>
    <message>
        <source>Show four series in a grid</source>
        <translation>Afficher quatre séries en grille</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Make the next pane the active one</source>
        <translation>Activer le volet suivant</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>&amp;Loupe</translation>
    </message>
    <message>
        <source>A loupe that follows the cursor: hold the key, or tap it to keep the loupe on</source>
        <translation>Une loupe qui suit le curseur : maintenez la touche, ou appuyez brièvement pour la garder</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Superpositions</translation>
    </message>
    <message>
        <source>Show or hide the overlay planes stored with the image (annotations, regions)</source>
        <translation>Afficher ou masquer les plans de superposition enregistrés avec l’image (annotations, régions)</translation>
    </message>
</context>
</TS>
