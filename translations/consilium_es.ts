<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Avoid common words, your name, repeats and sequences like 1234.</source>
        <translation>Evite palabras comunes, su nombre, repeticiones y secuencias como 1234.</translation>
    </message>
    <message>
        <source>Make it longer: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Hágala más larga: cuatro o cinco palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyField</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>This recovery key has a typo: check each group of four characters.</source>
        <translation>Esta clave de recuperación tiene un error tipográfico: revise cada grupo de cuatro caracteres.</translation>
    </message>
</context>
<context>
    <name>RelativeAge</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Brain</source>
        <extracomment>CT window preset (Hounsfield units 40/80)</extracomment>
        <translation>Cerebro</translation>
    </message>
    <message>
        <source>Subdural</source>
        <extracomment>CT window preset for subdural haematoma (75/215)</extracomment>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <extracomment>CT window preset for acute ischaemic stroke (40/40)</extracomment>
        <translation>Ictus</translation>
    </message>
    <message>
        <source>Lung</source>
        <extracomment>CT window preset (-600/1500)</extracomment>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <extracomment>CT window preset (50/350)</extracomment>
        <translation>Mediastino</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <extracomment>CT window preset for abdominal soft tissue (60/400)</extracomment>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <extracomment>CT window preset (60/160)</extracomment>
        <translation>Hígado</translation>
    </message>
    <message>
        <source>Bone</source>
        <extracomment>CT window preset (400/1800)</extracomment>
        <translation>Hueso</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>Title of the About dialog; %1 is the product name, &quot;Consilium&quot;.</extracomment>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Private, end-to-end encrypted review of clinical cases with your colleagues.</source>
        <translation>Revisión privada de casos clínicos con sus colegas, cifrada de extremo a extremo.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version the application was built with, %2 the one it runs on.</extracomment>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>In the About dialog; %1 is a version number such as 0.1.0.</extracomment>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <extracomment>Rich text; keep the link markup and translate only the words.</extracomment>
        <translation>Publicado bajo la &lt;a href=&quot;%1&quot;&gt;Licencia Apache, versión 2.0&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AddCaseMembersDialog</name>
    <message>
        <source>Add People to “%1”</source>
        <extracomment>Title of the dialog that shares a case with more colleagues; %1 is the case&apos;s title.</extracomment>
        <translation>Añadir personas a «%1»</translation>
    </message>
    <message>
        <source>The people you add get this case&apos;s text, images and discussion so far, and everything that follows. They join as members: they can read and comment, but not add or remove anyone.</source>
        <translation>Las personas que añada reciben el texto, las imágenes y la discusión de este caso hasta ahora, y todo lo que siga. Se incorporan como miembros: pueden leer y comentar, pero no añadir ni retirar a nadie.</translation>
    </message>
    <message>
        <source>&amp;Colleagues:</source>
        <translation>&amp;Colegas:</translation>
    </message>
    <message>
        <source>Everyone in a &amp;group:</source>
        <translation>Todos los miembros de un &amp;grupo:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the Add People dialog, when the profile has no groups.</extracomment>
        <translation>Todavía no hay grupos</translation>
    </message>
    <message>
        <source>&amp;Select Members</source>
        <extracomment>Ticks every member of the chosen group in the list above.</extracomment>
        <translation>&amp;Seleccionar miembros</translation>
    </message>
    <message>
        <source>Tick every contact who belongs to the chosen group</source>
        <translation>Marcar cada contacto que pertenece al grupo elegido</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>already has access</source>
        <translation>ya tiene acceso</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the Add People dialog: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share the case with the ticked colleagues</source>
        <translation>Compartir el caso con los colegas marcados</translation>
    </message>
    <message>
        <source>Tick at least one colleague who does not have access yet</source>
        <translation>Marque al menos un colega que aún no tenga acceso</translation>
    </message>
    <message>
        <source>Sharing the case…</source>
        <translation>Compartiendo el caso…</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>The case could not be shared with the chosen people; %1 says why.</extracomment>
        <translation>No se añadió a nadie: %1</translation>
    </message>
    <message>
        <source>Everyone in this group is ticked already, has access, or is not among your contacts.</source>
        <translation>Todos los miembros de este grupo ya están marcados, ya tienen acceso o no están entre sus contactos.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Paste the invitation code a colleague gave you, or open the invitation file they sent. Their credential is then checked against your verifier.</source>
        <translation>Pegue el código de invitación que le dio un colega o abra el archivo de invitación que le envió. Su credencial se comprueba entonces con su verificador.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>&amp;Open Invitation File…</source>
        <translation>&amp;Abrir archivo de invitación…</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot add contacts.</source>
        <translation>Este perfil no se sincroniza con ningún relé, así que no puede añadir contactos.</translation>
    </message>
    <message>
        <source>This code cannot be used: %1</source>
        <extracomment>%1 is the technical reason, e.g. &quot;invitation: expired on 2026-01-02 10:00 UTC&quot;.</extracomment>
        <translation>Este código no se puede usar: %1</translation>
    </message>
    <message>
        <source>Invitation from %1 (%2), valid until %3.</source>
        <extracomment>%1 name, %2 profession, %3 the date and time the invitation expires.</extracomment>
        <translation>Invitación de %1 (%2), válida hasta el %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an invitation file (it is too large).</source>
        <translation>%1 no es un archivo de invitación (es demasiado grande).</translation>
    </message>
    <message>
        <source>Open Invitation</source>
        <translation>Abrir invitación</translation>
    </message>
    <message>
        <source>Invitations (*.consilium-invite *.txt);;All files (*)</source>
        <translation>Invitaciones (*.consilium-invite *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Fetching and checking the colleague&apos;s credential and devices…</source>
        <translation>Obteniendo y comprobando la credencial y los dispositivos del colega…</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AnnotationCommands</name>
    <message>
        <source>Add Annotation</source>
        <extracomment>Undo/redo menu entry: a new annotation was drawn (&quot;Undo Add Annotation&quot;).</extracomment>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>Add Annotations</source>
        <translation>Añadir anotaciones</translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <extracomment>Undo/redo menu entry: annotations were deleted.</extracomment>
        <translation>Eliminar anotaciones</translation>
    </message>
    <message>
        <source>Move Annotations</source>
        <extracomment>Undo/redo menu entry: annotations were dragged to another place.</extracomment>
        <translation>Mover anotaciones</translation>
    </message>
    <message>
        <source>Resize Annotation</source>
        <translation>Redimensionar anotación</translation>
    </message>
    <message>
        <source>Change Style</source>
        <extracomment>Undo/redo menu entry: colour, line width or font size of annotations changed.</extracomment>
        <translation>Cambiar estilo</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <extracomment>Undo/redo menu entry: the image was calibrated by a line of known length.</extracomment>
        <translation>Calibrar</translation>
    </message>
    <message>
        <source>Clear Calibration</source>
        <translation>Borrar calibración</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AppearancePage</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The language changes the next time Consilium starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Consilium.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new cases and comments</source>
        <translation>&amp;Avisarme de casos y comentarios nuevos</translation>
    </message>
    <message>
        <source>When the window is in the background: a message from the system tray and the number of new items in the window title</source>
        <translation>Cuando la ventana está en segundo plano: un mensaje en la bandeja del sistema y el número de novedades en el título de la ventana</translation>
    </message>
    <message>
        <source>The number of unread cases beside Feed is shown either way.</source>
        <translation>El número de casos no leídos junto a Novedades se muestra en cualquier caso.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>consilium::ui::AudiencePage</name>
    <message>
        <source>Choose the Audience</source>
        <extracomment>Title of the publish wizard&apos;s step where the readers are chosen.</extracomment>
        <translation>Elegir los destinatarios</translation>
    </message>
    <message>
        <source>The case is encrypted for its readers&apos; devices only; the relay never sees its content.</source>
        <translation>El caso se cifra solo para los dispositivos de sus lectores; el relé nunca ve su contenido.</translation>
    </message>
    <message>
        <source>&amp;Private — only me, on my devices</source>
        <extracomment>Audience choice: nobody but the author.</extracomment>
        <translation>&amp;Privado: solo yo, en mis dispositivos</translation>
    </message>
    <message>
        <source>Chosen &amp;colleagues:</source>
        <translation>&amp;Colegas elegidos:</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>Un &amp;grupo:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>No relay is set up for this profile: the case will be kept on this computer only, private to you.</source>
        <extracomment>Shown on the audience step when the profile has no relay.</extracomment>
        <translation>Este perfil no tiene relé configurado: el caso se guardará solo en este ordenador, privado para usted.</translation>
    </message>
    <message>
        <source>Only colleagues you added as contacts can be chosen. Each reader&apos;s devices get the case&apos;s key; nobody else can read it.</source>
        <translation>Solo se pueden elegir los colegas añadidos como contactos. Los dispositivos de cada lector reciben la clave del caso; nadie más puede leerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A group in the audience list: %1 its name, %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Images of this case</source>
        <extracomment>Accessible name of the case page&apos;s row of image previews.</extracomment>
        <translation>Imágenes de este caso</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <extracomment>Under an image preview on the case page: how many images the group holds.</extracomment>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2. Opens the viewer.</source>
        <extracomment>Accessible name of an image preview; %1 its label, %2 &quot;3 images&quot;.</extracomment>
        <translation>%1, %2. Abre el visor.</translation>
    </message>
    <message>
        <source>Not on this computer: the images are downloaded again from the relay.</source>
        <translation>No está en este ordenador: las imágenes se vuelven a descargar del relé.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>Last tile of the case page&apos;s previews when the case has more groups than tiles.</extracomment>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 groups of images more. Opens the viewer.</source>
        <translation>%1 grupos de imágenes más. Abre el visor.</translation>
    </message>
    <message>
        <source>Open the case&apos;s images in the viewer (Ctrl+I)</source>
        <translation>Abrir las imágenes del caso en el visor (Ctrl+I)</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <extracomment>Tooltip of an image preview that could not be made; %1 the reason.</extracomment>
        <translation>Sin vista previa: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CaseMembersPanel</name>
    <message>
        <source>You</source>
        <extracomment>This profile in the list of people a case is shared with.</extracomment>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Unknown colleague (%1)</source>
        <extracomment>A case member this profile knows nothing about; %1 the start of their identity key.</extracomment>
        <translation>Colega desconocido (%1)</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>A case member&apos;s role.</extracomment>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Shared with</source>
        <extracomment>Heading of the case page&apos;s list of the people who can read the case.</extracomment>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>People who can read this case</source>
        <extracomment>Accessible name of the list of people a case is shared with.</extracomment>
        <translation>Personas que pueden leer este caso</translation>
    </message>
    <message>
        <source>&amp;Add People…</source>
        <extracomment>Opens the dialog that shares the case with more colleagues.</extracomment>
        <translation>&amp;Añadir personas…</translation>
    </message>
    <message>
        <source>Re&amp;move from Case…</source>
        <extracomment>Removes the selected person from the case (after a confirmation).</extracomment>
        <translation>&amp;Retirar del caso…</translation>
    </message>
    <message>
        <source>Who can read the case could not be read: %1</source>
        <translation>No se pudo leer quién puede ver el caso: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible description of a case member: %1 name, %2 role.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>%1 · safety number verified</source>
        <translation>%1 · número de seguridad verificado</translation>
    </message>
    <message numerus="yes">
        <source>Shared with (%n)</source>
        <extracomment>%n is how many people can read the case.</extracomment>
        <translation>
            <numerusform>Compartido con (%n)</numerusform>
            <numerusform>Compartido con (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only on this computer — this case was never shared, so nobody else can read it.</source>
        <extracomment>A case that was never sent to anyone.</extracomment>
        <translation>Solo en este ordenador: este caso nunca se ha compartido, así que nadie más puede leerlo.</translation>
    </message>
    <message>
        <source>You are no longer a member of this case: you keep what arrived before, but nothing new reaches you.</source>
        <translation>Ya no es miembro de este caso: conserva lo que llegó antes, pero no le llega nada nuevo.</translation>
    </message>
    <message>
        <source>Only you, on your devices.</source>
        <translation>Solo usted, en sus dispositivos.</translation>
    </message>
    <message>
        <source>Reading who can see this case…</source>
        <translation>Leyendo quién puede ver este caso…</translation>
    </message>
    <message>
        <source>This case is kept on this computer only; publish a new case to share one.</source>
        <translation>Este caso se guarda solo en este ordenador; publique un caso nuevo para compartir.</translation>
    </message>
    <message>
        <source>You are no longer a member of this case.</source>
        <translation>Ya no es miembro de este caso.</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can add people; you are a member.</source>
        <translation>Solo el propietario del caso o un administrador puede añadir personas; usted es miembro.</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so nobody can be added.</source>
        <translation>Este perfil no se sincroniza con ningún relé, así que no se puede añadir a nadie.</translation>
    </message>
    <message>
        <source>A change is being made…</source>
        <translation>Se está realizando un cambio…</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can remove people; you are a member.</source>
        <translation>Solo el propietario del caso o un administrador puede retirar personas; usted es miembro.</translation>
    </message>
    <message>
        <source>Select the person to remove.</source>
        <translation>Seleccione la persona que desea retirar.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from a case here.</source>
        <translation>Aquí no puede retirarse a sí mismo de un caso.</translation>
    </message>
    <message>
        <source>The case&apos;s owner cannot be removed.</source>
        <translation>El propietario del caso no se puede retirar.</translation>
    </message>
    <message>
        <source>Share this case with more colleagues: they get everything so far and what follows</source>
        <translation>Compartir este caso con más colegas: reciben todo lo anterior y lo que siga</translation>
    </message>
    <message>
        <source>Stop sharing this case with the selected person (Delete)</source>
        <translation>Dejar de compartir este caso con la persona seleccionada (Supr)</translation>
    </message>
    <message numerus="yes">
        <source>The case is now shared with %n more person(s).</source>
        <extracomment>%n is how many people the case was shared with.</extracomment>
        <translation>
            <numerusform>El caso se comparte ahora con %n persona más.</numerusform>
            <numerusform>El caso se comparte ahora con %n personas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Case</source>
        <translation>Retirar del caso</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>¿Retirar a %1 de «%2»?</translation>
    </message>
    <message>
        <source>%1 keeps what they already downloaded — the case as it is now, its images and the discussion so far. The case moves to a new key that %1 does not get: nothing written or added from now on reaches them.</source>
        <translation>%1 conserva lo que ya descargó: el caso tal como está, sus imágenes y la discusión hasta ahora. El caso pasa a una clave nueva que %1 no recibe: nada de lo que se escriba o añada a partir de ahora le llegará.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <extracomment>%1 a person, %2 why they could not be removed from the case.</extracomment>
        <translation>No se retiró a %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the case; what is written from now on does not reach them.</source>
        <translation>Se retiró a %1 del caso; lo que se escriba a partir de ahora no le llegará.</translation>
    </message>
    <message>
        <source>Shared with you by its author; who else can read it is not recorded on this computer.</source>
        <extracomment>A colleague&apos;s case that came without its list of readers (e.g. the offline demo).</extracomment>
        <translation>Compartido con usted por su autor; en este ordenador no consta quién más puede leerlo.</translation>
    </message>
    <message>
        <source>Only the case&apos;s owner or an admin can add people.</source>
        <translation>Solo el propietario del caso o un administrador puede añadir personas.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CasePage</name>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Be notified of new comments on this case</source>
        <translation>Recibir avisos de nuevos comentarios en este caso</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Guardar sin conexión</translation>
    </message>
    <message>
        <source>Keep this case and its images on this computer for offline reading</source>
        <translation>Guardar este caso y sus imágenes en este equipo para leerlos sin conexión</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Pregunta clínica</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar respuesta</translation>
    </message>
    <message>
        <source>Add to the discussion… (Ctrl+Enter to post)</source>
        <translation>Aporte a la discusión… (Ctrl+Intro para publicar)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Post the comment to everyone who can read this case (Ctrl+Enter)</source>
        <translation>Publicar el comentario para todos los que pueden leer este caso (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>No se pudo leer el caso: %1</translation>
    </message>
    <message>
        <source>This case is no longer available</source>
        <translation>Este caso ya no está disponible</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>un autor desconocido</translation>
    </message>
    <message>
        <source>Shared by %1 · %2</source>
        <translation>Compartido por %1 · %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Discussion (%1)</source>
        <translation>Discusión (%1)</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>No se pudo guardar el comentario: %1</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>usted mismo</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>Ver imágenes</translation>
    </message>
    <message>
        <source>Open the case&apos;s images in the viewer (Ctrl+I)</source>
        <translation>Abrir las imágenes del caso en el visor (Ctrl+I)</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Sin imágenes</translation>
    </message>
    <message>
        <source>View images (%1)</source>
        <translation>Ver imágenes (%1)</translation>
    </message>
    <message>
        <source>No private temporary folder for the case&apos;s images: %1</source>
        <translation>No hay una carpeta temporal privada para las imágenes del caso: %1</translation>
    </message>
    <message>
        <source>The case&apos;s images could not be opened: %1</source>
        <translation>No se pudieron abrir las imágenes del caso: %1</translation>
    </message>
    <message>
        <source>Ctrl+H: mark the selected comment helpful · Ctrl+R: reply to it</source>
        <translation>Ctrl+H: marcar como útil el comentario seleccionado · Ctrl+R: responderlo</translation>
    </message>
    <message>
        <source>← Back</source>
        <extracomment>Leaves the case for the list it was opened from (feed, my cases, offline, search).</extracomment>
        <translation>← Volver</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Volver a la lista (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay.</source>
        <translation>Este perfil no se sincroniza con ningún relé.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. Check the network connection, then try again.</source>
        <translation>No se puede contactar con el relé. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase protects this profile from now on. Your cases stay as they are; only the key that opens them is wrapped again.</source>
        <translation>La nueva frase de contraseña protege este perfil a partir de ahora. Sus casos no cambian; solo se vuelve a cifrar la clave que los abre.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña act&amp;ual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Inténtelo de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>Cambiando la frase de contraseña… tarda unos segundos.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>La nueva frase de contraseña es la actual.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CommentDelegate</name>
    <message>
        <source>Helpful ✓</source>
        <translation>Útil ✓</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Útil</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconocido</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CommentThreadModel</name>
    <message>
        <source>%1 wrote: %2</source>
        <extracomment>Read by screen readers for one comment: author, then the comment&apos;s text.</extracomment>
        <translation>%1 escribió: %2</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconocido</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeDraft</name>
    <message>
        <source>Untitled case</source>
        <extracomment>Name of a draft case that has no title yet.</extracomment>
        <translation>Caso sin título</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeSession</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>Shown when a draft could not be saved; %1 says why.</extracomment>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>“%1” has not been de-identified.</source>
        <translation>«%1» no se ha desidentificado.</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <extracomment>Label of an image&apos;s annotation layer in a published case; %1 is the image&apos;s label.</extracomment>
        <translation>Anotaciones: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ComposeWizard</name>
    <message>
        <source>New Case</source>
        <extracomment>Title of the publish wizard&apos;s window.</extracomment>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Cancel button of the publish wizard: the draft is kept.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <extracomment>A draft could not be opened; %1 says why.</extracomment>
        <translation>El borrador ya no existe.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step in the wizard&apos;s side list: %1 its number, %2 its title. The current one is bold.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>New Case — %1</source>
        <translation>Nuevo caso — %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactChecklist</name>
    <message>
        <source>Colleagues</source>
        <extracomment>Accessible name of the list of contacts to share with.</extracomment>
        <translation>Colegas</translation>
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
        <translation>Verificado</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <extracomment>Placeholder entry when the profile has no contacts.</extracomment>
        <translation>Todavía no hay contactos</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDelegate</name>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ContactDetail</name>
    <message>
        <source>Safety number</source>
        <extracomment>Heading of the contact page&apos;s section with the 60-digit number both people compare.</extracomment>
        <translation>Número de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Credential checked against your verifier · %n device(s)</source>
        <extracomment>On a contact&apos;s page; %n is how many devices the contact uses.</extracomment>
        <translation>
            <numerusform>Credencial comprobada con su verificador · %n dispositivo</numerusform>
            <numerusform>Credencial comprobada con su verificador · %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare these 60 digits with %1 in person or on a call you trust, or scan each other&apos;s code. If they match on both screens, your conversations are with %1&apos;s own keys and no one else&apos;s.</source>
        <extracomment>%1 is the contact&apos;s name.</extracomment>
        <translation>Compare estas 60 cifras con %1 en persona o en una llamada de confianza, o escaneen mutuamente sus códigos. Si coinciden en ambas pantallas, sus conversaciones usan las claves de %1 y de nadie más.</translation>
    </message>
    <message>
        <source>✓ You have verified %1&apos;s safety number.</source>
        <translation>✓ Ha verificado el número de seguridad de %1.</translation>
    </message>
    <message>
        <source>&amp;Clear Verification</source>
        <translation>&amp;Quitar la verificación</translation>
    </message>
    <message>
        <source>Mark the safety number as not compared</source>
        <translation>Marcar el número de seguridad como no comparado</translation>
    </message>
    <message>
        <source>Not verified yet. Mark it as verified only after the numbers matched.</source>
        <translation>Aún no verificado. Márquelo como verificado solo después de comprobar que los números coinciden.</translation>
    </message>
    <message>
        <source>&amp;Mark as Verified</source>
        <translation>&amp;Marcar como verificado</translation>
    </message>
    <message>
        <source>Record that you compared the safety number with %1</source>
        <translation>Registrar que ha comparado el número de seguridad con %1</translation>
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
        <translation>número de seguridad comparado</translation>
    </message>
    <message>
        <source>safety number not compared yet</source>
        <translation>número de seguridad aún no comparado</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialImportDialog</name>
    <message>
        <source>Import Clinician Credential</source>
        <translation>Importar credencial profesional</translation>
    </message>
    <message>
        <source>Choose the credential file your verifier issued for this profile. It is checked before anything is kept.</source>
        <translation>Elija el archivo de credencial que su verificador emitió para este perfil. Se comprueba antes de guardar nada.</translation>
    </message>
    <message>
        <source>Import Credential</source>
        <translation>Importar credencial</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialImportPanel</name>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Credential file</source>
        <translation>Archivo de credencial</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>The credential file your verifier issued (.cred)</source>
        <translation>El archivo de credencial emitido por su verificador (.cred)</translation>
    </message>
    <message>
        <source>Choose &amp;Verifier…</source>
        <translation>Elegir &amp;verificador…</translation>
    </message>
    <message>
        <source>The verifier&apos;s folder, with its public key (verifier.pub) and revocation list (revocations.cbor)</source>
        <translation>La carpeta del verificador, con su clave pública (verifier.pub) y su lista de revocación (revocations.cbor)</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Credencial:</translation>
    </message>
    <message>
        <source>Verifier:</source>
        <translation>Verificador:</translation>
    </message>
    <message>
        <source>Open Credential</source>
        <translation>Abrir credencial</translation>
    </message>
    <message>
        <source>Credentials (*.cred);;All files (*)</source>
        <translation>Credenciales (*.cred);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the Verifier&apos;s Folder</source>
        <translation>Elegir la carpeta del verificador</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>No se pudo leer el perfil: %1</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message>
        <source>This folder holds no usable verifier: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Esta carpeta no contiene ningún verificador utilizable: %1</translation>
    </message>
    <message>
        <source>The verifier this profile trusts (%1…)</source>
        <extracomment>%1 is the start of the verifier&apos;s key in hexadecimal.</extracomment>
        <translation>El verificador en el que confía este perfil (%1…)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no elegido</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>Profesión:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Especialidad:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Jurisdicción:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válida hasta:</translation>
    </message>
    <message>
        <source>Open the profile first.</source>
        <translation>Abra primero el perfil.</translation>
    </message>
    <message>
        <source>Choose the folder of the verifier that issued this credential.</source>
        <translation>Elija la carpeta del verificador que emitió esta credencial.</translation>
    </message>
    <message>
        <source>This file is not a valid credential, or its signature does not match its content (it may have been altered).</source>
        <translation>Este archivo no es una credencial válida o su firma no coincide con su contenido (puede haber sido alterado).</translation>
    </message>
    <message>
        <source>This credential was issued to another identity, not to this profile.</source>
        <translation>Esta credencial se emitió para otra identidad, no para este perfil.</translation>
    </message>
    <message>
        <source>This credential was signed by another verifier than the one this profile trusts.</source>
        <translation>Esta credencial la firmó un verificador distinto del que usa este perfil.</translation>
    </message>
    <message>
        <source>This credential was not signed by the chosen verifier.</source>
        <translation>Esta credencial no la firmó el verificador elegido.</translation>
    </message>
    <message>
        <source>The verifier&apos;s revocation list is not signed by the verifier.</source>
        <translation>La lista de revocación no está firmada por el verificador.</translation>
    </message>
    <message>
        <source>This credential has been revoked by its verifier.</source>
        <translation>Esta credencial ha sido revocada por su verificador.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Esta credencial caducó el %1.</translation>
    </message>
    <message>
        <source>This credential is not valid before %1.</source>
        <translation>Esta credencial no es válida antes del %1.</translation>
    </message>
    <message>
        <source>✓ Signed by the verifier and issued to this profile. Colleagues will see you as verified.</source>
        <translation>✓ Firmada por el verificador y emitida para este perfil. Sus colegas le verán como verificado.</translation>
    </message>
    <message>
        <source>The credential was not kept: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>No se guardó la credencial: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::CredentialStepPage</name>
    <message>
        <source>Add your clinician credential</source>
        <translation>Añada su credencial profesional</translation>
    </message>
    <message>
        <source>A verifier checked your licence and issued a credential file for this profile. With it, colleagues see a verified badge beside your name and your cases. You can also add it later from the File menu.</source>
        <translation>Un verificador comprobó su colegiación y emitió un archivo de credencial para este perfil. Con él, sus colegas ven una insignia de verificado junto a su nombre y sus casos. También puede añadirlo más tarde desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Skip for Now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Import Credential</source>
        <translation>Importar credencial</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DeidPage</name>
    <message>
        <source>De-identify</source>
        <extracomment>Title of the publish wizard&apos;s de-identification step.</extracomment>
        <translation>Desidentificar</translation>
    </message>
    <message>
        <source>Patient information is removed from the headers and burned-in text is found by OCR and blacked out. Check the report before you continue.</source>
        <translation>Se eliminan los datos del paciente de las cabeceras y el texto incrustado, detectado por OCR, se tapa. Revise el informe antes de continuar.</translation>
    </message>
    <message>
        <source>Profile: DICOM PS3.15 Annex E Basic Application Level Confidentiality, with</source>
        <extracomment>Heading of the de-identification profile summary; the options follow as a list.</extracomment>
        <translation>Perfil: DICOM PS3.15 anexo E, confidencialidad básica a nivel de aplicación, con</translation>
    </message>
    <message>
        <source>Burned-in text found by OCR is blacked out</source>
        <translation>El texto incrustado detectado por OCR se tapa</translation>
    </message>
    <message>
        <source>De-identification report</source>
        <extracomment>Accessible name of the de-identification report.</extracomment>
        <translation>Informe de desidentificación</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column headers of the de-identification report.</extracomment>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sustituidos</translation>
    </message>
    <message>
        <source>Text regions</source>
        <translation>Zonas de texto</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Riesgos residuales</translation>
    </message>
    <message>
        <source>De-identifying %1 of %2…</source>
        <extracomment>Progress of the de-identification; %1 done, %2 in all.</extracomment>
        <translation>Desidentificando %1 de %2…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Not de-identified.</source>
        <translation>No desidentificado.</translation>
    </message>
    <message>
        <source>all metadata</source>
        <translation>todos los metadatos</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>One attribute in the de-identification report: %1 its name, %2 what was done, %3 the rule.</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <extracomment>A residual risk in the de-identification report.</extracomment>
        <translation>Riesgo residual: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be de-identified. Go back and untick them to continue.</source>
        <extracomment>%n files could not be de-identified.</extracomment>
        <translation>
            <numerusform>%n imagen no se pudo desidentificar. Vuelva atrás y desmárquela para continuar.</numerusform>
            <numerusform>%n imágenes no se pudieron desidentificar. Vuelva atrás y desmárquelas para continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) de-identified</source>
        <extracomment>Summary after de-identification, first part.</extracomment>
        <translation>
            <numerusform>%n imagen anonimizada</numerusform>
            <numerusform>%n imágenes anonimizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text region(s) blacked out</source>
        <extracomment>Summary after de-identification, second part.</extracomment>
        <translation>
            <numerusform>%n zona de texto tapada</numerusform>
            <numerusform>%n zonas de texto tapadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residual risk(s) to check</source>
        <extracomment>Summary after de-identification, third part.</extracomment>
        <translation>
            <numerusform>%n riesgo residual por revisar</numerusform>
            <numerusform>%n riesgos residuales por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (expand a row for details)</source>
        <extracomment>Summary after de-identification: %1 images, %2 text regions, %3 residual risks.</extracomment>
        <translation>%1 · %2 · %3 (despliegue una fila para ver los detalles)</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DescribePage</name>
    <message>
        <source>Cardiology</source>
        <translation>Cardiología</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatología</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Medicina de urgencias</translation>
    </message>
    <message>
        <source>Gastroenterology</source>
        <translation>Gastroenterología</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Medicina general</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurología</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>Obstetricia y ginecología</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Oncología</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Oftalmología</translation>
    </message>
    <message>
        <source>Orthopaedics</source>
        <translation>Traumatología y ortopedia</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>Pediatría</translation>
    </message>
    <message>
        <source>Pulmonology</source>
        <translation>Neumología</translation>
    </message>
    <message>
        <source>Radiology</source>
        <translation>Radiología</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Urology</source>
        <translation>Urología</translation>
    </message>
    <message>
        <source>What would you like your colleagues&apos; opinion on?</source>
        <translation>¿Sobre qué quiere la opinión de sus colegas?</translation>
    </message>
    <message>
        <source>Relevant history, without names, dates or places</source>
        <translation>Antecedentes relevantes, sin nombres, fechas ni lugares</translation>
    </message>
    <message>
        <source>What you see, and what was done so far</source>
        <translation>Lo que observa y lo que se ha hecho hasta ahora</translation>
    </message>
    <message>
        <source>Describe the Case</source>
        <extracomment>Title of the publish wizard&apos;s step where the case is described.</extracomment>
        <translation>Describir el caso</translation>
    </message>
    <message>
        <source>Write for colleagues who do not know the patient. Leave out names, dates of birth, places and record numbers.</source>
        <translation>Escriba para colegas que no conocen al paciente. Omita nombres, fechas de nacimiento, lugares y números de historia.</translation>
    </message>
    <message>
        <source>e.g. Painless swelling of the left wrist</source>
        <translation>p. ej., Tumefacción indolora de la muñeca izquierda</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. wrist, mri, second-opinion</source>
        <translation>Separadas por comas, p. ej., muñeca, rm, segunda-opinión</translation>
    </message>
    <message>
        <source>I attest that the patient consented to sharing these de-identified images and notes for clinical advice (or that consent is waived under my institution&apos;s rules).</source>
        <extracomment>The consent attestation the author must tick before publishing.</extracomment>
        <translation>Declaro que el paciente consintió compartir estas imágenes y notas desidentificadas para pedir consejo clínico (o que las normas de mi institución eximen del consentimiento).</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form labels of the case description.</extracomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Clinical &amp;question:</source>
        <translation>&amp;Pregunta clínica:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Antecedentes:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Hallazgos:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>A title and the consent attestation are required.</source>
        <translation>Se requieren un título y la declaración de consentimiento.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DevicesPage</name>
    <message>
        <source>Devices and Identity</source>
        <extracomment>Title of the Devices page.</extracomment>
        <translation>Dispositivos e identidad</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Su identidad</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Sus dispositivos</translation>
    </message>
    <message>
        <source>Cannot read this profile&apos;s devices: %1</source>
        <translation>No se pueden leer los dispositivos de este perfil: %1</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no invitation to scan.</source>
        <translation>Este perfil no se sincroniza con ningún relé, así que no tiene invitación que escanear.</translation>
    </message>
    <message>
        <source>A colleague scans this code to add you (it is your invitation, valid 14 days); then you compare the safety number on their contact page.</source>
        <translation>Un colega escanea este código para añadirle (es su invitación, válida 14 días); después comparan el número de seguridad en su ficha de contacto.</translation>
    </message>
    <message>
        <source>No invitation code: %1</source>
        <translation>No hay código de invitación: %1</translation>
    </message>
    <message>
        <source>%1 (%2). Your identity&apos;s digits — your half of every safety number — read the same on all your devices:</source>
        <extracomment>%1 name, %2 profession.</extracomment>
        <translation>%1 (%2). Las cifras de su identidad —su mitad de cada número de seguridad— son las mismas en todos sus dispositivos:</translation>
    </message>
    <message>
        <source>This profile has no identity key yet.</source>
        <translation>Este perfil aún no tiene clave de identidad.</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>The device&apos;s signing key; it is also its id</source>
        <translation>La clave de firma del dispositivo, que también es su identificador</translation>
    </message>
    <message>
        <source>&amp;Link New Device…</source>
        <extracomment>Button on the Devices page; opens the dialog that links another computer to this identity.</extracomment>
        <translation>&amp;Vincular un dispositivo nuevo…</translation>
    </message>
    <message>
        <source>Use Consilium as yourself on another computer, with the cases you already have</source>
        <translation>Usar Consilium con su identidad en otro ordenador, con los casos que ya tiene</translation>
    </message>
    <message>
        <source>&amp;Remove Device…</source>
        <extracomment>Button on the Devices page; removes the selected computer from this identity.</extracomment>
        <translation>&amp;Retirar el dispositivo…</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>Retirar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no other devices to remove</source>
        <translation>Este perfil no se sincroniza con un relé: no tiene otros dispositivos que retirar</translation>
    </message>
    <message>
        <source>Select a device in the list to remove it</source>
        <translation>Seleccione un dispositivo de la lista para retirarlo</translation>
    </message>
    <message>
        <source>This is the computer you are using: remove it from another of your devices</source>
        <translation>Es el ordenador que está usando: retírelo desde otro de sus dispositivos</translation>
    </message>
    <message>
        <source>This device is already removed</source>
        <translation>Este dispositivo ya está retirado</translation>
    </message>
    <message>
        <source>Stop a lost, stolen or retired computer from syncing as you and from reading new cases</source>
        <translation>Impedir que un ordenador perdido, robado o retirado se sincronice en su nombre y lea casos nuevos</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <extracomment>%1 is the name the device was given when it was linked.</extracomment>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>Removed: it can no longer sync as you or read new cases</source>
        <translation>Retirado: ya no puede sincronizarse en su nombre ni leer casos nuevos</translation>
    </message>
</context>
<context>
    <name>consilium::ui::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Accessible name of the drafts page.</extracomment>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Cases you started and have not published yet. They are kept encrypted in your profile and saved at every step.</source>
        <translation>Casos que empezó y aún no ha publicado. Se guardan cifrados en su perfil en cada paso.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the drafts list.</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>No drafts</source>
        <extracomment>Drafts page with no drafts.</extracomment>
        <translation>No hay borradores</translation>
    </message>
    <message>
        <source>Start a new case with File › New Case… (%1). It is saved here as you go.</source>
        <translation>Empiece un caso nuevo con Archivo › Nuevo caso… (%1). Se guarda aquí a medida que avanza.</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Button: continue the selected draft.</extracomment>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <extracomment>Title of a draft that has none yet.</extracomment>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <extracomment>Confirmation before a draft is deleted; %1 is its title.</extracomment>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>¿Eliminar el borrador «%1»? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorCanvas</name>
    <message>
        <source>Annotation canvas</source>
        <extracomment>Accessible name of the editor&apos;s drawing area.</extracomment>
        <translation>Lienzo de anotación</translation>
    </message>
    <message>
        <source>Type, then press Enter</source>
        <extracomment>Placeholder of the in-place editor of a text annotation.</extracomment>
        <translation>Escriba y pulse Intro</translation>
    </message>
</context>
<context>
    <name>consilium::ui::EditorWindow</name>
    <message>
        <source>No image</source>
        <extracomment>Shown in the editor before an image is opened.</extracomment>
        <translation>Ninguna imagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save Annotations…</source>
        <extracomment>Menu entry: save the annotations as a layer file.</extracomment>
        <translation>&amp;Guardar anotaciones…</translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <extracomment>Title of the save dialog for annotation layers.</extracomment>
        <translation>Guardar anotaciones</translation>
    </message>
    <message>
        <source>Annotations (*.json)</source>
        <extracomment>File type filter of annotation layer files.</extracomment>
        <translation>Anotaciones (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;Annotated Image…</source>
        <extracomment>Menu entry: save the frame with the annotations burned in, as a picture.</extracomment>
        <translation>Exportar imagen &amp;anotada…</translation>
    </message>
    <message>
        <source>Export Annotated Image</source>
        <extracomment>Title of the save dialog for an image with annotations burned in.</extracomment>
        <translation>Exportar imagen anotada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <extracomment>File type filter of exported pictures.</extracomment>
        <translation>Imágenes (*.png *.jpg)</translation>
    </message>
    <message>
        <source>&amp;Export De-identified Copy…</source>
        <extracomment>Menu entry: write the de-identified copy with the accepted redactions.</extracomment>
        <translation>&amp;Exportar copia anonimizada…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Undo menu entry prefix (&quot;Undo Move Annotations&quot;).</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>Redo menu entry prefix (&quot;Redo Move Annotations&quot;).</extracomment>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>Menu entry: delete the selected annotations (or the selected redaction box).</extracomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <extracomment>Menu entry: select every annotation on the image.</extracomment>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu of the image editor.</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <extracomment>Menu entry: fit the image to the window.</extracomment>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <extracomment>Menu entry: one image pixel per screen pixel.</extracomment>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Previous Frame</source>
        <extracomment>Menu entry: the previous frame of a multi-frame image.</extracomment>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <extracomment>Menu entry: the next frame of a multi-frame image.</extracomment>
        <translation>Fotograma &amp;siguiente</translation>
    </message>
    <message>
        <source>Tools</source>
        <extracomment>Title of the tool palette.</extracomment>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a tool in the palette: its name and its key.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <extracomment>Tool: select, move and resize annotations.</extracomment>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Redaction Box</source>
        <extracomment>Tool: draw and adjust redaction boxes.</extracomment>
        <translation>Recuadro de ocultación</translation>
    </message>
    <message>
        <source>Editor</source>
        <extracomment>Title of the editor&apos;s main toolbar.</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>Dock title: the list of annotations.</extracomment>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Properties</source>
        <extracomment>Dock title: colour, line width, font and text of the selection.</extracomment>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Redaction</source>
        <extracomment>Dock title: review of the regions to redact.</extracomment>
        <translation>Ocultación</translation>
    </message>
    <message>
        <source>Image Editor</source>
        <translation>Editor de imágenes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the editor while an image is read.</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <extracomment>Status bar: frame number and count of the image in the editor.</extracomment>
        <translation>Fotograma %1 de %2</translation>
    </message>
    <message>
        <source>Annotations saved.</source>
        <extracomment>Status bar after saving annotations.</extracomment>
        <translation>Anotaciones guardadas.</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>No hay ninguna imagen que exportar.</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <extracomment>Error when the annotated picture cannot be written.</extracomment>
        <translation>No se pudo escribir la imagen.</translation>
    </message>
    <message>
        <source>Annotated image exported.</source>
        <extracomment>Status bar after exporting the annotated picture.</extracomment>
        <translation>Imagen anotada exportada.</translation>
    </message>
    <message>
        <source>Export De-identified Copy</source>
        <extracomment>Title of the folder dialog for the de-identified copy.
----------
Confirmation before the redaction is burned into the exported copy.</extracomment>
        <translation>Exportar copia anonimizada</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) will be burned into the pixels of the copy. This cannot be undone in the exported file.</source>
        <translation>
            <numerusform>%n región se grabará en los píxeles de la copia. No se puede deshacer en el archivo exportado.</numerusform>
            <numerusform>%n regiones se grabarán en los píxeles de la copia. No se puede deshacer en el archivo exportado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>Status while the de-identified copy is written.</extracomment>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported %1. The redaction in it cannot be undone.</source>
        <extracomment>Status after the export: where the redacted copy is.</extracomment>
        <translation>%1 exportado. La ocultación que contiene no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedItemDelegate</name>
    <message>
        <source>1 comment</source>
        <translation>1 comentario</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 comentarios</translation>
    </message>
    <message>
        <source>%1 helpful</source>
        <extracomment>Number of &quot;helpful&quot; marks given to the comments of a case.</extracomment>
        <translation>%1 útil(es)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconocido</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedModel</name>
    <message>
        <source>%1, by %2, %3 comments</source>
        <extracomment>Read by screen readers for one feed entry: title, author, number of comments.</extracomment>
        <translation>%1, de %2, %3 comentarios</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autor desconocido</translation>
    </message>
</context>
<context>
    <name>consilium::ui::FeedPage</name>
    <message>
        <source>Specialty filter</source>
        <translation>Filtro de especialidad</translation>
    </message>
    <message>
        <source>Show only cases of one specialty</source>
        <translation>Mostrar solo los casos de una especialidad</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Todas las especialidades</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Show only cases carrying this tag</source>
        <translation>Mostrar solo los casos con esta etiqueta</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>Solo &amp;no leídos</translation>
    </message>
    <message>
        <source>Hide the cases you have already opened</source>
        <translation>Ocultar los casos que ya ha abierto</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>The local case cache could not be read: %1</source>
        <translation>No se pudo leer la caché local de casos: %1</translation>
    </message>
    <message>
        <source>No cases match these filters</source>
        <translation>Ningún caso coincide con estos filtros</translation>
    </message>
    <message>
        <source>Clear the tag, choose all specialties or show read cases as well.</source>
        <translation>Borre la etiqueta, elija todas las especialidades o muestre también los casos leídos.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <source>Cases that colleagues share with you, and the ones you publish, appear here.</source>
        <translation>Aquí aparecen los casos que sus colegas comparten con usted y los que usted publica.</translation>
    </message>
    <message>
        <source>Cases are end-to-end encrypted and cached encrypted on this computer.</source>
        <translation>Los casos están cifrados de extremo a extremo y se guardan cifrados en este equipo.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>Cases kept offline</source>
        <translation>Casos guardados sin conexión</translation>
    </message>
    <message>
        <source>You have not published a case yet</source>
        <translation>Todavía no ha publicado ningún caso</translation>
    </message>
    <message>
        <source>The cases you publish appear here, with their discussions.</source>
        <translation>Los casos que publique aparecen aquí, con sus discusiones.</translation>
    </message>
    <message>
        <source>No cases kept offline</source>
        <translation>Ningún caso guardado sin conexión</translation>
    </message>
    <message>
        <source>Choose &quot;Keep offline&quot; on a case to keep it and its images on this computer, readable without a connection.</source>
        <translation>Elija «Guardar sin conexión» en un caso para conservarlo con sus imágenes en este ordenador, legible sin conexión.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::GroupsPage</name>
    <message>
        <source>Owner</source>
        <extracomment>A group member&apos;s role.</extracomment>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>Title of the Groups page.</extracomment>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>Create a group of contacts to publish cases to</source>
        <translation>Crear un grupo de contactos al que publicar casos</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Añadir miembro…</translation>
    </message>
    <message>
        <source>Add one of your contacts; cases published from now on include them</source>
        <translation>Añadir uno de sus contactos; los casos publicados a partir de ahora lo incluirán</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <source>Remove the selected member; cases shared with the group move to a new key</source>
        <translation>Quitar el miembro seleccionado; los casos compartidos con el grupo pasan a una clave nueva</translation>
    </message>
    <message>
        <source>Removing a member moves every case shared with the group to a new key: they keep what they already received but cannot read anything written afterwards.</source>
        <translation>Quitar un miembro hace que cada caso compartido con el grupo pase a una clave nueva: conserva lo que ya recibió, pero no puede leer nada de lo que se escriba después.</translation>
    </message>
    <message>
        <source>Cannot read the groups: %1</source>
        <translation>No se pueden leer los grupos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n member(s)</source>
        <extracomment>A group in the list: its name, then how many members it has.</extracomment>
        <translation>
            <numerusform>%1
%n miembro</numerusform>
            <numerusform>%1
%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Todavía no hay grupos</translation>
    </message>
    <message>
        <source>Select a group</source>
        <translation>Seleccione un grupo</translation>
    </message>
    <message>
        <source>A group is a list of contacts you publish cases to together — a department, a tumour board, a journal club.</source>
        <translation>Un grupo es una lista de contactos a los que publica casos a la vez: un servicio, un comité de tumores, un club de lectura.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>The user&apos;s own row in a group&apos;s member list; %1 is their name.</extracomment>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>The group was not created: %1</source>
        <translation>No se creó el grupo: %1</translation>
    </message>
    <message>
        <source>Group “%1” created. Add the contacts who belong in it.</source>
        <translation>Grupo «%1» creado. Añada los contactos que forman parte de él.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message>
        <source>%1 is in “%2”: cases you publish to the group from now on include them.</source>
        <translation>%1 está en «%2»: los casos que publique en el grupo a partir de ahora lo incluirán.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so members cannot be removed.</source>
        <translation>Este perfil no se sincroniza con ningún relé, así que no se pueden quitar miembros.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed. %n shared case(s) moved to a new key.</source>
        <extracomment>%n is how many shared cases moved to a new key.</extracomment>
        <translation>
            <numerusform>Quitado. %n caso compartido pasó a una clave nueva.</numerusform>
            <numerusform>Quitado. %n casos compartidos pasaron a una clave nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nombre del grupo:</translation>
    </message>
    <message>
        <source>You have no contacts yet: add colleagues on the People page first.</source>
        <translation>Aún no tiene contactos: añada primero colegas en la página Personas.</translation>
    </message>
    <message>
        <source>All your contacts are already in this group.</source>
        <translation>Todos sus contactos ya están en este grupo.</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Contact to add to “%1”:</source>
        <translation>Contacto que añadir a «%1»:</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? Cases shared with the group move to a new key that %1 will not receive.</source>
        <translation>¿Quitar a %1 de «%2»? Los casos compartidos con el grupo pasan a una clave nueva que %1 no recibirá.</translation>
    </message>
    <message>
        <source>May add and remove anyone and change roles in the cases shared with the group</source>
        <extracomment>Tooltip of the Owner role in a group&apos;s Change Role menu.</extracomment>
        <translation>Puede añadir y quitar a cualquiera y cambiar los roles en los casos compartidos con el grupo</translation>
    </message>
    <message>
        <source>May add and remove members and admins in the cases shared with the group</source>
        <translation>Puede añadir y quitar miembros y administradores en los casos compartidos con el grupo</translation>
    </message>
    <message>
        <source>Reads and comments on the cases shared with the group</source>
        <translation>Lee y comenta los casos compartidos con el grupo</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <extracomment>Button that opens a menu of roles for the selected group member.</extracomment>
        <translation>&amp;Cambiar rol</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s role</source>
        <translation>Cambiar el rol del miembro seleccionado</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <extracomment>The role submenu of a group member&apos;s context menu.</extracomment>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>&amp;Quitar miembro…</translation>
    </message>
    <message>
        <source>Select a member to change their role</source>
        <translation>Seleccione un miembro para cambiar su rol</translation>
    </message>
    <message>
        <source>You are the group&apos;s only owner: make another member an owner first</source>
        <extracomment>Why the last owner&apos;s role cannot be changed.</extracomment>
        <translation>Usted es el único propietario del grupo: nombre antes propietario a otro miembro</translation>
    </message>
    <message>
        <source>%1 is the group&apos;s only owner: make another member an owner first</source>
        <translation>%1 es el único propietario del grupo: nombre antes propietario a otro miembro</translation>
    </message>
    <message>
        <source>Change what %1 may do in the cases shared with this group</source>
        <translation>Cambiar lo que %1 puede hacer en los casos compartidos con este grupo</translation>
    </message>
    <message>
        <source>Select a member to remove</source>
        <translation>Seleccione un miembro para quitarlo</translation>
    </message>
    <message>
        <source>You cannot leave your own group: the cases you shared with it are yours</source>
        <translation>No puede salir de su propio grupo: los casos que compartió con él son suyos</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so roles cannot be changed.</source>
        <translation>Este perfil no se sincroniza con un relé, así que no se pueden cambiar los roles.</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>El miembro</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>No se cambió el rol: %1</translation>
    </message>
    <message>
        <source>You now have the role %1 in “%2”.</source>
        <extracomment>%1 is a role (Owner, Admin, Member), %2 the group.</extracomment>
        <translation>Ahora tiene el rol %1 en «%2».</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in “%3”.</source>
        <translation>%1 tiene ahora el rol %2 en «%3».</translation>
    </message>
    <message numerus="yes">
        <source>The change is recorded in %n shared case(s), under a new key.</source>
        <translation>
            <numerusform>El cambio queda registrado en %n caso compartido, con una clave nueva.</numerusform>
            <numerusform>El cambio queda registrado en %n casos compartidos, con una clave nueva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImageFetchBanner</name>
    <message>
        <source>Image download progress</source>
        <translation>Progreso de la descarga de imágenes</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Download this case&apos;s images from the relay again</source>
        <translation>Volver a descargar del relé las imágenes de este caso</translation>
    </message>
    <message>
        <source>Downloading images… %1 of %2</source>
        <extracomment>The case&apos;s images, removed from the cache by its size limit, come back from the relay.</extracomment>
        <translation>Descargando imágenes… %1 de %2</translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation>Descargando imágenes…</translation>
    </message>
    <message>
        <source>This case&apos;s images were removed from the cache to respect the size limit; connect to download them again.</source>
        <translation>Las imágenes de este caso se eliminaron de la caché para respetar su tamaño máximo; conéctese para volver a descargarlas.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImageViewport</name>
    <message>
        <source>Image</source>
        <extracomment>Accessible name of the area that shows the medical image.</extracomment>
        <translation>Imagen</translation>
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
        <translation>LUT VOI %1</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <extracomment>Corner text: window width and level (centre), in modality units.</extracomment>
        <translation>A %1  N %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <extracomment>Corner text: zoom factor in percent.</extracomment>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Inverted</source>
        <extracomment>Corner text shown while the image is displayed inverted.</extracomment>
        <translation>Invertida</translation>
    </message>
    <message>
        <source>%1 mm at detector</source>
        <translation>%1 mm en el detector</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <extracomment>Scale bar label, a length in millimetres.</extracomment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Overlays hidden</source>
        <extracomment>Corner text when the image has overlay planes and the user hid them (key O).</extracomment>
        <translation>Superposiciones ocultas</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ImportPage</name>
    <message>
        <source>Import Images</source>
        <extracomment>Title of the publish wizard&apos;s first step.</extracomment>
        <translation>Importar imágenes</translation>
    </message>
    <message>
        <source>Add the DICOM studies and clinical photos this case is about. The originals are never changed or sent: only de-identified copies are published.</source>
        <translation>Añada los estudios DICOM y las fotos clínicas del caso. Los originales nunca se modifican ni se envían: solo se publican copias desidentificadas.</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <extracomment>Shown in the publish wizard before anything is imported.</extracomment>
        <translation>Suelte archivos o carpetas aquí</translation>
    </message>
    <message>
        <source>DICOM files, folders of studies, a DICOMDIR from a CD, or photos (JPEG, PNG, TIFF).</source>
        <translation>Archivos DICOM, carpetas de estudios, un DICOMDIR de un CD o fotos (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>Imported files and folders</source>
        <extracomment>Accessible name of the list of imported files and folders.</extracomment>
        <translation>Archivos y carpetas importados</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add DICOM files, a DICOMDIR or photos</source>
        <translation>Añadir archivos DICOM, un DICOMDIR o fotos</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir una ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Add every DICOM file and photo in a folder and its subfolders</source>
        <translation>Añadir todos los archivos DICOM y fotos de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected entries from the case</source>
        <translation>Quitar del caso los elementos seleccionados</translation>
    </message>
    <message>
        <source> (missing)</source>
        <extracomment>Suffix of an imported entry that is no longer on disk.</extracomment>
        <translation> (no encontrado)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <extracomment>Title of the file dialog of the publish wizard.</extracomment>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>DICOM files and photos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Archivos DICOM y fotos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Añadir carpeta</translation>
    </message>
</context>
<context>
    <name>consilium::ui::InviteDialog</name>
    <message>
        <source>My Invite Code</source>
        <translation>Mi código de invitación</translation>
    </message>
    <message>
        <source>Give this code to a colleague — in a message, as a file, or let them scan it. They add you with People › Add Contact; then compare your safety number.</source>
        <translation>Dé este código a un colega: en un mensaje, como archivo o dejando que lo escanee. Le añade con Personas › Añadir contacto; después comparen su número de seguridad.</translation>
    </message>
    <message>
        <source>Invitation QR code</source>
        <translation>Código QR de la invitación</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Preparing your invitation…</source>
        <translation>Preparando su invitación…</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to your colleague.</source>
        <translation>Copiado. Péguelo en un mensaje a su colega.</translation>
    </message>
    <message>
        <source>Save Invitation</source>
        <translation>Guardar invitación</translation>
    </message>
    <message>
        <source>Invitations (*.consilium-invite)</source>
        <translation>Invitaciones (*.consilium-invite)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it has no invitation code.</source>
        <translation>Este perfil no se sincroniza con ningún relé, así que no tiene código de invitación.</translation>
    </message>
    <message>
        <source>No invitation code: %1</source>
        <extracomment>%1 is the technical reason (e.g. no relay).</extracomment>
        <translation>No hay código de invitación: %1</translation>
    </message>
    <message>
        <source>Valid until %1. Anyone with the code can see your name and profession.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Válido hasta el %1. Quien tenga el código puede ver su nombre y su profesión.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LayerModel</name>
    <message>
        <source>%1 on frame %2</source>
        <extracomment>Tooltip of a layer: the shape&apos;s kind and the frame (1-based) it is drawn on.</extracomment>
        <translation>%1 en el fotograma %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LayerPanel</name>
    <message>
        <source>Layers</source>
        <extracomment>Accessible name of the list of annotation layers.</extracomment>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Delete)</source>
        <extracomment>Tooltip of the button under the layer list.</extracomment>
        <translation>Eliminar las anotaciones seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Draw on the image with a tool from the palette.</source>
        <extracomment>Shown under the layer list while it is empty.</extracomment>
        <translation>Dibuje sobre la imagen con una herramienta de la paleta.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LinkDeviceDialog</name>
    <message>
        <source>Link New Device</source>
        <extracomment>Dialog title (Devices page).</extracomment>
        <translation>Vincular un dispositivo nuevo</translation>
    </message>
    <message>
        <source>Use Consilium on another computer as yourself: it gets your identity and its own device key, and receives the cases you already have. This computer makes a link file and a one-time code; on the other computer, choose &quot;Link to an existing profile&quot; when Consilium starts, then open the file and type the code.</source>
        <translation>Use Consilium con su identidad en otro ordenador: recibe su identidad y su propia clave de dispositivo, además de los casos que ya tiene. Este ordenador crea un archivo de vinculación y un código de un solo uso; en el otro ordenador, elija «Vincular a un perfil existente» al iniciar Consilium, abra el archivo y escriba el código.</translation>
    </message>
    <message>
        <source>e.g. Laptop at home</source>
        <translation>p. ej., Portátil de casa</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Dispositivo nuevo</translation>
    </message>
    <message>
        <source>New device&apos;s name</source>
        <translation>Nombre del dispositivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Name of the new device:</source>
        <translation>&amp;Nombre del dispositivo nuevo:</translation>
    </message>
    <message>
        <source>The name is shown only on this computer&apos;s Devices page.</source>
        <translation>El nombre solo se muestra en la página Dispositivos de este ordenador.</translation>
    </message>
    <message>
        <source>One-time code as a QR code</source>
        <translation>Código de un solo uso como código QR</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Type it on the new computer (letters or digits, case does not matter) or scan the QR code. It is shown only here and never saved: keep this window open until the new computer has joined.</source>
        <translation>Escríbalo en el ordenador nuevo (letras o cifras, sin importar mayúsculas o minúsculas) o escanee el código QR. Solo se muestra aquí y nunca se guarda: mantenga esta ventana abierta hasta que el ordenador nuevo se haya unido.</translation>
    </message>
    <message>
        <source>&amp;Link Device</source>
        <translation>&amp;Vincular dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save Link File…</source>
        <translation>&amp;Guardar el archivo de vinculación…</translation>
    </message>
    <message>
        <source>Save Link File</source>
        <translation>Guardar el archivo de vinculación</translation>
    </message>
    <message>
        <source>Consilium link files (*.%1)</source>
        <extracomment>File type filter in the save dialog.</extracomment>
        <translation>Archivos de vinculación de Consilium (*.%1)</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot link another device.</source>
        <translation>Este perfil no se sincroniza con ningún relé, así que no puede vincular otro dispositivo.</translation>
    </message>
    <message>
        <source>Adding the new device to your identity at the relay…</source>
        <translation>Añadiendo el dispositivo nuevo a su identidad en el relé…</translation>
    </message>
    <message>
        <source>The device could not be linked: %1</source>
        <extracomment>%1 is the technical reason (no credential, the relay refused…).</extracomment>
        <translation>No se pudo vincular el dispositivo: %1</translation>
    </message>
    <message>
        <source>The link file and code work until %1. Use them on one computer only, then delete the file.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>El archivo de vinculación y el código sirven hasta el %1. Úselos en un solo ordenador y después borre el archivo.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Now save the link file and carry it to the new computer (a USB stick, a shared folder or an e-mail to yourself): without the code it cannot be opened.</source>
        <translation>Ahora guarde el archivo de vinculación y llévelo al ordenador nuevo (una memoria USB, una carpeta compartida o un correo a usted mismo): sin el código no se puede abrir.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the history of %n case(s) to the new device… %1 item(s) left.</source>
        <extracomment>%n cases; %1 is the number of items still to upload.</extracomment>
        <translation>
            <numerusform>Enviando el historial de %n caso al dispositivo nuevo… Quedan %1 elemento(s).</numerusform>
            <numerusform>Enviando el historial de %n casos al dispositivo nuevo… Quedan %1 elemento(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of %n case(s) is at the relay: the new device receives it as it joins.</source>
        <translation>
            <numerusform>El historial de %n caso está en el relé: el dispositivo nuevo lo recibe al unirse.</numerusform>
            <numerusform>El historial de %n casos está en el relé: el dispositivo nuevo lo recibe al unirse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>The link file could not be saved: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>No se pudo guardar el archivo de vinculación: %1</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). On the new computer, open it and type the code.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Guardado en %1 (solo usted puede leerlo). En el ordenador nuevo, ábralo y escriba el código.</translation>
    </message>
    <message>
        <source>The link file is not saved: without it the new computer cannot join, and you would have to link it again. Click Done again to close anyway.</source>
        <translation>El archivo de vinculación no está guardado: sin él, el ordenador nuevo no puede unirse y habría que vincularlo de nuevo. Pulse Hecho otra vez para cerrar de todos modos.</translation>
    </message>
    <message>
        <source>The device could not be linked: the relay cannot be reached. Nothing was changed; check the connection and try again.</source>
        <translation>No se pudo vincular el dispositivo: el relé no está accesible. No se ha cambiado nada; compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::LinkProfilePage</name>
    <message>
        <source>Link to your existing profile</source>
        <translation>Vincular a su perfil existente</translation>
    </message>
    <message>
        <source>On the computer where you already use Consilium, choose Go › Devices, then Link New Device…: it saves a link file and shows a one-time code. Open that file here and type the code: this computer becomes one of your devices and receives your cases.</source>
        <translation>En el ordenador donde ya usa Consilium, elija Ir › Dispositivos y luego Vincular un dispositivo nuevo…: se guarda un archivo de vinculación y se muestra un código de un solo uso. Abra ese archivo aquí y escriba el código: este ordenador pasa a ser uno de sus dispositivos y recibe sus casos.</translation>
    </message>
    <message>
        <source>consilium-link-….cnslink</source>
        <translation>consilium-link-….cnslink</translation>
    </message>
    <message>
        <source>Link file</source>
        <translation>Archivo de vinculación</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the link file saved on your other computer</source>
        <translation>Elegir el archivo de vinculación guardado en su otro ordenador</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>Link &amp;file:</source>
        <translation>&amp;Archivo de vinculación:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Código de un solo uso:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>The passphrase protects the encrypted copy of your cases on this computer only; it may differ from the one on your other computer.</source>
        <translation>La frase de contraseña protege la copia cifrada de sus casos solo en este ordenador; puede ser distinta de la de su otro ordenador.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to creating a new profile</source>
        <translation>Volver a crear un perfil nuevo</translation>
    </message>
    <message>
        <source>Link This Computer</source>
        <translation>Vincular este ordenador</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Open Link File</source>
        <translation>Abrir el archivo de vinculación</translation>
    </message>
    <message>
        <source>Consilium link files (*.%1);;All files (*)</source>
        <extracomment>File type filter in the open dialog.</extracomment>
        <translation>Archivos de vinculación de Consilium (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This code has a typo: check each group of four characters against your other device.</source>
        <translation>Este código tiene una errata: compare cada grupo de cuatro caracteres con su otro dispositivo.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Linking this computer…</source>
        <translation>Vinculando este ordenador…</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit %1</source>
        <extracomment>Status bar tip of File &gt; Quit; %1 is the product name.</extracomment>
        <translation>Salir de %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>Help menu entry; %1 is the product name.</extracomment>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>Show the version and the licence</source>
        <translation>Mostrar la versión y la licencia</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>In the status bar; %1 is the name of the open profile.</extracomment>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Each profile keeps its own accounts, cases and settings. Start %1 with --profile NAME to open another one.</source>
        <extracomment>Tooltip of the profile name in the status bar; %1 is the product name. &quot;--profile&quot; is a command-line option: keep it as it is (NAME may be translated).</extracomment>
        <translation>Cada perfil tiene sus propias cuentas, casos y ajustes. Inicie %1 con --profile NOMBRE para abrir otro.</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <extracomment>Menu of the image viewer (appears once images are open).</extracomment>
        <translation>&amp;Imagen</translation>
    </message>
    <message>
        <source>Series: %1 · Files not shown: %2</source>
        <extracomment>Status bar message after opening; %1 series found, %2 files that could not be shown.</extracomment>
        <translation>Series: %1 · Archivos no mostrados: %2</translation>
    </message>
    <message>
        <source>Open Files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <source>All files (*);;DICOM files (*.dcm *.dicom);;Photos (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Todos los archivos (*);;Archivos DICOM (*.dcm *.dicom);;Fotos (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <source>View DICOM files or photos (JPEG, PNG, TIFF)</source>
        <translation>Ver archivos DICOM o fotos (JPEG, PNG, TIFF)</translation>
    </message>
    <message>
        <source>View DICOM files or photos (%1)</source>
        <translation>Ver archivos DICOM o fotos (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>View every DICOM file and photo in a folder and its subfolders</source>
        <translation>Ver todos los archivos DICOM y fotos de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>View every DICOM file and photo in a folder and its subfolders (%1)</source>
        <translation>Ver todos los archivos DICOM y fotos de una carpeta y sus subcarpetas (%1)</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <source>Save the image as shown, with its annotations, as PNG or JPEG</source>
        <translation>Guardar la imagen tal como se muestra, con sus anotaciones, en PNG o JPEG</translation>
    </message>
    <message>
        <source>Save the image as shown, with its annotations, as PNG or JPEG (%1)</source>
        <translation>Guardar la imagen tal como se muestra, con sus anotaciones, en PNG o JPEG (%1)</translation>
    </message>
    <message>
        <source>Removed from Open Recent, no longer found: %1</source>
        <extracomment>Status bar message when Open Recent drops entries that are gone; %1 lists them.</extracomment>
        <translation>Eliminado de Abrir recientes, ya no existe: %1</translation>
    </message>
    <message>
        <source>Open %1 again</source>
        <extracomment>Tooltip of an Open Recent entry; %1 the file or folder.</extracomment>
        <translation>Volver a abrir %1</translation>
    </message>
    <message>
        <source>No recent items</source>
        <extracomment>Open Recent when there is nothing in it.</extracomment>
        <translation>No hay elementos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Items</source>
        <translation>&amp;Borrar elementos recientes</translation>
    </message>
    <message>
        <source>Forget the files and folders opened recently</source>
        <translation>Olvidar los archivos y carpetas abiertos recientemente</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir recientes</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <extracomment>%1 is a file or folder from Open Recent that has gone.</extracomment>
        <translation>%1 ya no existe; se ha eliminado de Abrir recientes.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open again a file or folder opened recently</source>
        <translation>Volver a abrir un archivo o carpeta abiertos recientemente</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every command with its keyboard shortcut</source>
        <translation>Mostrar todas las órdenes con su atajo de teclado</translation>
    </message>
    <message>
        <source>List every command with its keyboard shortcut (%1)</source>
        <translation>Mostrar todas las órdenes con su atajo de teclado (%1)</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Accessible name of the area with the feed of cases (and, before that, the unlock page).</extracomment>
        <translation>Casos</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>The feed of cases shared with you, and their discussions</source>
        <translation>Las novedades de casos compartidos con usted y sus discusiones</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Casos (%1)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <source>The image viewer</source>
        <translation>El visor de imágenes</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Profile locked.</source>
        <translation>Perfil bloqueado.</translation>
    </message>
    <message>
        <source>&amp;Lock Profile</source>
        <translation>&amp;Bloquear perfil</translation>
    </message>
    <message>
        <source>Close the encrypted profile until its passphrase is entered again</source>
        <translation>Cerrar el perfil cifrado hasta que se vuelva a introducir su frase de contraseña</translation>
    </message>
    <message>
        <source>Lock the profile (%1)</source>
        <translation>Bloquear el perfil (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Locking, passphrase, system keychain, theme and language</source>
        <translation>Bloqueo, frase de contraseña, llavero del sistema, tema e idioma</translation>
    </message>
    <message>
        <source>&amp;Annotate and Redact…</source>
        <translation>&amp;Anotar y ocultar…</translation>
    </message>
    <message>
        <source>Open the current image in the editor: annotations, measurements, review of redactions</source>
        <translation>Abrir la imagen actual en el editor: anotaciones, mediciones, revisión de las zonas ocultas</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <source>Your identity and the devices that speak for it</source>
        <translation>Su identidad y los dispositivos que hablan en su nombre</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Import images, de-identify them, describe the case and share it</source>
        <translation>Importar imágenes, desidentificarlas, describir el caso y compartirlo</translation>
    </message>
    <message>
        <source>Credential imported: colleagues now see you as verified.</source>
        <translation>Credencial importada: sus colegas ya le ven como verificado.</translation>
    </message>
    <message>
        <source>Import &amp;Credential…</source>
        <translation>Importar &amp;credencial…</translation>
    </message>
    <message>
        <source>Add the clinician credential a verifier issued for this profile, so colleagues see you as verified</source>
        <translation>Añadir la credencial profesional emitida para este perfil, para que sus colegas le vean como verificado</translation>
    </message>
</context>
<context>
    <name>consilium::ui::Navigator</name>
    <message>
        <source>Sections</source>
        <extracomment>Accessible name of the list of sections on the left (Feed, My cases, Offline, Search…).</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>Tooltip and status tip of a Go menu entry; %1 the section (&quot;Feed&quot;, &quot;Search&quot;).</extracomment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a section; %1 its title, %2 its shortcuts (&quot;Ctrl+Alt+4, Ctrl+F&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <extracomment>Accessible name of a sidebar section with a count; %1 the section, %2 the count.</extracomment>
        <translation>%1, %2 no leídos</translation>
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
            <numerusform>%n caso nuevo</numerusform>
            <numerusform>%n casos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <extracomment>Notification text; %n new comments arrived.</extracomment>
        <translation>
            <numerusform>%n comentario nuevo</numerusform>
            <numerusform>%n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins &quot;2 new cases&quot; and &quot;3 new comments&quot; in a notification.</extracomment>
        <translation> y </translation>
    </message>
    <message>
        <source>%1: new activity</source>
        <extracomment>Title of the tray notification; %1 the product name.</extracomment>
        <translation>%1: novedades</translation>
    </message>
</context>
<context>
    <name>consilium::ui::OutboxPage</name>
    <message>
        <source>Send Now</source>
        <extracomment>Outbox: sends what waits now instead of at the next automatic attempt.</extracomment>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Try the relay again now rather than at the next automatic attempt</source>
        <translation>Volver a intentar con el relé ahora en lugar de esperar al próximo intento automático</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Outbox columns.</extracomment>
        <translation>Caso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <extracomment>Outbox when nothing waits to be sent.</extracomment>
        <translation>Nada pendiente de envío</translation>
    </message>
    <message>
        <source>Cases you publish are listed here until the relay has every image and every message. Without a connection they wait here and go out by themselves later.</source>
        <translation>Los casos que publica aparecen aquí hasta que el relé tiene cada imagen y cada mensaje. Sin conexión esperan aquí y se envían solos más tarde.</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Todo se ha enviado.</translation>
    </message>
    <message numerus="yes">
        <source>The relay cannot be reached: %n case(s) wait and will be sent when the connection is back.</source>
        <extracomment>Outbox summary while the relay cannot be reached; %n cases wait.</extracomment>
        <translation>
            <numerusform>No se puede contactar con el relé: %n caso espera y se enviará cuando vuelva la conexión.</numerusform>
            <numerusform>No se puede contactar con el relé: %n casos esperan y se enviarán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) on their way to the relay.</source>
        <translation>
            <numerusform>%n caso en camino al relé.</numerusform>
            <numerusform>%n casos en camino al relé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled case</source>
        <extracomment>Outbox row of a case whose title is not known (not in the cache any more).</extracomment>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Queued · offline</source>
        <translation>En cola · sin conexión</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending · %1 %</source>
        <extracomment>Outbox state while sending; %1 is the percentage of the whole case.</extracomment>
        <translation>Enviando · %1 %</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state: the relay has every image and message of the case.</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Tooltip of an outbox row; %1 bytes sent, %2 bytes in all (e.g. &quot;3.2 MiB of 12 MiB&quot;).</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip line of an outbox row; %1 the error of the last attempt.</extracomment>
        <translation>Último intento: %1</translation>
    </message>
    <message numerus="yes">
        <source>This computer was removed from your devices, so the relay refuses it: %n case(s) stay here and cannot be sent from this computer.</source>
        <extracomment>Outbox summary on a computer removed from the profile&apos;s devices; %n cases are kept here.</extracomment>
        <translation>
            <numerusform>Este ordenador se quitó de sus dispositivos, por lo que el relé lo rechaza: %n caso se queda aquí y no se puede enviar desde este ordenador.</numerusform>
            <numerusform>Este ordenador se quitó de sus dispositivos, por lo que el relé lo rechaza: %n casos se quedan aquí y no se pueden enviar desde este ordenador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued · not syncing</source>
        <extracomment>Outbox state: waiting to be sent (offline, or another case goes first). Outbox state on a computer removed from the profile&apos;s devices.</extracomment>
        <translation>En cola · sin sincronizar</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PassphraseMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <extracomment>Title of the People page.</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>Add a colleague from the invitation code they gave you</source>
        <translation>Añadir a un colega con el código de invitación que le dio</translation>
    </message>
    <message>
        <source>My &amp;Invite Code…</source>
        <translation>Mi código de &amp;invitación…</translation>
    </message>
    <message>
        <source>Show the code (and QR code) a colleague needs to add you</source>
        <translation>Mostrar el código (y el código QR) que un colega necesita para añadirle</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Todavía no hay contactos</translation>
    </message>
    <message>
        <source>Add a colleague with the invitation code they give you, or send them yours with “My Invite Code…”.</source>
        <translation>Añada a un colega con el código de invitación que le dé, o envíele el suyo con «Mi código de invitación…».</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Seleccione un contacto</translation>
    </message>
    <message>
        <source>Their safety number appears here, to compare with them.</source>
        <translation>Aquí aparece su número de seguridad, para compararlo con esa persona.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
    <message>
        <source>Cannot record the verification: %1</source>
        <translation>No se puede registrar la verificación: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileController</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>This is not a complete recovery key: check each group of four characters.</source>
        <translation>No es una clave de recuperación completa: revise cada grupo de cuatro caracteres.</translation>
    </message>
    <message>
        <source>This recovery key does not open this profile. Check that it is the key shown when the profile was created.</source>
        <translation>Esta clave de recuperación no abre este perfil. Compruebe que es la clave mostrada al crear el perfil.</translation>
    </message>
    <message>
        <source>This profile has no recovery key.</source>
        <translation>Este perfil no tiene clave de recuperación.</translation>
    </message>
    <message>
        <source>This code is incomplete or mistyped: it has 32 letters and digits in 8 groups of 4. Check each group against the code on your other device.</source>
        <translation>Este código está incompleto o mal escrito: tiene 32 letras y cifras en 8 grupos de 4. Compare cada grupo con el código de su otro dispositivo.</translation>
    </message>
    <message>
        <source>A profile already exists here.</source>
        <translation>Ya existe un perfil aquí.</translation>
    </message>
    <message>
        <source>Opening the link file and creating your encrypted profile…</source>
        <translation>Abriendo el archivo de vinculación y creando su perfil cifrado…</translation>
    </message>
    <message>
        <source>The link file cannot be read: %1</source>
        <extracomment>%1 is the technical reason (no such file, permission denied…).</extracomment>
        <translation>No se puede leer el archivo de vinculación: %1</translation>
    </message>
    <message>
        <source>This code does not open this link file. Check that the code and the file come from the same link on your other device (and that the file was not changed).</source>
        <translation>Este código no abre este archivo de vinculación. Compruebe que el código y el archivo proceden de la misma vinculación en su otro dispositivo (y que el archivo no se ha modificado).</translation>
    </message>
    <message>
        <source>This is not a Consilium link file, or it is damaged. Save it again on your other device.</source>
        <translation>No es un archivo de vinculación de Consilium o está dañado. Vuelva a guardarlo en su otro dispositivo.</translation>
    </message>
    <message>
        <source>This link file was made by a newer version of Consilium. Update Consilium on this computer, then try again.</source>
        <translation>Este archivo de vinculación lo creó una versión más reciente de Consilium. Actualice Consilium en este ordenador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This link file expired on %1. On your other device, choose Devices › Link New Device… again.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Este archivo de vinculación caducó el %1. En su otro dispositivo, vuelva a elegir «Vincular un dispositivo nuevo…» en Dispositivos.</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>No se pudo crear el perfil: %1</translation>
    </message>
    <message>
        <source>Joining your identity at the relay %1…</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Uniéndose a su identidad en el relé %1…</translation>
    </message>
    <message>
        <source>Your identity could not be joined at the relay %1: %2. Nothing was kept on this computer; try again once the relay can be reached.</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>No se pudo unir a su identidad en el relé %1: %2. No se ha guardado nada en este ordenador; vuelva a intentarlo cuando el relé esté accesible.</translation>
    </message>
    <message>
        <source>This is not a relay address. Type it as your organisation gave it, for example https://relay.example.org.</source>
        <translation>Esta no es una dirección de relé. Escríbala tal como se la dio su organización, por ejemplo https://relay.example.org.</translation>
    </message>
    <message>
        <source>A profile already exists here: it was not changed.</source>
        <translation>Ya existe un perfil aquí: no se ha modificado.</translation>
    </message>
    <message>
        <source>Looking for your key backup at the relay %1…</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>Buscando su copia de seguridad de claves en el relé %1…</translation>
    </message>
    <message>
        <source>No key backup is stored under this recovery key at the relay %1. Check the key for a mistyped group, and that this is the relay your profile used.</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>No hay ninguna copia de seguridad de claves guardada con esta clave de recuperación en el relé %1. Compruebe que ningún grupo de la clave esté mal escrito y que este sea el relé que usaba su perfil.</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>sin respuesta en %1 segundos</translation>
    </message>
    <message>
        <source>The relay %1 cannot be reached (%2). Check the address and this computer&apos;s network connection, then try again.</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>No se puede conectar con el relé %1 (%2). Compruebe la dirección y la conexión de red de este ordenador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The relay %1 refused the device kept in your key backup: it may have been removed from your devices. Ask your relay&apos;s administrator for help.</source>
        <translation>El relé %1 ha rechazado el dispositivo guardado en su copia de seguridad de claves: puede que se haya quitado de sus dispositivos. Pida ayuda al administrador de su relé.</translation>
    </message>
    <message>
        <source>The key backup stored at the relay %1 does not open with this recovery key: it is damaged or was altered. Your identity cannot be restored from it.</source>
        <translation>La copia de seguridad de claves guardada en el relé %1 no se abre con esta clave de recuperación: está dañada o fue alterada. No es posible restaurar su identidad a partir de ella.</translation>
    </message>
    <message>
        <source>The relay %1 answered with a key backup of another identity than the one it named. Nothing was restored; tell your relay&apos;s administrator.</source>
        <translation>El relé %1 ha devuelto la copia de seguridad de claves de una identidad distinta de la que indicaba. No se ha restaurado nada; avise al administrador de su relé.</translation>
    </message>
    <message>
        <source>Your identity could not be restored from the relay %1: %2</source>
        <extracomment>%1 is the relay&apos;s address, %2 the technical reason.</extracomment>
        <translation>No se ha podido restaurar su identidad desde el relé %1: %2</translation>
    </message>
    <message>
        <source>Checking your credential and creating your encrypted profile…</source>
        <translation>Comprobando su credencial y creando su perfil cifrado…</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was kept on this computer.</source>
        <translation>Restauración cancelada. No se ha guardado nada en este ordenador.</translation>
    </message>
    <message>
        <source>Your credential was not signed by the chosen verifier. Choose the folder of the verifier that issued your credential.</source>
        <translation>Su credencial no fue firmada por el verificador elegido. Elija la carpeta del verificador que emitió su credencial.</translation>
    </message>
    <message>
        <source>The chosen verifier&apos;s revocation list is not signed by the verifier: choose its folder again, from a copy you trust.</source>
        <translation>La lista de revocación del verificador elegido no está firmada por él: vuelva a elegir su carpeta, desde una copia de confianza.</translation>
    </message>
    <message>
        <source>Your credential has been revoked by its verifier: your identity cannot be restored with it. Contact your verifier.</source>
        <translation>Su credencial ha sido revocada por su verificador: no es posible restaurar su identidad con ella. Póngase en contacto con su verificador.</translation>
    </message>
    <message>
        <source>Your credential expired on %1: your identity cannot be restored with it. Ask your verifier for a new one.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Su credencial caducó el %1: no es posible restaurar su identidad con ella. Pida una nueva a su verificador.</translation>
    </message>
    <message>
        <source>Your credential is not valid before %1. Check this computer&apos;s date.</source>
        <translation>Su credencial no es válida antes del %1. Compruebe la fecha de este ordenador.</translation>
    </message>
    <message>
        <source>The credential stored at the relay is damaged or belongs to another identity. Nothing was restored.</source>
        <translation>La credencial guardada en el relé está dañada o pertenece a otra identidad. No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSections</name>
    <message>
        <source>Feed</source>
        <extracomment>Navigation sidebar sections.</extracomment>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>My Cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Published cases on their way to the relay, with their progress</source>
        <translation>Casos publicados en camino al relé, con su progreso</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Groups of contacts to publish cases to</source>
        <translation>Grupos de contactos a los que publicar casos</translation>
    </message>
    <message>
        <source>Your contacts, invitations and safety numbers</source>
        <translation>Sus contactos, invitaciones y números de seguridad</translation>
    </message>
    <message>
        <source>Cases you started and have not published yet</source>
        <translation>Casos que empezó y aún no ha publicado</translation>
    </message>
    <message>
        <source>Search every case and comment cached on this computer</source>
        <translation>Buscar en todos los casos y comentarios guardados en este ordenador</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ProfileSetupPage</name>
    <message>
        <source>Create your profile</source>
        <translation>Cree su perfil</translation>
    </message>
    <message>
        <source>e.g. Dr. Amara Okafor</source>
        <translation>p. ej. Dra. Amara Okafor</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Cirujano</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiólogo</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermero</translation>
    </message>
    <message>
        <source>Medical student</source>
        <translation>Estudiante de medicina</translation>
    </message>
    <message>
        <source>Radiology</source>
        <translation>Radiología</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatología</translation>
    </message>
    <message>
        <source>Orthopaedics</source>
        <translation>Traumatología</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>Cardiología</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>Neurología</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Medicina de urgencias</translation>
    </message>
    <message>
        <source>General surgery</source>
        <translation>Cirugía general</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Medicina interna</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Pediatría</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Oncología</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profesión:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Creates the encrypted profile on this computer</source>
        <translation>Crea el perfil cifrado en este equipo</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Creating your encrypted profile… this takes a few seconds.</source>
        <translation>Creando su perfil cifrado… tarda unos segundos.</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <translation>No se pudo crear el perfil: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Colleagues see your name, profession and specialty beside the cases you share. The passphrase protects the encrypted copy of your cases on this computer. Next you get a recovery key: without it, nobody, including the Consilium team, can open this profile if you forget the passphrase.</source>
        <translation>Sus colegas ven su nombre, profesión y especialidad junto a los casos que comparte. La frase de contraseña protege la copia cifrada de sus casos en este ordenador. A continuación recibirá una clave de recuperación: sin ella, nadie, ni siquiera el equipo de Consilium, puede abrir este perfil si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <source>Already use Consilium on another computer? Link to your existing profile…</source>
        <extracomment>Beside &quot;Create profile&quot;: for a clinician who already uses Consilium on another computer.</extracomment>
        <translation>¿Ya usa Consilium en otro ordenador? Vincúlelo a su perfil existente…</translation>
    </message>
    <message>
        <source>Use a link file and one-time code made on your other computer (Devices › Link New Device…)</source>
        <translation>Usar un archivo de vinculación y un código de un solo uso creados en su otro ordenador (Dispositivos › Vincular un dispositivo nuevo…)</translation>
    </message>
    <message>
        <source>Lost every computer with your profile? Restore with your recovery key…</source>
        <extracomment>Below the link to an existing profile: for a clinician whose every computer is lost.</extracomment>
        <translation>¿Ha perdido todos sus ordenadores? Restaure con su clave de recuperación…</translation>
    </message>
    <message>
        <source>Use the recovery key you saved when you created your profile, and your relay</source>
        <translation>Use la clave de recuperación que guardó al crear su perfil, y su relé</translation>
    </message>
</context>
<context>
    <name>consilium::ui::PropertiesPanel</name>
    <message>
        <source>Gold</source>
        <extracomment>Tooltip of a colour swatch in the annotation properties.</extracomment>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cian</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source> px</source>
        <extracomment>Unit suffix of the line width, in screen pixels.</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <source>Caption</source>
        <extracomment>Placeholder of the text field: the text of a text annotation or another shape&apos;s caption.</extracomment>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Colour:</source>
        <extracomment>Label of the colour swatches in the annotation properties.</extracomment>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Line width:</source>
        <extracomment>Label of the line width of an annotation.</extracomment>
        <translation>Grosor de línea:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <extracomment>Label of the font size of an annotation&apos;s text and labels.</extracomment>
        <translation>Tamaño de fuente:</translation>
    </message>
    <message>
        <source>Text:</source>
        <extracomment>Label of the text of an annotation.</extracomment>
        <translation>Texto:</translation>
    </message>
    <message>
        <source> mm</source>
        <extracomment>Unit suffix of the known length used for calibration.</extracomment>
        <translation> mm</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <extracomment>Button: make the selected ruler measure the known length typed beside it.</extracomment>
        <translation>Calibrar</translation>
    </message>
    <message>
        <source>Measure this image so that the selected ruler has the known length</source>
        <extracomment>Tooltip of the Calibrate button.</extracomment>
        <translation>Medir esta imagen de modo que la regla seleccionada tenga la longitud conocida</translation>
    </message>
    <message>
        <source>Clear Calibration</source>
        <extracomment>Button: forget the manual calibration of the image.</extracomment>
        <translation>Borrar calibración</translation>
    </message>
    <message>
        <source>Known length:</source>
        <extracomment>Label of the known length of the selected ruler, for calibration.</extracomment>
        <translation>Longitud conocida:</translation>
    </message>
    <message>
        <source>Style of new annotations</source>
        <extracomment>Heading of the properties panel with nothing selected: the controls set the next shape&apos;s style.</extracomment>
        <translation>Estilo de las anotaciones nuevas</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) selected</source>
        <extracomment>Heading of the properties panel with several annotations selected.</extracomment>
        <translation>
            <numerusform>%n anotación seleccionada</numerusform>
            <numerusform>%n anotaciones seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::PublishPage</name>
    <message>
        <source>Publish</source>
        <extracomment>Title of the publish wizard&apos;s last step.</extracomment>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Check the summary, then publish. The images and text are encrypted on this computer before anything is sent.</source>
        <translation>Revise el resumen y publique. Las imágenes y el texto se cifran en este ordenador antes de enviar nada.</translation>
    </message>
    <message>
        <source>&amp;Publish Case</source>
        <extracomment>The button that publishes the case.</extracomment>
        <translation>&amp;Publicar el caso</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Solo usted</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) you chose</source>
        <translation>
            <numerusform>%n colega elegido</numerusform>
            <numerusform>%n colegas elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The members of the group you chose</source>
        <translation>Los miembros del grupo elegido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n de-identified image(s)</source>
        <translation>
            <numerusform>%n imagen desidentificada</numerusform>
            <numerusform>%n imágenes desidentificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation layer(s)</source>
        <translation>
            <numerusform>%n capa de anotaciones</numerusform>
            <numerusform>%n capas de anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lectores</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Attested by you</source>
        <translation>Declarado por usted</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>No declarado</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <extracomment>Shown above the Publish button before publishing.</extracomment>
        <translation>Listo para publicar.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <extracomment>The publish button after a failure.</extracomment>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The consent attestation is required. Go back to the description to give it.</source>
        <translation>La declaración de consentimiento es obligatoria. Vuelva a la descripción para darla.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>El perfil está bloqueado.</translation>
    </message>
    <message>
        <source>Encrypting the case…</source>
        <extracomment>While the case is encrypted into the profile.</extracomment>
        <translation>Cifrando el caso…</translation>
    </message>
    <message>
        <source>The case could not be published: %1</source>
        <extracomment>Publishing failed; %1 says why. Nothing was published.</extracomment>
        <translation>No se pudo publicar el caso: %1</translation>
    </message>
    <message>
        <source>The case is saved on this computer, private to you. It is in your feed.</source>
        <translation>El caso se ha guardado en este ordenador, privado para usted. Está en su muro.</translation>
    </message>
    <message>
        <source>Sending to the relay…</source>
        <translation>Enviando al relé…</translation>
    </message>
    <message>
        <source>Published. Your readers will see the case as soon as their devices sync.</source>
        <translation>Publicado. Sus lectores verán el caso en cuanto sus dispositivos se sincronicen.</translation>
    </message>
    <message>
        <source>Sending to the relay: %1 of %2…</source>
        <extracomment>While the case goes to the relay; %1 and %2 are sizes (&quot;3.2 MiB of 12 MiB&quot;).</extracomment>
        <translation>Enviando al relé: %1 de %2…</translation>
    </message>
    <message>
        <source>This computer was removed from your devices, so the relay refuses it. The case is saved here in the outbox, but it cannot be sent from this computer.</source>
        <translation>Este ordenador se quitó de sus dispositivos, por lo que el relé lo rechaza. El caso queda guardado aquí en la bandeja de salida, pero no se puede enviar desde este ordenador.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. The case is saved and waits in the outbox; it will be sent automatically when the connection is back (Outbox in the sidebar).</source>
        <translation>No se puede contactar con el relé. El caso está guardado y espera en la bandeja de salida; se enviará automáticamente cuando vuelva la conexión (Bandeja de salida en la barra lateral).</translation>
    </message>
    <message>
        <source>The case could not be sent yet (%1). It is saved and waits in the outbox; it will be sent again automatically (Outbox in the sidebar).</source>
        <extracomment>The relay answered with an error; %1 is its exact words. The case is not lost.</extracomment>
        <translation>El caso aún no se ha podido enviar (%1). Está guardado y espera en la bandeja de salida; se volverá a enviar automáticamente (Bandeja de salida en la barra lateral).</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoverAccessPage</name>
    <message>
        <source>Use your recovery key</source>
        <translation>Usar su clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you created this profile, then choose a new passphrase. Your cases, contacts and keys stay as they are.</source>
        <translation>Escriba la clave de recuperación que guardó al crear este perfil y elija una nueva frase de contraseña. Sus casos, contactos y claves se conservan.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Volver a la frase de contraseña</translation>
    </message>
    <message>
        <source>Set Passphrase and Unlock</source>
        <translation>Definir frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Opening the profile with the recovery key…</source>
        <translation>Abriendo el perfil con la clave de recuperación…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryConfirmPage</name>
    <message>
        <source>Confirm your recovery key</source>
        <translation>Confirme su clave de recuperación</translation>
    </message>
    <message>
        <source>Show the Key Again</source>
        <translation>Mostrar la clave de nuevo</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>To be sure you have it, type groups %1 and %2 of your recovery key, as you wrote them down.</source>
        <extracomment>%1 and %2 are group numbers counted from 1, as printed above each group.</extracomment>
        <translation>Para asegurarse de que la tiene, escriba los grupos %1 y %2 de su clave de recuperación tal como los anotó.</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <extracomment>%1 is a group number counted from 1.</extracomment>
        <translation>Grupo &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group %1 does not match your recovery key. Check what you wrote down, or show the key again.</source>
        <extracomment>%1 is a group number.</extracomment>
        <translation>El grupo %1 no coincide con su clave de recuperación. Revise lo que anotó o muestre la clave de nuevo.</translation>
    </message>
    <message>
        <source>Groups %1 and %2 do not match your recovery key. Check what you wrote down, or show the key again.</source>
        <translation>Los grupos %1 y %2 no coinciden con su clave de recuperación. Revise lo que anotó o muestre la clave de nuevo.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyDialog</name>
    <message>
        <source>Replace Recovery Key</source>
        <translation>Sustituir la clave de recuperación</translation>
    </message>
    <message>
        <source>Create Recovery Key</source>
        <translation>Crear una clave de recuperación</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: the old key stops working at once. Keep the new one where you would keep a spare house key.</source>
        <translation>Una nueva clave de recuperación sustituye a la que tiene: la antigua deja de funcionar de inmediato. Guarde la nueva donde guardaría una copia de las llaves de casa.</translation>
    </message>
    <message>
        <source>A recovery key opens this profile if you forget its passphrase. Without one, a forgotten passphrase means losing this profile&apos;s cases.</source>
        <translation>Una clave de recuperación abre este perfil si olvida su frase de contraseña. Sin ella, olvidar la frase de contraseña supone perder los casos de este perfil.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña act&amp;ual:</translation>
    </message>
    <message>
        <source>Replace Key</source>
        <translation>Sustituir la clave</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Crear la clave</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <extracomment>While Argon2id checks the passphrase (a second or two by design).</extracomment>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>No recovery key was made: %1</source>
        <translation>No se creó ninguna clave de recuperación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas frases de contraseña incorrectas: inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiadas frases de contraseña incorrectas: inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into this profile and its cases. Write it down, print it or save it somewhere safe — away from this computer.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de volver a este perfil y sus casos. Anótela, imprímala o guárdela en un lugar seguro, fuera de este ordenador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown only once.&lt;/b&gt; Consilium keeps no copy it could show you again, and nobody can recover it for you.</source>
        <translation>&lt;b&gt;Solo se muestra una vez.&lt;/b&gt; Consilium no guarda ninguna copia que pueda volver a mostrarle, y nadie puede recuperarla por usted.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard, e.g. for a password manager</source>
        <translation>Copiar la clave de recuperación al portapapeles, p. ej. para un gestor de contraseñas</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Guardar en archivo…</translation>
    </message>
    <message>
        <source>Save the recovery key as a text file, e.g. on a USB stick you keep safe</source>
        <translation>Guardar la clave de recuperación como archivo de texto, p. ej. en una memoria USB que guarde en lugar seguro</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key on paper</source>
        <translation>Imprimir la clave de recuperación en papel</translation>
    </message>
    <message>
        <source>I have stored my recovery key in a safe place</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Confirm the recovery key by typing two of its groups</source>
        <translation>Confirmar la clave de recuperación escribiendo dos de sus grupos</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Copiada. Péguela en su gestor de contraseñas y después vacíe el portapapeles.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Guardar clave de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Consilium recovery key</source>
        <translation>Clave de recuperación de Consilium</translation>
    </message>
    <message>
        <source>This key opens your Consilium profile if you forget its passphrase. Keep it somewhere safe, away from the computer; anyone who has it and this computer&apos;s files can read your cases.</source>
        <translation>Esta clave abre su perfil de Consilium si olvida su frase de contraseña. Guárdela en un lugar seguro, fuera del ordenador: quien la tenga junto con los archivos de este ordenador puede leer sus casos.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <extracomment>%1 is the system&apos;s reason.</extracomment>
        <translation>No se pudo guardar la clave: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer.</source>
        <extracomment>%1 is the file&apos;s path.</extracomment>
        <translation>Guardada en %1. Llévela fuera de este ordenador.</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation>Imprimir clave de recuperación</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionPanel</name>
    <message>
        <source>Redaction is burned into the exported copy only. Once exported it cannot be undone: the hidden pixels are not in the copy.</source>
        <extracomment>Warning at the top of the redaction review.</extracomment>
        <translation>La ocultación solo se graba en la copia exportada. Una vez exportada no se puede deshacer: los píxeles ocultos no están en la copia.</translation>
    </message>
    <message>
        <source>Find Text and Faces</source>
        <extracomment>Button: run text recognition and face detection to propose regions to redact.</extracomment>
        <translation>Buscar texto y rostros</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column headers of the redaction list: what proposed the region, which frames, the decision.</extracomment>
        <translation>Región</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: the selected region will be redacted.</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <extracomment>Button: the selected region will not be redacted.</extracomment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept All</source>
        <extracomment>Button: accept every proposed region.</extracomment>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the selected redaction region.</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This frame only</source>
        <extracomment>Choice for a redaction region of a multi-frame image.</extracomment>
        <translation>Solo este fotograma</translation>
    </message>
    <message>
        <source>All frames</source>
        <extracomment>Choice for a redaction region of a multi-frame image.</extracomment>
        <translation>Todos los fotogramas</translation>
    </message>
    <message>
        <source>Fill</source>
        <extracomment>Redaction style: a solid box.</extracomment>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <extracomment>Redaction style: large squares of the mean colour.</extracomment>
        <translation>Pixelado</translation>
    </message>
    <message>
        <source>Blur</source>
        <extracomment>Redaction style: a strong blur.</extracomment>
        <translation>Desenfoque</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <extracomment>Label: which frames the selected region applies to.</extracomment>
        <translation>Se aplica a:</translation>
    </message>
    <message>
        <source>Style:</source>
        <extracomment>Label: how the regions are hidden.</extracomment>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Preview as recipients will see it</source>
        <extracomment>Check box: show the image with the accepted regions redacted, as the export will be.</extracomment>
        <translation>Vista previa tal como la verán los destinatarios</translation>
    </message>
    <message>
        <source>Export De-identified Copy…</source>
        <extracomment>Button: write the de-identified, redacted copy of the image.</extracomment>
        <translation>Exportar copia anonimizada…</translation>
    </message>
    <message>
        <source>%1 x %2 pixels at (%3, %4)</source>
        <extracomment>Tooltip of a redaction region: its box in image pixels.</extracomment>
        <translation>%1 x %2 píxeles en (%3, %4)</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>Frames column: the region applies to every frame.</extracomment>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) will be redacted on export.</source>
        <extracomment>Status under the redaction review: how many regions the export will burn in.</extracomment>
        <translation>
            <numerusform>%n región se ocultará al exportar.</numerusform>
            <numerusform>%n regiones se ocultarán al exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a box with the redaction tool (D), or find burned-in text.</source>
        <translation>Dibuje un recuadro con la herramienta de ocultación (D) o busque texto incrustado.</translation>
    </message>
    <message>
        <source>Looking for burned-in text and faces…</source>
        <extracomment>Status while text recognition and face detection run on the image.</extracomment>
        <translation>Buscando texto incrustado y rostros…</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) proposed: accept or reject each.</source>
        <extracomment>Status after detection: regions proposed for review.</extracomment>
        <translation>
            <numerusform>%n región propuesta: acéptela o recházela.</numerusform>
            <numerusform>%n regiones propuestas: acepte o rechace cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>No burned-in text or face was found.</source>
        <extracomment>Status when detection found nothing (some object types are not scanned for text).</extracomment>
        <translation>No se encontró texto incrustado ni rostros.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RedactionReview</name>
    <message>
        <source>Add Proposed Redactions</source>
        <extracomment>Undo/redo menu entry: detector proposals were added to the redaction review.</extracomment>
        <translation>Añadir ocultaciones propuestas</translation>
    </message>
    <message>
        <source>Add Redaction Box</source>
        <extracomment>Undo/redo menu entry: the user drew a redaction box.</extracomment>
        <translation>Añadir recuadro de ocultación</translation>
    </message>
    <message>
        <source>Accept Redaction</source>
        <translation>Aceptar ocultación</translation>
    </message>
    <message>
        <source>Reject Redaction</source>
        <translation>Rechazar ocultación</translation>
    </message>
    <message>
        <source>Accept All Redactions</source>
        <extracomment>Undo/redo menu entry: every proposed redaction was accepted at once.</extracomment>
        <translation>Aceptar todas las ocultaciones</translation>
    </message>
    <message>
        <source>Adjust Redaction Box</source>
        <extracomment>Undo/redo menu entry: a redaction box was moved or resized.</extracomment>
        <translation>Ajustar recuadro de ocultación</translation>
    </message>
    <message>
        <source>Change Redaction Frames</source>
        <extracomment>Undo/redo menu entry: a redaction now applies to all frames, or to one.</extracomment>
        <translation>Cambiar fotogramas de la ocultación</translation>
    </message>
    <message>
        <source>Delete Redaction Box</source>
        <extracomment>Undo/redo menu entry: a redaction box was deleted.</extracomment>
        <translation>Eliminar recuadro de ocultación</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <extracomment>Tag of a redaction region proposed by text recognition, with its confidence.</extracomment>
        <translation>Texto %1 %</translation>
    </message>
    <message>
        <source>Face %1 %</source>
        <extracomment>Tag of a redaction region proposed by face detection, with its confidence.</extracomment>
        <translation>Rostro %1 %</translation>
    </message>
    <message>
        <source>Manual</source>
        <extracomment>Tag of a redaction box drawn by the user.</extracomment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>State of a redaction region nobody has decided on yet.</extracomment>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>State of a redaction region that will be burned into the export.</extracomment>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>State of a redaction region the reviewer turned down.</extracomment>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>consilium::ui::RemoveDeviceDialog</name>
    <message>
        <source>Remove Device</source>
        <extracomment>Dialog title (Devices page).</extracomment>
        <translation>Retirar el dispositivo</translation>
    </message>
    <message>
        <source>Remove “%1” from your devices?</source>
        <extracomment>%1 is the device&apos;s name as the Devices page shows it.</extracomment>
        <translation>¿Retirar «%1» de sus dispositivos?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once removed, that computer can no longer sync as you: the relay refuses it, and it cannot read cases or comments shared from now on — yours, and your colleagues&apos;, whose Consilium stops sending to it.&lt;/p&gt;&lt;p&gt;What it already downloaded stays on it, protected by its profile passphrase. If it was lost or stolen, that is all it keeps.&lt;/p&gt;&lt;p&gt;This cannot be undone. To use that computer again, link it as a new device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una vez retirado, ese ordenador ya no puede sincronizarse en su nombre: el relé lo rechaza y no puede leer los casos ni los comentarios compartidos a partir de ahora, ni los suyos ni los de sus colegas, cuyo Consilium deja de enviárselos.&lt;/p&gt;&lt;p&gt;Lo que ya descargó permanece en él, protegido por la frase de contraseña de su perfil. Si se perdió o lo robaron, eso es todo lo que conserva.&lt;/p&gt;&lt;p&gt;Esta acción no se puede deshacer. Para volver a usar ese ordenador, vincúlelo como un dispositivo nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <extracomment>Caption above the device&apos;s key fingerprint in the Remove Device dialog.</extracomment>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>Key fingerprint of the device to remove</source>
        <translation>Huella de la clave del dispositivo que se va a retirar</translation>
    </message>
    <message>
        <source>The device&apos;s signing key, as the Devices page shows it</source>
        <translation>La clave de firma del dispositivo, tal como la muestra la página Dispositivos</translation>
    </message>
    <message>
        <source>Removing the device</source>
        <translation>Retirando el dispositivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Remove Device</source>
        <extracomment>Button in the Remove Device dialog; removing cannot be undone.</extracomment>
        <translation>&amp;Retirar el dispositivo</translation>
    </message>
    <message>
        <source>Take this device out of your identity at the relay now</source>
        <translation>Retirar ahora este dispositivo de su identidad en el relé</translation>
    </message>
    <message>
        <source>This profile does not sync with a relay, so it cannot remove a device.</source>
        <translation>Este perfil no se sincroniza con un relé, así que no puede retirar un dispositivo.</translation>
    </message>
    <message>
        <source>Removing “%1” at the relay…</source>
        <translation>Retirando «%1» en el relé…</translation>
    </message>
    <message>
        <source>The device was not removed: the relay cannot be reached. Nothing was changed; check the connection and try again.</source>
        <translation>No se retiró el dispositivo: el relé no está accesible. No se ha cambiado nada; compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The device was not removed: %1</source>
        <extracomment>%1 is the technical reason (the relay refused, the device is not listed…).</extracomment>
        <translation>No se retiró el dispositivo: %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>“%1” is removed: the relay no longer lets it in.</source>
        <translation>«%1» está retirado: el relé ya no lo deja entrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved to a new key that it does not have; your colleagues are told as they sync.</source>
        <translation>
            <numerusform>%n caso pasó a una clave nueva que no tiene; sus colegas lo sabrán cuando se sincronicen.</numerusform>
            <numerusform>%n casos pasaron a una clave nueva que no tiene; sus colegas lo sabrán cuando se sincronicen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your colleagues are told as they sync.</source>
        <translation>Sus colegas lo sabrán cuando se sincronicen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were never shared with this computer: remove the device from another of your computers too to cover them.</source>
        <translation>
            <numerusform>%n caso nunca se compartió con este ordenador: retire el dispositivo también desde otro de sus ordenadores para cubrirlo.</numerusform>
            <numerusform>%n casos nunca se compartieron con este ordenador: retire el dispositivo también desde otro de sus ordenadores para cubrirlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::RestoreProfilePage</name>
    <message>
        <source>Restore with your recovery key</source>
        <translation>Restaurar con su clave de recuperación</translation>
    </message>
    <message>
        <source>If no computer with your profile is left, the recovery key you saved when you created it restores your identity, your credential and your devices from the encrypted key backup on your relay. Cases come back as colleagues share them with you again.</source>
        <translation>Si no le queda ningún equipo con su perfil, la clave de recuperación que guardó al crearlo restaura su identidad, su credencial y sus dispositivos a partir de la copia de seguridad cifrada de sus claves en su relé. Los casos vuelven a medida que sus colegas se los compartan de nuevo.</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Dirección del relé</translation>
    </message>
    <message>
        <source>The relay your profile synced with, as your organisation gave it</source>
        <translation>El relé con el que se sincronizaba su perfil, tal como se lo dio su organización</translation>
    </message>
    <message>
        <source>Folder with verifier.pub and revocations.cbor</source>
        <translation>Carpeta con verifier.pub y revocations.cbor</translation>
    </message>
    <message>
        <source>Verifier folder</source>
        <translation>Carpeta del verificador</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>The folder of the verifier that issued your credential, as your organisation gave it</source>
        <translation>La carpeta del verificador que emitió su credencial, tal como se la dio su organización</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Re&amp;lay:</source>
        <translation>Re&amp;lé:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;Verifier:</source>
        <translation>&amp;Verificador:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>The new passphrase protects the encrypted copy of your profile on this computer. Afterwards you get a new recovery key: the one you type here stops working.</source>
        <translation>La nueva frase de contraseña protege la copia cifrada de su perfil en este ordenador. Después recibirá una nueva clave de recuperación: la que escribe aquí dejará de funcionar.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to creating a new profile</source>
        <translation>Volver a crear un perfil nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop restoring; nothing is kept on this computer</source>
        <translation>Detener la restauración; no se guarda nada en este ordenador</translation>
    </message>
    <message>
        <source>Restore Profile</source>
        <translation>Restaurar perfil</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>Onboarding progress above the page title.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Choose the Verifier&apos;s Folder</source>
        <translation>Elegir la carpeta del verificador</translation>
    </message>
    <message>
        <source>This folder holds no usable verifier: %1</source>
        <extracomment>%1 is the technical reason.</extracomment>
        <translation>Esta carpeta no contiene ningún verificador utilizable: %1</translation>
    </message>
    <message>
        <source>Verifier %1… found: the restored profile will trust it.</source>
        <extracomment>%1 is the start of the verifier&apos;s key in hexadecimal.</extracomment>
        <translation>Verificador %1… encontrado: el perfil restaurado confiará en él.</translation>
    </message>
    <message>
        <source>The verifier that issued your credential; the profile will trust it.</source>
        <translation>El verificador que emitió su credencial; el perfil confiará en él.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Restoring your profile…</source>
        <translation>Restaurando su perfil…</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ReviewPage</name>
    <message>
        <source>Review and Annotate</source>
        <extracomment>Title of the publish wizard&apos;s step where redactions are reviewed and images annotated.</extracomment>
        <translation>Revisar y anotar</translation>
    </message>
    <message>
        <source>Look at each image as recipients will see it. Open it in the editor to black out anything still identifying, and to add arrows, measurements and notes.</source>
        <translation>Mire cada imagen tal como la verán los destinatarios. Ábrala en el editor para tapar lo que aún identifique y añadir flechas, medidas y notas.</translation>
    </message>
    <message>
        <source>De-identified images</source>
        <extracomment>Accessible name of the list of de-identified images.</extracomment>
        <translation>Imágenes desidentificadas</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column headers of the review list.</extracomment>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Added boxes</source>
        <translation>Zonas añadidas</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>&amp;Review and Annotate…</source>
        <extracomment>Button: open the selected image in the image editor.</extracomment>
        <translation>&amp;Revisar y anotar…</translation>
    </message>
    <message>
        <source>Open the selected image in the editor (or double-click it)</source>
        <translation>Abrir la imagen seleccionada en el editor (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <source>Text found by OCR is already blacked out. Boxes you add are burned into the published copy; annotations stay a separate layer readers can hide.</source>
        <extracomment>Note on the review step.</extracomment>
        <translation>El texto detectado por OCR ya está tapado. Las zonas que añada se incrustan en la copia publicada; las anotaciones quedan en una capa aparte que los lectores pueden ocultar.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Done — Back to the Case</source>
        <extracomment>Toolbar button of the editor opened from the publish wizard: keep the changes and go back.</extracomment>
        <translation>Hecho: volver al caso</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SafetyNumberView</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of the QR code image on the safety number and invitation screens.</extracomment>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchHitDelegate</name>
    <message>
        <source>Comment on</source>
        <extracomment>Search result kind, before the case&apos;s title.</extracomment>
        <translation>Comentario en</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
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
        <translation>Comentario en %1: %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SearchPage</name>
    <message>
        <source>Search cases and comments</source>
        <translation>Buscar en casos y comentarios</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Every word is looked for as the start of a word, in titles, clinical text, tags and comments of every case cached on this computer</source>
        <translation>Cada palabra se busca como comienzo de palabra en los títulos, el texto clínico, las etiquetas y los comentarios de todos los casos guardados en este ordenador</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>The local cache could not be searched: %1</source>
        <translation>No se pudo buscar en la caché local: %1</translation>
    </message>
    <message>
        <source>Search everything on this computer</source>
        <translation>Buscar en todo lo que hay en este ordenador</translation>
    </message>
    <message>
        <source>Titles, clinical questions, histories, findings, tags and comments of every cached case. Type the beginning of words: &quot;pneumo&quot; finds pneumothorax.</source>
        <translation>Títulos, preguntas clínicas, antecedentes, hallazgos, etiquetas y comentarios de cada caso guardado. Escriba el comienzo de las palabras: «neumo» encuentra neumotórax.</translation>
    </message>
    <message>
        <source>The search index is inside the encrypted cache; nothing leaves this computer.</source>
        <translation>El índice de búsqueda está dentro de la caché cifrada; nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user searched for.</extracomment>
        <translation>Ningún resultado para «%1»</translation>
    </message>
    <message>
        <source>Try fewer or shorter words. Cases not synced to this computer cannot be searched.</source>
        <translation>Pruebe con menos palabras o más cortas. Los casos no sincronizados en este ordenador no se pueden buscar.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent results</source>
        <translation>
            <numerusform>El resultado más reciente</numerusform>
            <numerusform>Los %n resultados más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SecurityPage</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>The unit after the idle lock&apos;s number of minutes.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Without a key press or click for this long, the profile locks and its cases leave the screen. File › Lock Profile (Ctrl+L) locks at once.</source>
        <translation>Sin pulsar una tecla ni hacer clic durante este tiempo, el perfil se bloquea y sus casos desaparecen de la pantalla. Archivo › Bloquear perfil (Ctrl+L) bloquea de inmediato.</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase protects the key of this profile&apos;s encrypted cases. Nobody can recover it for you.</source>
        <translation>La frase de contraseña protege la clave de los casos cifrados de este perfil. Nadie puede recuperarla por usted.</translation>
    </message>
    <message>
        <source>Open this profile without its passphrase on this computer</source>
        <translation>Abrir este perfil sin su frase de contraseña en este ordenador</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>The profile&apos;s key is then kept in the system keychain (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager), which opens when you log in. Use it only on a computer nobody else uses.</source>
        <translation>La clave del perfil se guarda entonces en el llavero del sistema (GNOME Keyring, KWallet, el Llavero de macOS o el Administrador de credenciales de Windows), que se abre al iniciar sesión. Úselo solo en un ordenador que nadie más utilice.</translation>
    </message>
    <message>
        <source>Available once this profile has been created</source>
        <translation>Disponible una vez creado este perfil</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Quitando la clave del llavero del sistema…</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keychain</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>Enter this profile&apos;s passphrase:</source>
        <translation>Introduzca la frase de contraseña de este perfil:</translation>
    </message>
    <message>
        <source>Keep in Keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Guardando la clave en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The system keychain was not changed: %1</source>
        <extracomment>%1 is the reason, from the system or the profile (e.g. &quot;Wrong passphrase.&quot;).</extracomment>
        <translation>El llavero del sistema no se modificó: %1</translation>
    </message>
    <message>
        <source>This profile opens with the key kept in the system keychain.</source>
        <translation>Este perfil se abre con la clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>La frase de contraseña se ha cambiado. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <source>Recovery Key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Replace Recovery Key…</source>
        <translation>Sustituir la clave de recuperación…</translation>
    </message>
    <message>
        <source>Create Recovery Key…</source>
        <translation>Crear una clave de recuperación…</translation>
    </message>
    <message>
        <source>Unlock this profile first</source>
        <translation>Desbloquee primero este perfil</translation>
    </message>
    <message>
        <source>⚠ This profile has no recovery key. If you forget its passphrase, nobody can open it again and its cases are lost.</source>
        <translation>⚠ Este perfil no tiene clave de recuperación. Si olvida su frase de contraseña, nadie podrá volver a abrirlo y sus casos se perderán.</translation>
    </message>
    <message>
        <source>The recovery key was shown but not confirmed; the next unlock shows a new one.</source>
        <translation>La clave de recuperación se mostró pero no se confirmó; el próximo desbloqueo mostrará una nueva.</translation>
    </message>
    <message>
        <source>A recovery key opens this profile if you forget its passphrase. Replacing it makes the old one useless, for example after it was seen by someone else.</source>
        <translation>Una clave de recuperación abre este perfil si olvida su frase de contraseña. Sustituirla inutiliza la antigua, por ejemplo si otra persona la ha visto.</translation>
    </message>
    <message>
        <source>The new recovery key is confirmed. Keep it safe: it opens this profile without the passphrase.</source>
        <translation>La nueva clave de recuperación está confirmada. Guárdela en un lugar seguro: abre este perfil sin la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SelectPage</name>
    <message>
        <source>Choose Images</source>
        <extracomment>Title of the publish wizard&apos;s step where series and images are chosen.</extracomment>
        <translation>Elegir las imágenes</translation>
    </message>
    <message>
        <source>Tick the series to share, or open a series and tick its key images only.</source>
        <translation>Marque las series que quiere compartir, o despliegue una serie y marque solo sus imágenes clave.</translation>
    </message>
    <message>
        <source>Series and images</source>
        <extracomment>Accessible name of the list of series and images to choose from.</extracomment>
        <translation>Series e imágenes</translation>
    </message>
    <message>
        <source>Series</source>
        <extracomment>Column headers of the series list: what it is, how many images, the modality.</extracomment>
        <translation>Series</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Reading the imported files…</source>
        <extracomment>Shown while the imported files are read.</extracomment>
        <translation>Leyendo los archivos importados…</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
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
        <translation>%1, serie %2</translation>
    </message>
    <message>
        <source>Image %1 — %2</source>
        <extracomment>One image of a series in the publish wizard; %1 its position, %2 the file name.</extracomment>
        <translation>Imagen %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out:</source>
        <extracomment>Above the list of files that could not be read; %n is how many.</extracomment>
        <translation>
            <numerusform>%n archivo no se pudo leer y se omite:</numerusform>
            <numerusform>%n archivos no se pudieron leer y se omiten:</numerusform>
        </translation>
    </message>
    <message>
        <source>No images were found in what was imported.</source>
        <extracomment>When nothing imported could be shown.</extracomment>
        <translation>No se encontraron imágenes en lo importado.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) chosen</source>
        <extracomment>How many images are chosen for the case.</extracomment>
        <translation>
            <numerusform>%n imagen elegida</numerusform>
            <numerusform>%n imágenes elegidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consilium::ui::SeriesStrip</name>
    <message>
        <source>Series</source>
        <extracomment>Accessible name of the strip of series thumbnails.</extracomment>
        <translation>Series</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
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
%3 · imágenes: %4</translation>
    </message>
    <message>
        <source>Click to show it in the active pane, or drag it onto a pane</source>
        <extracomment>Last line of a series thumbnail&apos;s tooltip.</extracomment>
        <translation>Haga clic para mostrarla en el panel activo, o arrástrela a un panel</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ShapeCatalogue</name>
    <message>
        <source>Arrow</source>
        <extracomment>Annotation tool and layer name: an arrow pointing at something.</extracomment>
        <translation>Flecha</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Annotation tool and layer name: a text label.</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Point</source>
        <extracomment>Annotation tool and layer name: a point marker.</extracomment>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Ruler</source>
        <extracomment>Annotation tool and layer name: a length measurement.</extracomment>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Angle</source>
        <extracomment>Annotation tool and layer name: an angle measurement (three clicks).</extracomment>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>Cobb Angle</source>
        <extracomment>Annotation tool and layer name: the Cobb angle between two lines (scoliosis).</extracomment>
        <translation>Ángulo de Cobb</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <extracomment>Annotation tool and layer name: an elliptical region of interest.</extracomment>
        <translation>ROI elíptica</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <extracomment>Annotation tool and layer name: a rectangular region of interest.</extracomment>
        <translation>ROI rectangular</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <extracomment>Annotation tool and layer name: a polygonal region of interest (clicks).</extracomment>
        <translation>ROI poligonal</translation>
    </message>
    <message>
        <source>Freehand ROI</source>
        <extracomment>Annotation tool and layer name: a region of interest drawn by hand.</extracomment>
        <translation>ROI a mano alzada</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the keyboard shortcuts window.</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search commands or keys</source>
        <extracomment>Placeholder of the search field of the keyboard shortcuts window.</extracomment>
        <translation>Buscar órdenes o teclas</translation>
    </message>
    <message>
        <source>Command</source>
        <extracomment>Column headers of the keyboard shortcuts window.</extracomment>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncController</name>
    <message>
        <source>“%1” is not a relay address: it must look like https://relay.example.org</source>
        <translation>«%1» no es una dirección de relé: debe tener la forma https://relay.example.org</translation>
    </message>
    <message>
        <source>The profile was locked before the relay answered.</source>
        <translation>El perfil se bloqueó antes de que respondiera el relé.</translation>
    </message>
    <message>
        <source>Sync has stopped.</source>
        <translation>La sincronización se ha detenido.</translation>
    </message>
    <message>
        <source>The relay cannot be reached. Check the network connection; sync resumes by itself.</source>
        <extracomment>Why sync failed when the relay does not answer; sync resumes by itself.</extracomment>
        <translation>No se puede contactar con el relé. Compruebe la conexión de red; la sincronización se reanudará sola.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncPage</name>
    <message>
        <source>Relay address</source>
        <translation>Dirección del relé</translation>
    </message>
    <message>
        <source>&amp;Use This Relay</source>
        <translation>&amp;Usar este relé</translation>
    </message>
    <message>
        <source>Store this relay in the profile and sync with it now</source>
        <translation>Guardar este relé en el perfil y sincronizar con él ahora</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>The relay forwards this profile&apos;s encrypted cases and comments; it never sees their content. Your colleagues must use the same relay.</source>
        <translation>El relé transmite los casos y comentarios cifrados de este perfil; nunca ve su contenido. Sus colegas deben usar el mismo relé.</translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>Unit after the cache size limit (gibibytes).</extracomment>
        <translation> GB</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Límite de tamaño de la caché</translation>
    </message>
    <message>
        <source>Offline Cache</source>
        <translation>Caché sin conexión</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>Whether the system keychain may open this profile without its passphrase is set on the Security page.</source>
        <translation>Si el llavero del sistema puede abrir este perfil sin su frase de contraseña se configura en la página Seguridad.</translation>
    </message>
    <message>
        <source>Open &amp;Security Settings</source>
        <translation>Abrir los ajustes de &amp;seguridad</translation>
    </message>
    <message>
        <source>Unlock a profile to see and change its relay.</source>
        <translation>Desbloquee un perfil para ver y cambiar su relé.</translation>
    </message>
    <message>
        <source>This profile does not sync yet.</source>
        <translation>Este perfil aún no se sincroniza.</translation>
    </message>
    <message>
        <source>This profile does not sync: %1</source>
        <translation>Este perfil no se sincroniza: %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando con %1…</translation>
    </message>
    <message>
        <source>Online: in sync with %1.</source>
        <translation>En línea: sincronizado con %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The cache size is not known.</source>
        <translation>Se desconoce el tamaño de la caché.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
    <message>
        <source>&amp;Keep new cases offline as they arrive</source>
        <translation>&amp;Conservar los casos nuevos sin conexión al llegar</translation>
    </message>
    <message>
        <source>Ticks “Keep offline” on every case received from now on</source>
        <translation>Marca «Guardar sin conexión» en cada caso que se reciba a partir de ahora</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>No se guardó el ajuste: %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The cache size limit&apos;s value 0: the cache may grow without limit.</extracomment>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Cache size &amp;limit:</source>
        <translation>&amp;Tamaño máximo de la caché:</translation>
    </message>
    <message>
        <source>Images and layers of your cases stay on this computer, encrypted, so they open offline. Past the limit, the images of the cases you opened least recently are removed and downloaded again from the relay when you open them. Cases kept offline, the case on screen and cases still being sent are never removed.</source>
        <translation>Las imágenes y capas de sus casos se quedan cifradas en este ordenador para abrirse sin conexión. Por encima del límite, se eliminan las imágenes de los casos abiertos hace más tiempo, que se vuelven a descargar del relé al abrirlos. Los casos guardados sin conexión, el caso en pantalla y los casos que aún se están enviando nunca se eliminan.</translation>
    </message>
    <message>
        <source>The encrypted cache holds %1 of %2, %3 pinned.</source>
        <extracomment>Settings › Sync, e.g. &quot;The encrypted cache holds 1.2 GB of 2 GB, 340 MB pinned.&quot;</extracomment>
        <translation>La caché cifrada ocupa %1 de %2, de ellos %3 guardados sin conexión.</translation>
    </message>
    <message>
        <source>The encrypted cache holds %1, %2 pinned.</source>
        <extracomment>Settings › Sync without a limit, e.g. &quot;The encrypted cache holds 1.2 GB, 340 MB pinned.&quot;</extracomment>
        <translation>La caché cifrada ocupa %1, de ellos %2 guardados sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>The images of %n case(s) (%1) were removed to respect the limit; they are downloaded again when opened.</source>
        <translation>
            <numerusform>Las imágenes de %n caso (%1) se eliminaron para respetar el límite; se vuelven a descargar al abrirlo.</numerusform>
            <numerusform>Las imágenes de %n casos (%1) se eliminaron para respetar el límite; se vuelven a descargar al abrirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Cases kept offline and cases being sent take more than the limit and are never removed: stop keeping offline the cases you no longer need.</source>
        <translation>⚠ Los casos guardados sin conexión y los que se están enviando superan el límite y nunca se eliminan: deje de guardar sin conexión los casos que ya no necesite.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this computer: it was removed from your devices on another of your computers. Cases already here stay readable.</source>
        <extracomment>%1 is the relay&apos;s address.</extracomment>
        <translation>%1 ya no acepta este ordenador: se quitó de sus dispositivos desde otro de sus ordenadores. Los casos que ya están aquí siguen siendo legibles.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection; sync resumes by itself.</source>
        <translation>No se puede contactar con %1. Compruebe la conexión de red; la sincronización se reanudará sola.</translation>
    </message>
    <message>
        <source>Not in sync with %1: %2</source>
        <extracomment>%1 is the relay&apos;s address, %2 its exact error.</extracomment>
        <translation>Sin sincronizar con %1: %2</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncStatusLabel</name>
    <message>
        <source>Syncing…</source>
        <extracomment>Status bar: the app is exchanging encrypted cases and comments with the relay.</extracomment>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online · synced</source>
        <extracomment>Status bar: connected to the relay, nothing left to send.</extracomment>
        <translation>En línea · sincronizado</translation>
    </message>
    <message>
        <source>End-to-end encrypted sync through the relay %1. The relay never sees the content.</source>
        <extracomment>Tooltip of the sync indicator; %1 is the relay&apos;s address.</extracomment>
        <translation>Sincronización cifrada de extremo a extremo a través del relé %1. El relé nunca ve el contenido.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <extracomment>Tooltip of the sync indicator when offline; %1 is the reason.</extracomment>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Sending “%1” · %2 %</source>
        <extracomment>Status bar while a published case goes to the relay; %1 its title, %2 the percentage of the whole case (images and messages).</extracomment>
        <translation>Enviando «%1» · %2 %</translation>
    </message>
    <message>
        <source>Online — %1</source>
        <extracomment>Status bar: connected to the relay; %1 what is still being sent (&quot;2 cases waiting&quot;).</extracomment>
        <translation>En línea — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: the relay cannot be reached, nothing is waiting to be sent.</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <extracomment>Status bar: the relay cannot be reached; %1 what is kept to be sent later (&quot;2 cases waiting&quot;).</extracomment>
        <translation>Sin conexión — %1</translation>
    </message>
    <message>
        <source>%1 and %2 waiting</source>
        <extracomment>Status bar: %1 &quot;2 cases&quot;, %2 &quot;1 other change&quot; (comments and the like).</extracomment>
        <translation>%1 y %2 en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <extracomment>Comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n cambio más</numerusform>
            <numerusform>%n cambios más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting</source>
        <extracomment>Status bar: published cases still to be sent.</extracomment>
        <translation>
            <numerusform>%n caso en espera</numerusform>
            <numerusform>%n casos en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <extracomment>Status bar: comments, and introductions to new contacts, still to be sent.</extracomment>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Not syncing · removed from your devices</source>
        <extracomment>Status bar: this computer was removed from the profile&apos;s devices, so it no longer syncs.</extracomment>
        <translation>Sin sincronizar · quitado de sus dispositivos</translation>
    </message>
    <message>
        <source>The relay no longer accepts this computer: it was removed from your devices on another of your computers. The cases already here stay readable, but nothing new arrives and nothing is sent from here. To sync on this computer again, link it as a new device from one of your other computers (Devices › Link New Device…).</source>
        <extracomment>Tooltip of the sync indicator on a computer removed from the profile&apos;s devices.</extracomment>
        <translation>El relé ya no acepta este ordenador: se quitó de sus dispositivos desde otro de sus ordenadores. Los casos que ya están aquí siguen siendo legibles, pero no llega nada nuevo y no se envía nada desde aquí. Para volver a sincronizar este ordenador, vincúlelo como dispositivo nuevo desde otro de sus ordenadores (Dispositivos › Vincular un dispositivo nuevo…).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>Tooltip of the sync indicator: the exact error, for whoever runs the relay.</extracomment>
        <translation>Detalles: %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::SyncWorker</name>
    <message>
        <source>This profile does not sync with a relay, so contacts cannot be fetched or told about changes.</source>
        <extracomment>Shown when adding a contact or changing a group in a profile that has no relay to sync with.</extracomment>
        <translation>Este perfil no se sincroniza con ningún relé, así que no se pueden obtener contactos ni avisarles de cambios.</translation>
    </message>
    <message>
        <source>This is your own invitation code: give it to a colleague, and paste theirs here.</source>
        <translation>Este es su propio código de invitación: déselo a un colega y pegue aquí el suyo.</translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagBrowser</name>
    <message>
        <source>DICOM Tags</source>
        <extracomment>Title of the DICOM tag browser window.</extracomment>
        <translation>Etiquetas DICOM</translation>
    </message>
    <message>
        <source>Search keyword, tag (0010,0010) or value</source>
        <extracomment>Placeholder of the tag browser&apos;s search field.</extracomment>
        <translation>Buscar palabra clave, etiqueta (0010,0010) o valor</translation>
    </message>
    <message>
        <source>Show only attributes whose keyword, tag or value matches; sequences keep their items</source>
        <translation>Mostrar solo los atributos cuya palabra clave, etiqueta o valor coincide; las secuencias conservan sus elementos</translation>
    </message>
    <message>
        <source>Attributes</source>
        <extracomment>Accessible name of the tree of DICOM attributes.</extracomment>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Tag browser status while a file is read; %1 is the file name.</extracomment>
        <translation>Leyendo %1…</translation>
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
            <numerusform>%1 · %n atributo</numerusform>
            <numerusform>%1 · %n atributos</numerusform>
        </translation>
    </message>
    <message>
        <source>DICOM Tags – %1</source>
        <extracomment>Tag browser window title; %1 is the file name.</extracomment>
        <translation>Etiquetas DICOM – %1</translation>
    </message>
</context>
<context>
    <name>consilium::ui::TagTreeModel</name>
    <message>
        <source>Item %1</source>
        <extracomment>Tag browser: an item of a sequence; %1 its number (1, 2, ...).</extracomment>
        <translation>Elemento %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <extracomment>Tag browser: how many attributes an item of a sequence holds.</extracomment>
        <translation>
            <numerusform>%n atributo</numerusform>
            <numerusform>%n atributos</numerusform>
        </translation>
    </message>
    <message>
        <source>(private)</source>
        <extracomment>Tag browser: keyword column of a private attribute the dictionary does not know.</extracomment>
        <translation>(privado)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Tag browser: value column of a sequence; %n is how many items it has.</extracomment>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Tag browser column: the attribute&apos;s tag, (gggg,eeee).</extracomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>Tag browser column: the attribute&apos;s keyword (PS3.6), e.g. PatientName.</extracomment>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>VR</source>
        <extracomment>Tag browser column: value representation, two letters such as PN or US.</extracomment>
        <translation>VR</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Tag browser column: the attribute&apos;s value.</extracomment>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>consilium::ui::UnlockPage</name>
    <message>
        <source>Unlock “%1”</source>
        <translation>Desbloquear «%1»</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile&apos;s encrypted cases.</source>
        <translation>Introduzca la frase de contraseña que protege los casos cifrados de este perfil.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Open the encrypted profile (Enter)</source>
        <translation>Abrir el perfil cifrado (Intro)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: try again in %1 s.</source>
        <translation>Demasiadas frases de contraseña incorrectas: vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <source>This demo profile holds synthetic cases only; its passphrase is “%1”.</source>
        <translation>Este perfil de demostración solo contiene casos sintéticos; su frase de contraseña es «%1».</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este ordenador</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the system keychain, so it opens without the passphrase when you are logged in to this computer. Only on a computer nobody else uses.</source>
        <translation>Guardar la clave de este perfil en el llavero del sistema, para que se abra sin la frase de contraseña cuando haya iniciado sesión en este ordenador. Solo en un ordenador que nadie más utilice.</translation>
    </message>
    <message>
        <source>Use System Keychain</source>
        <translation>Usar el llavero del sistema</translation>
    </message>
    <message>
        <source>Open the profile with the key kept in the system keychain</source>
        <translation>Abrir el perfil con la clave guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>The system keychain did not open this profile: %1. Enter the passphrase.</source>
        <extracomment>%1 is the system&apos;s reason, in English (e.g. &quot;no system keychain is available (...)&quot;).</extracomment>
        <translation>El llavero del sistema no abrió este perfil: %1. Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Forgot passphrase? Use recovery key</source>
        <translation>¿Olvidó la frase de contraseña? Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Open this profile with the recovery key shown when it was created, and choose a new passphrase</source>
        <translation>Abrir este perfil con la clave de recuperación mostrada al crearlo y elegir una nueva frase de contraseña</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ViewerPane</name>
    <message>
        <source>%1 cannot be shown:
%2</source>
        <extracomment>Shown instead of an image that cannot be decoded; %1 file name, %2 the reason.</extracomment>
        <translation>%1 no se puede mostrar:
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
        <translation>Imagen %1 / %2</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <extracomment>Corner text for a frame of a multi-frame object.</extracomment>
        <translation>Fotograma %1</translation>
    </message>
    <message>
        <source>Cine %1 fps</source>
        <extracomment>Corner text while cine plays; %1 frames per second.</extracomment>
        <translation>Cine %1 fps</translation>
    </message>
</context>
<context>
    <name>consilium::ui::ViewerPanel</name>
    <message>
        <source>Open DICOM files, a folder or photos with File › Open.</source>
        <extracomment>Shown in the image area before anything is opened.</extracomment>
        <translation>Abra archivos DICOM, una carpeta o fotos con Archivo › Abrir.</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the next image of the series</source>
        <translation>Mostrar la imagen siguiente de la serie</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagen &amp;anterior</translation>
    </message>
    <message>
        <source>Show the previous image of the series</source>
        <translation>Mostrar la imagen anterior de la serie</translation>
    </message>
    <message>
        <source>Move a tenth of the series forward</source>
        <translation>Avanzar una décima parte de la serie</translation>
    </message>
    <message>
        <source>Page &amp;Back</source>
        <translation>&amp;Retroceder página</translation>
    </message>
    <message>
        <source>Move a tenth of the series back</source>
        <translation>Retroceder una décima parte de la serie</translation>
    </message>
    <message>
        <source>Show the first image of the series</source>
        <translation>Mostrar la primera imagen de la serie</translation>
    </message>
    <message>
        <source>Show the last image of the series</source>
        <translation>Mostrar la última imagen de la serie</translation>
    </message>
    <message>
        <source>Play or pause the series as a movie</source>
        <translation>Reproducir o pausar la serie como una película</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Zoom so that the whole image fits</source>
        <translation>Ajustar el zoom para ver la imagen entera</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>Píxeles &amp;reales</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1:1)</source>
        <translation>Mostrar un píxel de la imagen por píxel de pantalla (1:1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Magnify the image</source>
        <translation>Ampliar la imagen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Reduce the image</source>
        <translation>Reducir la imagen</translation>
    </message>
    <message>
        <source>In&amp;vert</source>
        <translation>In&amp;vertir</translation>
    </message>
    <message>
        <source>Swap black and white</source>
        <translation>Intercambiar negro y blanco</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>&amp;Girar 90°</translation>
    </message>
    <message>
        <source>Rotate the image a quarter turn clockwise</source>
        <translation>Girar la imagen un cuarto de vuelta en sentido horario</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontally</source>
        <translation>Voltear &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Mirror the image left to right</source>
        <translation>Reflejar la imagen de izquierda a derecha</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;establecer</translation>
    </message>
    <message>
        <source>Back to the image&apos;s own window, fitted, without rotation, flip or inversion</source>
        <translation>Volver a la ventana propia de la imagen, ajustada, sin giro, volteo ni inversión</translation>
    </message>
    <message>
        <source>&amp;Window/Level with Left Button</source>
        <translation>&amp;Ventana/nivel con el botón izquierdo</translation>
    </message>
    <message>
        <source>Drag with the left button to change the window (otherwise it pans); the right button always changes the window</source>
        <translation>Arrastrar con el botón izquierdo para cambiar la ventana (si no, desplaza la imagen); el botón derecho siempre cambia la ventana</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <extracomment>Menu entry of a CT window preset: %1 its name, %2 centre, %3 width (HU).</extracomment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Apply the %1 window (CT)</source>
        <extracomment>Tooltip of a CT window preset; %1 is its name.</extracomment>
        <translation>Aplicar la ventana %1 (TC)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown in the image area while files are being scanned.</extracomment>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>No images found.</source>
        <extracomment>Shown when nothing that was opened can be displayed.</extracomment>
        <translation>No se encontraron imágenes.</translation>
    </message>
    <message>
        <source>No images could be shown:
%1</source>
        <translation>No se pudo mostrar ninguna imagen:
%1</translation>
    </message>
    <message>
        <source>Page Forwar&amp;d</source>
        <translation>Avanzar &amp;página</translation>
    </message>
    <message>
        <source>First Ima&amp;ge</source>
        <translation>P&amp;rimera imagen</translation>
    </message>
    <message>
        <source>&amp;Last Image</source>
        <translation>Ú&amp;ltima imagen</translation>
    </message>
    <message>
        <source>Play &amp;Cine</source>
        <translation>Re&amp;producir cine</translation>
    </message>
    <message>
        <source>Ne&amp;xt Window from Image</source>
        <translation>Ventana siguiente de la &amp;imagen</translation>
    </message>
    <message>
        <source>Switch to the next window or VOI LUT that the image itself recommends</source>
        <translation>Pasar a la siguiente ventana o LUT VOI que recomienda la propia imagen</translation>
    </message>
    <message>
        <source>DICOM &amp;Tags…</source>
        <translation>&amp;Etiquetas DICOM…</translation>
    </message>
    <message>
        <source>Browse every attribute of the current image, sequences included, and search them</source>
        <translation>Explorar todos los atributos de la imagen actual, secuencias incluidas, y buscar en ellos</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <extracomment>Export View when no image is on screen.</extracomment>
        <translation>No hay ninguna imagen que exportar.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File dialog filters of Export View; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Imagen JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .png or .jpg.</source>
        <extracomment>Export View with a file name that is neither .png nor .jpg; %1 is the file.</extracomment>
        <translation>%1: elija un nombre que termine en .png o .jpg.</translation>
    </message>
    <message>
        <source>View exported to %1</source>
        <extracomment>Status message after Export View; %1 is the file written.</extracomment>
        <translation>Vista exportada a %1</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <extracomment>Export View failed; %1 the file, %2 the reason.</extracomment>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
    <message>
        <source>Layout &amp;1×1</source>
        <translation>Disposición &amp;1×1</translation>
    </message>
    <message>
        <source>Show one series</source>
        <translation>Mostrar una serie</translation>
    </message>
    <message>
        <source>Layout 1×&amp;2</source>
        <translation>Disposición 1×&amp;2</translation>
    </message>
    <message>
        <source>Show two series side by side</source>
        <translation>Mostrar dos series una al lado de otra</translation>
    </message>
    <message>
        <source>Layout 2×2</source>
        <translation>Disposición 2×2</translation>
    </message>
    <message>
        <source>Show four series in a grid</source>
        <translation>Mostrar cuatro series en cuadrícula</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Make the next pane the active one</source>
        <translation>Activar el panel siguiente</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>&amp;Lupa</translation>
    </message>
    <message>
        <source>A loupe that follows the cursor: hold the key, or tap it to keep the loupe on</source>
        <translation>Una lupa que sigue al cursor: mantenga pulsada la tecla, o púlsela brevemente para dejarla activa</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Superposiciones</translation>
    </message>
    <message>
        <source>Show or hide the overlay planes stored with the image (annotations, regions)</source>
        <translation>Mostrar u ocultar los planos de superposición guardados con la imagen (anotaciones, regiones)</translation>
    </message>
</context>
</TS>
