// consilium-relay: the relay server. Stores and forwards ciphertext only.

#include "app/relay/RelayOptions.h"
#include "app/relay/RelayServer.h"
#include "app/relay/ShutdownSignals.h"
#include "core/common/AppPaths.h"
#include "core/common/ProcessHardening.h"
#include "core/common/ProcessLimits.h"
#include "core/common/Version.h"
#include "core/relay/PostgresRelayStorage.h"
#include "core/relay/RelayApi.h"
#include "core/relay/SqliteRelayStorage.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace consilium::relay;

namespace {

int startupError(const consilium::Error& error)
{
    std::fprintf(stderr, "consilium-relay: %s\n", qPrintable(error.message));
    return ExitFailure;
}

} // namespace

int main(int argc, char* argv[])
{
    // First: a core dump of the relay would hold its clients' credentials and pending objects.
    if (const auto hardened = consilium::hardening::disableCoreDumps(); !hardened)
        std::fprintf(stderr, "consilium-relay: warning: %s\n", qPrintable(hardened.error().message));

    // One descriptor per client connection (WebSocket wake-ups are held open): the common soft
    // limit of 1,024 would refuse clients long before memory or CPU run out.
    if (const auto raised = consilium::limits::raiseOpenFileLimit(65536); !raised)
        std::fprintf(stderr, "consilium-relay: warning: %s\n", qPrintable(raised.error().message));

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Consilium"));
    QCoreApplication::setApplicationName(QStringLiteral("consilium-relay"));
    QCoreApplication::setApplicationVersion(consilium::versionString());

    const CommandLine commandLine = parseCommandLine(
        QCoreApplication::arguments(), QDir(consilium::paths::dataRoot()).filePath(QStringLiteral("relay")));
    if (const int* exitCode = std::get_if<int>(&commandLine))
        return *exitCode;
    const auto& options = std::get<RelayOptions>(commandLine);

    if (options.database.isEmpty()) {
        if (const auto dataDir = prepareDataDir(options.dataDir); !dataDir)
            return startupError(dataDir.error());
    }

    RelayApiSettings settings;
    settings.limits = options.limits;
    if (!options.verifierKeyFile.isEmpty()) {
        auto verifier = loadVerifier(options.verifierKeyFile, options.revocationsFile);
        if (!verifier)
            return startupError(verifier.error());
        settings.verifier = std::move(*verifier);
    } else {
        std::fprintf(stderr, "consilium-relay: no --verifier-key: registrations are refused\n");
    }
    std::unique_ptr<RelayStorage> storage;
    if (options.database.isEmpty()) {
        auto sqlite = SqliteRelayStorage::open(options.dataDir);
        if (!sqlite)
            return startupError(sqlite.error());
        storage = std::move(*sqlite);
    } else {
        auto postgres = PostgresRelayStorage::open(options.database);
        if (!postgres)
            return startupError(postgres.error());
        storage = std::move(*postgres);
    }
    RelayApi api(*storage, std::move(settings));

    // Handlers before listening: a SIGTERM right after the "listening" line must be graceful too.
    auto shutdownSignals = ShutdownSignals::install();
    if (!shutdownSignals)
        return startupError(shutdownSignals.error());
    RelayServer server(api, options.trustProxy);
    QObject::connect(shutdownSignals->get(), &ShutdownSignals::received, &app, [&server](int signalNumber) {
        std::fprintf(stderr, "consilium-relay: %s received, shutting down\n",
                     qPrintable(ShutdownSignals::signalName(signalNumber)));
        // Requests are handled one at a time to completion, so every acknowledged write is
        // committed; only the last responses may still be on their way out.
        server.shutDown(5000, [] { QCoreApplication::exit(ExitSuccess); });
    });

    const auto bound = server.listen(options.listen);
    if (!bound)
        return startupError(bound.error());
    // The one line on stdout, printed when requests can be served; scripts and tests wait for it.
    std::printf("listening on %s\n", qPrintable(bound->url()));
    std::fflush(stdout);

    return QCoreApplication::exec();
}
