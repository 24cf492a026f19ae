// consilium-cli bench sync — publishing a case with N MB of images to 5 recipient devices through
// a loopback relay, against a plain upload of the same bytes to the same relay in the same run;
// then envelopes per second in batches. Starts its own consilium-relay (beside this executable).

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SyncSession.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/TrustChain.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/sync/BlobTransfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

namespace consilium::cli {

namespace {

const QString kCommand = QStringLiteral("bench sync");

struct Figures {
    qint64 bytes = 0;
    int devices = 0;
    double publishMs = 0;
    double plainMs = 0;
    int envelopes = 0;
    double envelopesMs = 0;
};

// A relay process on a free loopback port, for the duration of the benchmark.
struct Relay {
    QProcess process;
    QString url;
    ~Relay()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
        }
    }
    Result<void> start(const QString& dataDir, const QString& verifierKey)
    {
        process.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("consilium-relay")),
                      {QStringLiteral("--data"), dataDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--verifier-key"), verifierKey});
        static const QRegularExpression ready(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]+)$"));
        for (int waited = 0; waited < 150 && process.state() != QProcess::NotRunning; ++waited) {
            process.waitForReadyRead(100);
            while (process.canReadLine()) {
                const auto match = ready.match(QString::fromUtf8(process.readLine()).trimmed());
                if (match.hasMatch()) {
                    url = match.captured(1);
                    return {};
                }
            }
        }
        return fail(QStringLiteral("cli"), ErrorCode::IoError,
                    QStringLiteral("consilium-relay did not start: %1")
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
};

Result<QString> writeRandomFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cli"), ErrorCode::IoError, file.errorString());
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        file.write(block.constData(), std::min<qint64>(block.size(), size - written));
    }
    return path;
}

} // namespace

int runBenchSync(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publish a case with one image of --mb MB to 5 recipient devices through a loopback consilium-relay "
        "(encrypt into the store, upload in chunks, wrap the case key, post the envelopes) and compare with a "
        "plain chunked upload of as many bytes to the same relay; then post envelopes in batches of 1,000."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON."));
    const QCommandLineOption sizeOption(QStringLiteral("mb"), QStringLiteral("Image size in MB (default 100)."),
                                        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption envelopesOption(QStringLiteral("envelopes"),
                                             QStringLiteral("Envelopes to post (default 10000)."), QStringLiteral("N"),
                                             QStringLiteral("10000"));
    parser.addOption(jsonOption);
    parser.addOption(sizeOption);
    parser.addOption(envelopesOption);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    bool sizeOk = false;
    bool countOk = false;
    const qint64 megabytes = parser.value(sizeOption).toLongLong(&sizeOk);
    const int envelopeCount = parser.value(envelopesOption).toInt(&countOk);
    if (!sizeOk || megabytes < 1 || megabytes > 4096 || !countOk || envelopeCount < 1000)
        return usageError(args.first(), QStringLiteral("--mb must be 1..4096 and --envelopes at least 1000"));

    QTemporaryDir scratch;
    const QString verifierDir = scratch.filePath(QStringLiteral("verifier"));
    if (auto ok = crypto::VerifierDirectory::initialise(verifierDir); !ok)
        return failure(kCommand, ok.error().message);
    auto verifier = crypto::VerifierDirectory::open(verifierDir);
    auto verifierState = crypto::VerifierDirectory::readPublicState(verifierDir);
    if (!verifier || !verifierState)
        return failure(kCommand, QStringLiteral("cannot open the benchmark's verifier"));
    Relay relay;
    if (auto ok = relay.start(scratch.filePath(QStringLiteral("relay")),
                              QDir(verifierDir).filePath(crypto::VerifierDirectory::kPublicFile));
        !ok)
        return failure(kCommand, ok.error().message);
    auto issue = [&](const QString& name, const crypto::SigningPublicKey& identity) {
        return verifier->issue({name, QStringLiteral("physician"), QStringLiteral("radiology"), QStringLiteral("FR"),
                                QStringLiteral("0"), crypto::todayUtc().addYears(1), identity},
                               crypto::todayUtc());
    };

    // The sender: a real profile (small Argon2: unlocking is not what is measured).
    const QString profileDir = scratch.filePath(QStringLiteral("sender"));
    const QString passphrase = scratch.filePath(QStringLiteral("passphrase"));
    {
        QFile file(passphrase);
        if (!file.open(QIODevice::WriteOnly) || file.write("benchmark\n") < 0)
            return failure(kCommand, file.errorString());
    }
    {
        auto store =
            store::ProfileVault(profileDir).create(crypto::SecretBytes::copyOf("benchmark"), {1, 8 * 1024 * 1024});
        if (!store)
            return failure(kCommand, store.error().message);
        if (auto ok = store::initialiseProfile(**store, {QStringLiteral("Sender"), {}, {}}); !ok)
            return failure(kCommand, ok.error().message);
        auto profile = sync::SyncProfile::load(**store);
        auto credential = issue(QStringLiteral("Sender"), profile->identity().publicKey());
        if (!credential)
            return failure(kCommand, credential.error().message);
        if (auto ok = profile->setUp(credential->encoded(), *verifierState); !ok)
            return failure(kCommand, ok.error().message);
        if (auto ok = profile->setRelayUrl(relay.url); !ok)
            return failure(kCommand, ok.error().message);
    }
    auto session = SyncSession::open(profileDir, passphrase);
    if (!session)
        return failure(kCommand, session.error().message);
    SyncSession& s = **session;

    // The recipient: one clinician with 5 devices, registered, known to the sender with their keys.
    constexpr int kDevices = 5;
    const crypto::SigningKeyPair recipient = crypto::SigningKeyPair::generate();
    std::vector<crypto::DeviceKeys> devices;
    QList<crypto::SigningPublicKey> deviceIds;
    for (int i = 0; i < kDevices; ++i) {
        devices.push_back(crypto::DeviceKeys::generate());
        deviceIds.append(devices.back().deviceId());
    }
    auto recipientCredential = issue(QStringLiteral("Recipient"), recipient.publicKey());
    if (!recipientCredential)
        return failure(kCommand, recipientCredential.error().message);
    const sync::IdentityRecord record{recipientCredential->encoded(),
                                      {crypto::DeviceList::createFirst(recipient, deviceIds, 1700000000)}};
    if (auto ok = s.engine().profile().acceptIdentity(recipient.publicKey(), record); !ok)
        return failure(kCommand, ok.error().message);
    for (const crypto::DeviceKeys& device : devices) {
        const QByteArray certificate =
            crypto::EncryptionKeyCertificate::issue(device.signing, device.encryption.publicKey(), 1, 1700000000);
        if (auto ok = s.engine().profile().acceptEncryptionCertificate(recipient.publicKey(), certificate); !ok)
            return failure(kCommand, ok.error().message);
    }
    auto image = writeRandomFile(scratch.filePath(QStringLiteral("image.jpg")), megabytes * 1000 * 1000);
    if (!image)
        return failure(kCommand, image.error().message);
    auto plainFile = writeRandomFile(scratch.filePath(QStringLiteral("plain.bin")), megabytes * 1000 * 1000);
    if (!plainFile)
        return failure(kCommand, plainFile.error().message);

    Figures figures;
    figures.bytes = megabytes * 1000 * 1000;
    figures.devices = kDevices;
    figures.envelopes = envelopeCount;
    const int exitCode = runLoop([&](std::function<void(int)> finish) {
        s.engine().registerDevice([&, finish](sync::RelayResult<sync::Registration> registered) {
            if (!registered)
                return finish(failure(kCommand, registered.error().error.message));
            s.client().registerIdentity(record.credential, record.deviceLists, [&, finish](auto recipientRegistered) {
                if (!recipientRegistered)
                    return finish(failure(kCommand, recipientRegistered.error().error.message));
                // 1. Plain upload of the same number of bytes (the baseline).
                auto timer = std::make_shared<QElapsedTimer>();
                timer->start();
                sync::uploadFile(
                    s.client(), *plainFile, crypto::blake2b256([&] {
                        QFile file(*plainFile);
                        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                    }()),
                    std::nullopt, {}, {}, [&, finish, timer](sync::RelayResult<sync::StoredBlob> plain) {
                        if (!plain)
                            return finish(failure(kCommand, plain.error().error.message));
                        figures.plainMs = double(timer->nsecsElapsed()) / 1e6;
                        // 2. Publish: encrypt into the store, seal, upload, envelopes.
                        timer->restart();
                        sync::CaseDraft draft;
                        draft.title = QStringLiteral("Benchmark case");
                        draft.files.append({*image, QStringLiteral("image"), store::AttachmentKind::Photo});
                        draft.recipients.append(recipient.publicKey());
                        auto published = s.engine().publishCase(draft);
                        if (!published)
                            return finish(failure(kCommand, published.error().message));
                        s.engine().flush([&, finish, timer](Result<int> sent) {
                            if (!sent)
                                return finish(failure(kCommand, sent.error().message));
                            figures.publishMs = double(timer->nsecsElapsed()) / 1e6;
                            // 3. Envelopes in batches of 1,000 to the 5 devices.
                            auto batches = std::make_shared<int>(figures.envelopes / 1000);
                            auto post = std::make_shared<std::function<void()>>();
                            timer->restart();
                            *post = [&, finish, timer, batches, post] {
                                if (*batches == 0) {
                                    figures.envelopesMs = double(timer->nsecsElapsed()) / 1e6;
                                    return finish(ExitSuccess);
                                }
                                --*batches;
                                QList<sync::OutgoingEnvelope> batch;
                                for (int i = 0; i < 1000; ++i)
                                    batch.append({deviceIds[i % kDevices].bytes(), QByteArray(300, 'e')});
                                s.client().postEnvelopes(batch, [finish, post](auto posted) {
                                    if (!posted)
                                        return finish(failure(kCommand, posted.error().error.message));
                                    (*post)();
                                });
                            };
                            (*post)();
                        });
                    });
            });
        });
    });
    if (exitCode != ExitSuccess)
        return exitCode;
    const double mb = double(figures.bytes) / 1e6;
    const QJsonObject json{{QStringLiteral("bytes"), figures.bytes},
                           {QStringLiteral("recipientDevices"), figures.devices},
                           {QStringLiteral("publishSeconds"), figures.publishMs / 1000},
                           {QStringLiteral("publishMBps"), mb / (figures.publishMs / 1000)},
                           {QStringLiteral("plainUploadSeconds"), figures.plainMs / 1000},
                           {QStringLiteral("plainUploadMBps"), mb / (figures.plainMs / 1000)},
                           {QStringLiteral("ratio"), figures.publishMs / figures.plainMs},
                           {QStringLiteral("envelopes"), figures.envelopes},
                           {QStringLiteral("envelopesPerSecond"), figures.envelopes / (figures.envelopesMs / 1000)}};
    if (parser.isSet(jsonOption)) {
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        out() << QStringLiteral("publish %1 MB to %2 devices: %3 s (%4 MB/s)\n")
                     .arg(mb, 0, 'f', 0)
                     .arg(figures.devices)
                     .arg(figures.publishMs / 1000, 0, 'f', 2)
                     .arg(mb / (figures.publishMs / 1000), 0, 'f', 1)
              << QStringLiteral("plain upload of as many bytes: %1 s (%2 MB/s)\n")
                     .arg(figures.plainMs / 1000, 0, 'f', 2)
                     .arg(mb / (figures.plainMs / 1000), 0, 'f', 1)
              << QStringLiteral("ratio publish / plain: %1\n").arg(figures.publishMs / figures.plainMs, 0, 'f', 2)
              << QStringLiteral("envelopes: %1 in batches of 1000: %2 /s (SQLite)\n")
                     .arg(figures.envelopes)
                     .arg(figures.envelopes / (figures.envelopesMs / 1000), 0, 'f', 0);
    }
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
