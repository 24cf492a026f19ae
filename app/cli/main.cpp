// consilium-cli: the headless face of Consilium, for scripts, tests and benchmarks.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/common/ProcessHardening.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

using namespace consilium::cli;

struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};

constexpr std::array kSubcommands{
    Subcommand{"info", "Summarise DICOM files and folders, one row per instance", &runInfo},
    Subcommand{"render", "Render one frame of a DICOM file or photo to PNG (the viewer's pipeline)", &runRender},
    Subcommand{"deid", "De-identify DICOM headers (PS3.15 Annex E) and pixels into a new folder", &runDeid},
    Subcommand{"detect-text", "Propose regions of text burned into the pixels (OCR)", &runDetectText},
    Subcommand{"detect-faces", "Propose faces in a photo (OpenCV Haar cascades)", &runDetectFaces},
    Subcommand{"make-samples", "Write deterministic synthetic studies with planted PHI", &runMakeSamples},
    Subcommand{"identity", "Create user identity keys (for the verifier flow)", &runIdentity},
    Subcommand{"verifier", "Offline verifier: issue and revoke clinician credentials", &runVerifier},
    Subcommand{"demo", "Create demo profiles with shared synthetic cases", &runDemo},
    Subcommand{"sync", "Encrypted case sharing through a relay: profiles, contacts, publish, pull", &runSync},
    Subcommand{"bench", "Benchmarks: bench crypto (blob encryption), bench store (local store)", &runBench},
};

void printUsage(QTextStream& stream)
{
    stream << "Usage: consilium-cli <command> [options] [arguments]\n\n"
           << "Headless tools of Consilium, the private clinical case review client.\n\n"
           << "Commands:\n";
    for (const auto& sub : kSubcommands)
        stream << "  " << QString::fromLatin1(sub.name).leftJustified(14) << sub.summary << '\n';
    stream << "\nOptions:\n"
           << "  -h, --help     Show this help, or a command's help with '<command> --help'.\n"
           << "  -v, --version  Show the version.\n";
    stream.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // First: the verifier and identity commands hold secret keys in memory.
    if (const auto hardened = consilium::hardening::disableCoreDumps(); !hardened)
        std::fprintf(stderr, "consilium-cli: warning: %s\n", qPrintable(hardened.error().message));

    // Burning annotation labels into an image (render --annotations) needs Qt's font database,
    // which only a QGuiApplication provides; on the offscreen platform it needs no display.
    // Every other command keeps the plain QCoreApplication (no platform plugin involved).
    bool needsFonts = false;
    if (argc > 2 && std::strcmp(argv[1], "render") == 0) {
        for (int i = 2; i < argc; ++i)
            needsFonts = needsFonts || std::strncmp(argv[i], "--annotations", 13) == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Consilium"));
    QCoreApplication::setApplicationName(QStringLiteral("consilium"));
    QCoreApplication::setApplicationVersion(consilium::versionString());

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsageError;
    }
    const QString& first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out());
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "consilium-cli " << consilium::versionString() << '\n';
        return ExitSuccess;
    }
    for (const auto& sub : kSubcommands) {
        if (first == QLatin1String(sub.name))
            return sub.run(args);
    }
    err() << "consilium-cli: unknown command '" << first << "'\n";
    printUsage(err());
    return ExitUsageError;
}
