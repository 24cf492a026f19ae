// The .deb as users get it, unpacked by the "packaging: build and unpack the .deb" fixture
// (BuildPackage.cmake): the executables run from the unpacked tree, the desktop integration is
// there and valid, the translations are shipped, and the control data names its dependencies.

#include "core/common/Version.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace consilium::test;

namespace {

QString packageDir()
{
    return QStringLiteral(CONSILIUM_PACKAGE_DIR);
}

QString root()
{
    return QDir(packageDir()).filePath(QStringLiteral("root"));
}

QString inRoot(const QString& path)
{
    return QDir(root()).filePath(path);
}

QString appId()
{
    return QStringLiteral(CONSILIUM_APP_ID);
}

QString debPath()
{
    QFile file(QDir(packageDir()).filePath(QStringLiteral("deb-path.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).trimmed();
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    // No display is needed for --version, but never let a test touch a real one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// External validators are part of the check; when one is missing, say so instead of passing.
QString requireTool(const QString& name, const QString& debianPackage)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        skipTest(name + QStringLiteral(" not found (Debian package ") + debianPackage + u')');
    return path;
}

QString controlField(const QString& field)
{
    const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), debPath(), field});
    REQUIRE(fields.exitCode == 0);
    return fields.out.trimmed();
}

} // namespace

TEST_CASE("the executables run from the unpacked package and report its version", "[packaging]")
{
    const Run cli = run(inRoot(QStringLiteral("usr/bin/consilium-cli")), {QStringLiteral("--version")});
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 0);
    CHECK(cli.out.trimmed() == QStringLiteral("consilium-cli ") + consilium::versionString());

    const Run relay = run(inRoot(QStringLiteral("usr/bin/consilium-relay")), {QStringLiteral("--version")});
    CHECK(relay.exitCode == 0);
    CHECK(relay.out.trimmed() == QStringLiteral("consilium-relay ") + consilium::versionString());

    const Run gui = run(inRoot(QStringLiteral("usr/bin/consilium")), {QStringLiteral("--version")});
    CHECK(gui.exitCode == 0);
    CHECK(gui.out.trimmed() == QStringLiteral("consilium ") + consilium::versionString());
}

TEST_CASE("the control data names the package, its maintainer, section and dependencies", "[packaging]")
{
    CHECK(controlField(QStringLiteral("Package")) == QStringLiteral("consilium"));
    CHECK(controlField(QStringLiteral("Version")) == consilium::versionString());
    CHECK(controlField(QStringLiteral("Section")) == QStringLiteral("science"));
    CHECK(controlField(QStringLiteral("Maintainer")).contains(u'@'));
    CHECK_FALSE(controlField(QStringLiteral("Description")).isEmpty());
    CHECK(controlField(QStringLiteral("Homepage")).startsWith(QStringLiteral("https://")));

    // Computed by dpkg-shlibdeps from the binaries, plus the run-time Qt plugins named by hand.
    const QString depends = controlField(QStringLiteral("Depends"));
    INFO(depends.toStdString());
    for (const char* package : {"libc6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                                "libqt6httpserver6", "libqt6svg6", "qt6-qpa-plugins"}) {
        INFO(package);
        const QRegularExpression entry(QStringLiteral("(^|, )%1( |,|$)").arg(QLatin1String(package)));
        CHECK(depends.contains(entry));
    }
}

TEST_CASE("the desktop entry is installed, valid and points at the executable and icon", "[packaging]")
{
    const QString desktop = inRoot(QStringLiteral("usr/share/applications/") + appId() + QStringLiteral(".desktop"));
    REQUIRE(QFileInfo(desktop).isFile());
    QFile file(desktop);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("\nExec=consilium\n")));
    CHECK(text.contains(QStringLiteral("\nIcon=") + appId() + u'\n'));
    CHECK_FALSE(text.contains(u'@')); // every @VARIABLE@ was configured

    const Run validate = run(requireTool(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils")),
                             {desktop});
    INFO(validate.out.toStdString() << validate.err.toStdString());
    CHECK(validate.exitCode == 0);
    CHECK(validate.out.trimmed().isEmpty()); // not even hints
}

TEST_CASE("the AppStream metadata is installed, valid and lists this version", "[packaging]")
{
    const QString metainfo = inRoot(QStringLiteral("usr/share/metainfo/") + appId() + QStringLiteral(".metainfo.xml"));
    REQUIRE(QFileInfo(metainfo).isFile());

    const Run validate = run(requireTool(QStringLiteral("appstreamcli"), QStringLiteral("appstream")),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    INFO(validate.out.toStdString() << validate.err.toStdString());
    CHECK(validate.exitCode == 0);

    QFile file(metainfo);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString newestRelease;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("id") && id.isEmpty())
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (xml.name() == QLatin1String("release") && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(id == appId());
    CHECK(launchable == appId() + QStringLiteral(".desktop"));
    // A version bump needs release notes: the newest <release> is the project's version.
    CHECK(newestRelease == consilium::versionString());
}

TEST_CASE("the icon is installed as a scalable SVG named after the application", "[packaging]")
{
    const QString icon
        = inRoot(QStringLiteral("usr/share/icons/hicolor/scalable/apps/") + appId() + QStringLiteral(".svg"));
    REQUIRE(QFileInfo(icon).isFile());
    QFile file(icon);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    CHECK(xml.name() == QLatin1String("svg"));
    CHECK_FALSE(xml.attributes().value(QLatin1String("viewBox")).isEmpty());
}

TEST_CASE("the translations are installed where the application looks for them", "[packaging]")
{
    // ui/common/Translators.cpp looks in <bin>/../share/consilium/translations.
    const QDir translations(inRoot(QStringLiteral("usr/share/consilium/translations")));
    for (const char* language : {"fr", "es", "de", "en"}) {
        const QString qm = translations.filePath(QStringLiteral("consilium_%1.qm").arg(QLatin1String(language)));
        INFO(qm.toStdString());
        QTranslator translator;
        CHECK(translator.load(qm));
        CHECK(translator.language() == QLatin1String(language));
    }
}

TEST_CASE("the relay's systemd unit and the copyright file are installed", "[packaging]")
{
    QFile unit(inRoot(QStringLiteral("usr/lib/systemd/system/consilium-relay.service")));
    REQUIRE(unit.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(unit.readAll());
    CHECK(text.contains(QStringLiteral("\nExecStart=/usr/bin/consilium-relay ")));
    CHECK(text.contains(QStringLiteral("--listen 127.0.0.1:")));

    QFile copyright(inRoot(QStringLiteral("usr/share/doc/consilium/copyright")));
    REQUIRE(copyright.open(QIODevice::ReadOnly));
    CHECK(copyright.readAll().contains("Apache License"));
}

TEST_CASE("the package holds only what users need", "[packaging]")
{
    // No headers, static libraries, test programs or build files leak in through install rules.
    QStringList unexpected;
    static const QRegularExpression allowed(
        QStringLiteral("^usr/(bin/consilium(-cli|-relay)?"
                       "|share/(applications|metainfo|icons|consilium/translations|doc/consilium)/.+"
                       "|lib/systemd/system/consilium-relay\\.service)$"));
    QDirIterator it(root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString relative = QDir(root()).relativeFilePath(it.next());
        ++files;
        if (!allowed.match(relative).hasMatch())
            unexpected << relative;
    }
    INFO(unexpected.join(u'\n').toStdString());
    CHECK(unexpected.isEmpty());
    CHECK(files >= 10);

    // Stripped, as Debian packages are: no debug sections in the executables.
    const QString objdump = QStandardPaths::findExecutable(QStringLiteral("objdump"));
    if (!objdump.isEmpty()) {
        const Run sections = run(objdump, {QStringLiteral("-h"), inRoot(QStringLiteral("usr/bin/consilium"))});
        CHECK(sections.exitCode == 0);
        CHECK_FALSE(sections.out.contains(QStringLiteral(".debug_info")));
    }
}
