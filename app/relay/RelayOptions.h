#pragma once

#include "core/common/Error.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/relay/RelayConfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace consilium::relay {

/// Exit codes of consilium-relay (the same meanings as consilium-cli's).
enum ExitCode : int {
    ExitSuccess = 0,    ///< served until asked to stop (SIGTERM/SIGINT), or printed help/version
    ExitFailure = 1,    ///< could not start: data folder unusable, address in use, ...
    ExitUsageError = 2, ///< the command line itself was wrong
};

/// Where to listen.
struct ListenAddress {
    QHostAddress host;
    quint16 port = 0; ///< 0: let the system pick a free port (the real one is printed)

    /// "http://127.0.0.1:8765", "http://[::1]:8765".
    [[nodiscard]] QString url() const;
};

/// The relay's settings, from its command line and config file (the command line wins).
struct RelayOptions {
    ListenAddress listen;
    QString dataDir;
    QString database; ///< postgresql://… ; empty: SQLite in dataDir
    QString verifierKeyFile; ///< empty: no registrations
    QString revocationsFile; ///< empty: revocations.cbor beside the verifier key file
    bool trustProxy = false; ///< rate-limit by X-Real-IP from a loopback proxy
    RelayLimits limits;
};

/// Parses "HOST:PORT" or "[IPV6]:PORT". HOST is an IP address or "localhost". Refuses addresses
/// other than loopback unless `allowRemote`: the relay speaks plain HTTP, so anything reachable
/// from the network must sit behind a TLS reverse proxy, and that is a deliberate choice.
Result<ListenAddress> parseListenAddress(const QString& text, bool allowRemote);

/// What the command line asks for: options to run with, or an exit code to return at once
/// (after --help, --version, or a usage error already printed to stderr).
using CommandLine = std::variant<RelayOptions, int>;

/// Parses the command line (arguments()[0] is the program). Prints help, version and usage
/// errors itself. `defaultDataDir` is used when --data is not given.
CommandLine parseCommandLine(const QStringList& arguments, const QString& defaultDataDir);

/// Reads the verifier's public key (a file of 64 hex digits, like verifier.pub) and its signed
/// revocation list (`revocationsFile`, or revocations.cbor beside the key file), checking that
/// the list is signed by that key. Errors name the file.
Result<crypto::VerifierPublicState> loadVerifier(const QString& keyFile, const QString& revocationsFile);

/// Creates the data folder if needed and checks that files can be created in it; the error
/// names the folder.
Result<QString> prepareDataDir(const QString& path);

} // namespace consilium::relay
