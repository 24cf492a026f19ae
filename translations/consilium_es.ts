<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>consilium::ui::MainWindow</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>Window title when a profile other than the default is open; %1 is the profile name, %2 the product name (&quot;Consilium&quot;). Keep the product name last.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <extracomment>Title of the empty feed, before any case has been shared with the user.</extracomment>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <source>Cases that colleagues share privately with you will appear here, with their images, the clinical question and the discussion around them.</source>
        <translation>Aquí aparecerán los casos que sus colegas compartan con usted de forma privada, con sus imágenes, la pregunta clínica y la discusión que los acompaña.</translation>
    </message>
    <message>
        <source>End-to-end encrypted: only you and the people a case is shared with can read it.</source>
        <translation>Cifrado de extremo a extremo: solo usted y las personas con quienes se comparte un caso pueden leerlo.</translation>
    </message>
    <message>
        <source>Case feed</source>
        <extracomment>Accessible name of the area where the feed of cases is shown.</extracomment>
        <translation>Lista de casos</translation>
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
</context>
</TS>
