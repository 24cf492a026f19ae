#include "app/cli/SyncSession.h"

#include "app/cli/CliSupport.h"
#include "core/crypto/KeyFiles.h"
#include "core/store/ProfileVault.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace consilium::cli {

void ProfileOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(profile);
    parser.addOption(passphraseFile);
}

Result<crypto::SecretBytes> readPassphrase(const QString& path)
{
    auto bytes = crypto::keyfiles::readFile(path, 4096);
    if (!bytes)
        return tl::unexpected(bytes.error());
    QByteArray line = bytes->split('\n').value(0);
    if (line.endsWith('\r'))
        line.chop(1);
    crypto::SecretBytes secret = crypto::SecretBytes::copyOf(line);
    bytes->fill('\0');
    line.fill('\0');
    if (secret.isEmpty())
        return fail(QStringLiteral("cli"), ErrorCode::InvalidArgument,
                    QStringLiteral("%1 holds no passphrase").arg(path));
    return secret;
}

Result<std::unique_ptr<SyncSession>> SyncSession::open(const QString& folder, const QString& passphraseFile,
                                                       bool needRelay)
{
    auto passphrase = readPassphrase(passphraseFile);
    if (!passphrase)
        return tl::unexpected(passphrase.error());
    store::ProfileVault vault(folder);
    if (!vault.exists())
        return fail(QStringLiteral("cli"), ErrorCode::NotFound, QStringLiteral("no profile in %1").arg(folder));
    auto store = vault.unlock(*passphrase);
    if (!store)
        return tl::unexpected(store.error());
    std::unique_ptr<SyncSession> session(new SyncSession);
    session->m_store = std::move(*store);
    auto profile = sync::SyncProfile::load(*session->m_store);
    if (!profile)
        return tl::unexpected(profile.error());
    session->m_profile.emplace(std::move(*profile));
    QString url;
    if (auto stored = session->m_profile->relayUrl()) {
        url = *stored;
    } else if (needRelay) {
        return tl::unexpected(stored.error());
    }
    session->m_transport = std::make_unique<sync::NetworkHttpTransport>(QUrl(url));
    auto deviceKey = crypto::SigningKeyPair::fromSeed(session->m_profile->device().signing.seed());
    if (!deviceKey)
        return tl::unexpected(deviceKey.error());
    session->m_client = std::make_unique<sync::RelayClient>(*session->m_transport, std::move(*deviceKey));
    sync::RetryPolicy policy;
    policy.maxAttempts = 4; // a command line gives up within seconds; the outbox keeps the work
    session->m_engine = std::make_unique<sync::SyncEngine>(*session->m_profile, *session->m_client, policy);
    return session;
}

void SyncSession::useRelay(const QString& url)
{
    m_transport->setBaseUrl(QUrl(url));
}

Result<crypto::Argon2Params> Argon2Option::value(const QCommandLineParser& parser) const
{
    if (!parser.isSet(option)) {
        auto calibrated = crypto::calibrateArgon2(std::chrono::milliseconds(500));
        if (!calibrated)
            return tl::unexpected(calibrated.error());
        return calibrated->params;
    }
    const QStringList parts = parser.value(option).split(u',');
    bool opsOk = false;
    bool memOk = false;
    crypto::Argon2Params params;
    params.opsLimit = parts.value(0).toULongLong(&opsOk);
    params.memLimitBytes = parts.value(1).toULongLong(&memOk) * 1024;
    if (parts.size() != 2 || !opsOk || !memOk)
        return fail(QStringLiteral("cli"), ErrorCode::InvalidArgument, QStringLiteral("--argon2 takes OPS,KIB"));
    return params;
}

int runLoop(const std::function<void(std::function<void(int)> finish)>& start)
{
    int code = ExitFailure;
    QTimer::singleShot(0, [&] {
        start([&code](int exitCode) {
            code = exitCode;
            QCoreApplication::exit(exitCode);
        });
    });
    QCoreApplication::exec();
    return code;
}

int failure(const QString& command, const QString& message)
{
    err() << "consilium-cli " << command << ": " << message << '\n';
    err().flush();
    return ExitFailure;
}

Result<crypto::SigningPublicKey> readIdentity(const QString& hexOrPath)
{
    return crypto::keyfiles::readPublicKey(hexOrPath, QStringLiteral("identity key"));
}

std::optional<std::unique_ptr<SyncSession>> openSession(const QCommandLineParser& parser, const ProfileOptions& options,
                                                        const QString& command, bool needRelay)
{
    if (!parser.isSet(options.profile) || !parser.isSet(options.passphraseFile)) {
        usageError(command, QStringLiteral("--profile and --passphrase-file are required"));
        return std::nullopt;
    }
    auto session = SyncSession::open(parser.value(options.profile), parser.value(options.passphraseFile), needRelay);
    if (!session) {
        failure(command, session.error().message);
        return std::nullopt;
    }
    return std::move(*session);
}

void flushThen(sync::SyncEngine& engine, const QString& command, std::function<void(int)> finish,
               std::function<void()> then)
{
    engine.flush([command, finish, then](Result<int> sent) {
        if (!sent) {
            failure(command, QStringLiteral("kept in the outbox, to be sent by the next sync flush or pull: ")
                                 + sent.error().message);
            return finish(ExitFailure);
        }
        then();
    });
}

Result<crypto::SigningPublicKey> parseDeviceKey(const QString& text)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex64.match(text).hasMatch())
        return fail(QStringLiteral("cli"), ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' is not a device key (64 hex digits, as 'sync whoami' prints)").arg(text));
    return crypto::SigningPublicKey::fromBytes(QByteArray::fromHex(text.toLatin1()), QStringLiteral("device key"));
}

tl::expected<DeviceCommand, int> openDeviceCommand(const QStringList& args, const QString& description,
                                                   const QString& deviceHelp)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("DEVICE"), deviceHelp);
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("DEVICE")))
        return tl::unexpected(*exit);
    if (parser.positionalArguments().size() != 1)
        return tl::unexpected(usageError(args.first(), QStringLiteral("expected exactly one device key")));
    auto device = parseDeviceKey(parser.positionalArguments().first());
    if (!device)
        return tl::unexpected(usageError(args.first(), device.error().message));
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return tl::unexpected(int(ExitFailure));
    return DeviceCommand{*device, std::move(*session)};
}

} // namespace consilium::cli
