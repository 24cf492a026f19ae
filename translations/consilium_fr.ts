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
    <name>RecoveryKeyField</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group of four characters.</source>
        <translation>Cette clé de récupération contient une faute de frappe : vérifiez chaque groupe de quatre caractères.</translation>
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
    <name>consilium::ui::AddCaseMembersDialog</name>
    <message>
        <source>Add People to “%1”</source>
        <extracomment>Title of the dialog that shares a case with more colleagues; %1 is the case&apos;s title.</extracomment>
        <translation>Ajouter des personnes à « %1 »</translation>
    </message>
    <message>
        <source>The people you add get this case&apos;s text, images and discussion so far, and everything that follows. They join as members: they can read and comment, but not add or remove anyone.</source>
        <translation>Les personnes ajoutées reçoivent le texte, les images et la discussion de ce cas jusqu’ici, puis tout ce qui suivra. Elles rejoignent le cas comme membres : elles peuvent lire et commenter, mais ni ajouter ni retirer qui que ce soit.</translation>
    </message>
    <message>
        <source>&amp;Colleagues:</source>
        <translation>&amp;Confrères :</translation>
    </message>
    <message>
        <source>Everyone in a &amp;group:</source>
        <translation>Tous les membres d’un &amp;groupe :</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the Add People dialog, when the profile has no groups.</extracomment>
        <translation>Aucun groupe pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Select Members</source>
        <extracomment>Ticks every member of the chosen group in the list above.</extracomment>
        <translation>&amp;Sélectionner les membres</translation>
    </message>
    <message>
        <source>Tick every contact who belongs to the chosen group</source>
        <translation>Cocher chaque contact membre du groupe choisi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>already has access</source>
        <translation>a déjà accès</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the Add People dialog: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share the case with the ticked colleagues</source>
        <translation>Partager le cas avec les confrères cochés</translation>
    </message>
    <message>
        <source>Tick at least one colleague who does not have access yet</source>
        <translation>Cochez au moins un confrère qui n’a pas encore accès</translation>
    </message>
    <message>
        <source>Sharing the case…</source>
        <translation>Partage du cas…</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>The case could not be shared with the chosen people; %1 says why.</extracomment>
        <translation>Personne n’a été ajouté : %1</translation>
    </message>
    <message>
        <source>Everyone in this group is ticked already, has access, or is not among your contacts.</source>
        <translation>Tous les membres de ce groupe sont déjà cochés, ont déjà accès ou ne font pas partie de vos contacts.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Paste the invitation code a colleague gave you, or open the invitation file they sent. Their credential is then checked against your verifier.</source>
        <translation>Collez le code d’invitation qu’un confrère vous a donné, ou ouvrez le fichier d’invitation qu’il vous a envoyé. Son attestation est alors vérifiée auprès de votre autorité de vérification.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <source>&amp;Open Invitation File…</source>
        <translation>&amp;Ouvrir un fichier d’invitation…</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot add contacts.</source>
        <translation>Ce profil ne se synchronise avec aucun relais : il ne peut pas ajouter de contacts.</translation>
    </message>
    <message>
        <source>This code cannot be used: %1</source>
        <extracomment>%1 is the technical reason, e.g. &quot;invitation: expired on 2026-01-02 10:00 UTC&quot;.</extracomment>
        <translation>Ce code est inutilisable : %1</translation>
    </message>
    <message>
        <source>Invitation from %1 (%2), valid until %3.</source>
        <extracomment>%1 name, %2 profession, %3 the date and time the invitation expires.</extracomment>
        <translation>Invitation de %1 (%2), valable jusqu’au %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an invitation file (it is too large).</source>
        <translation>%1 n’est pas un fichier d’invitation (il est trop volumineux).</translation>
    </message>
    <message>
        <source>Open Invitation</source>
        <translation>Ouvrir une invitation</translation>
    </message>
    <message>
        <source>Invitations (*.consilium-invite *.txt);;All files (*)</source>
        <translation>Invitations (*.consilium-invite *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Fetching and checking the colleague&apos;s credential and devices…</source>
        <translation>Récupération et vérification de l’attestation et des appareils du confrère…</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
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
    <name>consilium::ui::AudiencePage</name>
    <message>
        <source>Choose the Audience</source>
        <extracomment>Title of the publish wizard&apos;s step where the readers are chosen.</extracomment>
        <translation>Choisir les destinataires</translation>
    </message>
    <message>
        <source>The case is encrypted for its readers&apos; devices only; the relay never sees its content.</source>
        <translation>Le cas est chiffré pour les seuls appareils de ses lecteurs ; le relais n’en voit jamais le contenu.</translation>
    </message>
    <message>
        <source>&amp;Private — only me, on my devices</source>
        <extracomment>Audience choice: nobody but the author.</extracomment>
        <translation>&amp;Privé — moi seul, sur mes appareils</translation>
    </message>
    <message>
        <source>Chosen &amp;colleagues:</source>
        <translation>&amp;Confrères choisis :</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>Un &amp;groupe :</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>No relay is set up for this profile: the case will be kept on this computer only, private to you.</source>
        <extracomment>Shown on the audience step when the profile has no relay.</extracomment>
        <translation>Aucun relais n’est configuré pour ce profil : le cas restera sur cet ordinateur uniquement, privé.</translation>
    </message>
    <message>
        <source>Only colleagues you added as contacts can be chosen. Each reader&apos;s devices get the case&apos;s key; nobody else can read it.</source>
        <translation>Seuls les confrères ajoutés à vos contacts peuvent être choisis. Les appareils de chaque lecteur reçoivent la clé du cas ; personne d’autre ne peut le lire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the audience list: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseImageStrip</name>
    <message>
        <source>Photo</source>
        <extracomment>Name of a case&apos;s image group whose author gave it no label.</extracomment>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Images of this case</source>
        <extracomment>Accessible name of the case page&apos;s row of image previews.</extracomment>
        <translation>Images de ce cas</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <extracomment>Under an image preview on the case page: how many images the group holds.</extracomment>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2. Opens the viewer.</source>
        <extracomment>Accessible name of an image preview; %1 its label, %2 &quot;3 images&quot;.</extracomment>
        <translation>%1, %2. Ouvre la visionneuse.</translation>
    </message>
    <message>
        <source>Not on this computer: the images are downloaded again from the relay.</source>
        <translation>Pas sur cet ordinateur : les images sont téléchargées à nouveau depuis le relais.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>Last tile of the case page&apos;s previews when the case has more groups than tiles.</extracomment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 groups of images more. Opens the viewer.</source>
        <translation>%1 groupes d’images de plus. Ouvre la visionneuse.</translation>
    </message>
    <message>
        <source>Open the case&apos;s images in the viewer (Ctrl+I)</source>
        <translation>Ouvrir les images du cas dans la visionneuse (Ctrl+I)</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <extracomment>Tooltip of an image preview that could not be made; %1 the reason.</extracomment>
        <translation>Pas d’aperçu : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseMembersPanel</name>
    <message>
        <source>You</source>
        <extracomment>This profile in the list of people a case is shared with.</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Unknown colleague (%1)</source>
        <extracomment>A case member this profile knows nothing about; %1 the start of their identity key.</extracomment>
        <translation>Confrère inconnu (%1)</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>A case member&apos;s role.</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Shared with</source>
        <extracomment>Heading of the case page&apos;s list of the people who can read the case.</extracomment>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>People who can read this case</source>
        <extracomment>Accessible name of the list of people a case is shared with.</extracomment>
        <translation>Personnes pouvant lire ce cas</translation>
    </message>
    <message>
        <source>&amp;Add People…</source>
        <extracomment>Opens the dialog that shares the case with more colleagues.</extracomment>
        <translation>&amp;Ajouter des personnes…</translation>
    </message>
    <message>
        <source>Re&amp;move from Case…</source>
        <extracomment>Removes the selected person from the case (after a confirmation).</extracomment>
        <translation>Reti&amp;rer du cas…</translation>
    </message>
    <message>
        <source>Who can read the case could not be read: %1</source>
        <translation>Impossible de savoir qui peut lire ce cas : %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible description of a case member: %1 name, %2 role.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>%1 · safety number verified</source>
        <translation>%1 · numéro de sécurité vérifié</translation>
    </message>
    <message numerus="yes">
        <source>Shared with (%n)</source>
        <extracomment>%n is how many people can read the case.</extracomment>
        <translation>
            <numerusform>Partagé avec (%n)</numerusform>
            <numerusform>Partagé avec (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only on this computer — this case was never shared, so nobody else can read it.</source>
        <extracomment>A case that was never sent to anyone.</extracomment>
        <translation>Uniquement sur cet ordinateur — ce cas n’a jamais été partagé, personne d’autre ne peut le lire.</translation>
    </message>
    <message>
        <source>You are no longer a member of this case: you keep what arrived before, but nothing new reaches you.</source>
        <translation>Vous n’êtes plus membre de ce cas : vous gardez ce qui est déjà arrivé, mais rien de nouveau ne vous parvient.</translation>
    </message>
    <message>
        <source>Only you, on your devices.</source>
        <translation>Vous seul, sur vos appareils.</translation>
    </message>
    <message>
        <source>Reading who can see this case…</source>
        <translation>Lecture des personnes ayant accès à ce cas…</translation>
    </message>
    <message>
        <source>This case is kept on this computer only; publish a new case to share one.</source>
        <translation>Ce cas n’existe que sur cet ordinateur ; publiez un nouveau cas pour partager.</translation>
    </message>
    <message>
        <source>You are no longer a member of this case.</source>
        <translation>Vous n’êtes plus membre de ce cas.</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can add people; you are a member.</source>
        <translation>Seul le propriétaire du cas ou un administrateur peut ajouter des personnes ; vous êtes membre.</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so nobody can be added.</source>
        <translation>Ce profil ne se synchronise avec aucun relais : personne ne peut être ajouté.</translation>
    </message>
    <message>
        <source>A change is being made…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can remove people; you are a member.</source>
        <translation>Seul le propriétaire du cas ou un administrateur peut retirer des personnes ; vous êtes membre.</translation>
    </message>
    <message>
        <source>Select the person to remove.</source>
        <translation>Sélectionnez la personne à retirer.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from a case here.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même d’un cas ici.</translation>
    </message>
    <message>
        <source>The case&apos;s owner cannot be removed.</source>
        <translation>Le propriétaire du cas ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Share this case with more colleagues: they get everything so far and what follows</source>
        <translation>Partager ce cas avec d’autres confrères : ils reçoivent tout ce qui existe déjà et ce qui suivra</translation>
    </message>
    <message>
        <source>Stop sharing this case with the selected person (Delete)</source>
        <translation>Ne plus partager ce cas avec la personne sélectionnée (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>The case is now shared with %n more person(s).</source>
        <extracomment>%n is how many people the case was shared with.</extracomment>
        <translation>
            <numerusform>Le cas est maintenant partagé avec %n personne de plus.</numerusform>
            <numerusform>Le cas est maintenant partagé avec %n personnes de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Case</source>
        <translation>Retirer du cas</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>Retirer %1 de « %2 » ?</translation>
    </message>
    <message>
        <source>%1 keeps what they already downloaded — the case as it is now, its images and the discussion so far. The case moves to a new key that %1 does not get: nothing written or added from now on reaches them.</source>
        <translation>%1 garde ce qui a déjà été téléchargé — le cas tel qu’il est, ses images et la discussion jusqu’ici. Le cas passe à une nouvelle clé que %1 ne reçoit pas : rien de ce qui sera écrit ou ajouté désormais ne lui parviendra.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <extracomment>%1 a person, %2 why they could not be removed from the case.</extracomment>
        <translation>%1 n’a pas été retiré : %2</translation>
    </message>
    <message>
        <source>%1 was removed from the case; what is written from now on does not reach them.</source>
        <translation>%1 a été retiré du cas ; ce qui sera écrit désormais ne lui parviendra pas.</translation>
    </message>
    <message>
        <source>Shared with you by its author; who else can read it is not recorded on this computer.</source>
        <extracomment>A colleague&apos;s case that came without its list of readers (e.g. the offline demo).</extracomment>
        <translation>Partagé avec vous par son auteur ; qui d’autre peut le lire n’est pas enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can add people.</source>
        <translation>Seul le propriétaire du cas ou un administrateur peut ajouter des personnes.</translation>
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
    <message>
        <source>This profile does not sync with a relay.</source>
        <translation>Ce profil ne se synchronise avec aucun relais.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. Check the network connection, then try again.</source>
        <translation>Le relais est injoignable. Vérifiez la connexion réseau, puis réessayez.</translation>
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
    <name>consilium::ui::ComposeDraft</name>
    <message>
        <source>Untitled case</source>
        <extracomment>Name of a draft case that has no title yet.</extracomment>
        <translation>Cas sans titre</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeSession</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>Shown when a draft could not be saved; %1 says why.</extracomment>
        <translation>Le brouillon n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>“%1” has not been de-identified.</source>
        <translation>« %1 » n’a pas été désidentifié.</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <extracomment>Label of an image&apos;s annotation layer in a published case; %1 is the image&apos;s label.</extracomment>
        <translation>Annotations : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeWizard</name>
    <message>
        <source>New Case</source>
        <extracomment>Title of the publish wizard&apos;s window.</extracomment>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Cancel button of the publish wizard: the draft is kept.</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <extracomment>A draft could not be opened; %1 says why.</extracomment>
        <translation>Le brouillon n’existe plus.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step in the wizard&apos;s side list: %1 its number, %2 its title. The current one is bold.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>New Case — %1</source>
        <translation>Nouveau cas — %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactChecklist</name>
    <message>
        <source>Colleagues</source>
        <extracomment>Accessible name of the list of contacts to share with.</extracomment>
        <translation>Confrères</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A contact who cannot be chosen: %1 the contact, %2 why (e.g. &quot;already has access&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Tooltip of a contact whose safety number was compared.</extracomment>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <extracomment>Placeholder entry when the profile has no contacts.</extracomment>
        <translation>Aucun contact pour l’instant</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDelegate</name>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDetail</name>
    <message>
        <source>Safety number</source>
        <extracomment>Heading of the contact page&apos;s section with the 60-digit number both people compare.</extracomment>
        <translation>Numéro de sécurité</translation>
    </message>
    <message numerus="yes">
        <source>Credential checked against your verifier · %n device(s)</source>
        <extracomment>On a contact&apos;s page; %n is how many devices the contact uses.</extracomment>
        <translation>
            <numerusform>Attestation vérifiée auprès de votre autorité · %n appareil</numerusform>
            <numerusform>Attestation vérifiée auprès de votre autorité · %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare these 60 digits with %1 in person or on a call you trust, or scan each other&apos;s code. If they match on both screens, your conversations are with %1&apos;s own keys and no one else&apos;s.</source>
        <extracomment>%1 is the contact&apos;s name.</extracomment>
        <translation>Comparez ces 60 chiffres avec %1 en personne ou lors d’un appel de confiance, ou scannez vos codes mutuellement. S’ils sont identiques sur les deux écrans, vous échangez avec les clés de %1 et de personne d’autre.</translation>
    </message>
    <message>
        <source>✓ You have verified %1&apos;s safety number.</source>
        <translation>✓ Vous avez vérifié le numéro de sécurité de %1.</translation>
    </message>
    <message>
        <source>&amp;Clear Verification</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Mark the safety number as not compared</source>
        <translation>Marquer le numéro de sécurité comme non comparé</translation>
    </message>
    <message>
        <source>Not verified yet. Mark it as verified only after the numbers matched.</source>
        <translation>Pas encore vérifié. Ne le marquez comme vérifié qu’après avoir constaté que les numéros concordent.</translation>
    </message>
    <message>
        <source>&amp;Mark as Verified</source>
        <translation>&amp;Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Record that you compared the safety number with %1</source>
        <translation>Enregistrer que vous avez comparé le numéro de sécurité avec %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of a contact in the People list: profession, then whether the safety number was compared.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>safety number compared</source>
        <translation>numéro de sécurité comparé</translation>
    </message>
    <message>
        <source>safety number not compared yet</source>
        <translation>numéro de sécurité pas encore comparé</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialImportDialog</name>
    <message>
        <source>Import Clinician Credential</source>
        <translation>Importer une attestation de praticien</translation>
    </message>
    <message>
        <source>Choose the credential file your verifier issued for this profile. It is checked before anything is kept.</source>
        <translation>Choisissez le fichier d’attestation que votre autorité de vérification a délivré pour ce profil. Il est vérifié avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Import Credential</source>
        <translation>Importer l’attestation</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialImportPanel</name>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Credential file</source>
        <translation>Fichier d’attestation</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>The credential file your verifier issued (.cred)</source>
        <translation>Le fichier d’attestation délivré par votre autorité de vérification (.cred)</translation>
    </message>
    <message>
        <source>Choose &amp;Verifier…</source>
        <translation>Choisir l’&amp;autorité de vérification…</translation>
    </message>
    <message>
        <source>The verifier&apos;s folder, with its public key (verifier.pub) and revocation list (revocations.cbor)</source>
        <translation>Le dossier de l’autorité de vérification, avec sa clé publique (verifier.pub) et sa liste de révocation (revocations.cbor)</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Attestation :</translation>
    </message>
    <message>
        <source>Verifier:</source>
        <translation>Autorité de vérification :</translation>
    </message>
    <message>
        <source>Open Credential</source>
        <translation>Ouvrir une attestation</translation>
    </message>
    <message>
        <source>Credentials (*.cred);;All files (*)</source>
        <translation>Attestations (*.cred);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the Verifier&apos;s Folder</source>
        <translation>Choisir le dossier de l’autorité de vérification</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Le profil n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Ce fichier est illisible : %1</translation>
    </message>
    <message>
        <source>This folder holds no usable verifier: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Ce dossier ne contient aucune autorité de vérification utilisable : %1</translation>
    </message>
    <message>
        <source>The verifier this profile trusts (%1…)</source>
        <extracomment>%1 is the start of the verifier&apos;s key in hexadecimal.</extracomment>
        <translation>L’autorité de vérification à laquelle ce profil fait confiance (%1…)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>Profession :</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Spécialité :</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Juridiction :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valable jusqu’au :</translation>
    </message>
    <message>
        <source>Open the profile first.</source>
        <translation>Ouvrez d’abord le profil.</translation>
    </message>
    <message>
        <source>Choose the folder of the verifier that issued this credential.</source>
        <translation>Choisissez le dossier de l’autorité de vérification qui a délivré cette attestation.</translation>
    </message>
    <message>
        <source>This file is not a valid credential, or its signature does not match its content (it may have been altered).</source>
        <translation>Ce fichier n’est pas une attestation valide, ou sa signature ne correspond pas à son contenu (il a peut-être été modifié).</translation>
    </message>
    <message>
        <source>This credential was issued to another identity, not to this profile.</source>
        <translation>Cette attestation a été délivrée à une autre identité, pas à ce profil.</translation>
    </message>
    <message>
        <source>This credential was signed by another verifier than the one this profile trusts.</source>
        <translation>Cette attestation a été signée par une autre autorité de vérification que celle à laquelle ce profil fait confiance.</translation>
    </message>
    <message>
        <source>This credential was not signed by the chosen verifier.</source>
        <translation>Cette attestation n’a pas été signée par l’autorité de vérification choisie.</translation>
    </message>
    <message>
        <source>The verifier&apos;s revocation list is not signed by the verifier.</source>
        <translation>La liste de révocation n’est pas signée par l’autorité de vérification.</translation>
    </message>
    <message>
        <source>This credential has been revoked by its verifier.</source>
        <translation>Cette attestation a été révoquée par son autorité de vérification.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Cette attestation a expiré le %1.</translation>
    </message>
    <message>
        <source>This credential is not valid before %1.</source>
        <translation>Cette attestation n’est pas valable avant le %1.</translation>
    </message>
    <message>
        <source>✓ Signed by the verifier and issued to this profile. Colleagues will see you as verified.</source>
        <translation>✓ Signée par l’autorité de vérification et délivrée à ce profil. Vos collègues vous verront comme vérifié.</translation>
    </message>
    <message>
        <source>The credential was not kept: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>L’attestation n’a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialStepPage</name>
    <message>
        <source>Add your clinician credential</source>
        <translation>Ajoutez votre attestation de praticien</translation>
    </message>
    <message>
        <source>A verifier checked your licence and issued a credential file for this profile. With it, colleagues see a verified badge beside your name and your cases. You can also add it later from the File menu.</source>
        <translation>Une autorité de vérification a contrôlé votre droit d’exercice et délivré un fichier d’attestation pour ce profil. Grâce à lui, vos collègues voient un badge « vérifié » à côté de votre nom et de vos cas. Vous pouvez aussi l’ajouter plus tard depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Skip for Now</source>
        <translation>Passer pour l’instant</translation>
    </message>
    <message>
        <source>Import Credential</source>
        <translation>Importer l’attestation</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DeidPage</name>
    <message>
        <source>De-identify</source>
        <extracomment>Title of the publish wizard&apos;s de-identification step.</extracomment>
        <translation>Désidentifier</translation>
    </message>
    <message>
        <source>Patient information is removed from the headers and burned-in text is found by OCR and blacked out. Check the report before you continue.</source>
        <translation>Les informations du patient sont retirées des en-têtes et le texte incrusté, repéré par OCR, est masqué. Vérifiez le rapport avant de continuer.</translation>
    </message>
    <message>
        <source>Profile: DICOM PS3.15 Annex E Basic Application Level Confidentiality, with</source>
        <extracomment>Heading of the de-identification profile summary; the options follow as a list.</extracomment>
        <translation>Profil : DICOM PS3.15 annexe E, confidentialité de base au niveau applicatif, avec</translation>
    </message>
    <message>
        <source>Burned-in text found by OCR is blacked out</source>
        <translation>Le texte incrusté repéré par OCR est masqué</translation>
    </message>
    <message>
        <source>De-identification report</source>
        <extracomment>Accessible name of the de-identification report.</extracomment>
        <translation>Rapport de désidentification</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column headers of the de-identification report.</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacés</translation>
    </message>
    <message>
        <source>Text regions</source>
        <translation>Zones de texte</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Risques résiduels</translation>
    </message>
    <message>
        <source>De-identifying %1 of %2…</source>
        <extracomment>Progress of the de-identification; %1 done, %2 in all.</extracomment>
        <translation>Désidentification de %1 sur %2…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Not de-identified.</source>
        <translation>Non désidentifié.</translation>
    </message>
    <message>
        <source>all metadata</source>
        <translation>toutes les métadonnées</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>One attribute in the de-identification report: %1 its name, %2 what was done, %3 the rule.</extracomment>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <extracomment>A residual risk in the de-identification report.</extracomment>
        <translation>Risque résiduel : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be de-identified. Go back and untick them to continue.</source>
        <extracomment>%n files could not be de-identified.</extracomment>
        <translation>
            <numerusform>%n image n’a pas pu être désidentifiée. Revenez en arrière et décochez-la pour continuer.</numerusform>
            <numerusform>%n images n’ont pas pu être désidentifiées. Revenez en arrière et décochez-les pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) de-identified</source>
        <extracomment>Summary after de-identification, first part.</extracomment>
        <translation>
            <numerusform>%n image anonymisée</numerusform>
            <numerusform>%n images anonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text region(s) blacked out</source>
        <extracomment>Summary after de-identification, second part.</extracomment>
        <translation>
            <numerusform>%n zone de texte masquée</numerusform>
            <numerusform>%n zones de texte masquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residual risk(s) to check</source>
        <extracomment>Summary after de-identification, third part.</extracomment>
        <translation>
            <numerusform>%n risque résiduel à vérifier</numerusform>
            <numerusform>%n risques résiduels à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (expand a row for details)</source>
        <extracomment>Summary after de-identification: %1 images, %2 text regions, %3 residual risks.</extracomment>
        <translation>%1 · %2 · %3 (dépliez une ligne pour le détail)</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DescribePage</name>
    <message>
        <source>Cardiology</source>
        <translation>Cardiologie</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatologie</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Médecine d’urgence</translation>
    </message>
    <message>
        <source>Gastroenterology</source>
        <translation>Gastro-entérologie</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Médecine générale</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurologie</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>Gynécologie-obstétrique</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Oncologie</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Ophtalmologie</translation>
    </message>
    <message>
        <source>Orthopaedics</source>
        <translation>Orthopédie</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Pédiatrie</translation>
    </message>
    <message>
        <source>Pulmonology</source>
        <translation>Pneumologie</translation>
    </message>
    <message>
        <source>Radiology</source>
        <translation>Radiologie</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Chirurgie</translation>
    </message>
    <message>
        <source>Urology</source>
        <translation>Urologie</translation>
    </message>
    <message>
        <source>What would you like your colleagues&apos; opinion on?</source>
        <translation>Sur quoi souhaitez-vous l’avis de vos confrères ?</translation>
    </message>
    <message>
        <source>Relevant history, without names, dates or places</source>
        <translation>Antécédents utiles, sans noms, dates ni lieux</translation>
    </message>
    <message>
        <source>What you see, and what was done so far</source>
        <translation>Ce que vous observez, et ce qui a été fait jusqu’ici</translation>
    </message>
    <message>
        <source>Describe the Case</source>
        <extracomment>Title of the publish wizard&apos;s step where the case is described.</extracomment>
        <translation>Décrire le cas</translation>
    </message>
    <message>
        <source>Write for colleagues who do not know the patient. Leave out names, dates of birth, places and record numbers.</source>
        <translation>Écrivez pour des confrères qui ne connaissent pas le patient. N’indiquez ni noms, ni dates de naissance, ni lieux, ni numéros de dossier.</translation>
    </message>
    <message>
        <source>e.g. Painless swelling of the left wrist</source>
        <translation>p. ex. Tuméfaction indolore du poignet gauche</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. wrist, mri, second-opinion</source>
        <translation>Séparés par des virgules, p. ex. poignet, irm, second-avis</translation>
    </message>
    <message>
        <source>I attest that the patient consented to sharing these de-identified images and notes for clinical advice (or that consent is waived under my institution&apos;s rules).</source>
        <extracomment>The consent attestation the author must tick before publishing.</extracomment>
        <translation>J’atteste que le patient a consenti au partage de ces images et notes désidentifiées pour avis clinique (ou que le consentement est levé selon les règles de mon établissement).</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form labels of the case description.</extracomment>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Clinical &amp;question:</source>
        <translation>&amp;Question clinique :</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Antécédents :</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Constatations :</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>A title and the consent attestation are required.</source>
        <translation>Un titre et l’attestation de consentement sont obligatoires.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DevicesPage</name>
    <message>
        <source>Devices and Identity</source>
        <extracomment>Title of the Devices page.</extracomment>
        <translation>Appareils et identité</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Votre identité</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Vos appareils</translation>
    </message>
    <message>
        <source>Cannot read this profile&apos;s devices: %1</source>
        <translation>Impossible de lire les appareils de ce profil : %1</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no invitation to scan.</source>
        <translation>Ce profil ne se synchronise avec aucun relais : il n’a pas d’invitation à scanner.</translation>
    </message>
    <message>
        <source>A colleague scans this code to add you (it is your invitation, valid 14 days); then you compare the safety number on their contact page.</source>
        <translation>Un confrère scanne ce code pour vous ajouter (c’est votre invitation, valable 14 jours) ; vous comparez ensuite le numéro de sécurité sur sa fiche de contact.</translation>
    </message>
    <message>
        <source>No invitation code: %1</source>
        <translation>Pas de code d’invitation : %1</translation>
    </message>
    <message>
        <source>%1 (%2). Your identity&apos;s digits — your half of every safety number — read the same on all your devices:</source>
        <extracomment>%1 name, %2 profession.</extracomment>
        <translation>%1 (%2). Les chiffres de votre identité — votre moitié de chaque numéro de sécurité — sont les mêmes sur tous vos appareils :</translation>
    </message>
    <message>
        <source>This profile has no identity key yet.</source>
        <translation>Ce profil n’a pas encore de clé d’identité.</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>The device&apos;s signing key; it is also its id</source>
        <translation>La clé de signature de l’appareil, qui est aussi son identifiant</translation>
    </message>
    <message>
        <source>&amp;Link New Device…</source>
        <extracomment>Button on the Devices page; opens the dialog that links another computer to this identity.</extracomment>
        <translation>&amp;Associer un nouvel appareil…</translation>
    </message>
    <message>
        <source>Use Consilium as yourself on another computer, with the cases you already have</source>
        <translation>Utiliser Consilium sous votre identité sur un autre ordinateur, avec les cas que vous avez déjà</translation>
    </message>
    <message>
        <source>&amp;Remove Device…</source>
        <extracomment>Button on the Devices page; removes the selected computer from this identity.</extracomment>
        <translation>&amp;Retirer l’appareil…</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>Retirer l’appareil sélectionné</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no other devices to remove</source>
        <translation>Ce profil ne se synchronise pas avec un relais : il n’a pas d’autre appareil à retirer</translation>
    </message>
    <message>
        <source>Select a device in the list to remove it</source>
        <translation>Sélectionnez un appareil dans la liste pour le retirer</translation>
    </message>
    <message>
        <source>This is the computer you are using: remove it from another of your devices</source>
        <translation>C’est l’ordinateur que vous utilisez : retirez-le depuis un autre de vos appareils</translation>
    </message>
    <message>
        <source>This device is already removed</source>
        <translation>Cet appareil est déjà retiré</translation>
    </message>
    <message>
        <source>Stop a lost, stolen or retired computer from syncing as you and from reading new cases</source>
        <translation>Empêcher un ordinateur perdu, volé ou mis hors service de se synchroniser en votre nom et de lire les nouveaux cas</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <extracomment>%1 is the name the device was given when it was linked.</extracomment>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <source>Removed: it can no longer sync as you or read new cases</source>
        <translation>Retiré : il ne peut plus se synchroniser en votre nom ni lire de nouveaux cas</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Accessible name of the drafts page.</extracomment>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Cases you started and have not published yet. They are kept encrypted in your profile and saved at every step.</source>
        <translation>Les cas commencés et pas encore publiés. Ils sont conservés chiffrés dans votre profil et enregistrés à chaque étape.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the drafts list.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>No drafts</source>
        <extracomment>Drafts page with no drafts.</extracomment>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <source>Start a new case with File › New Case… (%1). It is saved here as you go.</source>
        <translation>Commencez un nouveau cas avec Fichier › Nouveau cas… (%1). Il est enregistré ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau cas…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Button: continue the selected draft.</extracomment>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <extracomment>Title of a draft that has none yet.</extracomment>
        <translation>Cas sans titre</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <extracomment>Confirmation before a draft is deleted; %1 is its title.</extracomment>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>Supprimer le brouillon « %1 » ? Cette action est irréversible.</translation>
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
    <name>consilium::ui::GroupsPage</name>
    <message>
        <source>Owner</source>
        <extracomment>A group member&apos;s role.</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>Title of the Groups page.</extracomment>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>Create a group of contacts to publish cases to</source>
        <translation>Créer un groupe de contacts auquel publier des cas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Add one of your contacts; cases published from now on include them</source>
        <translation>Ajouter l’un de vos contacts ; les cas publiés désormais l’incluront</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>Remove the selected member; cases shared with the group move to a new key</source>
        <translation>Retirer le membre sélectionné ; les cas partagés avec le groupe passent à une nouvelle clé</translation>
    </message>
    <message>
        <source>Removing a member moves every case shared with the group to a new key: they keep what they already received but cannot read anything written afterwards.</source>
        <translation>Retirer un membre fait passer chaque cas partagé avec le groupe à une nouvelle clé : il garde ce qu’il a déjà reçu mais ne peut plus rien lire de ce qui est écrit ensuite.</translation>
    </message>
    <message>
        <source>Cannot read the groups: %1</source>
        <translation>Impossible de lire les groupes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n member(s)</source>
        <extracomment>A group in the list: its name, then how many members it has.</extracomment>
        <translation>
            <numerusform>%1
%n membre</numerusform>
            <numerusform>%1
%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Aucun groupe pour l’instant</translation>
    </message>
    <message>
        <source>Select a group</source>
        <translation>Sélectionnez un groupe</translation>
    </message>
    <message>
        <source>A group is a list of contacts you publish cases to together — a department, a tumour board, a journal club.</source>
        <translation>Un groupe est une liste de contacts à qui vous publiez des cas ensemble — un service, une RCP, un club de lecture.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>The user&apos;s own row in a group&apos;s member list; %1 is their name.</extracomment>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>The group was not created: %1</source>
        <translation>Le groupe n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>Group “%1” created. Add the contacts who belong in it.</source>
        <translation>Groupe « %1 » créé. Ajoutez-y les contacts concernés.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>%1 is in “%2”: cases you publish to the group from now on include them.</source>
        <translation>%1 fait partie de « %2 » : les cas que vous publierez désormais au groupe l’incluront.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so members cannot be removed.</source>
        <translation>Ce profil ne se synchronise avec aucun relais : les membres ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non retiré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed. %n shared case(s) moved to a new key.</source>
        <extracomment>%n is how many shared cases moved to a new key.</extracomment>
        <translation>
            <numerusform>Retiré. %n cas partagé est passé à une nouvelle clé.</numerusform>
            <numerusform>Retiré. %n cas partagés sont passés à une nouvelle clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <source>You have no contacts yet: add colleagues on the People page first.</source>
        <translation>Vous n’avez encore aucun contact : ajoutez d’abord des confrères sur la page Personnes.</translation>
    </message>
    <message>
        <source>All your contacts are already in this group.</source>
        <translation>Tous vos contacts font déjà partie de ce groupe.</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Contact to add to “%1”:</source>
        <translation>Contact à ajouter à « %1 » :</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? Cases shared with the group move to a new key that %1 will not receive.</source>
        <translation>Retirer %1 de « %2 » ? Les cas partagés avec le groupe passent à une nouvelle clé que %1 ne recevra pas.</translation>
    </message>
    <message>
        <source>May add and remove anyone and change roles in the cases shared with the group</source>
        <extracomment>Tooltip of the Owner role in a group&apos;s Change Role menu.</extracomment>
        <translation>Peut ajouter et retirer n’importe qui et changer les rôles dans les cas partagés avec le groupe</translation>
    </message>
    <message>
        <source>May add and remove members and admins in the cases shared with the group</source>
        <translation>Peut ajouter et retirer des membres et des administrateurs dans les cas partagés avec le groupe</translation>
    </message>
    <message>
        <source>Reads and comments on the cases shared with the group</source>
        <translation>Lit et commente les cas partagés avec le groupe</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <extracomment>Button that opens a menu of roles for the selected group member.</extracomment>
        <translation>C&amp;hanger le rôle</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s role</source>
        <translation>Changer le rôle du membre sélectionné</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <extracomment>The role submenu of a group member&apos;s context menu.</extracomment>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>&amp;Retirer le membre…</translation>
    </message>
    <message>
        <source>Select a member to change their role</source>
        <translation>Sélectionnez un membre pour changer son rôle</translation>
    </message>
    <message>
        <source>You are the group&apos;s only owner: make another member an owner first</source>
        <extracomment>Why the last owner&apos;s role cannot be changed.</extracomment>
        <translation>Vous êtes le seul propriétaire du groupe : nommez d’abord un autre membre propriétaire</translation>
    </message>
    <message>
        <source>%1 is the group&apos;s only owner: make another member an owner first</source>
        <translation>%1 est le seul propriétaire du groupe : nommez d’abord un autre membre propriétaire</translation>
    </message>
    <message>
        <source>Change what %1 may do in the cases shared with this group</source>
        <translation>Changer ce que %1 peut faire dans les cas partagés avec ce groupe</translation>
    </message>
    <message>
        <source>Select a member to remove</source>
        <translation>Sélectionnez un membre à retirer</translation>
    </message>
    <message>
        <source>You cannot leave your own group: the cases you shared with it are yours</source>
        <translation>Vous ne pouvez pas quitter votre propre groupe : les cas que vous y avez partagés sont les vôtres</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so roles cannot be changed.</source>
        <translation>Ce profil ne se synchronise pas avec un relais : les rôles ne peuvent donc pas être changés.</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>Le membre</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>Le rôle n’a pas été changé : %1</translation>
    </message>
    <message>
        <source>You now have the role %1 in “%2”.</source>
        <extracomment>%1 is a role (Owner, Admin, Member), %2 the group.</extracomment>
        <translation>Vous avez désormais le rôle %1 dans « %2 ».</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in “%3”.</source>
        <translation>%1 a désormais le rôle %2 dans « %3 ».</translation>
    </message>
    <message numerus="yes">
        <source>The change is recorded in %n shared case(s), under a new key.</source>
        <translation>
            <numerusform>Le changement est enregistré dans %n cas partagé, sous une nouvelle clé.</numerusform>
            <numerusform>Le changement est enregistré dans %n cas partagés, sous une nouvelle clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImageFetchBanner</name>
    <message>
        <source>Image download progress</source>
        <translation>Progression du téléchargement des images</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Download this case&apos;s images from the relay again</source>
        <translation>Télécharger à nouveau les images de ce cas depuis le relais</translation>
    </message>
    <message>
        <source>Downloading images… %1 of %2</source>
        <extracomment>The case&apos;s images, removed from the cache by its size limit, come back from the relay.</extracomment>
        <translation>Téléchargement des images… %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation>Téléchargement des images…</translation>
    </message>
    <message>
        <source>This case&apos;s images were removed from the cache to respect the size limit; connect to download them again.</source>
        <translation>Les images de ce cas ont été retirées du cache pour respecter sa taille maximale ; connectez-vous pour les télécharger à nouveau.</translation>
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
    <name>consilium::ui::ImportPage</name>
    <message>
        <source>Import Images</source>
        <extracomment>Title of the publish wizard&apos;s first step.</extracomment>
        <translation>Importer des images</translation>
    </message>
    <message>
        <source>Add the DICOM studies and clinical photos this case is about. The originals are never changed or sent: only de-identified copies are published.</source>
        <translation>Ajoutez les examens DICOM et les photos cliniques du cas. Les originaux ne sont jamais modifiés ni envoyés : seules des copies désidentifiées sont publiées.</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <extracomment>Shown in the publish wizard before anything is imported.</extracomment>
        <translation>Déposez des fichiers ou des dossiers ici</translation>
    </message>
    <message>
        <source>DICOM files, folders of studies, a DICOMDIR from a CD, or photos (JPEG, PNG, TIFF).</source>
        <translation>Fichiers DICOM, dossiers d’examens, un DICOMDIR de CD, ou des photos (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>Imported files and folders</source>
        <extracomment>Accessible name of the list of imported files and folders.</extracomment>
        <translation>Fichiers et dossiers importés</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add DICOM files, a DICOMDIR or photos</source>
        <translation>Ajouter des fichiers DICOM, un DICOMDIR ou des photos</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add every DICOM file and photo in a folder and its subfolders</source>
        <translation>Ajouter tous les fichiers DICOM et photos d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected entries from the case</source>
        <translation>Retirer les éléments sélectionnés du cas</translation>
    </message>
    <message>
        <source> (missing)</source>
        <extracomment>Suffix of an imported entry that is no longer on disk.</extracomment>
        <translation> (introuvable)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <extracomment>Title of the file dialog of the publish wizard.</extracomment>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>DICOM files and photos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Fichiers DICOM et photos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
</context>
<context>
    <name>consilium::ui::InviteDialog</name>
    <message>
        <source>My Invite Code</source>
        <translation>Mon code d’invitation</translation>
    </message>
    <message>
        <source>Give this code to a colleague — in a message, as a file, or let them scan it. They add you with People › Add Contact; then compare your safety number.</source>
        <translation>Donnez ce code à un confrère — dans un message, sous forme de fichier, ou laissez-le le scanner. Il vous ajoute avec Personnes › Ajouter un contact ; comparez ensuite votre numéro de sécurité.</translation>
    </message>
    <message>
        <source>Invitation QR code</source>
        <translation>Code QR de l’invitation</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <source>Preparing your invitation…</source>
        <translation>Préparation de votre invitation…</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to your colleague.</source>
        <translation>Copié. Collez-le dans un message à votre confrère.</translation>
    </message>
    <message>
        <source>Save Invitation</source>
        <translation>Enregistrer l’invitation</translation>
    </message>
    <message>
        <source>Invitations (*.consilium-invite)</source>
        <translation>Invitations (*.consilium-invite)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no invitation code.</source>
        <translation>Ce profil ne se synchronise avec aucun relais : il n’a pas de code d’invitation.</translation>
    </message>
    <message>
        <source>No invitation code: %1</source>
        <extracomment>%1 is the technical reason (e.g. no relay).</extracomment>
        <translation>Pas de code d’invitation : %1</translation>
    </message>
    <message>
        <source>Valid until %1. Anyone with the code can see your name and profession.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Valable jusqu’au %1. Quiconque possède le code peut voir votre nom et votre profession.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
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
    <name>consilium::ui::LinkDeviceDialog</name>
    <message>
        <source>Link New Device</source>
        <extracomment>Dialog title (Devices page).</extracomment>
        <translation>Associer un nouvel appareil</translation>
    </message>
    <message>
        <source>Use Consilium on another computer as yourself: it gets your identity and its own device key, and receives the cases you already have. This computer makes a link file and a one-time code; on the other computer, choose &quot;Link to an existing profile&quot; when Consilium starts, then open the file and type the code.</source>
        <translation>Utilisez Consilium sous votre identité sur un autre ordinateur : il reçoit votre identité et sa propre clé d’appareil, ainsi que les cas que vous avez déjà. Cet ordinateur crée un fichier d’association et un code à usage unique ; sur l’autre ordinateur, choisissez « Associer à un profil existant » au démarrage de Consilium, puis ouvrez le fichier et saisissez le code.</translation>
    </message>
    <message>
        <source>e.g. Laptop at home</source>
        <translation>p. ex. Portable à la maison</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message>
        <source>New device&apos;s name</source>
        <translation>Nom du nouvel appareil</translation>
    </message>
    <message>
        <source>&amp;Name of the new device:</source>
        <translation>&amp;Nom du nouvel appareil :</translation>
    </message>
    <message>
        <source>The name is shown only on this computer&apos;s Devices page.</source>
        <translation>Ce nom n’apparaît que sur la page Appareils de cet ordinateur.</translation>
    </message>
    <message>
        <source>One-time code as a QR code</source>
        <translation>Code à usage unique en code QR</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Type it on the new computer (letters or digits, case does not matter) or scan the QR code. It is shown only here and never saved: keep this window open until the new computer has joined.</source>
        <translation>Saisissez-le sur le nouvel ordinateur (lettres ou chiffres, majuscules ou minuscules indifféremment) ou scannez le code QR. Il n’est affiché qu’ici et n’est jamais enregistré : gardez cette fenêtre ouverte jusqu’à ce que le nouvel ordinateur ait rejoint votre identité.</translation>
    </message>
    <message>
        <source>&amp;Link Device</source>
        <translation>&amp;Associer l’appareil</translation>
    </message>
    <message>
        <source>&amp;Save Link File…</source>
        <translation>&amp;Enregistrer le fichier d’association…</translation>
    </message>
    <message>
        <source>Save Link File</source>
        <translation>Enregistrer le fichier d’association</translation>
    </message>
    <message>
        <source>Consilium link files (*.%1)</source>
        <extracomment>File type filter in the save dialog.</extracomment>
        <translation>Fichiers d’association Consilium (*.%1)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot link another device.</source>
        <translation>Ce profil ne se synchronise avec aucun relais : il ne peut donc pas associer d’autre appareil.</translation>
    </message>
    <message>
        <source>Adding the new device to your identity at the relay…</source>
        <translation>Ajout du nouvel appareil à votre identité sur le relais…</translation>
    </message>
    <message>
        <source>The device could not be linked: %1</source>
        <extracomment>%1 is the technical reason (no credential, the relay refused…).</extracomment>
        <translation>L’appareil n’a pas pu être associé : %1</translation>
    </message>
    <message>
        <source>The link file and code work until %1. Use them on one computer only, then delete the file.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Le fichier d’association et le code sont valables jusqu’au %1. Utilisez-les sur un seul ordinateur, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Now save the link file and carry it to the new computer (a USB stick, a shared folder or an e-mail to yourself): without the code it cannot be opened.</source>
        <translation>Enregistrez maintenant le fichier d’association et transférez-le sur le nouvel ordinateur (clé USB, dossier partagé ou courriel à vous-même) : sans le code, il ne peut pas être ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the history of %n case(s) to the new device… %1 item(s) left.</source>
        <extracomment>%n cases; %1 is the number of items still to upload.</extracomment>
        <translation>
            <numerusform>Envoi de l’historique de %n cas au nouvel appareil… %1 élément(s) restant(s).</numerusform>
            <numerusform>Envoi de l’historique de %n cas au nouvel appareil… %1 élément(s) restant(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of %n case(s) is at the relay: the new device receives it as it joins.</source>
        <translation>
            <numerusform>L’historique de %n cas est sur le relais : le nouvel appareil le reçoit en rejoignant votre identité.</numerusform>
            <numerusform>L’historique de %n cas est sur le relais : le nouvel appareil le reçoit en rejoignant votre identité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>The link file could not be saved: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Le fichier d’association n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). On the new computer, open it and type the code.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Enregistré dans %1 (lisible par vous seul). Sur le nouvel ordinateur, ouvrez-le et saisissez le code.</translation>
    </message>
    <message>
        <source>The link file is not saved: without it the new computer cannot join, and you would have to link it again. Click Done again to close anyway.</source>
        <translation>Le fichier d’association n’est pas enregistré : sans lui, le nouvel ordinateur ne peut pas rejoindre votre identité et il faudrait l’associer à nouveau. Cliquez de nouveau sur Terminé pour fermer quand même.</translation>
    </message>
    <message>
        <source>The device could not be linked: the relay cannot be reached. Nothing was changed; check the connection and try again.</source>
        <translation>L’appareil n’a pas pu être associé : le relais est injoignable. Rien n’a été modifié ; vérifiez la connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LinkProfilePage</name>
    <message>
        <source>Link to your existing profile</source>
        <translation>Associer à votre profil existant</translation>
    </message>
    <message>
        <source>On the computer where you already use Consilium, choose Go › Devices, then Link New Device…: it saves a link file and shows a one-time code. Open that file here and type the code: this computer becomes one of your devices and receives your cases.</source>
        <translation>Sur l’ordinateur où vous utilisez déjà Consilium, choisissez Aller › Appareils, puis Associer un nouvel appareil… : un fichier d’association est enregistré et un code à usage unique s’affiche. Ouvrez ce fichier ici et saisissez le code : cet ordinateur devient l’un de vos appareils et reçoit vos cas.</translation>
    </message>
    <message>
        <source>consilium-link-….cnslink</source>
        <translation>consilium-link-….cnslink</translation>
    </message>
    <message>
        <source>Link file</source>
        <translation>Fichier d’association</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the link file saved on your other computer</source>
        <translation>Choisir le fichier d’association enregistré sur votre autre ordinateur</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
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
        <source>Link &amp;file:</source>
        <translation>&amp;Fichier d’association :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
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
        <source>The passphrase protects the encrypted copy of your cases on this computer only; it may differ from the one on your other computer.</source>
        <translation>La phrase secrète protège la copie chiffrée de vos cas sur cet ordinateur uniquement ; elle peut être différente de celle de votre autre ordinateur.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to creating a new profile</source>
        <translation>Revenir à la création d’un nouveau profil</translation>
    </message>
    <message>
        <source>Link This Computer</source>
        <translation>Associer cet ordinateur</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Open Link File</source>
        <translation>Ouvrir le fichier d’association</translation>
    </message>
    <message>
        <source>Consilium link files (*.%1);;All files (*)</source>
        <extracomment>File type filter in the open dialog.</extracomment>
        <translation>Fichiers d’association Consilium (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This code has a typo: check each group of four characters against your other device.</source>
        <translation>Ce code comporte une faute de frappe : comparez chaque groupe de quatre caractères avec votre autre appareil.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Linking this computer…</source>
        <translation>Association de cet ordinateur…</translation>
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
        <source>&amp;Devices</source>
        <translation>&amp;Appareils</translation>
    </message>
    <message>
        <source>Your identity and the devices that speak for it</source>
        <translation>Votre identité et les appareils qui parlent en son nom</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau cas…</translation>
    </message>
    <message>
        <source>Import images, de-identify them, describe the case and share it</source>
        <translation>Importer des images, les désidentifier, décrire le cas et le partager</translation>
    </message>
    <message>
        <source>Credential imported: colleagues now see you as verified.</source>
        <translation>Attestation importée : vos collègues vous voient désormais comme vérifié.</translation>
    </message>
    <message>
        <source>Import &amp;Credential…</source>
        <translation>Importer une &amp;attestation…</translation>
    </message>
    <message>
        <source>Add the clinician credential a verifier issued for this profile, so colleagues see you as verified</source>
        <translation>Ajouter l’attestation de praticien délivrée pour ce profil, pour que vos collègues vous voient comme vérifié</translation>
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
    <name>consilium::ui::OutboxPage</name>
    <message>
        <source>Send Now</source>
        <extracomment>Outbox: sends what waits now instead of at the next automatic attempt.</extracomment>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Try the relay again now rather than at the next automatic attempt</source>
        <translation>Réessayer le relais maintenant plutôt qu’à la prochaine tentative automatique</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Outbox columns.</extracomment>
        <translation>Cas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <extracomment>Outbox when nothing waits to be sent.</extracomment>
        <translation>Rien en attente d’envoi</translation>
    </message>
    <message>
        <source>Cases you publish are listed here until the relay has every image and every message. Without a connection they wait here and go out by themselves later.</source>
        <translation>Les cas que vous publiez figurent ici jusqu’à ce que le relais ait reçu chaque image et chaque message. Sans connexion, ils attendent ici et partent d’eux-mêmes plus tard.</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Tout a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>The relay cannot be reached: %n case(s) wait and will be sent when the connection is back.</source>
        <extracomment>Outbox summary while the relay cannot be reached; %n cases wait.</extracomment>
        <translation>
            <numerusform>Le relais est injoignable : %n cas attend et sera envoyé au retour de la connexion.</numerusform>
            <numerusform>Le relais est injoignable : %n cas attendent et seront envoyés au retour de la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) on their way to the relay.</source>
        <translation>
            <numerusform>%n cas en cours d’envoi au relais.</numerusform>
            <numerusform>%n cas en cours d’envoi au relais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled case</source>
        <extracomment>Outbox row of a case whose title is not known (not in the cache any more).</extracomment>
        <translation>Cas sans titre</translation>
    </message>
    <message>
        <source>Queued · offline</source>
        <translation>En attente · hors ligne</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending · %1 %</source>
        <extracomment>Outbox state while sending; %1 is the percentage of the whole case.</extracomment>
        <translation>Envoi · %1 %</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state: the relay has every image and message of the case.</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Tooltip of an outbox row; %1 bytes sent, %2 bytes in all (e.g. &quot;3.2 MiB of 12 MiB&quot;).</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip line of an outbox row; %1 the error of the last attempt.</extracomment>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message numerus="yes">
        <source>This computer was removed from your devices, so the relay refuses it: %n case(s) stay here and cannot be sent from this computer.</source>
        <extracomment>Outbox summary on a computer removed from the profile&apos;s devices; %n cases are kept here.</extracomment>
        <translation>
            <numerusform>Cet ordinateur a été retiré de vos appareils, le relais le refuse donc : %n cas reste ici et ne peut pas être envoyé depuis cet ordinateur.</numerusform>
            <numerusform>Cet ordinateur a été retiré de vos appareils, le relais le refuse donc : %n cas restent ici et ne peuvent pas être envoyés depuis cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued · not syncing</source>
        <extracomment>Outbox state: waiting to be sent (offline, or another case goes first). Outbox state on a computer removed from the profile&apos;s devices.</extracomment>
        <translation>En attente · pas de synchronisation</translation>
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
    <name>consilium::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <extracomment>Title of the People page.</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>Add a colleague from the invitation code they gave you</source>
        <translation>Ajouter un confrère à partir du code d’invitation qu’il vous a donné</translation>
    </message>
    <message>
        <source>My &amp;Invite Code…</source>
        <translation>Mon code d’&amp;invitation…</translation>
    </message>
    <message>
        <source>Show the code (and QR code) a colleague needs to add you</source>
        <translation>Afficher le code (et le code QR) dont un confrère a besoin pour vous ajouter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Add a colleague with the invitation code they give you, or send them yours with “My Invite Code…”.</source>
        <translation>Ajoutez un confrère avec le code d’invitation qu’il vous donne, ou envoyez-lui le vôtre avec « Mon code d’invitation… ».</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Sélectionnez un contact</translation>
    </message>
    <message>
        <source>Their safety number appears here, to compare with them.</source>
        <translation>Son numéro de sécurité s’affiche ici, pour le comparer avec lui.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Impossible de lire les contacts : %1</translation>
    </message>
    <message>
        <source>Cannot record the verification: %1</source>
        <translation>Impossible d’enregistrer la vérification : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileController</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>This is not a complete recovery key: check each group of four characters.</source>
        <translation>Ce n’est pas une clé de récupération complète : vérifiez chaque groupe de quatre caractères.</translation>
    </message>
    <message>
        <source>This recovery key does not open this profile. Check that it is the key shown when the profile was created.</source>
        <translation>Cette clé de récupération n’ouvre pas ce profil. Vérifiez qu’il s’agit bien de la clé affichée à la création du profil.</translation>
    </message>
    <message>
        <source>This profile has no recovery key.</source>
        <translation>Ce profil n’a pas de clé de récupération.</translation>
    </message>
    <message>
        <source>This code is incomplete or mistyped: it has 32 letters and digits in 8 groups of 4. Check each group against the code on your other device.</source>
        <translation>Ce code est incomplet ou mal saisi : il compte 32 lettres et chiffres en 8 groupes de 4. Comparez chaque groupe avec le code affiché sur votre autre appareil.</translation>
    </message>
    <message>
        <source>A profile already exists here.</source>
        <translation>Un profil existe déjà ici.</translation>
    </message>
    <message>
        <source>Opening the link file and creating your encrypted profile…</source>
        <translation>Ouverture du fichier d’association et création de votre profil chiffré…</translation>
    </message>
    <message>
        <source>The link file cannot be read: %1</source>
        <extracomment>%1 is the technical reason (no such file, permission denied…).</extracomment>
        <translation>Le fichier d’association est illisible : %1</translation>
    </message>
    <message>
        <source>This code does not open this link file. Check that the code and the file come from the same link on your other device (and that the file was not changed).</source>
        <translation>Ce code n’ouvre pas ce fichier d’association. Vérifiez que le code et le fichier proviennent de la même association sur votre autre appareil (et que le fichier n’a pas été modifié).</translation>
    </message>
    <message>
        <source>This is not a Consilium link file, or it is damaged. Save it again on your other device.</source>
        <translation>Ce n’est pas un fichier d’association Consilium, ou il est endommagé. Enregistrez-le de nouveau sur votre autre appareil.</translation>
    </message>
    <message>
        <source>This link file was made by a newer version of Consilium. Update Consilium on this computer, then try again.</source>
        <translation>Ce fichier d’association a été créé par une version plus récente de Consilium. Mettez Consilium à jour sur cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>This link file expired on %1. On your other device, choose Devices › Link New Device… again.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Ce fichier d’association a expiré le %1. Sur votre autre appareil, choisissez de nouveau « Associer un nouvel appareil… » dans Appareils.</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Le profil n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Joining your identity at the relay %1…</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Connexion à votre identité sur le relais %1…</translation>
    </message>
    <message>
        <source>Your identity could not be joined at the relay %1: %2. Nothing was kept on this computer; try again once the relay can be reached.</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>Impossible de rejoindre votre identité sur le relais %1 : %2. Rien n’a été conservé sur cet ordinateur ; réessayez quand le relais sera joignable.</translation>
    </message>
    <message>
        <source>This is not a relay address. Type it as your organisation gave it, for example https://relay.example.org.</source>
        <translation>Ce n’est pas une adresse de relais. Saisissez-la telle que votre établissement l’a fournie, par exemple https://relay.example.org.</translation>
    </message>
    <message>
        <source>A profile already exists here: it was not changed.</source>
        <translation>Un profil existe déjà ici : il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Looking for your key backup at the relay %1…</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Recherche de votre sauvegarde de clés sur le relais %1…</translation>
    </message>
    <message>
        <source>No key backup is stored under this recovery key at the relay %1. Check the key for a mistyped group, and that this is the relay your profile used.</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Aucune sauvegarde de clés n’est enregistrée sous cette clé de récupération sur le relais %1. Vérifiez qu’aucun groupe de la clé n’est mal saisi, et qu’il s’agit bien du relais utilisé par votre profil.</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>pas de réponse en %1 secondes</translation>
    </message>
    <message>
        <source>The relay %1 cannot be reached (%2). Check the address and this computer&apos;s network connection, then try again.</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>Le relais %1 est injoignable (%2). Vérifiez l’adresse et la connexion réseau de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The relay %1 refused the device kept in your key backup: it may have been removed from your devices. Ask your relay&apos;s administrator for help.</source>
        <translation>Le relais %1 a refusé l’appareil conservé dans votre sauvegarde de clés : il a peut-être été retiré de vos appareils. Demandez de l’aide à l’administrateur de votre relais.</translation>
    </message>
    <message>
        <source>The key backup stored at the relay %1 does not open with this recovery key: it is damaged or was altered. Your identity cannot be restored from it.</source>
        <translation>La sauvegarde de clés enregistrée sur le relais %1 ne s’ouvre pas avec cette clé de récupération : elle est endommagée ou a été modifiée. Votre identité ne peut pas être restaurée à partir d’elle.</translation>
    </message>
    <message>
        <source>The relay %1 answered with a key backup of another identity than the one it named. Nothing was restored; tell your relay&apos;s administrator.</source>
        <translation>Le relais %1 a renvoyé la sauvegarde de clés d’une autre identité que celle qu’il indiquait. Rien n’a été restauré ; prévenez l’administrateur de votre relais.</translation>
    </message>
    <message>
        <source>Your identity could not be restored from the relay %1: %2</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>Votre identité n’a pas pu être restaurée depuis le relais %1 : %2</translation>
    </message>
    <message>
        <source>Checking your credential and creating your encrypted profile…</source>
        <translation>Vérification de votre attestation et création de votre profil chiffré…</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was kept on this computer.</source>
        <translation>Restauration annulée. Rien n’a été conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your credential was not signed by the chosen verifier. Choose the folder of the verifier that issued your credential.</source>
        <translation>Votre attestation n’a pas été signée par l’autorité de vérification choisie. Choisissez le dossier de l’autorité de vérification qui a délivré votre attestation.</translation>
    </message>
    <message>
        <source>The chosen verifier&apos;s revocation list is not signed by the verifier: choose its folder again, from a copy you trust.</source>
        <translation>La liste de révocation de l’autorité de vérification choisie n’est pas signée par celle-ci : choisissez à nouveau son dossier, depuis une copie de confiance.</translation>
    </message>
    <message>
        <source>Your credential has been revoked by its verifier: your identity cannot be restored with it. Contact your verifier.</source>
        <translation>Votre attestation a été révoquée par son autorité de vérification : votre identité ne peut pas être restaurée avec elle. Contactez votre autorité de vérification.</translation>
    </message>
    <message>
        <source>Your credential expired on %1: your identity cannot be restored with it. Ask your verifier for a new one.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Votre attestation a expiré le %1 : votre identité ne peut pas être restaurée avec elle. Demandez-en une nouvelle à votre autorité de vérification.</translation>
    </message>
    <message>
        <source>Your credential is not valid before %1. Check this computer&apos;s date.</source>
        <translation>Votre attestation n’est pas valable avant le %1. Vérifiez la date de cet ordinateur.</translation>
    </message>
    <message>
        <source>The credential stored at the relay is damaged or belongs to another identity. Nothing was restored.</source>
        <translation>L’attestation enregistrée sur le relais est endommagée ou appartient à une autre identité. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSections</name>
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
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Published cases on their way to the relay, with their progress</source>
        <translation>Les cas publiés en cours d’envoi au relais, avec leur progression</translation>
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
        <source>Groups of contacts to publish cases to</source>
        <translation>Les groupes de contacts auxquels publier des cas</translation>
    </message>
    <message>
        <source>Your contacts, invitations and safety numbers</source>
        <translation>Vos contacts, invitations et numéros de sécurité</translation>
    </message>
    <message>
        <source>Cases you started and have not published yet</source>
        <translation>Les cas commencés et pas encore publiés</translation>
    </message>
    <message>
        <source>Search every case and comment cached on this computer</source>
        <translation>Rechercher dans tous les cas et commentaires conservés sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSetupPage</name>
    <message>
        <source>Create your profile</source>
        <translation>Créez votre profil</translation>
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
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Colleagues see your name, profession and specialty beside the cases you share. The passphrase protects the encrypted copy of your cases on this computer. Next you get a recovery key: without it, nobody, including the Consilium team, can open this profile if you forget the passphrase.</source>
        <translation>Vos collègues voient votre nom, votre profession et votre spécialité à côté des cas que vous partagez. La phrase secrète protège la copie chiffrée de vos cas sur cet ordinateur. Vous recevrez ensuite une clé de récupération : sans elle, personne, pas même l’équipe Consilium, ne peut ouvrir ce profil si vous oubliez la phrase secrète.</translation>
    </message>
    <message>
        <source>Already use Consilium on another computer? Link to your existing profile…</source>
        <extracomment>Beside &quot;Create profile&quot;: for a clinician who already uses Consilium on another computer.</extracomment>
        <translation>Vous utilisez Consilium sur un autre ordinateur ? Associez-le à votre profil…</translation>
    </message>
    <message>
        <source>Use a link file and one-time code made on your other computer (Devices › Link New Device…)</source>
        <translation>Utiliser un fichier d’association et un code à usage unique créés sur votre autre ordinateur (Appareils › Associer un nouvel appareil…)</translation>
    </message>
    <message>
        <source>Lost every computer with your profile? Restore with your recovery key…</source>
        <extracomment>Below the link to an existing profile: for a clinician whose every computer is lost.</extracomment>
        <translation>Tous vos ordinateurs perdus ? Restaurez avec votre clé de récupération…</translation>
    </message>
    <message>
        <source>Use the recovery key you saved when you created your profile, and your relay</source>
        <translation>Utilisez la clé de récupération conservée lors de la création de votre profil, et votre relais</translation>
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
    <name>consilium::ui::PublishPage</name>
    <message>
        <source>Publish</source>
        <extracomment>Title of the publish wizard&apos;s last step.</extracomment>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Check the summary, then publish. The images and text are encrypted on this computer before anything is sent.</source>
        <translation>Vérifiez le récapitulatif, puis publiez. Images et texte sont chiffrés sur cet ordinateur avant tout envoi.</translation>
    </message>
    <message>
        <source>&amp;Publish Case</source>
        <extracomment>The button that publishes the case.</extracomment>
        <translation>&amp;Publier le cas</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Vous seul</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) you chose</source>
        <translation>
            <numerusform>%n confrère choisi</numerusform>
            <numerusform>%n confrères choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>The members of the group you chose</source>
        <translation>Les membres du groupe choisi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message numerus="yes">
        <source>%n de-identified image(s)</source>
        <translation>
            <numerusform>%n image désidentifiée</numerusform>
            <numerusform>%n images désidentifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation layer(s)</source>
        <translation>
            <numerusform>%n calque d’annotations</numerusform>
            <numerusform>%n calques d’annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Attested by you</source>
        <translation>Attesté par vous</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Non attesté</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <extracomment>Shown above the Publish button before publishing.</extracomment>
        <translation>Prêt à publier.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <extracomment>The publish button after a failure.</extracomment>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The consent attestation is required. Go back to the description to give it.</source>
        <translation>L’attestation de consentement est obligatoire. Revenez à la description pour la donner.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <extracomment>While the case is encrypted into the profile.</extracomment>
        <translation>Chiffrement du cas…</translation>
    </message>
    <message>
        <source>The case could not be published: %1</source>
        <extracomment>Publishing failed; %1 says why. Nothing was published.</extracomment>
        <translation>Le cas n’a pas pu être publié : %1</translation>
    </message>
    <message>
        <source>The case is saved on this computer, private to you. It is in your feed.</source>
        <translation>Le cas est enregistré sur cet ordinateur, privé. Il figure dans votre fil.</translation>
    </message>
    <message>
        <source>Sending to the relay…</source>
        <translation>Envoi au relais…</translation>
    </message>
    <message>
        <source>Published. Your readers will see the case as soon as their devices sync.</source>
        <translation>Publié. Vos lecteurs verront le cas dès que leurs appareils se synchroniseront.</translation>
    </message>
    <message>
        <source>Sending to the relay: %1 of %2…</source>
        <extracomment>While the case goes to the relay; %1 and %2 are sizes (&quot;3.2 MiB of 12 MiB&quot;).</extracomment>
        <translation>Envoi au relais : %1 sur %2…</translation>
    </message>
    <message>
        <source>This computer was removed from your devices, so the relay refuses it. The case is saved here in the outbox, but it cannot be sent from this computer.</source>
        <translation>Cet ordinateur a été retiré de vos appareils, le relais le refuse donc. Le cas est enregistré ici dans la boîte d’envoi, mais il ne peut pas être envoyé depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. The case is saved and waits in the outbox; it will be sent automatically when the connection is back (Outbox in the sidebar).</source>
        <translation>Le relais est injoignable. Le cas est enregistré et attend dans la boîte d’envoi ; il sera envoyé automatiquement au retour de la connexion (Boîte d’envoi dans la barre latérale).</translation>
    </message>
    <message>
        <source>The case could not be sent yet (%1). It is saved and waits in the outbox; it will be sent again automatically (Outbox in the sidebar).</source>
        <extracomment>The relay answered with an error; %1 is its exact words. The case is not lost.</extracomment>
        <translation>Le cas n’a pas encore pu être envoyé (%1). Il est enregistré et attend dans la boîte d’envoi ; il sera renvoyé automatiquement (Boîte d’envoi dans la barre latérale).</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoverAccessPage</name>
    <message>
        <source>Use your recovery key</source>
        <translation>Utiliser votre clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you created this profile, then choose a new passphrase. Your cases, contacts and keys stay as they are.</source>
        <translation>Saisissez la clé de récupération conservée lors de la création de ce profil, puis choisissez une nouvelle phrase secrète. Vos cas, contacts et clés restent intacts.</translation>
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
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
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
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Revenir à la phrase secrète</translation>
    </message>
    <message>
        <source>Set Passphrase and Unlock</source>
        <translation>Définir la phrase secrète et déverrouiller</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Opening the profile with the recovery key…</source>
        <translation>Ouverture du profil avec la clé de récupération…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryConfirmPage</name>
    <message>
        <source>Confirm your recovery key</source>
        <translation>Confirmez votre clé de récupération</translation>
    </message>
    <message>
        <source>Show the Key Again</source>
        <translation>Afficher à nouveau la clé</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>To be sure you have it, type groups %1 and %2 of your recovery key, as you wrote them down.</source>
        <extracomment>%1 and %2 are group numbers counted from 1, as printed above each group.</extracomment>
        <translation>Pour vérifier que vous l’avez bien notée, saisissez les groupes %1 et %2 de votre clé de récupération.</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <extracomment>%1 is a group number counted from 1.</extracomment>
        <translation>Groupe &amp;%1 :</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Group %1 does not match your recovery key. Check what you wrote down, or show the key again.</source>
        <extracomment>%1 is a group number.</extracomment>
        <translation>Le groupe %1 ne correspond pas à votre clé de récupération. Vérifiez ce que vous avez noté, ou affichez à nouveau la clé.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match your recovery key. Check what you wrote down, or show the key again.</source>
        <translation>Les groupes %1 et %2 ne correspondent pas à votre clé de récupération. Vérifiez ce que vous avez noté, ou affichez à nouveau la clé.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyDialog</name>
    <message>
        <source>Replace Recovery Key</source>
        <translation>Remplacer la clé de récupération</translation>
    </message>
    <message>
        <source>Create Recovery Key</source>
        <translation>Créer une clé de récupération</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: the old key stops working at once. Keep the new one where you would keep a spare house key.</source>
        <translation>Une nouvelle clé de récupération remplace celle que vous avez : l&apos;ancienne cesse aussitôt de fonctionner. Rangez la nouvelle là où vous rangeriez un double de vos clés.</translation>
    </message>
    <message>
        <source>A recovery key opens this profile if you forget its passphrase. Without one, a forgotten passphrase means losing this profile&apos;s cases.</source>
        <translation>Une clé de récupération ouvre ce profil si vous oubliez sa phrase secrète. Sans elle, une phrase secrète oubliée signifie la perte des cas de ce profil.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète act&amp;uelle :</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <extracomment>While Argon2id checks the passphrase (a second or two by design).</extracomment>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>No recovery key was made: %1</source>
        <translation>Aucune clé de récupération n&apos;a été créée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes incorrectes : réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de phrases secrètes incorrectes : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into this profile and its cases. Write it down, print it or save it somewhere safe — away from this computer.</source>
        <translation>Si vous oubliez votre phrase secrète, cette clé est le seul moyen de retrouver ce profil et ses cas. Notez-la, imprimez-la ou enregistrez-la en lieu sûr, hors de cet ordinateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown only once.&lt;/b&gt; Consilium keeps no copy it could show you again, and nobody can recover it for you.</source>
        <translation>&lt;b&gt;Affichée une seule fois.&lt;/b&gt; Consilium n’en garde aucune copie qu’il pourrait vous montrer à nouveau, et personne ne peut la récupérer pour vous.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard, e.g. for a password manager</source>
        <translation>Copier la clé de récupération dans le presse-papiers, p. ex. pour un gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save the recovery key as a text file, e.g. on a USB stick you keep safe</source>
        <translation>Enregistrer la clé de récupération dans un fichier texte, p. ex. sur une clé USB conservée en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key on paper</source>
        <translation>Imprimer la clé de récupération sur papier</translation>
    </message>
    <message>
        <source>I have stored my recovery key in a safe place</source>
        <translation>J’ai conservé ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Confirm the recovery key by typing two of its groups</source>
        <translation>Confirmer la clé de récupération en saisissant deux de ses groupes</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Copiée. Collez-la dans votre gestionnaire de mots de passe, puis videz le presse-papiers.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Consilium recovery key</source>
        <translation>Clé de récupération Consilium</translation>
    </message>
    <message>
        <source>This key opens your Consilium profile if you forget its passphrase. Keep it somewhere safe, away from the computer; anyone who has it and this computer&apos;s files can read your cases.</source>
        <translation>Cette clé ouvre votre profil Consilium si vous oubliez sa phrase secrète. Conservez-la en lieu sûr, hors de l’ordinateur : quiconque la possède ainsi que les fichiers de cet ordinateur peut lire vos cas.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <extracomment>%1 is the system&apos;s reason.</extracomment>
        <translation>La clé n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer.</source>
        <extracomment>%1 is the file&apos;s path.</extracomment>
        <translation>Enregistrée dans %1. Déplacez-la hors de cet ordinateur.</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Étape %1 sur %2</translation>
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
    <name>consilium::ui::RemoveDeviceDialog</name>
    <message>
        <source>Remove Device</source>
        <extracomment>Dialog title (Devices page).</extracomment>
        <translation>Retirer l’appareil</translation>
    </message>
    <message>
        <source>Remove “%1” from your devices?</source>
        <extracomment>%1 is the device&apos;s name as the Devices page shows it.</extracomment>
        <translation>Retirer « %1 » de vos appareils ?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once removed, that computer can no longer sync as you: the relay refuses it, and it cannot read cases or comments shared from now on — yours, and your colleagues&apos;, whose Consilium stops sending to it.&lt;/p&gt;&lt;p&gt;What it already downloaded stays on it, protected by its profile passphrase. If it was lost or stolen, that is all it keeps.&lt;/p&gt;&lt;p&gt;This cannot be undone. To use that computer again, link it as a new device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une fois retiré, cet ordinateur ne peut plus se synchroniser en votre nom : le relais le refuse, et il ne peut plus lire les cas ni les commentaires partagés à partir de maintenant — les vôtres comme ceux de vos confrères, dont le Consilium cesse de lui envoyer quoi que ce soit.&lt;/p&gt;&lt;p&gt;Ce qu’il a déjà téléchargé y reste, protégé par la phrase de passe de son profil. S’il a été perdu ou volé, c’est tout ce qu’il conserve.&lt;/p&gt;&lt;p&gt;Cette action est définitive. Pour utiliser de nouveau cet ordinateur, associez-le comme un nouvel appareil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <extracomment>Caption above the device&apos;s key fingerprint in the Remove Device dialog.</extracomment>
        <translation>Empreinte de la clé :</translation>
    </message>
    <message>
        <source>Key fingerprint of the device to remove</source>
        <translation>Empreinte de la clé de l’appareil à retirer</translation>
    </message>
    <message>
        <source>The device&apos;s signing key, as the Devices page shows it</source>
        <translation>La clé de signature de l’appareil, telle que l’affiche la page Appareils</translation>
    </message>
    <message>
        <source>Removing the device</source>
        <translation>Retrait de l’appareil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Remove Device</source>
        <extracomment>Button in the Remove Device dialog; removing cannot be undone.</extracomment>
        <translation>&amp;Retirer l’appareil</translation>
    </message>
    <message>
        <source>Take this device out of your identity at the relay now</source>
        <translation>Retirer dès maintenant cet appareil de votre identité sur le relais</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot remove a device.</source>
        <translation>Ce profil ne se synchronise pas avec un relais : il ne peut pas retirer d’appareil.</translation>
    </message>
    <message>
        <source>Removing “%1” at the relay…</source>
        <translation>Retrait de « %1 » sur le relais…</translation>
    </message>
    <message>
        <source>The device was not removed: the relay cannot be reached. Nothing was changed; check the connection and try again.</source>
        <translation>L’appareil n’a pas été retiré : le relais est injoignable. Rien n’a été modifié ; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The device was not removed: %1</source>
        <extracomment>%1 is the technical reason (the relay refused, the device is not listed…).</extracomment>
        <translation>L’appareil n’a pas été retiré : %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>“%1” is removed: the relay no longer lets it in.</source>
        <translation>« %1 » est retiré : le relais ne l’accepte plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved to a new key that it does not have; your colleagues are told as they sync.</source>
        <translation>
            <numerusform>%n cas est passé à une nouvelle clé qu’il n’a pas ; vos confrères en sont informés à leur prochaine synchronisation.</numerusform>
            <numerusform>%n cas sont passés à une nouvelle clé qu’il n’a pas ; vos confrères en sont informés à leur prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your colleagues are told as they sync.</source>
        <translation>Vos confrères en sont informés à leur prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were never shared with this computer: remove the device from another of your computers too to cover them.</source>
        <translation>
            <numerusform>%n cas n’a jamais été partagé avec cet ordinateur : retirez aussi l’appareil depuis un autre de vos ordinateurs pour le couvrir.</numerusform>
            <numerusform>%n cas n’ont jamais été partagés avec cet ordinateur : retirez aussi l’appareil depuis un autre de vos ordinateurs pour les couvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RestoreProfilePage</name>
    <message>
        <source>Restore with your recovery key</source>
        <translation>Restaurer avec votre clé de récupération</translation>
    </message>
    <message>
        <source>If no computer with your profile is left, the recovery key you saved when you created it restores your identity, your credential and your devices from the encrypted key backup on your relay. Cases come back as colleagues share them with you again.</source>
        <translation>S’il ne vous reste aucun ordinateur avec votre profil, la clé de récupération conservée lors de sa création restaure votre identité, votre attestation et vos appareils à partir de la sauvegarde chiffrée de vos clés sur votre relais. Les cas reviennent à mesure que vos confrères vous les partagent à nouveau.</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <source>The relay your profile synced with, as your organisation gave it</source>
        <translation>Le relais avec lequel votre profil se synchronisait, tel que votre établissement l’a fourni</translation>
    </message>
    <message>
        <source>Folder with verifier.pub and revocations.cbor</source>
        <translation>Dossier contenant verifier.pub et revocations.cbor</translation>
    </message>
    <message>
        <source>Verifier folder</source>
        <translation>Dossier de l’autorité de vérification</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>The folder of the verifier that issued your credential, as your organisation gave it</source>
        <translation>Le dossier de l’autorité de vérification qui a délivré votre attestation, tel que votre établissement l’a fourni</translation>
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
        <source>Re&amp;lay:</source>
        <translation>Re&amp;lais :</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>&amp;Verifier:</source>
        <translation>Autorité de &amp;vérification :</translation>
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
        <source>The new passphrase protects the encrypted copy of your profile on this computer. Afterwards you get a new recovery key: the one you type here stops working.</source>
        <translation>La nouvelle phrase secrète protège la copie chiffrée de votre profil sur cet ordinateur. Vous recevrez ensuite une nouvelle clé de récupération : celle que vous saisissez ici cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to creating a new profile</source>
        <translation>Revenir à la création d’un nouveau profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop restoring; nothing is kept on this computer</source>
        <translation>Arrêter la restauration ; rien n’est conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Restore Profile</source>
        <translation>Restaurer le profil</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Choose the Verifier&apos;s Folder</source>
        <translation>Choisir le dossier de l’autorité de vérification</translation>
    </message>
    <message>
        <source>This folder holds no usable verifier: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Ce dossier ne contient aucune autorité de vérification utilisable : %1</translation>
    </message>
    <message>
        <source>Verifier %1… found: the restored profile will trust it.</source>
        <extracomment>%1 is the start of the verifier&apos;s key in hexadecimal.</extracomment>
        <translation>Autorité de vérification %1… trouvée : le profil restauré lui fera confiance.</translation>
    </message>
    <message>
        <source>The verifier that issued your credential; the profile will trust it.</source>
        <translation>L’autorité de vérification qui a délivré votre attestation ; le profil lui fera confiance.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Restoring your profile…</source>
        <translation>Restauration de votre profil…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ReviewPage</name>
    <message>
        <source>Review and Annotate</source>
        <extracomment>Title of the publish wizard&apos;s step where redactions are reviewed and images annotated.</extracomment>
        <translation>Vérifier et annoter</translation>
    </message>
    <message>
        <source>Look at each image as recipients will see it. Open it in the editor to black out anything still identifying, and to add arrows, measurements and notes.</source>
        <translation>Regardez chaque image telle que les destinataires la verront. Ouvrez-la dans l’éditeur pour masquer ce qui resterait identifiant et ajouter flèches, mesures et notes.</translation>
    </message>
    <message>
        <source>De-identified images</source>
        <extracomment>Accessible name of the list of de-identified images.</extracomment>
        <translation>Images désidentifiées</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column headers of the review list.</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>Added boxes</source>
        <translation>Zones ajoutées</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;Review and Annotate…</source>
        <extracomment>Button: open the selected image in the image editor.</extracomment>
        <translation>&amp;Vérifier et annoter…</translation>
    </message>
    <message>
        <source>Open the selected image in the editor (or double-click it)</source>
        <translation>Ouvrir l’image sélectionnée dans l’éditeur (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>Text found by OCR is already blacked out. Boxes you add are burned into the published copy; annotations stay a separate layer readers can hide.</source>
        <extracomment>Note on the review step.</extracomment>
        <translation>Le texte repéré par OCR est déjà masqué. Les zones ajoutées sont incrustées dans la copie publiée ; les annotations restent un calque séparé que les lecteurs peuvent masquer.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Done — Back to the Case</source>
        <extracomment>Toolbar button of the editor opened from the publish wizard: keep the changes and go back.</extracomment>
        <translation>Terminé — retour au cas</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SafetyNumberView</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of the QR code image on the safety number and invitation screens.</extracomment>
        <translation>Code QR</translation>
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
    <message>
        <source>Recovery Key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Replace Recovery Key…</source>
        <translation>Remplacer la clé de récupération…</translation>
    </message>
    <message>
        <source>Create Recovery Key…</source>
        <translation>Créer une clé de récupération…</translation>
    </message>
    <message>
        <source>Unlock this profile first</source>
        <translation>Déverrouillez d&apos;abord ce profil</translation>
    </message>
    <message>
        <source>⚠ This profile has no recovery key. If you forget its passphrase, nobody can open it again and its cases are lost.</source>
        <translation>⚠ Ce profil n&apos;a pas de clé de récupération. Si vous oubliez sa phrase secrète, personne ne pourra plus l&apos;ouvrir et ses cas seront perdus.</translation>
    </message>
    <message>
        <source>The recovery key was shown but not confirmed; the next unlock shows a new one.</source>
        <translation>La clé de récupération a été affichée mais pas confirmée ; le prochain déverrouillage en affichera une nouvelle.</translation>
    </message>
    <message>
        <source>A recovery key opens this profile if you forget its passphrase. Replacing it makes the old one useless, for example after it was seen by someone else.</source>
        <translation>Une clé de récupération ouvre ce profil si vous oubliez sa phrase secrète. La remplacer rend l&apos;ancienne inutilisable, par exemple si quelqu&apos;un d&apos;autre l&apos;a vue.</translation>
    </message>
    <message>
        <source>The new recovery key is confirmed. Keep it safe: it opens this profile without the passphrase.</source>
        <translation>La nouvelle clé de récupération est confirmée. Conservez-la en lieu sûr : elle ouvre ce profil sans la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SelectPage</name>
    <message>
        <source>Choose Images</source>
        <extracomment>Title of the publish wizard&apos;s step where series and images are chosen.</extracomment>
        <translation>Choisir les images</translation>
    </message>
    <message>
        <source>Tick the series to share, or open a series and tick its key images only.</source>
        <translation>Cochez les séries à partager, ou dépliez une série et cochez seulement ses images clés.</translation>
    </message>
    <message>
        <source>Series and images</source>
        <extracomment>Accessible name of the list of series and images to choose from.</extracomment>
        <translation>Séries et images</translation>
    </message>
    <message>
        <source>Series</source>
        <extracomment>Column headers of the series list: what it is, how many images, the modality.</extracomment>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Tout désélectionner</translation>
    </message>
    <message>
        <source>Reading the imported files…</source>
        <extracomment>Shown while the imported files are read.</extracomment>
        <translation>Lecture des fichiers importés…</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <extracomment>A series in the publish wizard: %1 its number, %2 its description.</extracomment>
        <translation>Photo : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>%1 series %2</source>
        <translation>%1, série %2</translation>
    </message>
    <message>
        <source>Image %1 — %2</source>
        <extracomment>One image of a series in the publish wizard; %1 its position, %2 the file name.</extracomment>
        <translation>Image %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out:</source>
        <extracomment>Above the list of files that could not be read; %n is how many.</extracomment>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu et est écarté :</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus et sont écartés :</numerusform>
        </translation>
    </message>
    <message>
        <source>No images were found in what was imported.</source>
        <extracomment>When nothing imported could be shown.</extracomment>
        <translation>Aucune image n’a été trouvée dans ce qui a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) chosen</source>
        <extracomment>How many images are chosen for the case.</extracomment>
        <translation>
            <numerusform>%n image choisie</numerusform>
            <numerusform>%n images choisies</numerusform>
        </translation>
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
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
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
    <name>consilium::ui::SyncController</name>
    <message>
        <source>“%1” is not a relay address: it must look like https://relay.example.org</source>
        <translation>« %1 » n’est pas une adresse de relais : elle doit ressembler à https://relay.example.org</translation>
    </message>
    <message>
        <source>The profile was locked before the relay answered.</source>
        <translation>Le profil a été verrouillé avant la réponse du relais.</translation>
    </message>
    <message>
        <source>Sync has stopped.</source>
        <translation>La synchronisation s’est arrêtée.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. Check the network connection; sync resumes by itself.</source>
        <extracomment>Why sync failed when the relay does not answer; sync resumes by itself.</extracomment>
        <translation>Le relais est injoignable. Vérifiez la connexion réseau ; la synchronisation reprendra d’elle-même.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncPage</name>
    <message>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <source>&amp;Use This Relay</source>
        <translation>&amp;Utiliser ce relais</translation>
    </message>
    <message>
        <source>Store this relay in the profile and sync with it now</source>
        <translation>Enregistrer ce relais dans le profil et se synchroniser avec lui maintenant</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>The relay forwards this profile&apos;s encrypted cases and comments; it never sees their content. Your colleagues must use the same relay.</source>
        <translation>Le relais transmet les cas et commentaires chiffrés de ce profil ; il n’en voit jamais le contenu. Vos confrères doivent utiliser le même relais.</translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>Unit after the cache size limit (gibibytes).</extracomment>
        <translation> Go</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Limite de taille du cache</translation>
    </message>
    <message>
        <source>Offline Cache</source>
        <translation>Cache hors ligne</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Whether the system keychain may open this profile without its passphrase is set on the Security page.</source>
        <translation>L’ouverture de ce profil sans phrase secrète par le trousseau du système se règle sur la page Sécurité.</translation>
    </message>
    <message>
        <source>Open &amp;Security Settings</source>
        <translation>Ouvrir les réglages de &amp;sécurité</translation>
    </message>
    <message>
        <source>Unlock a profile to see and change its relay.</source>
        <translation>Déverrouillez un profil pour voir et modifier son relais.</translation>
    </message>
    <message>
        <source>This profile does not sync yet.</source>
        <translation>Ce profil ne se synchronise pas encore.</translation>
    </message>
    <message>
        <source>This profile does not sync: %1</source>
        <translation>Ce profil ne se synchronise pas : %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>Online: in sync with %1.</source>
        <translation>En ligne : synchronisé avec %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The cache size is not known.</source>
        <translation>La taille du cache est inconnue.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n’est ouvert.</translation>
    </message>
    <message>
        <source>&amp;Keep new cases offline as they arrive</source>
        <translation>&amp;Garder les nouveaux cas hors ligne dès leur arrivée</translation>
    </message>
    <message>
        <source>Ticks “Keep offline” on every case received from now on</source>
        <translation>Coche « Garder hors ligne » sur chaque cas reçu désormais</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Le réglage n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The cache size limit&apos;s value 0: the cache may grow without limit.</extracomment>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Cache size &amp;limit:</source>
        <translation>&amp;Taille maximale du cache :</translation>
    </message>
    <message>
        <source>Images and layers of your cases stay on this computer, encrypted, so they open offline. Past the limit, the images of the cases you opened least recently are removed and downloaded again from the relay when you open them. Cases kept offline, the case on screen and cases still being sent are never removed.</source>
        <translation>Les images et calques de vos cas restent chiffrés sur cet ordinateur pour s&apos;ouvrir hors ligne. Au-delà de la limite, les images des cas ouverts le moins récemment sont retirées, puis téléchargées à nouveau depuis le relais quand vous les ouvrez. Les cas gardés hors ligne, le cas affiché et les cas en cours d&apos;envoi ne sont jamais retirés.</translation>
    </message>
    <message>
        <source>The encrypted cache holds %1 of %2, %3 pinned.</source>
        <extracomment>Settings › Sync, e.g. &quot;The encrypted cache holds 1.2 GB of 2 GB, 340 MB pinned.&quot;</extracomment>
        <translation>Le cache chiffré contient %1 sur %2, dont %3 gardés hors ligne.</translation>
    </message>
    <message>
        <source>The encrypted cache holds %1, %2 pinned.</source>
        <extracomment>Settings › Sync without a limit, e.g. &quot;The encrypted cache holds 1.2 GB, 340 MB pinned.&quot;</extracomment>
        <translation>Le cache chiffré contient %1, dont %2 gardés hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>The images of %n case(s) (%1) were removed to respect the limit; they are downloaded again when opened.</source>
        <translation>
            <numerusform>Les images de %n cas (%1) ont été retirées pour respecter la limite ; elles sont téléchargées à nouveau à l&apos;ouverture.</numerusform>
            <numerusform>Les images de %n cas (%1) ont été retirées pour respecter la limite ; elles sont téléchargées à nouveau à l&apos;ouverture.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Cases kept offline and cases being sent take more than the limit and are never removed: stop keeping offline the cases you no longer need.</source>
        <translation>⚠ Les cas gardés hors ligne et ceux en cours d&apos;envoi dépassent la limite et ne sont jamais retirés : ne gardez plus hors ligne les cas dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this computer: it was removed from your devices on another of your computers. Cases already here stay readable.</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>%1 n’accepte plus cet ordinateur : il a été retiré de vos appareils depuis un autre de vos ordinateurs. Les cas déjà présents restent lisibles.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection; sync resumes by itself.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion réseau ; la synchronisation reprendra d’elle-même.</translation>
    </message>
    <message>
        <source>Not in sync with %1: %2</source>
        <extracomment>%1 is the relay&apos;s address, %2 its exact error.</extracomment>
        <translation>Pas synchronisé avec %1 : %2</translation>
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
    <message>
        <source>End-to-end encrypted sync through the relay %1. The relay never sees the content.</source>
        <extracomment>Tooltip of the sync indicator; %1 is the relay&apos;s address.</extracomment>
        <translation>Synchronisation chiffrée de bout en bout via le relais %1. Le relais ne voit jamais le contenu.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip of the sync indicator when offline; %1 is the reason.</extracomment>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>Sending “%1” · %2 %</source>
        <extracomment>Status bar while a published case goes to the relay; %1 its title, %2 the percentage of the whole case (images and messages).</extracomment>
        <translation>Envoi de « %1 » · %2 %</translation>
    </message>
    <message>
        <source>Online — %1</source>
        <extracomment>Status bar: connected to the relay; %1 what is still being sent (&quot;2 cases waiting&quot;).</extracomment>
        <translation>En ligne — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: the relay cannot be reached, nothing is waiting to be sent.</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <extracomment>Status bar: the relay cannot be reached; %1 what is kept to be sent later (&quot;2 cases waiting&quot;).</extracomment>
        <translation>Hors ligne — %1</translation>
    </message>
    <message>
        <source>%1 and %2 waiting</source>
        <extracomment>Status bar: %1 &quot;2 cases&quot;, %2 &quot;1 other change&quot; (comments and the like).</extracomment>
        <translation>%1 et %2 en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <extracomment>Comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n autre modification</numerusform>
            <numerusform>%n autres modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting</source>
        <extracomment>Status bar: published cases still to be sent.</extracomment>
        <translation>
            <numerusform>%n cas en attente</numerusform>
            <numerusform>%n cas en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <extracomment>Status bar: comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not syncing · removed from your devices</source>
        <extracomment>Status bar: this computer was removed from the profile&apos;s devices, so it no longer syncs.</extracomment>
        <translation>Pas de synchronisation · retiré de vos appareils</translation>
    </message>
    <message>
        <source>The relay no longer accepts this computer: it was removed from your devices on another of your computers. The cases already here stay readable, but nothing new arrives and nothing is sent from here. To sync on this computer again, link it as a new device from one of your other computers (Devices › Link New Device…).</source>
        <extracomment>Tooltip of the sync indicator on a computer removed from the profile&apos;s devices.</extracomment>
        <translation>Le relais n’accepte plus cet ordinateur : il a été retiré de vos appareils depuis un autre de vos ordinateurs. Les cas déjà présents restent lisibles, mais rien de nouveau n’arrive et rien n’est envoyé d’ici. Pour synchroniser à nouveau cet ordinateur, associez-le comme nouvel appareil depuis un autre de vos ordinateurs (Appareils › Associer un nouvel appareil…).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>Tooltip of the sync indicator: the exact error, for whoever runs the relay.</extracomment>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncWorker</name>
    <message>
        <source>This profile does not sync with a relay, so contacts cannot be fetched or told about changes.</source>
        <extracomment>Shown when adding a contact or changing a group in a profile that has no relay to sync with.</extracomment>
        <translation>Ce profil ne se synchronise avec aucun relais : les contacts ne peuvent être ni récupérés ni informés des changements.</translation>
    </message>
    <message>
        <source>This is your own invitation code: give it to a colleague, and paste theirs here.</source>
        <translation>C’est votre propre code d’invitation : donnez-le à un confrère, et collez ici le sien.</translation>
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
    <message>
        <source>Forgot passphrase? Use recovery key</source>
        <translation>Phrase secrète oubliée ? Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Open this profile with the recovery key shown when it was created, and choose a new passphrase</source>
        <translation>Ouvrir ce profil avec la clé de récupération affichée à sa création, et choisir une nouvelle phrase secrète</translation>
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
