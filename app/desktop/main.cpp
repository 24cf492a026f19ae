// consilium: the desktop client.

#include "core/common/AppPaths.h"
#include "core/common/ProcessHardening.h"
#include "core/common/Version.h"
#include "ui/common/AppIdentity.h"
#include "ui/common/Theme.h"
#include "ui/common/Translators.h"
#include "ui/editor/EditorWindow.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitUsageError = 2, ///< the command line itself was wrong (as consilium-cli)
};

// --help and --version print and exit; they must work without a display (over ssh, in scripts),
// so they get a QCoreApplication. Everything else needs the GUI.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* textOnly : {"-h", "--help", "-v", "--version"}) {
            if (std::strcmp(argv[i], textOnly) == 0)
                return false;
        }
    }
    return true;
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "consilium: %s\nTry 'consilium --help'.\n", qPrintable(message));
    return ExitUsageError;
}

} // namespace

int main(int argc, char* argv[])
{
    // First, before any key or decrypted case can be in memory.
    if (const auto hardened = consilium::hardening::disableCoreDumps(); !hardened)
        std::fprintf(stderr, "consilium: warning: %s\n", qPrintable(hardened.error().message));

    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Consilium"));
    QCoreApplication::setApplicationName(QStringLiteral("consilium"));
    QCoreApplication::setApplicationVersion(consilium::versionString());

    // The command line is parsed before a language is chosen (--lang), so its help stays in
    // English, like consilium-cli's.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Consilium: private, end-to-end encrypted clinical case review."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version and exit."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Open profile NAME (default: %1). Each profile keeps its own accounts, cases and settings.")
            .arg(consilium::ui::MainWindow::defaultProfileName()),
        QStringLiteral("NAME"), consilium::ui::MainWindow::defaultProfileName());
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Use language LANG (en, fr, es, de) instead of the system's."),
        QStringLiteral("LANG"));
    const QCommandLineOption relayOption(
        QStringLiteral("relay"),
        QStringLiteral("Sync the profile through the relay at URL (http:// or https://); remembered in the profile."),
        QStringLiteral("URL"));
    const QCommandLineOption editOption(
        QStringLiteral("edit"),
        QStringLiteral("Open FILE (DICOM or a photo) in the image editor: annotate, measure, review redactions."),
        QStringLiteral("FILE"));
    parser.addOptions({helpOption, versionOption, profileOption, langOption, relayOption, editOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        std::printf("consilium %s\n", qPrintable(consilium::versionString()));
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    const QString editFile = parser.value(editOption);
    if (parser.isSet(editOption) && !QFileInfo(editFile).isFile())
        return usageError(QStringLiteral("no such file '%1'").arg(editFile));

    const QString profile = parser.value(profileOption);
    if (!consilium::paths::isValidProfileName(profile)) {
        return usageError(
            QStringLiteral("invalid profile name '%1' (use 1-64 letters, digits, '_' or '-', not starting with '-')")
                .arg(profile));
    }

    consilium::ui::MainWindowOptions options;
    if (parser.isSet(relayOption)) {
        const QUrl relay(parser.value(relayOption), QUrl::StrictMode);
        if (!relay.isValid() || relay.host().isEmpty()
            || (relay.scheme() != QLatin1String("http") && relay.scheme() != QLatin1String("https")))
            return usageError(QStringLiteral("--relay must be an http:// or https:// URL"));
        options.relayUrl = relay.toString();
    }

    // The language: --lang, else the one chosen in Settings › Appearance, else the system's.
    QLocale locale = QLocale::system();
    const QString savedLanguage = consilium::ui::savedLanguage();
    if (parser.isSet(langOption) || !savedLanguage.isEmpty()) {
        const QString lang = parser.isSet(langOption) ? parser.value(langOption) : savedLanguage;
        const QLocale chosen(lang);
        const bool known = chosen.language() != QLocale::C || lang == QLatin1String("C");
        if (!known && parser.isSet(langOption))
            return usageError(QStringLiteral("unknown language '%1' (try en, fr, es or de)").arg(lang));
        if (known) {
            locale = chosen;
            // Numbers and dates follow the chosen language too.
            QLocale::setDefault(locale);
        }
    }
    consilium::ui::Translators translators;
    if (!translators.install(locale) && parser.isSet(langOption)) {
        std::fprintf(stderr, "consilium: no translation for '%s'; using English\n",
                     qPrintable(parser.value(langOption)));
    }

    consilium::ui::applyTheme(consilium::ui::savedTheme());
    QGuiApplication::setApplicationDisplayName(consilium::ui::productName());
    QGuiApplication::setDesktopFileName(consilium::ui::desktopAppId());
    QGuiApplication::setWindowIcon(consilium::ui::appIcon());

    // The editor works on a file alone: no profile is opened.
    if (parser.isSet(editOption)) {
        consilium::ui::EditorWindow editor;
        editor.open(editFile);
        editor.show();
        return QCoreApplication::exec();
    }
    consilium::ui::MainWindow window(profile, options);
    window.show();
    return QCoreApplication::exec();
}
