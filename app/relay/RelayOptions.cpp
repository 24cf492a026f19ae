#include "app/relay/RelayOptions.h"

#include "core/common/AppPaths.h"
#include "core/common/Version.h"
#include "core/crypto/KeyFiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cstdio>

namespace consilium::relay {

namespace {

constexpr auto kDefaultListen = "127.0.0.1:8765";

tl::unexpected<Error> invalid(const QString& message)
{
    return fail(QStringLiteral("relay"), ErrorCode::InvalidArgument, message);
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "consilium-relay: %s\nTry 'consilium-relay --help'.\n", qPrintable(message));
    return ExitUsageError;
}

} // namespace

QString ListenAddress::url() const
{
    const QString hostText = host.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + host.toString() + u']'
        : host.toString();
    return QStringLiteral("http://%1:%2").arg(hostText).arg(port);
}

Result<ListenAddress> parseListenAddress(const QString& text, bool allowRemote)
{
    // "[v6]:port" or "host:port"; the port is everything after the last colon.
    static const QRegularExpression pattern(QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):([0-9]{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return invalid(QStringLiteral("invalid --listen '%1': expected HOST:PORT, e.g. %2 or [::1]:8765")
                           .arg(text, QLatin1String(kDefaultListen)));
    }
    const QString hostText = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    const uint port = match.captured(3).toUInt();
    if (port > 65535)
        return invalid(QStringLiteral("invalid --listen '%1': port %2 is out of range (0-65535)").arg(text).arg(port));

    ListenAddress address;
    address.port = static_cast<quint16>(port);
    if (hostText == QLatin1String("localhost"))
        address.host = QHostAddress(QHostAddress::LocalHost);
    else if (!address.host.setAddress(hostText))
        return invalid(QStringLiteral("invalid --listen '%1': '%2' is not an IP address").arg(text, hostText));

    if (!address.host.isLoopback() && !allowRemote) {
        return invalid(QStringLiteral("refusing --listen '%1': %2 is not a loopback address. The relay speaks plain "
                                      "HTTP; put it behind a TLS reverse proxy and pass --allow-remote.")
                           .arg(text, hostText));
    }
    return address;
}

CommandLine parseCommandLine(const QStringList& arguments, const QString& defaultDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("consilium-relay: stores and forwards the end-to-end encrypted objects of Consilium clients.\n"
                       "It only ever sees ciphertext."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version and exit."));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Listen on HOST:PORT (default %1; port 0 picks a free port).")
            .arg(QLatin1String(kDefaultListen)),
        QStringLiteral("HOST:PORT"), QLatin1String(kDefaultListen));
    const QCommandLineOption allowRemoteOption(
        QStringLiteral("allow-remote"),
        QStringLiteral("Allow listening on addresses other than loopback (use behind a TLS reverse proxy)."));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral("Keep the relay's data in DIR, created if missing (default %1).")
            .arg(QDir::toNativeSeparators(defaultDataDir)),
        QStringLiteral("DIR"), defaultDataDir);
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Read settings from FILE (INI: [relay] listen, data, verifier-key, revocations; [limits] ...). "
                       "Command-line options override it."),
        QStringLiteral("FILE"));
    const QCommandLineOption verifierOption(
        QStringLiteral("verifier-key"),
        QStringLiteral("Accept registrations with credentials signed by the verifier key in PUBKEY_FILE "
                       "(64 hex digits); its revocations.cbor must sit beside it. Without it the relay "
                       "accepts no registrations."),
        QStringLiteral("PUBKEY_FILE"));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QStringLiteral("Keep everything in PostgreSQL instead of DIR, shared by several relay processes: "
                       "postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&port=N]. "
                       "Prefer a password in ~/.pgpass to one in the URL."),
        QStringLiteral("URL"));
    parser.addOptions({helpOption, versionOption, listenOption, allowRemoteOption, dataOption, configOption,
                       verifierOption, databaseOption});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        std::printf("consilium-relay %s\n", qPrintable(versionString()));
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    RelayConfigFile config;
    if (parser.isSet(configOption)) {
        auto read = readRelayConfig(parser.value(configOption));
        if (!read)
            return usageError(read.error().message);
        config = *read;
    }
    // The command line wins over the config file, which wins over the defaults.
    const auto pick = [&parser, &config](const QCommandLineOption& option, const QString& fromConfig) -> QString {
        return parser.isSet(option) || fromConfig.isEmpty() ? parser.value(option) : fromConfig;
    };
    const auto listen = parseListenAddress(pick(listenOption, config.listen), parser.isSet(allowRemoteOption));
    if (!listen)
        return usageError(listen.error().message);
    const QString dataDir = pick(dataOption, config.dataDir);
    if (dataDir.isEmpty())
        return usageError(QStringLiteral("--data needs a folder"));
    RelayOptions options;
    options.listen = *listen;
    options.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(dataDir));
    options.database = pick(databaseOption, config.database);
    options.verifierKeyFile = pick(verifierOption, config.verifierKeyFile);
    options.revocationsFile = config.revocationsFile;
    options.trustProxy = config.trustProxy;
    options.limits = config.limits;
    return options;
}

Result<crypto::VerifierPublicState> loadVerifier(const QString& keyFile, const QString& revocationsFile)
{
    // A file, not hex on the command line: keyfiles::readPublicKey() accepts both, and would
    // report a mistyped path as "not 64 hex digits".
    if (!QFileInfo(keyFile).isFile())
        return fail(QStringLiteral("relay"), ErrorCode::NotFound,
                    QStringLiteral("verifier key file %1 does not exist").arg(QDir::toNativeSeparators(keyFile)));
    auto key = crypto::keyfiles::readPublicKey(keyFile, QStringLiteral("verifier key"));
    if (!key)
        return tl::unexpected(key.error().withContext(QDir::toNativeSeparators(keyFile)));
    const QString listPath = revocationsFile.isEmpty()
                                 ? QFileInfo(keyFile).dir().filePath(crypto::VerifierDirectory::kRevocationFile)
                                 : revocationsFile;
    // The same bound the verifier tools use: docs/protocol.md § 15, revocation list 32 MiB.
    auto bytes = crypto::keyfiles::readFile(listPath, qsizetype(32) * 1024 * 1024);
    if (!bytes)
        return tl::unexpected(bytes.error().withContext(
            QStringLiteral("the verifier's revocation list (set revocations= in the config file to put it "
                           "elsewhere)")));
    auto list = crypto::RevocationList::parse(*bytes);
    if (!list)
        return tl::unexpected(list.error().withContext(QDir::toNativeSeparators(listPath)));
    if (list->verifierKey() != *key)
        return fail(QStringLiteral("relay"), ErrorCode::PermissionDenied,
                    QStringLiteral("%1 is signed by another verifier than %2")
                        .arg(QDir::toNativeSeparators(listPath), QDir::toNativeSeparators(keyFile)));
    return crypto::VerifierPublicState{*key, std::move(*list)};
}

Result<QString> prepareDataDir(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto ioError = [](const QString& message) {
        return fail(QStringLiteral("relay"), ErrorCode::IoError, message);
    };
    if (QFileInfo(path).exists() && !QFileInfo(path).isDir())
        return ioError(QStringLiteral("data folder %1 is not a folder").arg(shown));
    if (const auto created = paths::ensureDir(path); !created)
        return ioError(QStringLiteral("cannot create data folder %1").arg(shown));
    // Permission bits do not tell the whole story (read-only mounts, ACLs, root squashing):
    // create a file to know.
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        return ioError(QStringLiteral("data folder %1 is not writable: %2").arg(shown, probe.errorString()));
    }
    return path;
}

} // namespace consilium::relay
