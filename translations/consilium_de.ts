<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Avoid common words, your name, repeats and sequences like 1234.</source>
        <translation>Vermeiden Sie gängige Wörter, Ihren Namen, Wiederholungen und Folgen wie 1234.</translation>
    </message>
    <message>
        <source>Make it longer: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Machen Sie sie länger: Vier oder fünf unzusammenhängende Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>RelativeAge</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Brain</source>
        <extracomment>CT window preset (Hounsfield units 40/80)</extracomment>
        <translation>Gehirn</translation>
    </message>
    <message>
        <source>Subdural</source>
        <extracomment>CT window preset for subdural haematoma (75/215)</extracomment>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <extracomment>CT window preset for acute ischaemic stroke (40/40)</extracomment>
        <translation>Schlaganfall</translation>
    </message>
    <message>
        <source>Lung</source>
        <extracomment>CT window preset (-600/1500)</extracomment>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <extracomment>CT window preset (50/350)</extracomment>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <extracomment>CT window preset for abdominal soft tissue (60/400)</extracomment>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <extracomment>CT window preset (60/160)</extracomment>
        <translation>Leber</translation>
    </message>
    <message>
        <source>Bone</source>
        <extracomment>CT window preset (400/1800)</extracomment>
        <translation>Knochen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>Title of the About dialog; %1 is the product name, &quot;Consilium&quot;.</extracomment>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Private, end-to-end encrypted review of clinical cases with your colleagues.</source>
        <translation>Private, Ende-zu-Ende-verschlüsselte Besprechung klinischer Fälle mit Ihren Kolleginnen und Kollegen.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version the application was built with, %2 the one it runs on.</extracomment>
        <translation>Erstellt mit Qt %1, ausgeführt mit Qt %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>In the About dialog; %1 is a version number such as 0.1.0.</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <extracomment>Rich text; keep the link markup and translate only the words.</extracomment>
        <translation>Lizenziert unter der &lt;a href=&quot;%1&quot;&gt;Apache-Lizenz, Version 2.0&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AnnotationCommands</name>
    <message>
        <source>Add Annotation</source>
        <extracomment>Undo/redo menu entry: a new annotation was drawn (&quot;Undo Add Annotation&quot;).</extracomment>
        <translation>Annotation hinzufügen</translation>
    </message>
    <message>
        <source>Add Annotations</source>
        <translation>Annotationen hinzufügen</translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <extracomment>Undo/redo menu entry: annotations were deleted.</extracomment>
        <translation>Annotationen löschen</translation>
    </message>
    <message>
        <source>Move Annotations</source>
        <extracomment>Undo/redo menu entry: annotations were dragged to another place.</extracomment>
        <translation>Annotationen verschieben</translation>
    </message>
    <message>
        <source>Resize Annotation</source>
        <translation>Annotation skalieren</translation>
    </message>
    <message>
        <source>Change Style</source>
        <extracomment>Undo/redo menu entry: colour, line width or font size of annotations changed.</extracomment>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <extracomment>Undo/redo menu entry: the image was calibrated by a line of known length.</extracomment>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <source>Clear Calibration</source>
        <translation>Kalibrierung entfernen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AppearancePage</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The language changes the next time Consilium starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Consilium.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new cases and comments</source>
        <translation>Über neue Fälle und Kommentare &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>When the window is in the background: a message from the system tray and the number of new items in the window title</source>
        <translation>Wenn das Fenster im Hintergrund ist: eine Meldung im Infobereich und die Zahl der Neuigkeiten im Fenstertitel</translation>
    </message>
    <message>
        <source>The number of unread cases beside Feed is shown either way.</source>
        <translation>Die Zahl der ungelesenen Fälle neben Feed wird in jedem Fall angezeigt.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CasePage</name>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Be notified of new comments on this case</source>
        <translation>Über neue Kommentare zu diesem Fall benachrichtigt werden</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Keep this case and its images on this computer for offline reading</source>
        <translation>Diesen Fall und seine Bilder zum Offline-Lesen auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Klinische Fragestellung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Add to the discussion… (Ctrl+Enter to post)</source>
        <translation>Zur Diskussion beitragen … (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Post the comment to everyone who can read this case (Ctrl+Enter)</source>
        <translation>Den Kommentar an alle senden, die diesen Fall lesen können (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>Der Fall konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This case is no longer available</source>
        <translation>Dieser Fall ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>einem unbekannten Autor</translation>
    </message>
    <message>
        <source>Shared by %1 · %2</source>
        <translation>Geteilt von %1 · %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation>Diskussion (%1)</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>Der Kommentar konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>sich selbst</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>Bilder ansehen</translation>
    </message>
    <message>
        <source>Open the case&apos;s images in the viewer (Ctrl+I)</source>
        <translation>Die Bilder des Falls im Betrachter öffnen (Strg+I)</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Keine Bilder</translation>
    </message>
    <message>
        <source>View images (%1)</source>
        <translation>Bilder ansehen (%1)</translation>
    </message>
    <message>
        <source>No private temporary folder for the case&apos;s images: %1</source>
        <translation>Kein privater temporärer Ordner für die Bilder des Falls: %1</translation>
    </message>
    <message>
        <source>The case&apos;s images could not be opened: %1</source>
        <translation>Die Bilder des Falls konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Ctrl+H: mark the selected comment helpful · Ctrl+R: reply to it</source>
        <translation>Strg+H: ausgewählten Kommentar als hilfreich markieren · Strg+R: darauf antworten</translation>
    </message>
    <message>
        <source>← Back</source>
        <extracomment>Leaves the case for the list it was opened from (feed, my cases, offline, search).</extracomment>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Zurück zur Liste (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The new passphrase protects this profile from now on. Your cases stay as they are; only the key that opens them is wrapped again.</source>
        <translation>Die neue Passphrase schützt dieses Profil ab jetzt. Ihre Fälle bleiben unverändert; nur der Schlüssel, der sie öffnet, wird neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>Passphrase wird geändert … das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>Die neue Passphrase ist die aktuelle.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CommentDelegate</name>
    <message>
        <source>Helpful ✓</source>
        <translation>Hilfreich ✓</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CommentThreadModel</name>
    <message>
        <source>%1 wrote: %2</source>
        <extracomment>Read by screen readers for one comment: author, then the comment&apos;s text.</extracomment>
        <translation>%1 schrieb: %2</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorCanvas</name>
    <message>
        <source>Annotation canvas</source>
        <extracomment>Accessible name of the editor&apos;s drawing area.</extracomment>
        <translation>Anmerkungsfläche</translation>
    </message>
    <message>
        <source>Type, then press Enter</source>
        <extracomment>Placeholder of the in-place editor of a text annotation.</extracomment>
        <translation>Eingeben, dann Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorWindow</name>
    <message>
        <source>No image</source>
        <extracomment>Shown in the editor before an image is opened.</extracomment>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save Annotations…</source>
        <extracomment>Menu entry: save the annotations as a layer file.</extracomment>
        <translation>Annotationen &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <extracomment>Title of the save dialog for annotation layers.</extracomment>
        <translation>Annotationen speichern</translation>
    </message>
    <message>
        <source>Annotations (*.json)</source>
        <extracomment>File type filter of annotation layer files.</extracomment>
        <translation>Annotationen (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Annotated Image…</source>
        <extracomment>Menu entry: save the frame with the annotations burned in, as a picture.</extracomment>
        <translation>&amp;Annotiertes Bild exportieren…</translation>
    </message>
    <message>
        <source>Export Annotated Image</source>
        <extracomment>Title of the save dialog for an image with annotations burned in.</extracomment>
        <translation>Annotiertes Bild exportieren</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <extracomment>File type filter of exported pictures.</extracomment>
        <translation>Bilder (*.png *.jpg)</translation>
    </message>
    <message>
        <source>&amp;Export De-identified Copy…</source>
        <extracomment>Menu entry: write the de-identified copy with the accepted redactions.</extracomment>
        <translation>Anonymisierte Kopie &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Undo menu entry prefix (&quot;Undo Move Annotations&quot;).</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>Redo menu entry prefix (&quot;Redo Move Annotations&quot;).</extracomment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>Menu entry: delete the selected annotations (or the selected redaction box).</extracomment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Menu entry: select every annotation on the image.</extracomment>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <extracomment>Menu entry: fit the image to the window.</extracomment>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <extracomment>Menu entry: one image pixel per screen pixel.</extracomment>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Previous Frame</source>
        <extracomment>Menu entry: the previous frame of a multi-frame image.</extracomment>
        <translation>&amp;Vorheriges Einzelbild</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <extracomment>Menu entry: the next frame of a multi-frame image.</extracomment>
        <translation>&amp;Nächstes Einzelbild</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Title of the tool palette.</extracomment>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a tool in the palette: its name and its key.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <extracomment>Tool: select, move and resize annotations.</extracomment>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Redaction Box</source>
        <extracomment>Tool: draw and adjust redaction boxes.</extracomment>
        <translation>Schwärzungsrahmen</translation>
    </message>
    <message>
        <source>Editor</source>
        <extracomment>Title of the editor&apos;s main toolbar.</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>Dock title: the list of annotations.</extracomment>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Properties</source>
        <extracomment>Dock title: colour, line width, font and text of the selection.</extracomment>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Redaction</source>
        <extracomment>Dock title: review of the regions to redact.</extracomment>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <source>Image Editor</source>
        <translation>Bildeditor</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the editor while an image is read.</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <extracomment>Status bar: frame number and count of the image in the editor.</extracomment>
        <translation>Einzelbild %1 von %2</translation>
    </message>
    <message>
        <source>Annotations saved.</source>
        <extracomment>Status bar after saving annotations.</extracomment>
        <translation>Annotationen gespeichert.</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <extracomment>Error when the annotated picture cannot be written.</extracomment>
        <translation>Das Bild konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Annotated image exported.</source>
        <extracomment>Status bar after exporting the annotated picture.</extracomment>
        <translation>Annotiertes Bild exportiert.</translation>
    </message>
    <message>
        <source>Export De-identified Copy</source>
        <extracomment>Title of the folder dialog for the de-identified copy.
----------
Confirmation before the redaction is burned into the exported copy.</extracomment>
        <translation>Anonymisierte Kopie exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) will be burned into the pixels of the copy. This cannot be undone in the exported file.</source>
        <translation>
            <numerusform>%n Bereich wird in die Pixel der Kopie eingebrannt. Das ist in der exportierten Datei nicht umkehrbar.</numerusform>
            <numerusform>%n Bereiche werden in die Pixel der Kopie eingebrannt. Das ist in der exportierten Datei nicht umkehrbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>Status while the de-identified copy is written.</extracomment>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported %1. The redaction in it cannot be undone.</source>
        <extracomment>Status after the export: where the redacted copy is.</extracomment>
        <translation>%1 exportiert. Die Schwärzung darin kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedItemDelegate</name>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 Kommentare</translation>
    </message>
    <message>
        <source>%1 helpful</source>
        <extracomment>Number of &quot;helpful&quot; marks given to the comments of a case.</extracomment>
        <translation>%1 hilfreich</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedModel</name>
    <message>
        <source>%1, by %2, %3 comments</source>
        <extracomment>Read by screen readers for one feed entry: title, author, number of comments.</extracomment>
        <translation>%1, von %2, %3 Kommentare</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedPage</name>
    <message>
        <source>Specialty filter</source>
        <translation>Fachgebietsfilter</translation>
    </message>
    <message>
        <source>Show only cases of one specialty</source>
        <translation>Nur Fälle eines Fachgebiets anzeigen</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Alle Fachgebiete</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>Show only cases carrying this tag</source>
        <translation>Nur Fälle mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>Hide the cases you have already opened</source>
        <translation>Bereits geöffnete Fälle ausblenden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>The local case cache could not be read: %1</source>
        <translation>Der lokale Fall-Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No cases match these filters</source>
        <translation>Keine Fälle entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>Clear the tag, choose all specialties or show read cases as well.</source>
        <translation>Löschen Sie das Schlagwort, wählen Sie alle Fachgebiete oder zeigen Sie auch gelesene Fälle an.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Noch keine Fälle</translation>
    </message>
    <message>
        <source>Cases that colleagues share with you, and the ones you publish, appear here.</source>
        <translation>Fälle, die Kollegen mit Ihnen teilen, und Ihre eigenen Veröffentlichungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Cases are end-to-end encrypted and cached encrypted on this computer.</source>
        <translation>Fälle sind Ende-zu-Ende-verschlüsselt und werden verschlüsselt auf diesem Computer zwischengespeichert.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Cases kept offline</source>
        <translation>Offline behaltene Fälle</translation>
    </message>
    <message>
        <source>You have not published a case yet</source>
        <translation>Sie haben noch keinen Fall veröffentlicht</translation>
    </message>
    <message>
        <source>The cases you publish appear here, with their discussions.</source>
        <translation>Die Fälle, die Sie veröffentlichen, erscheinen hier mit ihren Diskussionen.</translation>
    </message>
    <message>
        <source>No cases kept offline</source>
        <translation>Keine offline behaltenen Fälle</translation>
    </message>
    <message>
        <source>Choose &quot;Keep offline&quot; on a case to keep it and its images on this computer, readable without a connection.</source>
        <translation>Wählen Sie bei einem Fall „Offline behalten“, um ihn mit seinen Bildern auf diesem Computer zu behalten, auch ohne Verbindung lesbar.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImageViewport</name>
    <message>
        <source>Image</source>
        <extracomment>Accessible name of the area that shows the medical image.</extracomment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>x %1  y %2  R %3 G %4 B %5</source>
        <extracomment>Pixel probe on a colour image: position, then red, green and blue values.</extracomment>
        <translation>x %1  y %2  R %3 G %4 B %5</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <extracomment>Pixel probe: image position, then the modality value (e.g. &quot;-998 HU&quot;).</extracomment>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <extracomment>Corner text when the object&apos;s own VOI lookup table is in use.</extracomment>
        <translation>VOI-LUT %1</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <extracomment>Corner text: window width and level (centre), in modality units.</extracomment>
        <translation>B %1  Z %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <extracomment>Corner text: zoom factor in percent.</extracomment>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Inverted</source>
        <extracomment>Corner text shown while the image is displayed inverted.</extracomment>
        <translation>Invertiert</translation>
    </message>
    <message>
        <source>%1 mm at detector</source>
        <translation>%1 mm am Detektor</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <extracomment>Scale bar label, a length in millimetres.</extracomment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Overlays hidden</source>
        <extracomment>Corner text when the image has overlay planes and the user hid them (key O).</extracomment>
        <translation>Overlays ausgeblendet</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LayerModel</name>
    <message>
        <source>%1 on frame %2</source>
        <extracomment>Tooltip of a layer: the shape&apos;s kind and the frame (1-based) it is drawn on.</extracomment>
        <translation>%1 auf Einzelbild %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LayerPanel</name>
    <message>
        <source>Layers</source>
        <extracomment>Accessible name of the list of annotation layers.</extracomment>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Delete)</source>
        <extracomment>Tooltip of the button under the layer list.</extracomment>
        <translation>Ausgewählte Annotationen löschen (Entf)</translation>
    </message>
    <message>
        <source>Draw on the image with a tool from the palette.</source>
        <extracomment>Shown under the layer list while it is empty.</extracomment>
        <translation>Zeichnen Sie mit einem Werkzeug der Palette auf das Bild.</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit %1</source>
        <extracomment>Status bar tip of File &gt; Quit; %1 is the product name.</extracomment>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>Help menu entry; %1 is the product name.</extracomment>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>Show the version and the licence</source>
        <translation>Version und Lizenz anzeigen</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>In the status bar; %1 is the name of the open profile.</extracomment>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Each profile keeps its own accounts, cases and settings. Start %1 with --profile NAME to open another one.</source>
        <extracomment>Tooltip of the profile name in the status bar; %1 is the product name. &quot;--profile&quot; is a command-line option: keep it as it is (NAME may be translated).</extracomment>
        <translation>Jedes Profil hat eigene Konten, Fälle und Einstellungen. Starten Sie %1 mit --profile NAME, um ein anderes zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <extracomment>Menu of the image viewer (appears once images are open).</extracomment>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>Series: %1 · Files not shown: %2</source>
        <extracomment>Status bar message after opening; %1 series found, %2 files that could not be shown.</extracomment>
        <translation>Serien: %1 · Nicht angezeigte Dateien: %2</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <source>All files (*);;DICOM files (*.dcm *.dicom);;Photos (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Alle Dateien (*);;DICOM-Dateien (*.dcm *.dicom);;Fotos (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>Dateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>View DICOM files or photos (JPEG, PNG, TIFF)</source>
        <translation>DICOM-Dateien oder Fotos (JPEG, PNG, TIFF) anzeigen</translation>
    </message>
    <message>
        <source>View DICOM files or photos (%1)</source>
        <translation>DICOM-Dateien oder Fotos anzeigen (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>View every DICOM file and photo in a folder and its subfolders</source>
        <translation>Alle DICOM-Dateien und Fotos eines Ordners und seiner Unterordner anzeigen</translation>
    </message>
    <message>
        <source>View every DICOM file and photo in a folder and its subfolders (%1)</source>
        <translation>Alle DICOM-Dateien und Fotos eines Ordners und seiner Unterordner anzeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the image as shown, with its annotations, as PNG or JPEG</source>
        <translation>Das Bild wie angezeigt, mit seinen Beschriftungen, als PNG oder JPEG speichern</translation>
    </message>
    <message>
        <source>Save the image as shown, with its annotations, as PNG or JPEG (%1)</source>
        <translation>Das Bild wie angezeigt, mit seinen Beschriftungen, als PNG oder JPEG speichern (%1)</translation>
    </message>
    <message>
        <source>Removed from Open Recent, no longer found: %1</source>
        <extracomment>Status bar message when Open Recent drops entries that are gone; %1 lists them.</extracomment>
        <translation>Aus „Zuletzt geöffnet“ entfernt, nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <source>Open %1 again</source>
        <extracomment>Tooltip of an Open Recent entry; %1 the file or folder.</extracomment>
        <translation>%1 erneut öffnen</translation>
    </message>
    <message>
        <source>No recent items</source>
        <extracomment>Open Recent when there is nothing in it.</extracomment>
        <translation>Keine zuletzt geöffneten Elemente</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Items</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the files and folders opened recently</source>
        <translation>Die zuletzt geöffneten Dateien und Ordner vergessen</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <extracomment>%1 is a file or folder from Open Recent that has gone.</extracomment>
        <translation>%1 existiert nicht mehr und wurde aus „Zuletzt geöffnet“ entfernt.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open again a file or folder opened recently</source>
        <translation>Eine zuletzt geöffnete Datei oder einen Ordner erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every command with its keyboard shortcut</source>
        <translation>Alle Befehle mit ihrem Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>List every command with its keyboard shortcut (%1)</source>
        <translation>Alle Befehle mit ihrem Tastenkürzel auflisten (%1)</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Accessible name of the area with the feed of cases (and, before that, the unlock page).</extracomment>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>The feed of cases shared with you, and their discussions</source>
        <translation>Der Feed der mit Ihnen geteilten Fälle und ihre Diskussionen</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Fälle (%1)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>The image viewer</source>
        <translation>Der Bildbetrachter</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Profile locked.</source>
        <translation>Profil gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Lock Profile</source>
        <translation>Profil &amp;sperren</translation>
    </message>
    <message>
        <source>Close the encrypted profile until its passphrase is entered again</source>
        <translation>Das verschlüsselte Profil schließen, bis seine Passphrase erneut eingegeben wird</translation>
    </message>
    <message>
        <source>Lock the profile (%1)</source>
        <translation>Das Profil sperren (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Locking, passphrase, system keychain, theme and language</source>
        <translation>Sperren, Passphrase, System-Schlüsselbund, Design und Sprache</translation>
    </message>
    <message>
        <source>&amp;Annotate and Redact…</source>
        <translation>&amp;Annotieren und schwärzen …</translation>
    </message>
    <message>
        <source>Open the current image in the editor: annotations, measurements, review of redactions</source>
        <translation>Das aktuelle Bild im Editor öffnen: Annotationen, Messungen, Prüfung der Schwärzungen</translation>
    </message>
    <message>
        <source>Feed</source>
        <extracomment>Navigation sidebar sections.</extracomment>
        <translation>Feed</translation>
    </message>
    <message>
        <source>My Cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search every case and comment cached on this computer</source>
        <translation>Alle auf diesem Computer gespeicherten Fälle und Kommentare durchsuchen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::Navigator</name>
    <message>
        <source>Sections</source>
        <extracomment>Accessible name of the list of sections on the left (Feed, My cases, Offline, Search…).</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>Tooltip and status tip of a Go menu entry; %1 the section (&quot;Feed&quot;, &quot;Search&quot;).</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a section; %1 its title, %2 its shortcuts (&quot;Ctrl+Alt+4, Ctrl+F&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <extracomment>Accessible name of a sidebar section with a count; %1 the section, %2 the count.</extracomment>
        <translation>%1, %2 ungelesen</translation>
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
            <numerusform>%n neuer Fall</numerusform>
            <numerusform>%n neue Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <extracomment>Notification text; %n new comments arrived.</extracomment>
        <translation>
            <numerusform>%n neuer Kommentar</numerusform>
            <numerusform>%n neue Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins &quot;2 new cases&quot; and &quot;3 new comments&quot; in a notification.</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>%1: new activity</source>
        <extracomment>Title of the tray notification; %1 the product name.</extracomment>
        <translation>%1: Neuigkeiten</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PassphraseMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileController</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSetupPage</name>
    <message>
        <source>Create your profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Colleagues see your name, profession and specialty beside the cases you share. The passphrase protects the encrypted copy of your cases on this computer; nobody, including the Consilium team, can recover it for you.</source>
        <translation>Kollegen sehen Ihren Namen, Beruf und Ihr Fachgebiet neben den Fällen, die Sie teilen. Die Passphrase schützt die verschlüsselte Kopie Ihrer Fälle auf diesem Computer; niemand, auch nicht das Consilium-Team, kann sie für Sie wiederherstellen.</translation>
    </message>
    <message>
        <source>e.g. Dr. Amara Okafor</source>
        <translation>z. B. Dr. Amara Okafor</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Chirurg/in</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiologe/Radiologin</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Assistenzarzt/-ärztin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>Medical student</source>
        <translation>Medizinstudent/in</translation>
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
        <translation>Orthopädie</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>Kardiologie</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurologie</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Notfallmedizin</translation>
    </message>
    <message>
        <source>General surgery</source>
        <translation>Allgemeinchirurgie</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Innere Medizin</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Pädiatrie</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Onkologie</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Beruf:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Fachgebiet:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Creates the encrypted profile on this computer</source>
        <translation>Legt das verschlüsselte Profil auf diesem Computer an</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Creating your encrypted profile… this takes a few seconds.</source>
        <translation>Ihr verschlüsseltes Profil wird angelegt … das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <translation>Das Profil konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PropertiesPanel</name>
    <message>
        <source>Gold</source>
        <extracomment>Tooltip of a colour swatch in the annotation properties.</extracomment>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
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
        <translation>Weiß</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>Unit suffix of the line width, in screen pixels.</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <source>Caption</source>
        <extracomment>Placeholder of the text field: the text of a text annotation or another shape&apos;s caption.</extracomment>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Colour:</source>
        <extracomment>Label of the colour swatches in the annotation properties.</extracomment>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Line width:</source>
        <extracomment>Label of the line width of an annotation.</extracomment>
        <translation>Linienbreite:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <extracomment>Label of the font size of an annotation&apos;s text and labels.</extracomment>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <source>Text:</source>
        <extracomment>Label of the text of an annotation.</extracomment>
        <translation>Text:</translation>
    </message>
    <message>
        <source> mm</source>
        <extracomment>Unit suffix of the known length used for calibration.</extracomment>
        <translation> mm</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <extracomment>Button: make the selected ruler measure the known length typed beside it.</extracomment>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <source>Measure this image so that the selected ruler has the known length</source>
        <extracomment>Tooltip of the Calibrate button.</extracomment>
        <translation>Dieses Bild so vermessen, dass das ausgewählte Lineal die bekannte Länge hat</translation>
    </message>
    <message>
        <source>Clear Calibration</source>
        <extracomment>Button: forget the manual calibration of the image.</extracomment>
        <translation>Kalibrierung entfernen</translation>
    </message>
    <message>
        <source>Known length:</source>
        <extracomment>Label of the known length of the selected ruler, for calibration.</extracomment>
        <translation>Bekannte Länge:</translation>
    </message>
    <message>
        <source>Style of new annotations</source>
        <extracomment>Heading of the properties panel with nothing selected: the controls set the next shape&apos;s style.</extracomment>
        <translation>Stil neuer Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) selected</source>
        <extracomment>Heading of the properties panel with several annotations selected.</extracomment>
        <translation>
            <numerusform>%n Annotation ausgewählt</numerusform>
            <numerusform>%n Annotationen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionPanel</name>
    <message>
        <source>Redaction is burned into the exported copy only. Once exported it cannot be undone: the hidden pixels are not in the copy.</source>
        <extracomment>Warning at the top of the redaction review.</extracomment>
        <translation>Die Schwärzung wird nur in die exportierte Kopie eingebrannt. Nach dem Export kann sie nicht rückgängig gemacht werden: Die verdeckten Pixel sind nicht in der Kopie.</translation>
    </message>
    <message>
        <source>Find Text and Faces</source>
        <extracomment>Button: run text recognition and face detection to propose regions to redact.</extracomment>
        <translation>Text und Gesichter suchen</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column headers of the redaction list: what proposed the region, which frames, the decision.</extracomment>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Einzelbilder</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: the selected region will be redacted.</extracomment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Button: the selected region will not be redacted.</extracomment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept All</source>
        <extracomment>Button: accept every proposed region.</extracomment>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the selected redaction region.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This frame only</source>
        <extracomment>Choice for a redaction region of a multi-frame image.</extracomment>
        <translation>Nur dieses Einzelbild</translation>
    </message>
    <message>
        <source>All frames</source>
        <extracomment>Choice for a redaction region of a multi-frame image.</extracomment>
        <translation>Alle Einzelbilder</translation>
    </message>
    <message>
        <source>Fill</source>
        <extracomment>Redaction style: a solid box.</extracomment>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <extracomment>Redaction style: large squares of the mean colour.</extracomment>
        <translation>Verpixeln</translation>
    </message>
    <message>
        <source>Blur</source>
        <extracomment>Redaction style: a strong blur.</extracomment>
        <translation>Weichzeichnen</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <extracomment>Label: which frames the selected region applies to.</extracomment>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <source>Style:</source>
        <extracomment>Label: how the regions are hidden.</extracomment>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Preview as recipients will see it</source>
        <extracomment>Check box: show the image with the accepted regions redacted, as the export will be.</extracomment>
        <translation>Vorschau, wie Empfänger es sehen</translation>
    </message>
    <message>
        <source>Export De-identified Copy…</source>
        <extracomment>Button: write the de-identified, redacted copy of the image.</extracomment>
        <translation>Anonymisierte Kopie exportieren…</translation>
    </message>
    <message>
        <source>%1 x %2 pixels at (%3, %4)</source>
        <extracomment>Tooltip of a redaction region: its box in image pixels.</extracomment>
        <translation>%1 x %2 Pixel bei (%3, %4)</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>Frames column: the region applies to every frame.</extracomment>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) will be redacted on export.</source>
        <extracomment>Status under the redaction review: how many regions the export will burn in.</extracomment>
        <translation>
            <numerusform>%n Bereich wird beim Export geschwärzt.</numerusform>
            <numerusform>%n Bereiche werden beim Export geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a box with the redaction tool (D), or find burned-in text.</source>
        <translation>Zeichnen Sie einen Rahmen mit dem Schwärzungswerkzeug (D) oder suchen Sie eingebrannten Text.</translation>
    </message>
    <message>
        <source>Looking for burned-in text and faces…</source>
        <extracomment>Status while text recognition and face detection run on the image.</extracomment>
        <translation>Eingebrannter Text und Gesichter werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) proposed: accept or reject each.</source>
        <extracomment>Status after detection: regions proposed for review.</extracomment>
        <translation>
            <numerusform>%n Bereich vorgeschlagen: annehmen oder ablehnen.</numerusform>
            <numerusform>%n Bereiche vorgeschlagen: jeden annehmen oder ablehnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No burned-in text or face was found.</source>
        <extracomment>Status when detection found nothing (some object types are not scanned for text).</extracomment>
        <translation>Es wurde weder eingebrannter Text noch ein Gesicht gefunden.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionReview</name>
    <message>
        <source>Add Proposed Redactions</source>
        <extracomment>Undo/redo menu entry: detector proposals were added to the redaction review.</extracomment>
        <translation>Vorgeschlagene Schwärzungen hinzufügen</translation>
    </message>
    <message>
        <source>Add Redaction Box</source>
        <extracomment>Undo/redo menu entry: the user drew a redaction box.</extracomment>
        <translation>Schwärzungsrahmen hinzufügen</translation>
    </message>
    <message>
        <source>Accept Redaction</source>
        <translation>Schwärzung annehmen</translation>
    </message>
    <message>
        <source>Reject Redaction</source>
        <translation>Schwärzung ablehnen</translation>
    </message>
    <message>
        <source>Accept All Redactions</source>
        <extracomment>Undo/redo menu entry: every proposed redaction was accepted at once.</extracomment>
        <translation>Alle Schwärzungen annehmen</translation>
    </message>
    <message>
        <source>Adjust Redaction Box</source>
        <extracomment>Undo/redo menu entry: a redaction box was moved or resized.</extracomment>
        <translation>Schwärzungsrahmen anpassen</translation>
    </message>
    <message>
        <source>Change Redaction Frames</source>
        <extracomment>Undo/redo menu entry: a redaction now applies to all frames, or to one.</extracomment>
        <translation>Einzelbilder der Schwärzung ändern</translation>
    </message>
    <message>
        <source>Delete Redaction Box</source>
        <extracomment>Undo/redo menu entry: a redaction box was deleted.</extracomment>
        <translation>Schwärzungsrahmen löschen</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <extracomment>Tag of a redaction region proposed by text recognition, with its confidence.</extracomment>
        <translation>Text %1 %</translation>
    </message>
    <message>
        <source>Face %1 %</source>
        <extracomment>Tag of a redaction region proposed by face detection, with its confidence.</extracomment>
        <translation>Gesicht %1 %</translation>
    </message>
    <message>
        <source>Manual</source>
        <extracomment>Tag of a redaction box drawn by the user.</extracomment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>State of a redaction region nobody has decided on yet.</extracomment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>State of a redaction region that will be burned into the export.</extracomment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>State of a redaction region the reviewer turned down.</extracomment>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchHitDelegate</name>
    <message>
        <source>Comment on</source>
        <extracomment>Search result kind, before the case&apos;s title.</extracomment>
        <translation>Kommentar zu</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <extracomment>A search hit in a comment; %1 the case title, %2 the comment text.</extracomment>
        <translation>Kommentar zu %1: %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchPage</name>
    <message>
        <source>Search cases and comments</source>
        <translation>Fälle und Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Every word is looked for as the start of a word, in titles, clinical text, tags and comments of every case cached on this computer</source>
        <translation>Jedes Wort wird als Wortanfang gesucht, in Titeln, klinischem Text, Schlagwörtern und Kommentaren aller auf diesem Computer gespeicherten Fälle</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The local cache could not be searched: %1</source>
        <translation>Der lokale Zwischenspeicher konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Search everything on this computer</source>
        <translation>Alles auf diesem Computer durchsuchen</translation>
    </message>
    <message>
        <source>Titles, clinical questions, histories, findings, tags and comments of every cached case. Type the beginning of words: &quot;pneumo&quot; finds pneumothorax.</source>
        <translation>Titel, klinische Fragen, Anamnesen, Befunde, Schlagwörter und Kommentare aller gespeicherten Fälle. Geben Sie Wortanfänge ein: „Pneumo“ findet Pneumothorax.</translation>
    </message>
    <message>
        <source>The search index is inside the encrypted cache; nothing leaves this computer.</source>
        <translation>Der Suchindex liegt im verschlüsselten Zwischenspeicher; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user searched for.</extracomment>
        <translation>Keine Ergebnisse für „%1“</translation>
    </message>
    <message>
        <source>Try fewer or shorter words. Cases not synced to this computer cannot be searched.</source>
        <translation>Versuchen Sie weniger oder kürzere Wörter. Nicht auf diesen Computer synchronisierte Fälle können nicht durchsucht werden.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent results</source>
        <translation>
            <numerusform>Das neueste Ergebnis</numerusform>
            <numerusform>Die %n neuesten Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SecurityPage</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>The unit after the idle lock&apos;s number of minutes.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source>Without a key press or click for this long, the profile locks and its cases leave the screen. File › Lock Profile (Ctrl+L) locks at once.</source>
        <translation>Ohne Tastendruck oder Klick in dieser Zeit wird das Profil gesperrt und seine Fälle verschwinden vom Bildschirm. Datei › Profil sperren (Strg+L) sperrt sofort.</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase protects the key of this profile&apos;s encrypted cases. Nobody can recover it for you.</source>
        <translation>Die Passphrase schützt den Schlüssel der verschlüsselten Fälle dieses Profils. Niemand kann sie für Sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Open this profile without its passphrase on this computer</source>
        <translation>Dieses Profil auf diesem Computer ohne Passphrase öffnen</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>The profile&apos;s key is then kept in the system keychain (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager), which opens when you log in. Use it only on a computer nobody else uses.</source>
        <translation>Der Schlüssel des Profils wird dann im System-Schlüsselbund (GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung) aufbewahrt, der sich bei Ihrer Anmeldung öffnet. Nur auf einem Computer verwenden, den niemand sonst benutzt.</translation>
    </message>
    <message>
        <source>Available once this profile has been created</source>
        <translation>Verfügbar, sobald dieses Profil angelegt ist</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Schlüssel wird aus dem System-Schlüsselbund entfernt …</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keychain</source>
        <translation>Schlüssel im System-Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Enter this profile&apos;s passphrase:</source>
        <translation>Passphrase dieses Profils eingeben:</translation>
    </message>
    <message>
        <source>Keep in Keychain</source>
        <translation>Im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Schlüssel wird im System-Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The system keychain was not changed: %1</source>
        <extracomment>%1 is the reason, from the system or the profile (e.g. &quot;Wrong passphrase.&quot;).</extracomment>
        <translation>Der System-Schlüsselbund wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>This profile opens with the key kept in the system keychain.</source>
        <translation>Dieses Profil öffnet sich mit dem Schlüssel aus dem System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SeriesStrip</name>
    <message>
        <source>Series</source>
        <extracomment>Accessible name of the strip of series thumbnails.</extracomment>
        <translation>Serien</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <extracomment>Series list entry of a photo; %1 is the file name.</extracomment>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · images: %4</source>
        <extracomment>Series list entry: %1 series number, %2 description, %3 modality, %4 number of images.</extracomment>
        <translation>%1 · %2
%3 · Bilder: %4</translation>
    </message>
    <message>
        <source>Click to show it in the active pane, or drag it onto a pane</source>
        <extracomment>Last line of a series thumbnail&apos;s tooltip.</extracomment>
        <translation>Klicken, um sie im aktiven Bereich zu zeigen, oder auf einen Bereich ziehen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ShapeCatalogue</name>
    <message>
        <source>Arrow</source>
        <extracomment>Annotation tool and layer name: an arrow pointing at something.</extracomment>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Annotation tool and layer name: a text label.</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Point</source>
        <extracomment>Annotation tool and layer name: a point marker.</extracomment>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Ruler</source>
        <extracomment>Annotation tool and layer name: a length measurement.</extracomment>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Angle</source>
        <extracomment>Annotation tool and layer name: an angle measurement (three clicks).</extracomment>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Cobb Angle</source>
        <extracomment>Annotation tool and layer name: the Cobb angle between two lines (scoliosis).</extracomment>
        <translation>Cobb-Winkel</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <extracomment>Annotation tool and layer name: an elliptical region of interest.</extracomment>
        <translation>Ellipsen-ROI</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <extracomment>Annotation tool and layer name: a rectangular region of interest.</extracomment>
        <translation>Rechteck-ROI</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <extracomment>Annotation tool and layer name: a polygonal region of interest (clicks).</extracomment>
        <translation>Polygon-ROI</translation>
    </message>
    <message>
        <source>Freehand ROI</source>
        <extracomment>Annotation tool and layer name: a region of interest drawn by hand.</extracomment>
        <translation>Freihand-ROI</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the keyboard shortcuts window.</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <extracomment>Placeholder of the search field of the keyboard shortcuts window.</extracomment>
        <translation>Befehle oder Tasten suchen</translation>
    </message>
    <message>
        <source>Command</source>
        <extracomment>Column headers of the keyboard shortcuts window.</extracomment>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncStatusLabel</name>
    <message>
        <source>Syncing…</source>
        <extracomment>Status bar: the app is exchanging encrypted cases and comments with the relay.</extracomment>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Online · synced</source>
        <extracomment>Status bar: connected to the relay, nothing left to send.</extracomment>
        <translation>Online · synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n item(s) waiting</source>
        <extracomment>Status bar: connected to the relay; %n cases or comments are still being sent.</extracomment>
        <translation>
            <numerusform>Online — %n Element wartet</numerusform>
            <numerusform>Online — %n Elemente warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n item(s) waiting</source>
        <extracomment>Status bar: the relay cannot be reached; %n cases or comments are kept to be sent later.</extracomment>
        <translation>
            <numerusform>Offline — %n Element wartet</numerusform>
            <numerusform>Offline — %n Elemente warten</numerusform>
        </translation>
    </message>
    <message>
        <source>End-to-end encrypted sync through the relay %1. The relay never sees the content.</source>
        <extracomment>Tooltip of the sync indicator; %1 is the relay&apos;s address.</extracomment>
        <translation>Ende-zu-Ende-verschlüsselte Synchronisierung über das Relay %1. Das Relay sieht die Inhalte nie.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip of the sync indicator when offline; %1 is the technical reason.</extracomment>
        <translation>Letzter Versuch: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagBrowser</name>
    <message>
        <source>DICOM Tags</source>
        <extracomment>Title of the DICOM tag browser window.</extracomment>
        <translation>DICOM-Tags</translation>
    </message>
    <message>
        <source>Search keyword, tag (0010,0010) or value</source>
        <extracomment>Placeholder of the tag browser&apos;s search field.</extracomment>
        <translation>Schlüsselwort, Tag (0010,0010) oder Wert suchen</translation>
    </message>
    <message>
        <source>Show only attributes whose keyword, tag or value matches; sequences keep their items</source>
        <translation>Nur Attribute zeigen, deren Schlüsselwort, Tag oder Wert passt; Sequenzen behalten ihre Items</translation>
    </message>
    <message>
        <source>Attributes</source>
        <extracomment>Accessible name of the tree of DICOM attributes.</extracomment>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Tag browser status while a file is read; %1 is the file name.</extracomment>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tag browser status when the file has no DICOM attributes to show; %1 file, %2 reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n attribute(s)</source>
        <extracomment>Tag browser status line: the file shown and how many top-level attributes it has.</extracomment>
        <translation>
            <numerusform>%1 · %n Attribut</numerusform>
            <numerusform>%1 · %n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <source>DICOM Tags – %1</source>
        <extracomment>Tag browser window title; %1 is the file name.</extracomment>
        <translation>DICOM-Tags – %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagTreeModel</name>
    <message>
        <source>Item %1</source>
        <extracomment>Tag browser: an item of a sequence; %1 its number (1, 2, ...).</extracomment>
        <translation>Item %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <extracomment>Tag browser: how many attributes an item of a sequence holds.</extracomment>
        <translation>
            <numerusform>%n Attribut</numerusform>
            <numerusform>%n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <source>(private)</source>
        <extracomment>Tag browser: keyword column of a private attribute the dictionary does not know.</extracomment>
        <translation>(privat)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Tag browser: value column of a sequence; %n is how many items it has.</extracomment>
        <translation>
            <numerusform>%n Item</numerusform>
            <numerusform>%n Items</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Tag browser column: the attribute&apos;s tag, (gggg,eeee).</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>Tag browser column: the attribute&apos;s keyword (PS3.6), e.g. PatientName.</extracomment>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>VR</source>
        <extracomment>Tag browser column: value representation, two letters such as PN or US.</extracomment>
        <translation>VR</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Tag browser column: the attribute&apos;s value.</extracomment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>consilium::ui::UnlockPage</name>
    <message>
        <source>Unlock “%1”</source>
        <translation>„%1“ entsperren</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile&apos;s encrypted cases.</source>
        <translation>Geben Sie die Passphrase ein, die die verschlüsselten Fälle dieses Profils schützt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Open the encrypted profile (Enter)</source>
        <translation>Das verschlüsselte Profil öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: try again in %1 s.</source>
        <translation>Zu viele falsche Passphrasen: Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>This demo profile holds synthetic cases only; its passphrase is “%1”.</source>
        <translation>Dieses Demoprofil enthält nur synthetische Fälle; seine Passphrase lautet „%1“.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the system keychain, so it opens without the passphrase when you are logged in to this computer. Only on a computer nobody else uses.</source>
        <translation>Den Schlüssel dieses Profils im System-Schlüsselbund aufbewahren, damit es sich ohne Passphrase öffnet, wenn Sie an diesem Computer angemeldet sind. Nur auf einem Computer, den niemand sonst benutzt.</translation>
    </message>
    <message>
        <source>Use System Keychain</source>
        <translation>System-Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>Open the profile with the key kept in the system keychain</source>
        <translation>Das Profil mit dem Schlüssel aus dem System-Schlüsselbund öffnen</translation>
    </message>
    <message>
        <source>The system keychain did not open this profile: %1. Enter the passphrase.</source>
        <extracomment>%1 is the system&apos;s reason, in English (e.g. &quot;no system keychain is available (...)&quot;).</extracomment>
        <translation>Der System-Schlüsselbund hat dieses Profil nicht geöffnet: %1. Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ViewerPane</name>
    <message>
        <source>%1 cannot be shown:
%2</source>
        <extracomment>Shown instead of an image that cannot be decoded; %1 file name, %2 the reason.</extracomment>
        <translation>%1 kann nicht angezeigt werden:
%2</translation>
    </message>
    <message>
        <source>%1 · Series %2</source>
        <extracomment>Corner text: modality and series number.</extracomment>
        <translation>%1 · Serie %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <extracomment>Corner text: position in the series (&quot;Image 3 / 20&quot;).</extracomment>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <extracomment>Corner text for a frame of a multi-frame object.</extracomment>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>Cine %1 fps</source>
        <extracomment>Corner text while cine plays; %1 frames per second.</extracomment>
        <translation>Cine %1 B/s</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ViewerPanel</name>
    <message>
        <source>Open DICOM files, a folder or photos with File › Open.</source>
        <extracomment>Shown in the image area before anything is opened.</extracomment>
        <translation>Öffnen Sie DICOM-Dateien, einen Ordner oder Fotos mit Datei › Öffnen.</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Show the next image of the series</source>
        <translation>Das nächste Bild der Serie anzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>Show the previous image of the series</source>
        <translation>Das vorherige Bild der Serie anzeigen</translation>
    </message>
    <message>
        <source>Move a tenth of the series forward</source>
        <translation>Um ein Zehntel der Serie vorwärts gehen</translation>
    </message>
    <message>
        <source>Page &amp;Back</source>
        <translation>Seite &amp;zurück</translation>
    </message>
    <message>
        <source>Move a tenth of the series back</source>
        <translation>Um ein Zehntel der Serie zurückgehen</translation>
    </message>
    <message>
        <source>Show the first image of the series</source>
        <translation>Das erste Bild der Serie anzeigen</translation>
    </message>
    <message>
        <source>Show the last image of the series</source>
        <translation>Das letzte Bild der Serie anzeigen</translation>
    </message>
    <message>
        <source>Play or pause the series as a movie</source>
        <translation>Die Serie als Film abspielen oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom so that the whole image fits</source>
        <translation>So zoomen, dass das ganze Bild sichtbar ist</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>&amp;Originalpixel</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1:1)</source>
        <translation>Ein Bildpixel pro Bildschirmpixel anzeigen (1:1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Magnify the image</source>
        <translation>Das Bild vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Reduce the image</source>
        <translation>Das Bild verkleinern</translation>
    </message>
    <message>
        <source>In&amp;vert</source>
        <translation>In&amp;vertieren</translation>
    </message>
    <message>
        <source>Swap black and white</source>
        <translation>Schwarz und Weiß vertauschen</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>Um 90° &amp;drehen</translation>
    </message>
    <message>
        <source>Rotate the image a quarter turn clockwise</source>
        <translation>Das Bild um eine Vierteldrehung im Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontally</source>
        <translation>&amp;Horizontal spiegeln</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Das Bild von links nach rechts spiegeln</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the image&apos;s own window, fitted, without rotation, flip or inversion</source>
        <translation>Zurück zum eigenen Fenster des Bildes, eingepasst, ohne Drehung, Spiegelung oder Invertierung</translation>
    </message>
    <message>
        <source>&amp;Window/Level with Left Button</source>
        <translation>&amp;Fensterung mit der linken Maustaste</translation>
    </message>
    <message>
        <source>Drag with the left button to change the window (otherwise it pans); the right button always changes the window</source>
        <translation>Mit der linken Maustaste ziehen, um das Fenster zu ändern (sonst wird verschoben); die rechte Maustaste ändert immer das Fenster</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <extracomment>Menu entry of a CT window preset: %1 its name, %2 centre, %3 width (HU).</extracomment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Apply the %1 window (CT)</source>
        <extracomment>Tooltip of a CT window preset; %1 is its name.</extracomment>
        <translation>Das Fenster %1 anwenden (CT)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown in the image area while files are being scanned.</extracomment>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>No images found.</source>
        <extracomment>Shown when nothing that was opened can be displayed.</extracomment>
        <translation>Keine Bilder gefunden.</translation>
    </message>
    <message>
        <source>No images could be shown:
%1</source>
        <translation>Es konnten keine Bilder angezeigt werden:
%1</translation>
    </message>
    <message>
        <source>Page Forwar&amp;d</source>
        <translation>Seite &amp;vor</translation>
    </message>
    <message>
        <source>First Ima&amp;ge</source>
        <translation>&amp;Erstes Bild</translation>
    </message>
    <message>
        <source>&amp;Last Image</source>
        <translation>&amp;Letztes Bild</translation>
    </message>
    <message>
        <source>Play &amp;Cine</source>
        <translation>Cine ab&amp;spielen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Window from Image</source>
        <translation>Nächstes &amp;Fenster des Bildes</translation>
    </message>
    <message>
        <source>Switch to the next window or VOI LUT that the image itself recommends</source>
        <translation>Zum nächsten Fenster oder zur nächsten VOI-LUT wechseln, die das Bild selbst empfiehlt</translation>
    </message>
    <message>
        <source>DICOM &amp;Tags…</source>
        <translation>DICOM-&amp;Tags…</translation>
    </message>
    <message>
        <source>Browse every attribute of the current image, sequences included, and search them</source>
        <translation>Alle Attribute des aktuellen Bildes einschließlich Sequenzen durchsehen und durchsuchen</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <extracomment>Export View when no image is on screen.</extracomment>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File dialog filters of Export View; keep the patterns in parentheses unchanged.</extracomment>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .png or .jpg.</source>
        <extracomment>Export View with a file name that is neither .png nor .jpg; %1 is the file.</extracomment>
        <translation>%1: Wählen Sie einen Namen, der auf .png oder .jpg endet.</translation>
    </message>
    <message>
        <source>View exported to %1</source>
        <extracomment>Status message after Export View; %1 is the file written.</extracomment>
        <translation>Ansicht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <extracomment>Export View failed; %1 the file, %2 the reason.</extracomment>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Layout &amp;1×1</source>
        <translation>Layout &amp;1×1</translation>
    </message>
    <message>
        <source>Show one series</source>
        <translation>Eine Serie zeigen</translation>
    </message>
    <message>
        <source>Layout 1×&amp;2</source>
        <translation>Layout 1×&amp;2</translation>
    </message>
    <message>
        <source>Show two series side by side</source>
        <translation>Zwei Serien nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Layout 2×2</source>
        <translation>Layout 2×2</translation>
    </message>
    <message>
        <source>Show four series in a grid</source>
        <translation>Vier Serien im Raster zeigen</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Make the next pane the active one</source>
        <translation>Den nächsten Bereich aktivieren</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>&amp;Lupe</translation>
    </message>
    <message>
        <source>A loupe that follows the cursor: hold the key, or tap it to keep the loupe on</source>
        <translation>Eine Lupe, die dem Mauszeiger folgt: Taste gedrückt halten oder kurz drücken, um sie eingeschaltet zu lassen</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Overlays</translation>
    </message>
    <message>
        <source>Show or hide the overlay planes stored with the image (annotations, regions)</source>
        <translation>Die mit dem Bild gespeicherten Overlay-Ebenen (Beschriftungen, Regionen) ein- oder ausblenden</translation>
    </message>
</context>
</TS>
