<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>consilium::ui::AddCaseMembersDialog</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the Add People dialog: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::AudiencePage</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the audience list: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseImageStrip</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <extracomment>Under an image preview on the case page: how many images the group holds.</extracomment>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>Last tile of the case page&apos;s previews when the case has more groups than tiles.</extracomment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseMembersPanel</name>
    <message numerus="yes">
        <source>Shared with (%n)</source>
        <extracomment>%n is how many people can read the case.</extracomment>
        <translation>
            <numerusform>Shared with (%n)</numerusform>
            <numerusform>Shared with (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case is now shared with %n more person(s).</source>
        <extracomment>%n is how many people the case was shared with.</extracomment>
        <translation>
            <numerusform>The case is now shared with %n more person.</numerusform>
            <numerusform>The case is now shared with %n more people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDetail</name>
    <message numerus="yes">
        <source>Credential checked against your verifier · %n device(s)</source>
        <extracomment>On a contact&apos;s page; %n is how many devices the contact uses.</extracomment>
        <translation>
            <numerusform>Credential checked against your verifier · %n device</numerusform>
            <numerusform>Credential checked against your verifier · %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::DeidPage</name>
    <message numerus="yes">
        <source>%n image(s) could not be de-identified. Go back and untick them to continue.</source>
        <extracomment>%n files could not be de-identified.</extracomment>
        <translation>
            <numerusform>%n image could not be de-identified. Go back and untick it to continue.</numerusform>
            <numerusform>%n images could not be de-identified. Go back and untick them to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) de-identified</source>
        <extracomment>Summary after de-identification, first part.</extracomment>
        <translation>
            <numerusform>%n image de-identified</numerusform>
            <numerusform>%n images de-identified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text region(s) blacked out</source>
        <extracomment>Summary after de-identification, second part.</extracomment>
        <translation>
            <numerusform>%n text region blacked out</numerusform>
            <numerusform>%n text regions blacked out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residual risk(s) to check</source>
        <extracomment>Summary after de-identification, third part.</extracomment>
        <translation>
            <numerusform>%n residual risk to check</numerusform>
            <numerusform>%n residual risks to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorWindow</name>
    <message numerus="yes">
        <source>%n region(s) will be burned into the pixels of the copy. This cannot be undone in the exported file.</source>
        <translation>
            <numerusform>%n region will be burned into the pixels of the copy. This cannot be undone in the exported file.</numerusform>
            <numerusform>%n regions will be burned into the pixels of the copy. This cannot be undone in the exported file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::GroupsPage</name>
    <message numerus="yes">
        <source>%1
%n member(s)</source>
        <extracomment>A group in the list: its name, then how many members it has.</extracomment>
        <translation>
            <numerusform>%1
%n member</numerusform>
            <numerusform>%1
%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed. %n shared case(s) moved to a new key.</source>
        <extracomment>%n is how many shared cases moved to a new key.</extracomment>
        <translation>
            <numerusform>Removed. %n shared case moved to a new key.</numerusform>
            <numerusform>Removed. %n shared cases moved to a new key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change is recorded in %n shared case(s), under a new key.</source>
        <translation>
            <numerusform>The change is recorded in %n shared case, under a new key.</numerusform>
            <numerusform>The change is recorded in %n shared cases, under a new key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::LinkDeviceDialog</name>
    <message numerus="yes">
        <source>Sending the history of %n case(s) to the new device… %1 item(s) left.</source>
        <extracomment>%n cases; %1 is the number of items still to upload.</extracomment>
        <translation>
            <numerusform>Sending the history of %n case to the new device… %1 left to upload.</numerusform>
            <numerusform>Sending the history of %n cases to the new device… %1 left to upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of %n case(s) is at the relay: the new device receives it as it joins.</source>
        <translation>
            <numerusform>The history of %n case is at the relay: the new device receives it as it joins.</numerusform>
            <numerusform>The history of %n cases is at the relay: the new device receives it as it joins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::Notifier</name>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <extracomment>Notification text; %n new cases arrived.</extracomment>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <extracomment>Notification text; %n new comments arrived.</extracomment>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::OutboxPage</name>
    <message numerus="yes">
        <source>The relay cannot be reached: %n case(s) wait and will be sent when the connection is back.</source>
        <extracomment>Outbox summary while the relay cannot be reached; %n cases wait.</extracomment>
        <translation>
            <numerusform>The relay cannot be reached: %n case waits and will be sent when the connection is back.</numerusform>
            <numerusform>The relay cannot be reached: %n cases wait and will be sent when the connection is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) on their way to the relay.</source>
        <translation>
            <numerusform>%n case on its way to the relay.</numerusform>
            <numerusform>%n cases on their way to the relay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer was removed from your devices, so the relay refuses it: %n case(s) stay here and cannot be sent from this computer.</source>
        <extracomment>Outbox summary on a computer removed from the profile&apos;s devices; %n cases are kept here.</extracomment>
        <translation>
            <numerusform>This computer was removed from your devices, so the relay refuses it: %n case stays here and cannot be sent from this computer.</numerusform>
            <numerusform>This computer was removed from your devices, so the relay refuses it: %n cases stay here and cannot be sent from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::PropertiesPanel</name>
    <message numerus="yes">
        <source>%n annotation(s) selected</source>
        <extracomment>Heading of the properties panel with several annotations selected.</extracomment>
        <translation>
            <numerusform>%n annotation selected</numerusform>
            <numerusform>%n annotations selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::PublishPage</name>
    <message numerus="yes">
        <source>%n colleague(s) you chose</source>
        <translation>
            <numerusform>%n colleague you chose</numerusform>
            <numerusform>%n colleagues you chose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n de-identified image(s)</source>
        <translation>
            <numerusform>%n de-identified image</numerusform>
            <numerusform>%n de-identified images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation layer(s)</source>
        <translation>
            <numerusform>%n annotation layer</numerusform>
            <numerusform>%n annotation layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyDialog</name>
    <message numerus="yes">
        <source>Too many wrong passphrases: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases: try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionPanel</name>
    <message numerus="yes">
        <source>%n region(s) will be redacted on export.</source>
        <extracomment>Status under the redaction review: how many regions the export will burn in.</extracomment>
        <translation>
            <numerusform>%n region will be redacted on export.</numerusform>
            <numerusform>%n regions will be redacted on export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) proposed: accept or reject each.</source>
        <extracomment>Status after detection: regions proposed for review.</extracomment>
        <translation>
            <numerusform>%n region proposed: accept or reject each.</numerusform>
            <numerusform>%n regions proposed: accept or reject each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RemoveDeviceDialog</name>
    <message numerus="yes">
        <source>%n case(s) moved to a new key that it does not have; your colleagues are told as they sync.</source>
        <translation>
            <numerusform>%n case moved to a new key that it does not have; your colleagues are told as they sync.</numerusform>
            <numerusform>%n cases moved to a new key that it does not have; your colleagues are told as they sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were never shared with this computer: remove the device from another of your computers too to cover them.</source>
        <translation>
            <numerusform>%n case was never shared with this computer: remove the device from another of your computers too to cover it.</numerusform>
            <numerusform>%n cases were never shared with this computer: remove the device from another of your computers too to cover them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchPage</name>
    <message numerus="yes">
        <source>The %n most recent results</source>
        <translation>
            <numerusform>The most recent result</numerusform>
            <numerusform>The %n most recent results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SelectPage</name>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out:</source>
        <extracomment>Above the list of files that could not be read; %n is how many.</extracomment>
        <translation>
            <numerusform>%n file could not be read and is left out:</numerusform>
            <numerusform>%n files could not be read and are left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) chosen</source>
        <extracomment>How many images are chosen for the case.</extracomment>
        <translation>
            <numerusform>%n image chosen</numerusform>
            <numerusform>%n images chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncPage</name>
    <message numerus="yes">
        <source>The images of %n case(s) (%1) were removed to respect the limit; they are downloaded again when opened.</source>
        <translation>
            <numerusform>The images of %n case (%1) were removed to respect the limit; they are downloaded again when it is opened.</numerusform>
            <numerusform>The images of %n cases (%1) were removed to respect the limit; they are downloaded again when opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <extracomment>Comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting</source>
        <extracomment>Status bar: published cases still to be sent.</extracomment>
        <translation>
            <numerusform>%n case waiting</numerusform>
            <numerusform>%n cases waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <extracomment>Status bar: comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagBrowser</name>
    <message numerus="yes">
        <source>%1 · %n attribute(s)</source>
        <extracomment>Tag browser status line: the file shown and how many top-level attributes it has.</extracomment>
        <translation>
            <numerusform>%1 · %n attribute</numerusform>
            <numerusform>%1 · %n attributes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagTreeModel</name>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <extracomment>Tag browser: how many attributes an item of a sequence holds.</extracomment>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Tag browser: value column of a sequence; %n is how many items it has.</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
