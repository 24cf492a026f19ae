// consilium-cli bench sync — publishing a case with N MB of images to 5 recipient devices through
// a loopback relay, against a plain upload of the same bytes to the same relay in the same run;
// then envelopes per second in batches on SQLite and on PostgreSQL, and many WebSocket wake-up
// connections held by one relay process. Starts its own consilium-relay processes (beside this
// executable) and, for PostgreSQL, a throwaway cluster (BenchSyncScale.h).

#include "app/cli/BenchSyncScale.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SyncSession.h"
#include "core/common/ProcessLimits.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/TrustChain.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/sync/BlobTransfer.h"
#include "core/testbed/ThrowawayPostgres.h"

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
#include <optional>

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
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("PostgreSQL for the envelope rate: 'auto' (default) starts a throwaway cluster when the server "
                       "is installed, 'off' skips it, or the postgresql:// URL of an empty database."),
        QStringLiteral("auto|off|URL"), QStringLiteral("auto"));
    const QCommandLineOption connectionsOption(
        QStringLiteral("connections"),
        QStringLiteral("WebSocket wake-up connections held by one relay process (default 1000; 0 skips)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOption(jsonOption);
    parser.addOption(sizeOption);
    parser.addOption(envelopesOption);
    parser.addOption(postgresOption);
    parser.addOption(connectionsOption);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    bool sizeOk = false;
    bool countOk = false;
    const qint64 megabytes = parser.value(sizeOption).toLongLong(&sizeOk);
    const int envelopeCount = parser.value(envelopesOption).toInt(&countOk);
    if (!sizeOk || megabytes < 1 || megabytes > 4096 || !countOk || envelopeCount < 1000)
        return usageError(args.first(), QStringLiteral("--mb must be 1..4096 and --envelopes at least 1000"));
    bool connectionsOk = false;
    const int connections = parser.value(connectionsOption).toInt(&connectionsOk);
    if (!connectionsOk || connections < 0 || connections > 20000)
        return usageError(args.first(), QStringLiteral("--connections must be 0..20000"));
    const QString postgresMode = parser.value(postgresOption);
    if (postgresMode != QLatin1String("auto") && postgresMode != QLatin1String("off")
        && !postgresMode.startsWith(QLatin1String("postgresql://")))
        return usageError(args.first(), QStringLiteral("--postgres must be auto, off or a postgresql:// URL"));
    // Each held WebSocket is a descriptor here as in the relay.
    if (connections > 0) {
        auto limit = limits::raiseOpenFileLimit(connections + 1024);
        if (!limit)
            return failure(kCommand, limit.error().message);
        if (*limit < connections + 64)
            return failure(kCommand, QStringLiteral("the open-file limit is %1, too low for %2 connections "
                                                    "(raise the hard limit: ulimit -Hn)")
                                         .arg(*limit)
                                         .arg(connections));
    }

    QTemporaryDir scratch;
    const QString verifierDir = scratch.filePath(QStringLiteral("verifier"));
    if (auto ok = crypto::VerifierDirectory::initialise(verifierDir); !ok)
        return failure(kCommand, ok.error().message);
    auto verifier = crypto::VerifierDirectory::open(verifierDir);
    auto verifierState = crypto::VerifierDirectory::readPublicState(verifierDir);
    if (!verifier || !verifierState)
        return failure(kCommand, QStringLiteral("cannot open the benchmark's verifier"));
    const QString verifierKey = QDir(verifierDir).filePath(crypto::VerifierDirectory::kPublicFile);
    benchsync::RelayChild relay;
    if (auto ok = relay.start({QStringLiteral("--data"), scratch.filePath(QStringLiteral("relay")),
                               QStringLiteral("--verifier-key"), verifierKey});
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
        if (auto ok = profile->setRelayUrl(relay.url()); !ok)
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

    // 4. Envelopes on PostgreSQL: the same batches through a relay on a PostgreSQL database.
    QJsonObject postgresJson;
    if (postgresMode != QLatin1String("off")) {
        std::unique_ptr<testbed::ThrowawayPostgres> cluster;
        QString url = postgresMode;
        if (postgresMode == QLatin1String("auto")) {
            auto started = testbed::ThrowawayPostgres::start();
            if (!started && started.error().code != ErrorCode::NotFound)
                return failure(kCommand, started.error().message);
            if (started) {
                cluster = std::move(*started);
                url = cluster->url();
                postgresJson.insert(QStringLiteral("server"), cluster->version());
            } else {
                postgresJson.insert(QStringLiteral("skipped"), started.error().message);
                url.clear();
            }
        }
        if (!url.isEmpty()) {
            benchsync::RelayChild postgresRelay;
            if (auto ok = postgresRelay.start({QStringLiteral("--db"), url, QStringLiteral("--data"),
                                               scratch.filePath(QStringLiteral("relay-pg")),
                                               QStringLiteral("--verifier-key"), verifierKey});
                !ok)
                return failure(kCommand, ok.error().message);
            std::optional<Result<benchsync::EnvelopeRate>> rate;
            const int code = runLoop([&](std::function<void(int)> finish) {
                benchsync::measureEnvelopeRate(postgresRelay.url(), *verifier, envelopeCount,
                                               [&rate, finish](Result<benchsync::EnvelopeRate> measured) {
                                                   rate = std::move(measured);
                                                   finish(ExitSuccess);
                                               });
            });
            if (code != ExitSuccess || !rate || !*rate)
                return failure(kCommand, QStringLiteral("PostgreSQL envelopes: ")
                                             + (rate && !*rate ? rate->error().message : QStringLiteral("failed")));
            postgresJson.insert(QStringLiteral("envelopes"), (*rate)->envelopes);
            postgresJson.insert(QStringLiteral("batch"), (*rate)->batch);
            postgresJson.insert(QStringLiteral("envelopesPerSecond"), (*rate)->envelopes / (*rate)->seconds);
        }
    }

    // 5. WebSocket wake-up connections held by the (SQLite) relay process, and one wake-up to all.
    QJsonObject socketsJson;
    if (connections > 0) {
        std::optional<Result<benchsync::WakeupFigures>> wakeups;
        const int code = runLoop([&](std::function<void(int)> finish) {
            benchsync::measureWakeups(relay.url(), relay.pid(), *verifier, connections,
                                      [&wakeups, finish](Result<benchsync::WakeupFigures> measured) {
                                          wakeups = std::move(measured);
                                          finish(ExitSuccess);
                                      });
        });
        if (code != ExitSuccess || !wakeups || !*wakeups)
            return failure(kCommand,
                           QStringLiteral("WebSocket connections: ")
                               + (wakeups && !*wakeups ? wakeups->error().message : QStringLiteral("failed")));
        const benchsync::WakeupFigures& w = **wakeups;
        socketsJson = {{QStringLiteral("requested"), w.requested},
                       {QStringLiteral("held"), w.held},
                       {QStringLiteral("woken"), w.woken},
                       {QStringLiteral("connectSeconds"), w.connectSeconds},
                       {QStringLiteral("relayResidentMBBefore"), double(w.relayKbBefore) / 1024},
                       {QStringLiteral("relayResidentMBHeld"), double(w.relayKbHeld) / 1024},
                       {QStringLiteral("relayKBPerConnection"),
                        w.held > 0 ? double(w.relayKbHeld - w.relayKbBefore) / w.held : 0.0},
                       {QStringLiteral("wakeMedianMs"), w.wakeMedianMs},
                       {QStringLiteral("wakeAllMs"), w.wakeAllMs}};
    }

    const double mb = double(figures.bytes) / 1e6;
    const QJsonObject json{{QStringLiteral("bytes"), figures.bytes},
                           {QStringLiteral("recipientDevices"), figures.devices},
                           {QStringLiteral("publishSeconds"), figures.publishMs / 1000},
                           {QStringLiteral("publishMBps"), mb / (figures.publishMs / 1000)},
                           {QStringLiteral("plainUploadSeconds"), figures.plainMs / 1000},
                           {QStringLiteral("plainUploadMBps"), mb / (figures.plainMs / 1000)},
                           {QStringLiteral("ratio"), figures.publishMs / figures.plainMs},
                           {QStringLiteral("envelopes"), figures.envelopes},
                           {QStringLiteral("envelopesPerSecond"), figures.envelopes / (figures.envelopesMs / 1000)},
                           {QStringLiteral("postgres"), postgresJson},
                           {QStringLiteral("webSockets"), socketsJson}};
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
        if (postgresJson.contains(QStringLiteral("envelopesPerSecond")))
            out() << QStringLiteral("envelopes: %1 in batches of 1000: %2 /s (%3)\n")
                         .arg(postgresJson.value(QStringLiteral("envelopes")).toInt())
                         .arg(postgresJson.value(QStringLiteral("envelopesPerSecond")).toDouble(), 0, 'f', 0)
                         .arg(postgresJson.value(QStringLiteral("server")).toString(QStringLiteral("PostgreSQL")));
        else if (postgresJson.contains(QStringLiteral("skipped")))
            out() << QStringLiteral("envelopes on PostgreSQL: skipped, %1\n")
                         .arg(postgresJson.value(QStringLiteral("skipped")).toString());
        if (!socketsJson.isEmpty())
            out() << QStringLiteral("WebSockets: %1 of %2 held by one relay process, resident %3 MB (%4 MB before), "
                                    "one wake-up reached %5 of them: median %6 ms, all %7 ms\n")
                         .arg(socketsJson.value(QStringLiteral("held")).toInt())
                         .arg(socketsJson.value(QStringLiteral("requested")).toInt())
                         .arg(socketsJson.value(QStringLiteral("relayResidentMBHeld")).toDouble(), 0, 'f', 1)
                         .arg(socketsJson.value(QStringLiteral("relayResidentMBBefore")).toDouble(), 0, 'f', 1)
                         .arg(socketsJson.value(QStringLiteral("woken")).toInt())
                         .arg(socketsJson.value(QStringLiteral("wakeMedianMs")).toDouble(), 0, 'f', 1)
                         .arg(socketsJson.value(QStringLiteral("wakeAllMs")).toDouble(), 0, 'f', 1);
    }
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
