// The main of GUI test executables (tests/ui): like CatchMain.cpp, but with a QApplication, so
// that widgets can be built, shown and grabbed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    // No window may appear on a developer's desktop or need a display in CI. Set
    // QT_QPA_PLATFORM=xcb explicitly to watch a test run.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConsiliumTests"));
    QApplication::setApplicationName(QStringLiteral("consilium-tests"));
    // Settings the code under test writes (Open Recent, ...) go to a folder of this run, never
    // to the user's configuration.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // Profiles too: a main window opens its profile under $CONSILIUM_HOME (core/common/AppPaths).
    QTemporaryDir home;
    if (qEnvironmentVariableIsEmpty("CONSILIUM_HOME"))
        qputenv("CONSILIUM_HOME", home.path().toUtf8());
    return Catch::Session().run(argc, argv);
}
