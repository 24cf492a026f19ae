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
    <name>RecoveryKeyField</name>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group of four characters.</source>
        <translation>Dieser Wiederherstellungsschlüssel enthält einen Tippfehler: Prüfen Sie jede Vierergruppe.</translation>
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
    <name>consilium::ui::AddCaseMembersDialog</name>
    <message>
        <source>Add People to “%1”</source>
        <extracomment>Title of the dialog that shares a case with more colleagues; %1 is the case&apos;s title.</extracomment>
        <translation>Personen zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The people you add get this case&apos;s text, images and discussion so far, and everything that follows. They join as members: they can read and comment, but not add or remove anyone.</source>
        <translation>Die hinzugefügten Personen erhalten Text, Bilder und bisherige Diskussion dieses Falls sowie alles, was folgt. Sie treten als Mitglieder bei: Sie können lesen und kommentieren, aber niemanden hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>&amp;Colleagues:</source>
        <translation>&amp;Kolleginnen und Kollegen:</translation>
    </message>
    <message>
        <source>Everyone in a &amp;group:</source>
        <translation>Alle Mitglieder einer &amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the Add People dialog, when the profile has no groups.</extracomment>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <source>&amp;Select Members</source>
        <extracomment>Ticks every member of the chosen group in the list above.</extracomment>
        <translation>Mitglieder &amp;auswählen</translation>
    </message>
    <message>
        <source>Tick every contact who belongs to the chosen group</source>
        <translation>Jeden Kontakt ankreuzen, der zur gewählten Gruppe gehört</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>already has access</source>
        <translation>hat bereits Zugriff</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the Add People dialog: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share the case with the ticked colleagues</source>
        <translation>Den Fall mit den angekreuzten Kolleginnen und Kollegen teilen</translation>
    </message>
    <message>
        <source>Tick at least one colleague who does not have access yet</source>
        <translation>Kreuzen Sie mindestens eine Person an, die noch keinen Zugriff hat</translation>
    </message>
    <message>
        <source>Sharing the case…</source>
        <translation>Fall wird geteilt …</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>The case could not be shared with the chosen people; %1 says why.</extracomment>
        <translation>Niemand wurde hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Everyone in this group is ticked already, has access, or is not among your contacts.</source>
        <translation>Alle Mitglieder dieser Gruppe sind bereits angekreuzt, haben bereits Zugriff oder gehören nicht zu Ihren Kontakten.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Paste the invitation code a colleague gave you, or open the invitation file they sent. Their credential is then checked against your verifier.</source>
        <translation>Fügen Sie den Einladungscode ein, den Ihnen eine Kollegin oder ein Kollege gegeben hat, oder öffnen Sie die zugesandte Einladungsdatei. Der Berufsnachweis wird dann mit Ihrer Prüfstelle abgeglichen.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open Invitation File…</source>
        <translation>Einladungsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot add contacts.</source>
        <translation>Dieses Profil synchronisiert mit keinem Relay und kann daher keine Kontakte hinzufügen.</translation>
    </message>
    <message>
        <source>This code cannot be used: %1</source>
        <extracomment>%1 is the technical reason, e.g. &quot;invitation: expired on 2026-01-02 10:00 UTC&quot;.</extracomment>
        <translation>Dieser Code ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Invitation from %1 (%2), valid until %3.</source>
        <extracomment>%1 name, %2 profession, %3 the date and time the invitation expires.</extracomment>
        <translation>Einladung von %1 (%2), gültig bis %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an invitation file (it is too large).</source>
        <translation>%1 ist keine Einladungsdatei (sie ist zu groß).</translation>
    </message>
    <message>
        <source>Open Invitation</source>
        <translation>Einladung öffnen</translation>
    </message>
    <message>
        <source>Invitations (*.consilium-invite *.txt);;All files (*)</source>
        <translation>Einladungen (*.consilium-invite *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fetching and checking the colleague&apos;s credential and devices…</source>
        <translation>Berufsnachweis und Geräte werden abgerufen und geprüft…</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
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
    <name>consilium::ui::AudiencePage</name>
    <message>
        <source>Choose the Audience</source>
        <extracomment>Title of the publish wizard&apos;s step where the readers are chosen.</extracomment>
        <translation>Empfänger auswählen</translation>
    </message>
    <message>
        <source>The case is encrypted for its readers&apos; devices only; the relay never sees its content.</source>
        <translation>Der Fall wird nur für die Geräte seiner Leser verschlüsselt; das Relay sieht seinen Inhalt nie.</translation>
    </message>
    <message>
        <source>&amp;Private — only me, on my devices</source>
        <extracomment>Audience choice: nobody but the author.</extracomment>
        <translation>&amp;Privat – nur ich, auf meinen Geräten</translation>
    </message>
    <message>
        <source>Chosen &amp;colleagues:</source>
        <translation>Ausgewählte &amp;Kollegen:</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>Eine &amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>No relay is set up for this profile: the case will be kept on this computer only, private to you.</source>
        <extracomment>Shown on the audience step when the profile has no relay.</extracomment>
        <translation>Für dieses Profil ist kein Relay eingerichtet: Der Fall bleibt nur auf diesem Computer, privat für Sie.</translation>
    </message>
    <message>
        <source>Only colleagues you added as contacts can be chosen. Each reader&apos;s devices get the case&apos;s key; nobody else can read it.</source>
        <translation>Nur Kollegen aus Ihren Kontakten können ausgewählt werden. Die Geräte jedes Lesers erhalten den Schlüssel des Falls; niemand sonst kann ihn lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the audience list: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseImageStrip</name>
    <message>
        <source>Photo</source>
        <extracomment>Name of a case&apos;s image group whose author gave it no label.</extracomment>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Images of this case</source>
        <extracomment>Accessible name of the case page&apos;s row of image previews.</extracomment>
        <translation>Bilder dieses Falls</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <extracomment>Under an image preview on the case page: how many images the group holds.</extracomment>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2. Opens the viewer.</source>
        <extracomment>Accessible name of an image preview; %1 its label, %2 &quot;3 images&quot;.</extracomment>
        <translation>%1, %2. Öffnet den Betrachter.</translation>
    </message>
    <message>
        <source>Not on this computer: the images are downloaded again from the relay.</source>
        <translation>Nicht auf diesem Computer: Die Bilder werden erneut vom Relay heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>Last tile of the case page&apos;s previews when the case has more groups than tiles.</extracomment>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 groups of images more. Opens the viewer.</source>
        <translation>%1 weitere Bildgruppen. Öffnet den Betrachter.</translation>
    </message>
    <message>
        <source>Open the case&apos;s images in the viewer (Ctrl+I)</source>
        <translation>Die Bilder des Falls im Betrachter öffnen (Strg+I)</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <extracomment>Tooltip of an image preview that could not be made; %1 the reason.</extracomment>
        <translation>Keine Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseMembersPanel</name>
    <message>
        <source>You</source>
        <extracomment>This profile in the list of people a case is shared with.</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Unknown colleague (%1)</source>
        <extracomment>A case member this profile knows nothing about; %1 the start of their identity key.</extracomment>
        <translation>Unbekannte Kollegin/unbekannter Kollege (%1)</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>A case member&apos;s role.</extracomment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Shared with</source>
        <extracomment>Heading of the case page&apos;s list of the people who can read the case.</extracomment>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <source>People who can read this case</source>
        <extracomment>Accessible name of the list of people a case is shared with.</extracomment>
        <translation>Personen, die diesen Fall lesen können</translation>
    </message>
    <message>
        <source>&amp;Add People…</source>
        <extracomment>Opens the dialog that shares the case with more colleagues.</extracomment>
        <translation>Personen &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move from Case…</source>
        <extracomment>Removes the selected person from the case (after a confirmation).</extracomment>
        <translation>Aus dem Fall &amp;entfernen …</translation>
    </message>
    <message>
        <source>Who can read the case could not be read: %1</source>
        <translation>Wer den Fall lesen kann, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible description of a case member: %1 name, %2 role.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>%1 · safety number verified</source>
        <translation>%1 · Sicherheitsnummer verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>Shared with (%n)</source>
        <extracomment>%n is how many people can read the case.</extracomment>
        <translation>
            <numerusform>Geteilt mit (%n)</numerusform>
            <numerusform>Geteilt mit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only on this computer — this case was never shared, so nobody else can read it.</source>
        <extracomment>A case that was never sent to anyone.</extracomment>
        <translation>Nur auf diesem Computer – dieser Fall wurde nie geteilt, niemand sonst kann ihn lesen.</translation>
    </message>
    <message>
        <source>You are no longer a member of this case: you keep what arrived before, but nothing new reaches you.</source>
        <translation>Sie sind nicht mehr Mitglied dieses Falls: Sie behalten, was bereits angekommen ist, aber nichts Neues erreicht Sie.</translation>
    </message>
    <message>
        <source>Only you, on your devices.</source>
        <translation>Nur Sie, auf Ihren Geräten.</translation>
    </message>
    <message>
        <source>Reading who can see this case…</source>
        <translation>Es wird gelesen, wer diesen Fall sehen kann …</translation>
    </message>
    <message>
        <source>This case is kept on this computer only; publish a new case to share one.</source>
        <translation>Dieser Fall liegt nur auf diesem Computer; veröffentlichen Sie einen neuen Fall, um ihn zu teilen.</translation>
    </message>
    <message>
        <source>You are no longer a member of this case.</source>
        <translation>Sie sind nicht mehr Mitglied dieses Falls.</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can add people; you are a member.</source>
        <translation>Nur der Eigentümer des Falls oder ein Administrator kann Personen hinzufügen; Sie sind Mitglied.</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so nobody can be added.</source>
        <translation>Dieses Profil synchronisiert mit keinem Relay, daher kann niemand hinzugefügt werden.</translation>
    </message>
    <message>
        <source>A change is being made…</source>
        <translation>Eine Änderung wird vorgenommen …</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can remove people; you are a member.</source>
        <translation>Nur der Eigentümer des Falls oder ein Administrator kann Personen entfernen; Sie sind Mitglied.</translation>
    </message>
    <message>
        <source>Select the person to remove.</source>
        <translation>Wählen Sie die Person aus, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from a case here.</source>
        <translation>Sie können sich hier nicht selbst aus einem Fall entfernen.</translation>
    </message>
    <message>
        <source>The case&apos;s owner cannot be removed.</source>
        <translation>Der Eigentümer des Falls kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Share this case with more colleagues: they get everything so far and what follows</source>
        <translation>Diesen Fall mit weiteren Kolleginnen und Kollegen teilen: Sie erhalten alles Bisherige und alles, was folgt</translation>
    </message>
    <message>
        <source>Stop sharing this case with the selected person (Delete)</source>
        <translation>Diesen Fall nicht mehr mit der ausgewählten Person teilen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>The case is now shared with %n more person(s).</source>
        <extracomment>%n is how many people the case was shared with.</extracomment>
        <translation>
            <numerusform>Der Fall ist jetzt mit %n weiteren Person geteilt.</numerusform>
            <numerusform>Der Fall ist jetzt mit %n weiteren Personen geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Case</source>
        <translation>Aus dem Fall entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>%1 aus „%2“ entfernen?</translation>
    </message>
    <message>
        <source>%1 keeps what they already downloaded — the case as it is now, its images and the discussion so far. The case moves to a new key that %1 does not get: nothing written or added from now on reaches them.</source>
        <translation>%1 behält, was bereits heruntergeladen wurde – den Fall in seinem jetzigen Stand, seine Bilder und die bisherige Diskussion. Der Fall wechselt zu einem neuen Schlüssel, den %1 nicht erhält: Nichts, was ab jetzt geschrieben oder hinzugefügt wird, erreicht diese Person.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <extracomment>%1 a person, %2 why they could not be removed from the case.</extracomment>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the case; what is written from now on does not reach them.</source>
        <translation>%1 wurde aus dem Fall entfernt; was ab jetzt geschrieben wird, erreicht diese Person nicht.</translation>
    </message>
    <message>
        <source>Shared with you by its author; who else can read it is not recorded on this computer.</source>
        <extracomment>A colleague&apos;s case that came without its list of readers (e.g. the offline demo).</extracomment>
        <translation>Von der Autorin bzw. dem Autor mit Ihnen geteilt; wer ihn sonst lesen kann, ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can add people.</source>
        <translation>Nur der Eigentümer des Falls oder ein Administrator kann Personen hinzufügen.</translation>
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
    <message>
        <source>This profile does not sync with a relay.</source>
        <translation>Dieses Profil wird mit keinem Relay synchronisiert.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. Check the network connection, then try again.</source>
        <translation>Das Relay ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
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
    <name>consilium::ui::ComposeDraft</name>
    <message>
        <source>Untitled case</source>
        <extracomment>Name of a draft case that has no title yet.</extracomment>
        <translation>Fall ohne Titel</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeSession</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>Shown when a draft could not be saved; %1 says why.</extracomment>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>“%1” has not been de-identified.</source>
        <translation>„%1“ wurde nicht de-identifiziert.</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <extracomment>Label of an image&apos;s annotation layer in a published case; %1 is the image&apos;s label.</extracomment>
        <translation>Anmerkungen: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeWizard</name>
    <message>
        <source>New Case</source>
        <extracomment>Title of the publish wizard&apos;s window.</extracomment>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Cancel button of the publish wizard: the draft is kept.</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <extracomment>A draft could not be opened; %1 says why.</extracomment>
        <translation>Der Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step in the wizard&apos;s side list: %1 its number, %2 its title. The current one is bold.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>New Case — %1</source>
        <translation>Neuer Fall – %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactChecklist</name>
    <message>
        <source>Colleagues</source>
        <extracomment>Accessible name of the list of contacts to share with.</extracomment>
        <translation>Kolleginnen und Kollegen</translation>
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
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <extracomment>Placeholder entry when the profile has no contacts.</extracomment>
        <translation>Noch keine Kontakte</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDelegate</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDetail</name>
    <message>
        <source>Safety number</source>
        <extracomment>Heading of the contact page&apos;s section with the 60-digit number both people compare.</extracomment>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message numerus="yes">
        <source>Credential checked against your verifier · %n device(s)</source>
        <extracomment>On a contact&apos;s page; %n is how many devices the contact uses.</extracomment>
        <translation>
            <numerusform>Berufsnachweis mit Ihrer Prüfstelle abgeglichen · %n Gerät</numerusform>
            <numerusform>Berufsnachweis mit Ihrer Prüfstelle abgeglichen · %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare these 60 digits with %1 in person or on a call you trust, or scan each other&apos;s code. If they match on both screens, your conversations are with %1&apos;s own keys and no one else&apos;s.</source>
        <extracomment>%1 is the contact&apos;s name.</extracomment>
        <translation>Vergleichen Sie diese 60 Ziffern mit %1 persönlich oder in einem vertrauenswürdigen Anruf, oder scannen Sie gegenseitig Ihre Codes. Stimmen sie auf beiden Bildschirmen überein, sprechen Sie mit den Schlüsseln von %1 und mit niemandem sonst.</translation>
    </message>
    <message>
        <source>✓ You have verified %1&apos;s safety number.</source>
        <translation>✓ Sie haben die Sicherheitsnummer von %1 verifiziert.</translation>
    </message>
    <message>
        <source>&amp;Clear Verification</source>
        <translation>Verifizierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Mark the safety number as not compared</source>
        <translation>Die Sicherheitsnummer als nicht verglichen markieren</translation>
    </message>
    <message>
        <source>Not verified yet. Mark it as verified only after the numbers matched.</source>
        <translation>Noch nicht verifiziert. Markieren Sie die Nummer erst als verifiziert, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>&amp;Mark as Verified</source>
        <translation>Als verifiziert &amp;markieren</translation>
    </message>
    <message>
        <source>Record that you compared the safety number with %1</source>
        <translation>Festhalten, dass Sie die Sicherheitsnummer mit %1 verglichen haben</translation>
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
        <translation>Sicherheitsnummer verglichen</translation>
    </message>
    <message>
        <source>safety number not compared yet</source>
        <translation>Sicherheitsnummer noch nicht verglichen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialImportDialog</name>
    <message>
        <source>Import Clinician Credential</source>
        <translation>Berufsnachweis importieren</translation>
    </message>
    <message>
        <source>Choose the credential file your verifier issued for this profile. It is checked before anything is kept.</source>
        <translation>Wählen Sie die Nachweisdatei, die Ihre Prüfstelle für dieses Profil ausgestellt hat. Sie wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Import Credential</source>
        <translation>Nachweis importieren</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialImportPanel</name>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Credential file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>The credential file your verifier issued (.cred)</source>
        <translation>Die Nachweisdatei, die Ihre Prüfstelle ausgestellt hat (.cred)</translation>
    </message>
    <message>
        <source>Choose &amp;Verifier…</source>
        <translation>&amp;Prüfstelle wählen…</translation>
    </message>
    <message>
        <source>The verifier&apos;s folder, with its public key (verifier.pub) and revocation list (revocations.cbor)</source>
        <translation>Der Ordner der Prüfstelle mit ihrem öffentlichen Schlüssel (verifier.pub) und ihrer Sperrliste (revocations.cbor)</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Verifier:</source>
        <translation>Prüfstelle:</translation>
    </message>
    <message>
        <source>Open Credential</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>Credentials (*.cred);;All files (*)</source>
        <translation>Nachweise (*.cred);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the Verifier&apos;s Folder</source>
        <translation>Ordner der Prüfstelle wählen</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This folder holds no usable verifier: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Dieser Ordner enthält keine verwendbare Prüfstelle: %1</translation>
    </message>
    <message>
        <source>The verifier this profile trusts (%1…)</source>
        <extracomment>%1 is the start of the verifier&apos;s key in hexadecimal.</extracomment>
        <translation>Die Prüfstelle, der dieses Profil vertraut (%1…)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>Beruf:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Fachgebiet:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Zuständigkeitsbereich:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Open the profile first.</source>
        <translation>Öffnen Sie zuerst das Profil.</translation>
    </message>
    <message>
        <source>Choose the folder of the verifier that issued this credential.</source>
        <translation>Wählen Sie den Ordner der Prüfstelle, die diesen Nachweis ausgestellt hat.</translation>
    </message>
    <message>
        <source>This file is not a valid credential, or its signature does not match its content (it may have been altered).</source>
        <translation>Diese Datei ist kein gültiger Nachweis, oder ihre Signatur passt nicht zum Inhalt (sie wurde möglicherweise verändert).</translation>
    </message>
    <message>
        <source>This credential was issued to another identity, not to this profile.</source>
        <translation>Dieser Nachweis wurde für eine andere Identität ausgestellt, nicht für dieses Profil.</translation>
    </message>
    <message>
        <source>This credential was signed by another verifier than the one this profile trusts.</source>
        <translation>Dieser Nachweis wurde von einer anderen Prüfstelle signiert als der, der dieses Profil vertraut.</translation>
    </message>
    <message>
        <source>This credential was not signed by the chosen verifier.</source>
        <translation>Dieser Nachweis wurde nicht von der gewählten Prüfstelle signiert.</translation>
    </message>
    <message>
        <source>The verifier&apos;s revocation list is not signed by the verifier.</source>
        <translation>Die Sperrliste ist nicht von der Prüfstelle signiert.</translation>
    </message>
    <message>
        <source>This credential has been revoked by its verifier.</source>
        <translation>Dieser Nachweis wurde von seiner Prüfstelle widerrufen.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Dieser Nachweis ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>This credential is not valid before %1.</source>
        <translation>Dieser Nachweis ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>✓ Signed by the verifier and issued to this profile. Colleagues will see you as verified.</source>
        <translation>✓ Von der Prüfstelle signiert und für dieses Profil ausgestellt. Kolleginnen und Kollegen sehen Sie als verifiziert.</translation>
    </message>
    <message>
        <source>The credential was not kept: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Der Nachweis wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialStepPage</name>
    <message>
        <source>Add your clinician credential</source>
        <translation>Berufsnachweis hinzufügen</translation>
    </message>
    <message>
        <source>A verifier checked your licence and issued a credential file for this profile. With it, colleagues see a verified badge beside your name and your cases. You can also add it later from the File menu.</source>
        <translation>Eine Prüfstelle hat Ihre Approbation geprüft und für dieses Profil eine Nachweisdatei ausgestellt. Damit sehen Kolleginnen und Kollegen ein Verifiziert-Abzeichen neben Ihrem Namen und Ihren Fällen. Sie können ihn auch später über das Menü Datei hinzufügen.</translation>
    </message>
    <message>
        <source>Skip for Now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Import Credential</source>
        <translation>Nachweis importieren</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DeidPage</name>
    <message>
        <source>De-identify</source>
        <extracomment>Title of the publish wizard&apos;s de-identification step.</extracomment>
        <translation>De-identifizieren</translation>
    </message>
    <message>
        <source>Patient information is removed from the headers and burned-in text is found by OCR and blacked out. Check the report before you continue.</source>
        <translation>Patientendaten werden aus den Headern entfernt, eingebrannter Text wird per OCR gefunden und geschwärzt. Prüfen Sie den Bericht, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Profile: DICOM PS3.15 Annex E Basic Application Level Confidentiality, with</source>
        <extracomment>Heading of the de-identification profile summary; the options follow as a list.</extracomment>
        <translation>Profil: DICOM PS3.15 Anhang E, Basic Application Level Confidentiality, mit</translation>
    </message>
    <message>
        <source>Burned-in text found by OCR is blacked out</source>
        <translation>Per OCR gefundener eingebrannter Text wird geschwärzt</translation>
    </message>
    <message>
        <source>De-identification report</source>
        <extracomment>Accessible name of the de-identification report.</extracomment>
        <translation>De-Identifizierungsbericht</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column headers of the de-identification report.</extracomment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Text regions</source>
        <translation>Textbereiche</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Restrisiken</translation>
    </message>
    <message>
        <source>De-identifying %1 of %2…</source>
        <extracomment>Progress of the de-identification; %1 done, %2 in all.</extracomment>
        <translation>De-Identifizierung %1 von %2 …</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung …</translation>
    </message>
    <message>
        <source>Not de-identified.</source>
        <translation>Nicht de-identifiziert.</translation>
    </message>
    <message>
        <source>all metadata</source>
        <translation>alle Metadaten</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>One attribute in the de-identification report: %1 its name, %2 what was done, %3 the rule.</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <extracomment>A residual risk in the de-identification report.</extracomment>
        <translation>Restrisiko: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be de-identified. Go back and untick them to continue.</source>
        <extracomment>%n files could not be de-identified.</extracomment>
        <translation>
            <numerusform>%n Bild konnte nicht de-identifiziert werden. Gehen Sie zurück und wählen Sie es ab, um fortzufahren.</numerusform>
            <numerusform>%n Bilder konnten nicht de-identifiziert werden. Gehen Sie zurück und wählen Sie sie ab, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) de-identified</source>
        <extracomment>Summary after de-identification, first part.</extracomment>
        <translation>
            <numerusform>%n Bild anonymisiert</numerusform>
            <numerusform>%n Bilder anonymisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text region(s) blacked out</source>
        <extracomment>Summary after de-identification, second part.</extracomment>
        <translation>
            <numerusform>%n Textbereich geschwärzt</numerusform>
            <numerusform>%n Textbereiche geschwärzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residual risk(s) to check</source>
        <extracomment>Summary after de-identification, third part.</extracomment>
        <translation>
            <numerusform>%n Restrisiko zu prüfen</numerusform>
            <numerusform>%n Restrisiken zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (expand a row for details)</source>
        <extracomment>Summary after de-identification: %1 images, %2 text regions, %3 residual risks.</extracomment>
        <translation>%1 · %2 · %3 (Zeile aufklappen für Details)</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DescribePage</name>
    <message>
        <source>Cardiology</source>
        <translation>Kardiologie</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatologie</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Notfallmedizin</translation>
    </message>
    <message>
        <source>Gastroenterology</source>
        <translation>Gastroenterologie</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Allgemeinmedizin</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurologie</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>Gynäkologie und Geburtshilfe</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Onkologie</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Augenheilkunde</translation>
    </message>
    <message>
        <source>Orthopaedics</source>
        <translation>Orthopädie</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Kinderheilkunde</translation>
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
        <translation>Wozu möchten Sie die Meinung Ihrer Kollegen?</translation>
    </message>
    <message>
        <source>Relevant history, without names, dates or places</source>
        <translation>Relevante Anamnese, ohne Namen, Daten oder Orte</translation>
    </message>
    <message>
        <source>What you see, and what was done so far</source>
        <translation>Was Sie sehen und was bisher unternommen wurde</translation>
    </message>
    <message>
        <source>Describe the Case</source>
        <extracomment>Title of the publish wizard&apos;s step where the case is described.</extracomment>
        <translation>Fall beschreiben</translation>
    </message>
    <message>
        <source>Write for colleagues who do not know the patient. Leave out names, dates of birth, places and record numbers.</source>
        <translation>Schreiben Sie für Kollegen, die den Patienten nicht kennen. Lassen Sie Namen, Geburtsdaten, Orte und Aktennummern weg.</translation>
    </message>
    <message>
        <source>e.g. Painless swelling of the left wrist</source>
        <translation>z. B. Schmerzlose Schwellung des linken Handgelenks</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. wrist, mri, second-opinion</source>
        <translation>Durch Kommas getrennt, z. B. handgelenk, mrt, zweitmeinung</translation>
    </message>
    <message>
        <source>I attest that the patient consented to sharing these de-identified images and notes for clinical advice (or that consent is waived under my institution&apos;s rules).</source>
        <extracomment>The consent attestation the author must tick before publishing.</extracomment>
        <translation>Ich bestätige, dass der Patient der Weitergabe dieser de-identifizierten Bilder und Notizen zur klinischen Beratung zugestimmt hat (oder dass die Einwilligung nach den Regeln meiner Einrichtung entfällt).</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form labels of the case description.</extracomment>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Clinical &amp;question:</source>
        <translation>Klinische &amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Anamnese:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Befunde:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>Fach&amp;gebiet:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>A title and the consent attestation are required.</source>
        <translation>Ein Titel und die Einwilligungsbestätigung sind erforderlich.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DevicesPage</name>
    <message>
        <source>Devices and Identity</source>
        <extracomment>Title of the Devices page.</extracomment>
        <translation>Geräte und Identität</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ihre Identität</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Ihre Geräte</translation>
    </message>
    <message>
        <source>Cannot read this profile&apos;s devices: %1</source>
        <translation>Die Geräte dieses Profils können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no invitation to scan.</source>
        <translation>Dieses Profil synchronisiert mit keinem Relay und hat daher keine Einladung zum Scannen.</translation>
    </message>
    <message>
        <source>A colleague scans this code to add you (it is your invitation, valid 14 days); then you compare the safety number on their contact page.</source>
        <translation>Eine Kollegin oder ein Kollege scannt diesen Code, um Sie hinzuzufügen (es ist Ihre Einladung, 14 Tage gültig); danach vergleichen Sie die Sicherheitsnummer auf der Kontaktseite.</translation>
    </message>
    <message>
        <source>No invitation code: %1</source>
        <translation>Kein Einladungscode: %1</translation>
    </message>
    <message>
        <source>%1 (%2). Your identity&apos;s digits — your half of every safety number — read the same on all your devices:</source>
        <extracomment>%1 name, %2 profession.</extracomment>
        <translation>%1 (%2). Die Ziffern Ihrer Identität – Ihre Hälfte jeder Sicherheitsnummer – lauten auf allen Ihren Geräten gleich:</translation>
    </message>
    <message>
        <source>This profile has no identity key yet.</source>
        <translation>Dieses Profil hat noch keinen Identitätsschlüssel.</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>The device&apos;s signing key; it is also its id</source>
        <translation>Der Signaturschlüssel des Geräts; er ist zugleich seine Kennung</translation>
    </message>
    <message>
        <source>&amp;Link New Device…</source>
        <extracomment>Button on the Devices page; opens the dialog that links another computer to this identity.</extracomment>
        <translation>Neues Gerät &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Use Consilium as yourself on another computer, with the cases you already have</source>
        <translation>Consilium als Sie selbst auf einem anderen Computer nutzen, mit den Fällen, die Sie bereits haben</translation>
    </message>
    <message>
        <source>&amp;Remove Device…</source>
        <extracomment>Button on the Devices page; removes the selected computer from this identity.</extracomment>
        <translation>Gerät &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>Ausgewähltes Gerät entfernen</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no other devices to remove</source>
        <translation>Dieses Profil synchronisiert nicht über ein Relay und hat daher keine weiteren Geräte zum Entfernen</translation>
    </message>
    <message>
        <source>Select a device in the list to remove it</source>
        <translation>Wählen Sie ein Gerät in der Liste aus, um es zu entfernen</translation>
    </message>
    <message>
        <source>This is the computer you are using: remove it from another of your devices</source>
        <translation>Das ist der Computer, den Sie gerade verwenden: Entfernen Sie ihn von einem Ihrer anderen Geräte aus</translation>
    </message>
    <message>
        <source>This device is already removed</source>
        <translation>Dieses Gerät ist bereits entfernt</translation>
    </message>
    <message>
        <source>Stop a lost, stolen or retired computer from syncing as you and from reading new cases</source>
        <translation>Einen verlorenen, gestohlenen oder ausgemusterten Computer daran hindern, in Ihrem Namen zu synchronisieren und neue Fälle zu lesen</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <extracomment>%1 is the name the device was given when it was linked.</extracomment>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>Removed: it can no longer sync as you or read new cases</source>
        <translation>Entfernt: Es kann nicht mehr in Ihrem Namen synchronisieren und keine neuen Fälle lesen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Accessible name of the drafts page.</extracomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Cases you started and have not published yet. They are kept encrypted in your profile and saved at every step.</source>
        <translation>Fälle, die Sie begonnen und noch nicht veröffentlicht haben. Sie werden verschlüsselt in Ihrem Profil bei jedem Schritt gespeichert.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the drafts list.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>No drafts</source>
        <extracomment>Drafts page with no drafts.</extracomment>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <source>Start a new case with File › New Case… (%1). It is saved here as you go.</source>
        <translation>Beginnen Sie einen neuen Fall mit Datei › Neuer Fall … (%1). Er wird hier laufend gespeichert.</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall …</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Button: continue the selected draft.</extracomment>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <extracomment>Title of a draft that has none yet.</extracomment>
        <translation>Fall ohne Titel</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <extracomment>Confirmation before a draft is deleted; %1 is its title.</extracomment>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>Den Entwurf „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
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
    <name>consilium::ui::GroupsPage</name>
    <message>
        <source>Owner</source>
        <extracomment>A group member&apos;s role.</extracomment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>Title of the Groups page.</extracomment>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>Create a group of contacts to publish cases to</source>
        <translation>Eine Gruppe von Kontakten anlegen, an die Fälle veröffentlicht werden</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add one of your contacts; cases published from now on include them</source>
        <translation>Einen Ihrer Kontakte hinzufügen; ab jetzt veröffentlichte Fälle schließen ihn ein</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected member; cases shared with the group move to a new key</source>
        <translation>Das ausgewählte Mitglied entfernen; mit der Gruppe geteilte Fälle erhalten einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>Removing a member moves every case shared with the group to a new key: they keep what they already received but cannot read anything written afterwards.</source>
        <translation>Wird ein Mitglied entfernt, erhält jeder mit der Gruppe geteilte Fall einen neuen Schlüssel: Bereits Empfangenes bleibt ihm, später Geschriebenes kann es nicht mehr lesen.</translation>
    </message>
    <message>
        <source>Cannot read the groups: %1</source>
        <translation>Die Gruppen können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n member(s)</source>
        <extracomment>A group in the list: its name, then how many members it has.</extracomment>
        <translation>
            <numerusform>%1
%n Mitglied</numerusform>
            <numerusform>%1
%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <source>Select a group</source>
        <translation>Wählen Sie eine Gruppe</translation>
    </message>
    <message>
        <source>A group is a list of contacts you publish cases to together — a department, a tumour board, a journal club.</source>
        <translation>Eine Gruppe ist eine Liste von Kontakten, an die Sie Fälle gemeinsam veröffentlichen – eine Abteilung, ein Tumorboard, ein Journal Club.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>The user&apos;s own row in a group&apos;s member list; %1 is their name.</extracomment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>The group was not created: %1</source>
        <translation>Die Gruppe wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Group “%1” created. Add the contacts who belong in it.</source>
        <translation>Gruppe „%1“ angelegt. Fügen Sie die Kontakte hinzu, die dazugehören.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 is in “%2”: cases you publish to the group from now on include them.</source>
        <translation>%1 ist in „%2“: Fälle, die Sie ab jetzt an die Gruppe veröffentlichen, schließen ihn ein.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Der Kontakt</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so members cannot be removed.</source>
        <translation>Dieses Profil synchronisiert mit keinem Relay, daher können keine Mitglieder entfernt werden.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed. %n shared case(s) moved to a new key.</source>
        <extracomment>%n is how many shared cases moved to a new key.</extracomment>
        <translation>
            <numerusform>Entfernt. %n geteilter Fall hat einen neuen Schlüssel erhalten.</numerusform>
            <numerusform>Entfernt. %n geteilte Fälle haben einen neuen Schlüssel erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <source>You have no contacts yet: add colleagues on the People page first.</source>
        <translation>Sie haben noch keine Kontakte: Fügen Sie zuerst auf der Seite „Personen“ Kolleginnen und Kollegen hinzu.</translation>
    </message>
    <message>
        <source>All your contacts are already in this group.</source>
        <translation>Alle Ihre Kontakte sind bereits in dieser Gruppe.</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Contact to add to “%1”:</source>
        <translation>Kontakt, der zu „%1“ hinzugefügt wird:</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? Cases shared with the group move to a new key that %1 will not receive.</source>
        <translation>%1 aus „%2“ entfernen? Mit der Gruppe geteilte Fälle erhalten einen neuen Schlüssel, den %1 nicht bekommt.</translation>
    </message>
    <message>
        <source>May add and remove anyone and change roles in the cases shared with the group</source>
        <extracomment>Tooltip of the Owner role in a group&apos;s Change Role menu.</extracomment>
        <translation>Darf in den mit der Gruppe geteilten Fällen alle hinzufügen und entfernen und Rollen ändern</translation>
    </message>
    <message>
        <source>May add and remove members and admins in the cases shared with the group</source>
        <translation>Darf in den mit der Gruppe geteilten Fällen Mitglieder und Administratoren hinzufügen und entfernen</translation>
    </message>
    <message>
        <source>Reads and comments on the cases shared with the group</source>
        <translation>Liest und kommentiert die mit der Gruppe geteilten Fälle</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <extracomment>Button that opens a menu of roles for the selected group member.</extracomment>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s role</source>
        <translation>Die Rolle des ausgewählten Mitglieds ändern</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <extracomment>The role submenu of a group member&apos;s context menu.</extracomment>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>Mitglied &amp;entfernen…</translation>
    </message>
    <message>
        <source>Select a member to change their role</source>
        <translation>Wählen Sie ein Mitglied aus, um seine Rolle zu ändern</translation>
    </message>
    <message>
        <source>You are the group&apos;s only owner: make another member an owner first</source>
        <extracomment>Why the last owner&apos;s role cannot be changed.</extracomment>
        <translation>Sie sind der einzige Eigentümer der Gruppe: Machen Sie zuerst ein anderes Mitglied zum Eigentümer</translation>
    </message>
    <message>
        <source>%1 is the group&apos;s only owner: make another member an owner first</source>
        <translation>%1 ist der einzige Eigentümer der Gruppe: Machen Sie zuerst ein anderes Mitglied zum Eigentümer</translation>
    </message>
    <message>
        <source>Change what %1 may do in the cases shared with this group</source>
        <translation>Ändern, was %1 in den mit dieser Gruppe geteilten Fällen tun darf</translation>
    </message>
    <message>
        <source>Select a member to remove</source>
        <translation>Wählen Sie ein Mitglied zum Entfernen aus</translation>
    </message>
    <message>
        <source>You cannot leave your own group: the cases you shared with it are yours</source>
        <translation>Sie können Ihre eigene Gruppe nicht verlassen: Die Fälle, die Sie mit ihr geteilt haben, gehören Ihnen</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so roles cannot be changed.</source>
        <translation>Dieses Profil synchronisiert nicht mit einem Relay, daher können Rollen nicht geändert werden.</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>Das Mitglied</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>Die Rolle wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>You now have the role %1 in “%2”.</source>
        <extracomment>%1 is a role (Owner, Admin, Member), %2 the group.</extracomment>
        <translation>Sie haben jetzt die Rolle %1 in „%2“.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in “%3”.</source>
        <translation>%1 hat jetzt die Rolle %2 in „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>The change is recorded in %n shared case(s), under a new key.</source>
        <translation>
            <numerusform>Die Änderung gilt jetzt in %n geteiltem Fall, mit einem neuen Schlüssel.</numerusform>
            <numerusform>Die Änderung gilt jetzt in %n geteilten Fällen, mit einem neuen Schlüssel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImageFetchBanner</name>
    <message>
        <source>Image download progress</source>
        <translation>Fortschritt des Bilder-Downloads</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Download this case&apos;s images from the relay again</source>
        <translation>Die Bilder dieses Falls erneut vom Relay herunterladen</translation>
    </message>
    <message>
        <source>Downloading images… %1 of %2</source>
        <extracomment>The case&apos;s images, removed from the cache by its size limit, come back from the relay.</extracomment>
        <translation>Bilder werden heruntergeladen… %1 von %2</translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation>Bilder werden heruntergeladen…</translation>
    </message>
    <message>
        <source>This case&apos;s images were removed from the cache to respect the size limit; connect to download them again.</source>
        <translation>Die Bilder dieses Falls wurden aus dem Cache entfernt, um dessen Größengrenze einzuhalten; stellen Sie eine Verbindung her, um sie erneut herunterzuladen.</translation>
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
    <name>consilium::ui::ImportPage</name>
    <message>
        <source>Import Images</source>
        <extracomment>Title of the publish wizard&apos;s first step.</extracomment>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <source>Add the DICOM studies and clinical photos this case is about. The originals are never changed or sent: only de-identified copies are published.</source>
        <translation>Fügen Sie die DICOM-Studien und klinischen Fotos dieses Falls hinzu. Die Originale werden nie verändert oder gesendet: Nur de-identifizierte Kopien werden veröffentlicht.</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <extracomment>Shown in the publish wizard before anything is imported.</extracomment>
        <translation>Dateien oder Ordner hier ablegen</translation>
    </message>
    <message>
        <source>DICOM files, folders of studies, a DICOMDIR from a CD, or photos (JPEG, PNG, TIFF).</source>
        <translation>DICOM-Dateien, Studienordner, ein DICOMDIR von einer CD oder Fotos (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>Imported files and folders</source>
        <extracomment>Accessible name of the list of imported files and folders.</extracomment>
        <translation>Importierte Dateien und Ordner</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add DICOM files, a DICOMDIR or photos</source>
        <translation>DICOM-Dateien, ein DICOMDIR oder Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Add every DICOM file and photo in a folder and its subfolders</source>
        <translation>Alle DICOM-Dateien und Fotos eines Ordners und seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries from the case</source>
        <translation>Die ausgewählten Einträge aus dem Fall entfernen</translation>
    </message>
    <message>
        <source> (missing)</source>
        <extracomment>Suffix of an imported entry that is no longer on disk.</extracomment>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <extracomment>Title of the file dialog of the publish wizard.</extracomment>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>DICOM files and photos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>DICOM-Dateien und Fotos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::InviteDialog</name>
    <message>
        <source>My Invite Code</source>
        <translation>Mein Einladungscode</translation>
    </message>
    <message>
        <source>Give this code to a colleague — in a message, as a file, or let them scan it. They add you with People › Add Contact; then compare your safety number.</source>
        <translation>Geben Sie diesen Code an eine Kollegin oder einen Kollegen weiter – als Nachricht, als Datei oder zum Scannen. Sie werden über Personen › Kontakt hinzufügen hinzugefügt; vergleichen Sie danach Ihre Sicherheitsnummer.</translation>
    </message>
    <message>
        <source>Invitation QR code</source>
        <translation>QR-Code der Einladung</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Preparing your invitation…</source>
        <translation>Ihre Einladung wird vorbereitet…</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to your colleague.</source>
        <translation>Kopiert. Fügen Sie ihn in eine Nachricht an Ihre Kollegin oder Ihren Kollegen ein.</translation>
    </message>
    <message>
        <source>Save Invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Invitations (*.consilium-invite)</source>
        <translation>Einladungen (*.consilium-invite)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no invitation code.</source>
        <translation>Dieses Profil synchronisiert mit keinem Relay und hat daher keinen Einladungscode.</translation>
    </message>
    <message>
        <source>No invitation code: %1</source>
        <extracomment>%1 is the technical reason (e.g. no relay).</extracomment>
        <translation>Kein Einladungscode: %1</translation>
    </message>
    <message>
        <source>Valid until %1. Anyone with the code can see your name and profession.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Gültig bis %1. Wer den Code hat, sieht Ihren Namen und Beruf.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
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
    <name>consilium::ui::LinkDeviceDialog</name>
    <message>
        <source>Link New Device</source>
        <extracomment>Dialog title (Devices page).</extracomment>
        <translation>Neues Gerät verknüpfen</translation>
    </message>
    <message>
        <source>Use Consilium on another computer as yourself: it gets your identity and its own device key, and receives the cases you already have. This computer makes a link file and a one-time code; on the other computer, choose &quot;Link to an existing profile&quot; when Consilium starts, then open the file and type the code.</source>
        <translation>Nutzen Sie Consilium als Sie selbst auf einem anderen Computer: Er erhält Ihre Identität und einen eigenen Geräteschlüssel sowie die Fälle, die Sie bereits haben. Dieser Computer erstellt eine Verknüpfungsdatei und einen Einmalcode; wählen Sie auf dem anderen Computer beim Start von Consilium „Mit einem bestehenden Profil verknüpfen“, öffnen Sie dann die Datei und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>e.g. Laptop at home</source>
        <translation>z. B. Laptop zu Hause</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>New device&apos;s name</source>
        <translation>Name des neuen Geräts</translation>
    </message>
    <message>
        <source>&amp;Name of the new device:</source>
        <translation>&amp;Name des neuen Geräts:</translation>
    </message>
    <message>
        <source>The name is shown only on this computer&apos;s Devices page.</source>
        <translation>Der Name erscheint nur auf der Seite „Geräte“ dieses Computers.</translation>
    </message>
    <message>
        <source>One-time code as a QR code</source>
        <translation>Einmalcode als QR-Code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Type it on the new computer (letters or digits, case does not matter) or scan the QR code. It is shown only here and never saved: keep this window open until the new computer has joined.</source>
        <translation>Geben Sie ihn auf dem neuen Computer ein (Buchstaben oder Ziffern, Groß- und Kleinschreibung egal) oder scannen Sie den QR-Code. Er wird nur hier angezeigt und nie gespeichert: Lassen Sie dieses Fenster offen, bis der neue Computer beigetreten ist.</translation>
    </message>
    <message>
        <source>&amp;Link Device</source>
        <translation>Gerät &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Save Link File…</source>
        <translation>Verknüpfungsdatei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Link File</source>
        <translation>Verknüpfungsdatei speichern</translation>
    </message>
    <message>
        <source>Consilium link files (*.%1)</source>
        <extracomment>File type filter in the save dialog.</extracomment>
        <translation>Consilium-Verknüpfungsdateien (*.%1)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot link another device.</source>
        <translation>Dieses Profil synchronisiert mit keinem Relay und kann daher kein weiteres Gerät verknüpfen.</translation>
    </message>
    <message>
        <source>Adding the new device to your identity at the relay…</source>
        <translation>Das neue Gerät wird Ihrer Identität beim Relay hinzugefügt …</translation>
    </message>
    <message>
        <source>The device could not be linked: %1</source>
        <extracomment>%1 is the technical reason (no credential, the relay refused…).</extracomment>
        <translation>Das Gerät konnte nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>The link file and code work until %1. Use them on one computer only, then delete the file.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Verknüpfungsdatei und Code gelten bis %1. Verwenden Sie sie nur auf einem Computer und löschen Sie die Datei danach.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Now save the link file and carry it to the new computer (a USB stick, a shared folder or an e-mail to yourself): without the code it cannot be opened.</source>
        <translation>Speichern Sie nun die Verknüpfungsdatei und bringen Sie sie auf den neuen Computer (USB-Stick, freigegebener Ordner oder eine E-Mail an sich selbst): Ohne den Code lässt sie sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the history of %n case(s) to the new device… %1 item(s) left.</source>
        <extracomment>%n cases; %1 is the number of items still to upload.</extracomment>
        <translation>
            <numerusform>Der Verlauf von %n Fall wird an das neue Gerät gesendet … noch %1 Element(e).</numerusform>
            <numerusform>Der Verlauf von %n Fällen wird an das neue Gerät gesendet … noch %1 Element(e).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of %n case(s) is at the relay: the new device receives it as it joins.</source>
        <translation>
            <numerusform>Der Verlauf von %n Fall liegt beim Relay: Das neue Gerät erhält ihn, sobald es beitritt.</numerusform>
            <numerusform>Der Verlauf von %n Fällen liegt beim Relay: Das neue Gerät erhält ihn, sobald es beitritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The link file could not be saved: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Die Verknüpfungsdatei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). On the new computer, open it and type the code.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>In %1 gespeichert (nur für Sie lesbar). Öffnen Sie die Datei auf dem neuen Computer und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>The link file is not saved: without it the new computer cannot join, and you would have to link it again. Click Done again to close anyway.</source>
        <translation>Die Verknüpfungsdatei ist nicht gespeichert: Ohne sie kann der neue Computer nicht beitreten, und Sie müssten ihn erneut verknüpfen. Klicken Sie noch einmal auf „Fertig“, um trotzdem zu schließen.</translation>
    </message>
    <message>
        <source>The device could not be linked: the relay cannot be reached. Nothing was changed; check the connection and try again.</source>
        <translation>Das Gerät konnte nicht verknüpft werden: Das Relay ist nicht erreichbar. Es wurde nichts geändert; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LinkProfilePage</name>
    <message>
        <source>Link to your existing profile</source>
        <translation>Mit Ihrem bestehenden Profil verknüpfen</translation>
    </message>
    <message>
        <source>On the computer where you already use Consilium, choose Go › Devices, then Link New Device…: it saves a link file and shows a one-time code. Open that file here and type the code: this computer becomes one of your devices and receives your cases.</source>
        <translation>Wählen Sie auf dem Computer, auf dem Sie Consilium bereits nutzen, „Gehe zu › Geräte“ und dann „Neues Gerät verknüpfen…“: Dort wird eine Verknüpfungsdatei gespeichert und ein Einmalcode angezeigt. Öffnen Sie diese Datei hier und geben Sie den Code ein: Dieser Computer wird eines Ihrer Geräte und erhält Ihre Fälle.</translation>
    </message>
    <message>
        <source>consilium-link-….cnslink</source>
        <translation>consilium-link-….cnslink</translation>
    </message>
    <message>
        <source>Link file</source>
        <translation>Verknüpfungsdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the link file saved on your other computer</source>
        <translation>Die auf Ihrem anderen Computer gespeicherte Verknüpfungsdatei auswählen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
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
        <source>Link &amp;file:</source>
        <translation>Verknüpfungs&amp;datei:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Einmalcode:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>The passphrase protects the encrypted copy of your cases on this computer only; it may differ from the one on your other computer.</source>
        <translation>Die Passphrase schützt die verschlüsselte Kopie Ihrer Fälle nur auf diesem Computer; sie darf sich von der auf Ihrem anderen Computer unterscheiden.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to creating a new profile</source>
        <translation>Zurück zum Anlegen eines neuen Profils</translation>
    </message>
    <message>
        <source>Link This Computer</source>
        <translation>Diesen Computer verknüpfen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Open Link File</source>
        <translation>Verknüpfungsdatei öffnen</translation>
    </message>
    <message>
        <source>Consilium link files (*.%1);;All files (*)</source>
        <extracomment>File type filter in the open dialog.</extracomment>
        <translation>Consilium-Verknüpfungsdateien (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This code has a typo: check each group of four characters against your other device.</source>
        <translation>Dieser Code enthält einen Tippfehler: Vergleichen Sie jede Vierergruppe mit Ihrem anderen Gerät.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Linking this computer…</source>
        <translation>Dieser Computer wird verknüpft …</translation>
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
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>Your identity and the devices that speak for it</source>
        <translation>Ihre Identität und die Geräte, die in ihrem Namen sprechen</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall …</translation>
    </message>
    <message>
        <source>Import images, de-identify them, describe the case and share it</source>
        <translation>Bilder importieren, de-identifizieren, den Fall beschreiben und teilen</translation>
    </message>
    <message>
        <source>Credential imported: colleagues now see you as verified.</source>
        <translation>Nachweis importiert: Kolleginnen und Kollegen sehen Sie jetzt als verifiziert.</translation>
    </message>
    <message>
        <source>Import &amp;Credential…</source>
        <translation>&amp;Nachweis importieren…</translation>
    </message>
    <message>
        <source>Add the clinician credential a verifier issued for this profile, so colleagues see you as verified</source>
        <translation>Den für dieses Profil ausgestellten Berufsnachweis hinzufügen, damit Kolleginnen und Kollegen Sie als verifiziert sehen</translation>
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
    <name>consilium::ui::OutboxPage</name>
    <message>
        <source>Send Now</source>
        <extracomment>Outbox: sends what waits now instead of at the next automatic attempt.</extracomment>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Try the relay again now rather than at the next automatic attempt</source>
        <translation>Das Relay jetzt erneut versuchen statt beim nächsten automatischen Versuch</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Outbox columns.</extracomment>
        <translation>Fall</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <extracomment>Outbox when nothing waits to be sent.</extracomment>
        <translation>Nichts wartet auf den Versand</translation>
    </message>
    <message>
        <source>Cases you publish are listed here until the relay has every image and every message. Without a connection they wait here and go out by themselves later.</source>
        <translation>Veröffentlichte Fälle stehen hier, bis das Relay jedes Bild und jede Nachricht hat. Ohne Verbindung warten sie hier und werden später von selbst gesendet.</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Alles wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The relay cannot be reached: %n case(s) wait and will be sent when the connection is back.</source>
        <extracomment>Outbox summary while the relay cannot be reached; %n cases wait.</extracomment>
        <translation>
            <numerusform>Das Relay ist nicht erreichbar: %n Fall wartet und wird gesendet, sobald die Verbindung zurück ist.</numerusform>
            <numerusform>Das Relay ist nicht erreichbar: %n Fälle warten und werden gesendet, sobald die Verbindung zurück ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) on their way to the relay.</source>
        <translation>
            <numerusform>%n Fall wird an das Relay gesendet.</numerusform>
            <numerusform>%n Fälle werden an das Relay gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled case</source>
        <extracomment>Outbox row of a case whose title is not known (not in the cache any more).</extracomment>
        <translation>Fall ohne Titel</translation>
    </message>
    <message>
        <source>Queued · offline</source>
        <translation>Wartend · offline</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending · %1 %</source>
        <extracomment>Outbox state while sending; %1 is the percentage of the whole case.</extracomment>
        <translation>Wird gesendet · %1 %</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state: the relay has every image and message of the case.</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Tooltip of an outbox row; %1 bytes sent, %2 bytes in all (e.g. &quot;3.2 MiB of 12 MiB&quot;).</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip line of an outbox row; %1 the error of the last attempt.</extracomment>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message numerus="yes">
        <source>This computer was removed from your devices, so the relay refuses it: %n case(s) stay here and cannot be sent from this computer.</source>
        <extracomment>Outbox summary on a computer removed from the profile&apos;s devices; %n cases are kept here.</extracomment>
        <translation>
            <numerusform>Dieser Computer wurde aus Ihren Geräten entfernt, daher weist das Relay ihn ab: %n Fall bleibt hier und kann nicht von diesem Computer gesendet werden.</numerusform>
            <numerusform>Dieser Computer wurde aus Ihren Geräten entfernt, daher weist das Relay ihn ab: %n Fälle bleiben hier und können nicht von diesem Computer gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued · not syncing</source>
        <extracomment>Outbox state: waiting to be sent (offline, or another case goes first). Outbox state on a computer removed from the profile&apos;s devices.</extracomment>
        <translation>Wartend · keine Synchronisierung</translation>
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
    <name>consilium::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <extracomment>Title of the People page.</extracomment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a colleague from the invitation code they gave you</source>
        <translation>Eine Kollegin oder einen Kollegen mit dem erhaltenen Einladungscode hinzufügen</translation>
    </message>
    <message>
        <source>My &amp;Invite Code…</source>
        <translation>Mein &amp;Einladungscode…</translation>
    </message>
    <message>
        <source>Show the code (and QR code) a colleague needs to add you</source>
        <translation>Den Code (und QR-Code) zeigen, mit dem Sie hinzugefügt werden können</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Add a colleague with the invitation code they give you, or send them yours with “My Invite Code…”.</source>
        <translation>Fügen Sie Kolleginnen und Kollegen mit dem Einladungscode hinzu, den sie Ihnen geben, oder senden Sie Ihren mit „Mein Einladungscode…“.</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Wählen Sie einen Kontakt</translation>
    </message>
    <message>
        <source>Their safety number appears here, to compare with them.</source>
        <translation>Hier erscheint die Sicherheitsnummer zum gemeinsamen Vergleich.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Ende-zu-Ende-verschlüsselt</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the verification: %1</source>
        <translation>Die Verifizierung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileController</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <source>This is not a complete recovery key: check each group of four characters.</source>
        <translation>Das ist kein vollständiger Wiederherstellungsschlüssel: Prüfen Sie jede Vierergruppe.</translation>
    </message>
    <message>
        <source>This recovery key does not open this profile. Check that it is the key shown when the profile was created.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet dieses Profil nicht. Prüfen Sie, ob es der Schlüssel ist, der beim Anlegen des Profils angezeigt wurde.</translation>
    </message>
    <message>
        <source>This profile has no recovery key.</source>
        <translation>Dieses Profil hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This code is incomplete or mistyped: it has 32 letters and digits in 8 groups of 4. Check each group against the code on your other device.</source>
        <translation>Dieser Code ist unvollständig oder falsch eingegeben: Er hat 32 Buchstaben und Ziffern in 8 Gruppen zu 4. Vergleichen Sie jede Gruppe mit dem Code auf Ihrem anderen Gerät.</translation>
    </message>
    <message>
        <source>A profile already exists here.</source>
        <translation>Hier gibt es bereits ein Profil.</translation>
    </message>
    <message>
        <source>Opening the link file and creating your encrypted profile…</source>
        <translation>Die Verknüpfungsdatei wird geöffnet und Ihr verschlüsseltes Profil angelegt …</translation>
    </message>
    <message>
        <source>The link file cannot be read: %1</source>
        <extracomment>%1 is the technical reason (no such file, permission denied…).</extracomment>
        <translation>Die Verknüpfungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This code does not open this link file. Check that the code and the file come from the same link on your other device (and that the file was not changed).</source>
        <translation>Dieser Code öffnet diese Verknüpfungsdatei nicht. Prüfen Sie, ob Code und Datei von derselben Verknüpfung auf Ihrem anderen Gerät stammen (und die Datei nicht verändert wurde).</translation>
    </message>
    <message>
        <source>This is not a Consilium link file, or it is damaged. Save it again on your other device.</source>
        <translation>Dies ist keine Consilium-Verknüpfungsdatei, oder sie ist beschädigt. Speichern Sie sie auf Ihrem anderen Gerät erneut.</translation>
    </message>
    <message>
        <source>This link file was made by a newer version of Consilium. Update Consilium on this computer, then try again.</source>
        <translation>Diese Verknüpfungsdatei stammt von einer neueren Consilium-Version. Aktualisieren Sie Consilium auf diesem Computer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This link file expired on %1. On your other device, choose Devices › Link New Device… again.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Diese Verknüpfungsdatei ist am %1 abgelaufen. Wählen Sie auf Ihrem anderen Gerät erneut „Geräte › Neues Gerät verknüpfen…“.</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Das Profil konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Joining your identity at the relay %1…</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Beitritt zu Ihrer Identität beim Relay %1 …</translation>
    </message>
    <message>
        <source>Your identity could not be joined at the relay %1: %2. Nothing was kept on this computer; try again once the relay can be reached.</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>Der Beitritt zu Ihrer Identität beim Relay %1 ist fehlgeschlagen: %2. Auf diesem Computer wurde nichts gespeichert; versuchen Sie es erneut, sobald das Relay erreichbar ist.</translation>
    </message>
    <message>
        <source>This is not a relay address. Type it as your organisation gave it, for example https://relay.example.org.</source>
        <translation>Das ist keine Relay-Adresse. Geben Sie sie so ein, wie Ihre Einrichtung sie Ihnen mitgeteilt hat, zum Beispiel https://relay.example.org.</translation>
    </message>
    <message>
        <source>A profile already exists here: it was not changed.</source>
        <translation>Hier gibt es bereits ein Profil: Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Looking for your key backup at the relay %1…</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Ihre Schlüsselsicherung wird auf dem Relay %1 gesucht…</translation>
    </message>
    <message>
        <source>No key backup is stored under this recovery key at the relay %1. Check the key for a mistyped group, and that this is the relay your profile used.</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Auf dem Relay %1 ist unter diesem Wiederherstellungsschlüssel keine Schlüsselsicherung gespeichert. Prüfen Sie den Schlüssel auf eine vertippte Gruppe und ob dies das Relay ist, das Ihr Profil verwendet hat.</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>The relay %1 cannot be reached (%2). Check the address and this computer&apos;s network connection, then try again.</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>Das Relay %1 ist nicht erreichbar (%2). Prüfen Sie die Adresse und die Netzwerkverbindung dieses Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The relay %1 refused the device kept in your key backup: it may have been removed from your devices. Ask your relay&apos;s administrator for help.</source>
        <translation>Das Relay %1 hat das in Ihrer Schlüsselsicherung enthaltene Gerät abgewiesen: Es wurde möglicherweise aus Ihren Geräten entfernt. Bitten Sie die Administration Ihres Relays um Hilfe.</translation>
    </message>
    <message>
        <source>The key backup stored at the relay %1 does not open with this recovery key: it is damaged or was altered. Your identity cannot be restored from it.</source>
        <translation>Die auf dem Relay %1 gespeicherte Schlüsselsicherung lässt sich mit diesem Wiederherstellungsschlüssel nicht öffnen: Sie ist beschädigt oder wurde verändert. Ihre Identität kann daraus nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The relay %1 answered with a key backup of another identity than the one it named. Nothing was restored; tell your relay&apos;s administrator.</source>
        <translation>Das Relay %1 hat die Schlüsselsicherung einer anderen Identität geliefert als der, die es angegeben hat. Es wurde nichts wiederhergestellt; informieren Sie die Administration Ihres Relays.</translation>
    </message>
    <message>
        <source>Your identity could not be restored from the relay %1: %2</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>Ihre Identität konnte nicht vom Relay %1 wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Checking your credential and creating your encrypted profile…</source>
        <translation>Ihr Nachweis wird geprüft und Ihr verschlüsseltes Profil erstellt…</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was kept on this computer.</source>
        <translation>Wiederherstellung abgebrochen. Auf diesem Computer wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your credential was not signed by the chosen verifier. Choose the folder of the verifier that issued your credential.</source>
        <translation>Ihr Nachweis wurde nicht von der gewählten Prüfstelle signiert. Wählen Sie den Ordner der Prüfstelle, die Ihren Nachweis ausgestellt hat.</translation>
    </message>
    <message>
        <source>The chosen verifier&apos;s revocation list is not signed by the verifier: choose its folder again, from a copy you trust.</source>
        <translation>Die Sperrliste der gewählten Prüfstelle ist nicht von ihr signiert: Wählen Sie ihren Ordner erneut, aus einer Kopie, der Sie vertrauen.</translation>
    </message>
    <message>
        <source>Your credential has been revoked by its verifier: your identity cannot be restored with it. Contact your verifier.</source>
        <translation>Ihr Nachweis wurde von seiner Prüfstelle widerrufen: Ihre Identität kann damit nicht wiederhergestellt werden. Wenden Sie sich an Ihre Prüfstelle.</translation>
    </message>
    <message>
        <source>Your credential expired on %1: your identity cannot be restored with it. Ask your verifier for a new one.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Ihr Nachweis ist am %1 abgelaufen: Ihre Identität kann damit nicht wiederhergestellt werden. Bitten Sie Ihre Prüfstelle um einen neuen.</translation>
    </message>
    <message>
        <source>Your credential is not valid before %1. Check this computer&apos;s date.</source>
        <translation>Ihr Nachweis ist erst ab dem %1 gültig. Prüfen Sie das Datum dieses Computers.</translation>
    </message>
    <message>
        <source>The credential stored at the relay is damaged or belongs to another identity. Nothing was restored.</source>
        <translation>Der auf dem Relay gespeicherte Nachweis ist beschädigt oder gehört zu einer anderen Identität. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSections</name>
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
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Published cases on their way to the relay, with their progress</source>
        <translation>Veröffentlichte Fälle auf dem Weg zum Relay, mit ihrem Fortschritt</translation>
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
        <source>Groups of contacts to publish cases to</source>
        <translation>Gruppen von Kontakten, an die Fälle veröffentlicht werden</translation>
    </message>
    <message>
        <source>Your contacts, invitations and safety numbers</source>
        <translation>Ihre Kontakte, Einladungen und Sicherheitsnummern</translation>
    </message>
    <message>
        <source>Cases you started and have not published yet</source>
        <translation>Begonnene, noch nicht veröffentlichte Fälle</translation>
    </message>
    <message>
        <source>Search every case and comment cached on this computer</source>
        <translation>Alle auf diesem Computer gespeicherten Fälle und Kommentare durchsuchen</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSetupPage</name>
    <message>
        <source>Create your profile</source>
        <translation>Profil anlegen</translation>
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
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Colleagues see your name, profession and specialty beside the cases you share. The passphrase protects the encrypted copy of your cases on this computer. Next you get a recovery key: without it, nobody, including the Consilium team, can open this profile if you forget the passphrase.</source>
        <translation>Kolleginnen und Kollegen sehen Ihren Namen, Beruf und Ihr Fachgebiet neben den Fällen, die Sie teilen. Die Passphrase schützt die verschlüsselte Kopie Ihrer Fälle auf diesem Computer. Als Nächstes erhalten Sie einen Wiederherstellungsschlüssel: Ohne ihn kann niemand, auch nicht das Consilium-Team, dieses Profil öffnen, wenn Sie die Passphrase vergessen.</translation>
    </message>
    <message>
        <source>Already use Consilium on another computer? Link to your existing profile…</source>
        <extracomment>Beside &quot;Create profile&quot;: for a clinician who already uses Consilium on another computer.</extracomment>
        <translation>Consilium schon auf einem anderen Computer? Mit Ihrem Profil verknüpfen…</translation>
    </message>
    <message>
        <source>Use a link file and one-time code made on your other computer (Devices › Link New Device…)</source>
        <translation>Eine Verknüpfungsdatei und einen Einmalcode verwenden, die auf Ihrem anderen Computer erstellt wurden (Geräte › Neues Gerät verknüpfen…)</translation>
    </message>
    <message>
        <source>Lost every computer with your profile? Restore with your recovery key…</source>
        <extracomment>Below the link to an existing profile: for a clinician whose every computer is lost.</extracomment>
        <translation>Alle Computer verloren? Mit dem Wiederherstellungsschlüssel wiederherstellen…</translation>
    </message>
    <message>
        <source>Use the recovery key you saved when you created your profile, and your relay</source>
        <translation>Verwenden Sie den Wiederherstellungsschlüssel, den Sie bei der Erstellung Ihres Profils gespeichert haben, und Ihr Relay</translation>
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
    <name>consilium::ui::PublishPage</name>
    <message>
        <source>Publish</source>
        <extracomment>Title of the publish wizard&apos;s last step.</extracomment>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Check the summary, then publish. The images and text are encrypted on this computer before anything is sent.</source>
        <translation>Prüfen Sie die Zusammenfassung und veröffentlichen Sie dann. Bilder und Text werden auf diesem Computer verschlüsselt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Publish Case</source>
        <extracomment>The button that publishes the case.</extracomment>
        <translation>Fall &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Nur Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) you chose</source>
        <translation>
            <numerusform>%n ausgewählter Kollege</numerusform>
            <numerusform>%n ausgewählte Kollegen</numerusform>
        </translation>
    </message>
    <message>
        <source>The members of the group you chose</source>
        <translation>Die Mitglieder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n de-identified image(s)</source>
        <translation>
            <numerusform>%n de-identifiziertes Bild</numerusform>
            <numerusform>%n de-identifizierte Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation layer(s)</source>
        <translation>
            <numerusform>%n Anmerkungsebene</numerusform>
            <numerusform>%n Anmerkungsebenen</numerusform>
        </translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Attested by you</source>
        <translation>Von Ihnen bestätigt</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <extracomment>Shown above the Publish button before publishing.</extracomment>
        <translation>Bereit zur Veröffentlichung.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <extracomment>The publish button after a failure.</extracomment>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The consent attestation is required. Go back to the description to give it.</source>
        <translation>Die Einwilligungsbestätigung ist erforderlich. Gehen Sie zur Beschreibung zurück, um sie zu geben.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Das Profil ist gesperrt.</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <extracomment>While the case is encrypted into the profile.</extracomment>
        <translation>Fall wird verschlüsselt …</translation>
    </message>
    <message>
        <source>The case could not be published: %1</source>
        <extracomment>Publishing failed; %1 says why. Nothing was published.</extracomment>
        <translation>Der Fall konnte nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <source>The case is saved on this computer, private to you. It is in your feed.</source>
        <translation>Der Fall ist auf diesem Computer gespeichert, privat für Sie. Er steht in Ihrem Feed.</translation>
    </message>
    <message>
        <source>Sending to the relay…</source>
        <translation>Wird an das Relay gesendet …</translation>
    </message>
    <message>
        <source>Published. Your readers will see the case as soon as their devices sync.</source>
        <translation>Veröffentlicht. Ihre Leser sehen den Fall, sobald ihre Geräte synchronisieren.</translation>
    </message>
    <message>
        <source>Sending to the relay: %1 of %2…</source>
        <extracomment>While the case goes to the relay; %1 and %2 are sizes (&quot;3.2 MiB of 12 MiB&quot;).</extracomment>
        <translation>Senden an das Relay: %1 von %2…</translation>
    </message>
    <message>
        <source>This computer was removed from your devices, so the relay refuses it. The case is saved here in the outbox, but it cannot be sent from this computer.</source>
        <translation>Dieser Computer wurde aus Ihren Geräten entfernt, daher weist das Relay ihn ab. Der Fall ist hier im Postausgang gespeichert, kann aber nicht von diesem Computer gesendet werden.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. The case is saved and waits in the outbox; it will be sent automatically when the connection is back (Outbox in the sidebar).</source>
        <translation>Das Relay ist nicht erreichbar. Der Fall ist gespeichert und wartet im Postausgang; er wird automatisch gesendet, sobald die Verbindung zurück ist (Postausgang in der Seitenleiste).</translation>
    </message>
    <message>
        <source>The case could not be sent yet (%1). It is saved and waits in the outbox; it will be sent again automatically (Outbox in the sidebar).</source>
        <extracomment>The relay answered with an error; %1 is its exact words. The case is not lost.</extracomment>
        <translation>Der Fall konnte noch nicht gesendet werden (%1). Er ist gespeichert und wartet im Postausgang; er wird automatisch erneut gesendet (Postausgang in der Seitenleiste).</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoverAccessPage</name>
    <message>
        <source>Use your recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you created this profile, then choose a new passphrase. Your cases, contacts and keys stay as they are.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen dieses Profils gesichert haben, und wählen Sie eine neue Passphrase. Ihre Fälle, Kontakte und Schlüssel bleiben erhalten.</translation>
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
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
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
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <source>Set Passphrase and Unlock</source>
        <translation>Passphrase festlegen und entsperren</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Opening the profile with the recovery key…</source>
        <translation>Profil wird mit dem Wiederherstellungsschlüssel geöffnet…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryConfirmPage</name>
    <message>
        <source>Confirm your recovery key</source>
        <translation>Wiederherstellungsschlüssel bestätigen</translation>
    </message>
    <message>
        <source>Show the Key Again</source>
        <translation>Schlüssel erneut anzeigen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>To be sure you have it, type groups %1 and %2 of your recovery key, as you wrote them down.</source>
        <extracomment>%1 and %2 are group numbers counted from 1, as printed above each group.</extracomment>
        <translation>Geben Sie zur Kontrolle die Gruppen %1 und %2 Ihres Wiederherstellungsschlüssels so ein, wie Sie sie notiert haben.</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <extracomment>%1 is a group number counted from 1.</extracomment>
        <translation>Gruppe &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Group %1 does not match your recovery key. Check what you wrote down, or show the key again.</source>
        <extracomment>%1 is a group number.</extracomment>
        <translation>Gruppe %1 passt nicht zu Ihrem Wiederherstellungsschlüssel. Prüfen Sie Ihre Notiz oder lassen Sie den Schlüssel erneut anzeigen.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match your recovery key. Check what you wrote down, or show the key again.</source>
        <translation>Die Gruppen %1 und %2 passen nicht zu Ihrem Wiederherstellungsschlüssel. Prüfen Sie Ihre Notiz oder lassen Sie den Schlüssel erneut anzeigen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyDialog</name>
    <message>
        <source>Replace Recovery Key</source>
        <translation>Wiederherstellungsschlüssel ersetzen</translation>
    </message>
    <message>
        <source>Create Recovery Key</source>
        <translation>Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: the old key stops working at once. Keep the new one where you would keep a spare house key.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt den bisherigen: Der alte funktioniert sofort nicht mehr. Bewahren Sie den neuen dort auf, wo Sie einen Ersatzhausschlüssel aufbewahren würden.</translation>
    </message>
    <message>
        <source>A recovery key opens this profile if you forget its passphrase. Without one, a forgotten passphrase means losing this profile&apos;s cases.</source>
        <translation>Ein Wiederherstellungsschlüssel öffnet dieses Profil, wenn Sie die Passphrase vergessen. Ohne ihn bedeutet eine vergessene Passphrase den Verlust der Fälle dieses Profils.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <extracomment>While Argon2id checks the passphrase (a second or two by design).</extracomment>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>No recovery key was made: %1</source>
        <translation>Es wurde kein Wiederherstellungsschlüssel erstellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passphrasen: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Passphrasen: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into this profile and its cases. Write it down, print it or save it somewhere safe — away from this computer.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, ist dieser Schlüssel der einzige Weg zurück zu diesem Profil und seinen Fällen. Schreiben Sie ihn auf, drucken Sie ihn aus oder speichern Sie ihn an einem sicheren Ort – nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown only once.&lt;/b&gt; Consilium keeps no copy it could show you again, and nobody can recover it for you.</source>
        <translation>&lt;b&gt;Wird nur einmal angezeigt.&lt;/b&gt; Consilium behält keine Kopie, die es erneut anzeigen könnte, und niemand kann ihn für Sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard, e.g. for a password manager</source>
        <translation>Den Wiederherstellungsschlüssel in die Zwischenablage kopieren, z. B. für einen Passwortmanager</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the recovery key as a text file, e.g. on a USB stick you keep safe</source>
        <translation>Den Wiederherstellungsschlüssel als Textdatei speichern, z. B. auf einem sicher verwahrten USB-Stick</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the recovery key on paper</source>
        <translation>Den Wiederherstellungsschlüssel auf Papier drucken</translation>
    </message>
    <message>
        <source>I have stored my recovery key in a safe place</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Confirm the recovery key by typing two of its groups</source>
        <translation>Den Wiederherstellungsschlüssel durch Eingabe zweier Gruppen bestätigen</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Kopiert. Fügen Sie ihn in Ihren Passwortmanager ein und leeren Sie dann die Zwischenablage.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Consilium recovery key</source>
        <translation>Consilium-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This key opens your Consilium profile if you forget its passphrase. Keep it somewhere safe, away from the computer; anyone who has it and this computer&apos;s files can read your cases.</source>
        <translation>Dieser Schlüssel öffnet Ihr Consilium-Profil, wenn Sie die Passphrase vergessen. Bewahren Sie ihn sicher und getrennt vom Computer auf: Wer ihn und die Dateien dieses Computers hat, kann Ihre Fälle lesen.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <extracomment>%1 is the system&apos;s reason.</extracomment>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer.</source>
        <extracomment>%1 is the file&apos;s path.</extracomment>
        <translation>Gespeichert unter %1. Bringen Sie die Datei von diesem Computer weg.</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Schritt %1 von %2</translation>
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
    <name>consilium::ui::RemoveDeviceDialog</name>
    <message>
        <source>Remove Device</source>
        <extracomment>Dialog title (Devices page).</extracomment>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from your devices?</source>
        <extracomment>%1 is the device&apos;s name as the Devices page shows it.</extracomment>
        <translation>„%1“ aus Ihren Geräten entfernen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once removed, that computer can no longer sync as you: the relay refuses it, and it cannot read cases or comments shared from now on — yours, and your colleagues&apos;, whose Consilium stops sending to it.&lt;/p&gt;&lt;p&gt;What it already downloaded stays on it, protected by its profile passphrase. If it was lost or stolen, that is all it keeps.&lt;/p&gt;&lt;p&gt;This cannot be undone. To use that computer again, link it as a new device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach dem Entfernen kann dieser Computer nicht mehr in Ihrem Namen synchronisieren: Das Relay weist ihn ab, und er kann ab jetzt geteilte Fälle und Kommentare nicht mehr lesen – weder Ihre noch die Ihrer Kolleginnen und Kollegen, deren Consilium ihm nichts mehr sendet.&lt;/p&gt;&lt;p&gt;Was er bereits heruntergeladen hat, bleibt auf ihm, geschützt durch die Passphrase seines Profils. Wurde er verloren oder gestohlen, ist das alles, was er behält.&lt;/p&gt;&lt;p&gt;Das lässt sich nicht rückgängig machen. Um diesen Computer wieder zu verwenden, verknüpfen Sie ihn als neues Gerät.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <extracomment>Caption above the device&apos;s key fingerprint in the Remove Device dialog.</extracomment>
        <translation>Schlüssel-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Key fingerprint of the device to remove</source>
        <translation>Schlüssel-Fingerabdruck des zu entfernenden Geräts</translation>
    </message>
    <message>
        <source>The device&apos;s signing key, as the Devices page shows it</source>
        <translation>Der Signaturschlüssel des Geräts, wie ihn die Seite „Geräte“ anzeigt</translation>
    </message>
    <message>
        <source>Removing the device</source>
        <translation>Gerät wird entfernt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove Device</source>
        <extracomment>Button in the Remove Device dialog; removing cannot be undone.</extracomment>
        <translation>Gerät &amp;entfernen</translation>
    </message>
    <message>
        <source>Take this device out of your identity at the relay now</source>
        <translation>Dieses Gerät jetzt beim Relay aus Ihrer Identität entfernen</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot remove a device.</source>
        <translation>Dieses Profil synchronisiert nicht über ein Relay und kann daher kein Gerät entfernen.</translation>
    </message>
    <message>
        <source>Removing “%1” at the relay…</source>
        <translation>„%1“ wird beim Relay entfernt…</translation>
    </message>
    <message>
        <source>The device was not removed: the relay cannot be reached. Nothing was changed; check the connection and try again.</source>
        <translation>Das Gerät wurde nicht entfernt: Das Relay ist nicht erreichbar. Es wurde nichts geändert; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device was not removed: %1</source>
        <extracomment>%1 is the technical reason (the relay refused, the device is not listed…).</extracomment>
        <translation>Das Gerät wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>“%1” is removed: the relay no longer lets it in.</source>
        <translation>„%1“ ist entfernt: Das Relay lässt es nicht mehr herein.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved to a new key that it does not have; your colleagues are told as they sync.</source>
        <translation>
            <numerusform>%n Fall verwendet jetzt einen neuen Schlüssel, den es nicht hat; Ihre Kolleginnen und Kollegen erfahren es bei ihrer nächsten Synchronisierung.</numerusform>
            <numerusform>%n Fälle verwenden jetzt einen neuen Schlüssel, den es nicht hat; Ihre Kolleginnen und Kollegen erfahren es bei ihrer nächsten Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your colleagues are told as they sync.</source>
        <translation>Ihre Kolleginnen und Kollegen erfahren es bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were never shared with this computer: remove the device from another of your computers too to cover them.</source>
        <translation>
            <numerusform>%n Fall wurde nie mit diesem Computer geteilt: Entfernen Sie das Gerät auch von einem Ihrer anderen Computer aus, um ihn einzuschließen.</numerusform>
            <numerusform>%n Fälle wurden nie mit diesem Computer geteilt: Entfernen Sie das Gerät auch von einem Ihrer anderen Computer aus, um sie einzuschließen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RestoreProfilePage</name>
    <message>
        <source>Restore with your recovery key</source>
        <translation>Mit Ihrem Wiederherstellungsschlüssel wiederherstellen</translation>
    </message>
    <message>
        <source>If no computer with your profile is left, the recovery key you saved when you created it restores your identity, your credential and your devices from the encrypted key backup on your relay. Cases come back as colleagues share them with you again.</source>
        <translation>Wenn kein Computer mit Ihrem Profil mehr vorhanden ist, stellt der Wiederherstellungsschlüssel, den Sie bei der Erstellung gespeichert haben, Ihre Identität, Ihren Nachweis und Ihre Geräte aus der verschlüsselten Schlüsselsicherung auf Ihrem Relay wieder her. Fälle kommen zurück, sobald Kolleginnen und Kollegen sie erneut mit Ihnen teilen.</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <source>The relay your profile synced with, as your organisation gave it</source>
        <translation>Das Relay, mit dem Ihr Profil synchronisiert wurde, wie Ihre Einrichtung es Ihnen mitgeteilt hat</translation>
    </message>
    <message>
        <source>Folder with verifier.pub and revocations.cbor</source>
        <translation>Ordner mit verifier.pub und revocations.cbor</translation>
    </message>
    <message>
        <source>Verifier folder</source>
        <translation>Ordner der Prüfstelle</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>The folder of the verifier that issued your credential, as your organisation gave it</source>
        <translation>Der Ordner der Prüfstelle, die Ihren Nachweis ausgestellt hat, wie Ihre Einrichtung ihn Ihnen gegeben hat</translation>
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
        <source>Re&amp;lay:</source>
        <translation>Re&amp;lay:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Verifier:</source>
        <translation>&amp;Prüfstelle:</translation>
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
        <source>The new passphrase protects the encrypted copy of your profile on this computer. Afterwards you get a new recovery key: the one you type here stops working.</source>
        <translation>Die neue Passphrase schützt die verschlüsselte Kopie Ihres Profils auf diesem Computer. Danach erhalten Sie einen neuen Wiederherstellungsschlüssel: Der hier eingegebene funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to creating a new profile</source>
        <translation>Zurück zum Anlegen eines neuen Profils</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop restoring; nothing is kept on this computer</source>
        <translation>Wiederherstellung abbrechen; auf diesem Computer wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Restore Profile</source>
        <translation>Profil wiederherstellen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Choose the Verifier&apos;s Folder</source>
        <translation>Ordner der Prüfstelle wählen</translation>
    </message>
    <message>
        <source>This folder holds no usable verifier: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Dieser Ordner enthält keine verwendbare Prüfstelle: %1</translation>
    </message>
    <message>
        <source>Verifier %1… found: the restored profile will trust it.</source>
        <extracomment>%1 is the start of the verifier&apos;s key in hexadecimal.</extracomment>
        <translation>Prüfstelle %1… gefunden: Das wiederhergestellte Profil wird ihr vertrauen.</translation>
    </message>
    <message>
        <source>The verifier that issued your credential; the profile will trust it.</source>
        <translation>Die Prüfstelle, die Ihren Nachweis ausgestellt hat; das Profil wird ihr vertrauen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Restoring your profile…</source>
        <translation>Ihr Profil wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ReviewPage</name>
    <message>
        <source>Review and Annotate</source>
        <extracomment>Title of the publish wizard&apos;s step where redactions are reviewed and images annotated.</extracomment>
        <translation>Prüfen und annotieren</translation>
    </message>
    <message>
        <source>Look at each image as recipients will see it. Open it in the editor to black out anything still identifying, and to add arrows, measurements and notes.</source>
        <translation>Sehen Sie jedes Bild so, wie die Empfänger es sehen werden. Öffnen Sie es im Editor, um noch Identifizierendes zu schwärzen und Pfeile, Messungen und Notizen hinzuzufügen.</translation>
    </message>
    <message>
        <source>De-identified images</source>
        <extracomment>Accessible name of the list of de-identified images.</extracomment>
        <translation>De-identifizierte Bilder</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column headers of the review list.</extracomment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Added boxes</source>
        <translation>Hinzugefügte Felder</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Review and Annotate…</source>
        <extracomment>Button: open the selected image in the image editor.</extracomment>
        <translation>&amp;Prüfen und annotieren …</translation>
    </message>
    <message>
        <source>Open the selected image in the editor (or double-click it)</source>
        <translation>Das ausgewählte Bild im Editor öffnen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Text found by OCR is already blacked out. Boxes you add are burned into the published copy; annotations stay a separate layer readers can hide.</source>
        <extracomment>Note on the review step.</extracomment>
        <translation>Per OCR gefundener Text ist bereits geschwärzt. Hinzugefügte Felder werden in die veröffentlichte Kopie eingebrannt; Anmerkungen bleiben eine eigene Ebene, die Leser ausblenden können.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Done — Back to the Case</source>
        <extracomment>Toolbar button of the editor opened from the publish wizard: keep the changes and go back.</extracomment>
        <translation>Fertig – zurück zum Fall</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SafetyNumberView</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of the QR code image on the safety number and invitation screens.</extracomment>
        <translation>QR-Code</translation>
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
    <message>
        <source>Recovery Key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Replace Recovery Key…</source>
        <translation>Wiederherstellungsschlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Create Recovery Key…</source>
        <translation>Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <source>Unlock this profile first</source>
        <translation>Entsperren Sie zuerst dieses Profil</translation>
    </message>
    <message>
        <source>⚠ This profile has no recovery key. If you forget its passphrase, nobody can open it again and its cases are lost.</source>
        <translation>⚠ Dieses Profil hat keinen Wiederherstellungsschlüssel. Wenn Sie die Passphrase vergessen, kann es niemand mehr öffnen und seine Fälle gehen verloren.</translation>
    </message>
    <message>
        <source>The recovery key was shown but not confirmed; the next unlock shows a new one.</source>
        <translation>Der Wiederherstellungsschlüssel wurde angezeigt, aber nicht bestätigt; beim nächsten Entsperren wird ein neuer angezeigt.</translation>
    </message>
    <message>
        <source>A recovery key opens this profile if you forget its passphrase. Replacing it makes the old one useless, for example after it was seen by someone else.</source>
        <translation>Ein Wiederherstellungsschlüssel öffnet dieses Profil, wenn Sie die Passphrase vergessen. Ihn zu ersetzen macht den alten unbrauchbar, etwa nachdem ihn jemand anderes gesehen hat.</translation>
    </message>
    <message>
        <source>The new recovery key is confirmed. Keep it safe: it opens this profile without the passphrase.</source>
        <translation>Der neue Wiederherstellungsschlüssel ist bestätigt. Bewahren Sie ihn sicher auf: Er öffnet dieses Profil ohne Passphrase.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SelectPage</name>
    <message>
        <source>Choose Images</source>
        <extracomment>Title of the publish wizard&apos;s step where series and images are chosen.</extracomment>
        <translation>Bilder auswählen</translation>
    </message>
    <message>
        <source>Tick the series to share, or open a series and tick its key images only.</source>
        <translation>Haken Sie die zu teilenden Serien an, oder klappen Sie eine Serie auf und wählen Sie nur ihre Schlüsselbilder.</translation>
    </message>
    <message>
        <source>Series and images</source>
        <extracomment>Accessible name of the list of series and images to choose from.</extracomment>
        <translation>Serien und Bilder</translation>
    </message>
    <message>
        <source>Series</source>
        <extracomment>Column headers of the series list: what it is, how many images, the modality.</extracomment>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Reading the imported files…</source>
        <extracomment>Shown while the imported files are read.</extracomment>
        <translation>Importierte Dateien werden gelesen …</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ohne Beschreibung)</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <extracomment>A series in the publish wizard: %1 its number, %2 its description.</extracomment>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 series %2</source>
        <translation>%1, Serie %2</translation>
    </message>
    <message>
        <source>Image %1 — %2</source>
        <extracomment>One image of a series in the publish wizard; %1 its position, %2 the file name.</extracomment>
        <translation>Bild %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out:</source>
        <extracomment>Above the list of files that could not be read; %n is how many.</extracomment>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wird ausgelassen:</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>No images were found in what was imported.</source>
        <extracomment>When nothing imported could be shown.</extracomment>
        <translation>Im Importierten wurden keine Bilder gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) chosen</source>
        <extracomment>How many images are chosen for the case.</extracomment>
        <translation>
            <numerusform>%n Bild ausgewählt</numerusform>
            <numerusform>%n Bilder ausgewählt</numerusform>
        </translation>
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
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
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
    <name>consilium::ui::SyncController</name>
    <message>
        <source>“%1” is not a relay address: it must look like https://relay.example.org</source>
        <translation>„%1“ ist keine Relay-Adresse: Sie muss wie https://relay.example.org aussehen</translation>
    </message>
    <message>
        <source>The profile was locked before the relay answered.</source>
        <translation>Das Profil wurde gesperrt, bevor das Relay antwortete.</translation>
    </message>
    <message>
        <source>Sync has stopped.</source>
        <translation>Die Synchronisierung wurde beendet.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. Check the network connection; sync resumes by itself.</source>
        <extracomment>Why sync failed when the relay does not answer; sync resumes by itself.</extracomment>
        <translation>Das Relay ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung; die Synchronisierung setzt von selbst wieder ein.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncPage</name>
    <message>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <source>&amp;Use This Relay</source>
        <translation>Dieses Relay &amp;verwenden</translation>
    </message>
    <message>
        <source>Store this relay in the profile and sync with it now</source>
        <translation>Dieses Relay im Profil speichern und jetzt damit synchronisieren</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>The relay forwards this profile&apos;s encrypted cases and comments; it never sees their content. Your colleagues must use the same relay.</source>
        <translation>Das Relay leitet die verschlüsselten Fälle und Kommentare dieses Profils weiter; ihren Inhalt sieht es nie. Ihre Kolleginnen und Kollegen müssen dasselbe Relay verwenden.</translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>Unit after the cache size limit (gibibytes).</extracomment>
        <translation> GB</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Größengrenze des Caches</translation>
    </message>
    <message>
        <source>Offline Cache</source>
        <translation>Offline-Cache</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Whether the system keychain may open this profile without its passphrase is set on the Security page.</source>
        <translation>Ob der Systemschlüsselbund dieses Profil ohne Passphrase öffnen darf, legen Sie auf der Seite „Sicherheit“ fest.</translation>
    </message>
    <message>
        <source>Open &amp;Security Settings</source>
        <translation>&amp;Sicherheitseinstellungen öffnen</translation>
    </message>
    <message>
        <source>Unlock a profile to see and change its relay.</source>
        <translation>Entsperren Sie ein Profil, um sein Relay zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>This profile does not sync yet.</source>
        <translation>Dieses Profil synchronisiert noch nicht.</translation>
    </message>
    <message>
        <source>This profile does not sync: %1</source>
        <translation>Dieses Profil synchronisiert nicht: %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisierung mit %1…</translation>
    </message>
    <message>
        <source>Online: in sync with %1.</source>
        <translation>Online: synchron mit %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>The cache size is not known.</source>
        <translation>Die Größe des Caches ist unbekannt.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Kein Profil ist geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Keep new cases offline as they arrive</source>
        <translation>Neue Fälle beim Eintreffen &amp;offline behalten</translation>
    </message>
    <message>
        <source>Ticks “Keep offline” on every case received from now on</source>
        <translation>Setzt „Offline behalten“ bei jedem ab jetzt empfangenen Fall</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Die Einstellung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The cache size limit&apos;s value 0: the cache may grow without limit.</extracomment>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Cache size &amp;limit:</source>
        <translation>&amp;Größengrenze des Caches:</translation>
    </message>
    <message>
        <source>Images and layers of your cases stay on this computer, encrypted, so they open offline. Past the limit, the images of the cases you opened least recently are removed and downloaded again from the relay when you open them. Cases kept offline, the case on screen and cases still being sent are never removed.</source>
        <translation>Bilder und Ebenen Ihrer Fälle bleiben verschlüsselt auf diesem Computer, damit sie offline öffnen. Oberhalb der Grenze werden die Bilder der am längsten nicht geöffneten Fälle entfernt und beim Öffnen erneut vom Relay heruntergeladen. Offline behaltene Fälle, der angezeigte Fall und Fälle, die noch gesendet werden, werden nie entfernt.</translation>
    </message>
    <message>
        <source>The encrypted cache holds %1 of %2, %3 pinned.</source>
        <extracomment>Settings › Sync, e.g. &quot;The encrypted cache holds 1.2 GB of 2 GB, 340 MB pinned.&quot;</extracomment>
        <translation>Der verschlüsselte Cache belegt %1 von %2, davon %3 offline behalten.</translation>
    </message>
    <message>
        <source>The encrypted cache holds %1, %2 pinned.</source>
        <extracomment>Settings › Sync without a limit, e.g. &quot;The encrypted cache holds 1.2 GB, 340 MB pinned.&quot;</extracomment>
        <translation>Der verschlüsselte Cache belegt %1, davon %2 offline behalten.</translation>
    </message>
    <message numerus="yes">
        <source>The images of %n case(s) (%1) were removed to respect the limit; they are downloaded again when opened.</source>
        <translation>
            <numerusform>Die Bilder von %n Fall (%1) wurden entfernt, um die Grenze einzuhalten; sie werden beim Öffnen erneut heruntergeladen.</numerusform>
            <numerusform>Die Bilder von %n Fällen (%1) wurden entfernt, um die Grenze einzuhalten; sie werden beim Öffnen erneut heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Cases kept offline and cases being sent take more than the limit and are never removed: stop keeping offline the cases you no longer need.</source>
        <translation>⚠ Offline behaltene Fälle und Fälle, die gerade gesendet werden, überschreiten die Grenze und werden nie entfernt: Behalten Sie Fälle, die Sie nicht mehr brauchen, nicht länger offline.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this computer: it was removed from your devices on another of your computers. Cases already here stay readable.</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>%1 akzeptiert diesen Computer nicht mehr: Er wurde auf einem Ihrer anderen Computer aus Ihren Geräten entfernt. Fälle, die bereits hier sind, bleiben lesbar.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection; sync resumes by itself.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung; die Synchronisierung setzt von selbst wieder ein.</translation>
    </message>
    <message>
        <source>Not in sync with %1: %2</source>
        <extracomment>%1 is the relay&apos;s address, %2 its exact error.</extracomment>
        <translation>Nicht synchron mit %1: %2</translation>
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
    <message>
        <source>End-to-end encrypted sync through the relay %1. The relay never sees the content.</source>
        <extracomment>Tooltip of the sync indicator; %1 is the relay&apos;s address.</extracomment>
        <translation>Ende-zu-Ende-verschlüsselte Synchronisierung über das Relay %1. Das Relay sieht die Inhalte nie.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip of the sync indicator when offline; %1 is the reason.</extracomment>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Sending “%1” · %2 %</source>
        <extracomment>Status bar while a published case goes to the relay; %1 its title, %2 the percentage of the whole case (images and messages).</extracomment>
        <translation>„%1“ wird gesendet · %2 %</translation>
    </message>
    <message>
        <source>Online — %1</source>
        <extracomment>Status bar: connected to the relay; %1 what is still being sent (&quot;2 cases waiting&quot;).</extracomment>
        <translation>Online — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: the relay cannot be reached, nothing is waiting to be sent.</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <extracomment>Status bar: the relay cannot be reached; %1 what is kept to be sent later (&quot;2 cases waiting&quot;).</extracomment>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>%1 and %2 waiting</source>
        <extracomment>Status bar: %1 &quot;2 cases&quot;, %2 &quot;1 other change&quot; (comments and the like).</extracomment>
        <translation>%1 und %2 warten</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <extracomment>Comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n weitere Änderung</numerusform>
            <numerusform>%n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting</source>
        <extracomment>Status bar: published cases still to be sent.</extracomment>
        <translation>
            <numerusform>%n Fall wartet</numerusform>
            <numerusform>%n Fälle warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <extracomment>Status bar: comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not syncing · removed from your devices</source>
        <extracomment>Status bar: this computer was removed from the profile&apos;s devices, so it no longer syncs.</extracomment>
        <translation>Keine Synchronisierung · aus Ihren Geräten entfernt</translation>
    </message>
    <message>
        <source>The relay no longer accepts this computer: it was removed from your devices on another of your computers. The cases already here stay readable, but nothing new arrives and nothing is sent from here. To sync on this computer again, link it as a new device from one of your other computers (Devices › Link New Device…).</source>
        <extracomment>Tooltip of the sync indicator on a computer removed from the profile&apos;s devices.</extracomment>
        <translation>Das Relay akzeptiert diesen Computer nicht mehr: Er wurde auf einem Ihrer anderen Computer aus Ihren Geräten entfernt. Fälle, die bereits hier sind, bleiben lesbar, aber nichts Neues kommt an und nichts wird von hier gesendet. Um diesen Computer wieder zu synchronisieren, verknüpfen Sie ihn von einem Ihrer anderen Computer aus als neues Gerät (Geräte › Neues Gerät verknüpfen…).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>Tooltip of the sync indicator: the exact error, for whoever runs the relay.</extracomment>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncWorker</name>
    <message>
        <source>This profile does not sync with a relay, so contacts cannot be fetched or told about changes.</source>
        <extracomment>Shown when adding a contact or changing a group in a profile that has no relay to sync with.</extracomment>
        <translation>Dieses Profil synchronisiert mit keinem Relay; Kontakte können weder abgerufen noch über Änderungen informiert werden.</translation>
    </message>
    <message>
        <source>This is your own invitation code: give it to a colleague, and paste theirs here.</source>
        <translation>Das ist Ihr eigener Einladungscode: Geben Sie ihn weiter und fügen Sie hier den Ihres Gegenübers ein.</translation>
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
    <message>
        <source>Forgot passphrase? Use recovery key</source>
        <translation>Passphrase vergessen? Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Open this profile with the recovery key shown when it was created, and choose a new passphrase</source>
        <translation>Dieses Profil mit dem beim Anlegen angezeigten Wiederherstellungsschlüssel öffnen und eine neue Passphrase wählen</translation>
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
