#include "app/cli/BenchSyncScale.h"

#include "core/crypto/DeviceList.h"
#include "core/crypto/TrustChain.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/RelayClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <vector>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace consilium::cli::benchsync {

namespace {

tl::unexpected<Error> benchError(const QString& message)
{
    return fail(QStringLiteral("cli"), ErrorCode::IoError, message);
}

// A clinician made for the benchmark: identity, devices, credential, a client for device 0.
struct Party {
    crypto::SigningKeyPair identity = crypto::SigningKeyPair::generate();
    std::vector<crypto::DeviceKeys> devices;
    QByteArray credential;
    QList<QByteArray> deviceLists;
    std::unique_ptr<sync::NetworkHttpTransport> transport;
    std::unique_ptr<sync::RelayClient> client;

    [[nodiscard]] QByteArray mailbox(size_t device) const { return devices[device].deviceId().bytes(); }
};

Result<std::unique_ptr<Party>> makeParty(const QString& url, const crypto::VerifierDirectory& verifier,
                                         const QString& name, int deviceCount)
{
    auto party = std::make_unique<Party>();
    QList<crypto::SigningPublicKey> ids;
    for (int i = 0; i < deviceCount; ++i) {
        party->devices.push_back(crypto::DeviceKeys::generate());
        ids.append(party->devices.back().deviceId());
    }
    auto credential =
        verifier.issue({name, QStringLiteral("physician"), QStringLiteral("radiology"), QStringLiteral("FR"),
                        QStringLiteral("0"), crypto::todayUtc().addYears(1), party->identity.publicKey()},
                       crypto::todayUtc());
    if (!credential)
        return tl::unexpected(credential.error());
    party->credential = credential->encoded();
    party->deviceLists = {
        crypto::DeviceList::createFirst(party->identity, ids, quint64(QDateTime::currentSecsSinceEpoch()))};
    auto key = crypto::SigningKeyPair::fromSeed(party->devices.front().signing.seed());
    if (!key)
        return tl::unexpected(key.error());
    party->transport = std::make_unique<sync::NetworkHttpTransport>(QUrl(url));
    party->client = std::make_unique<sync::RelayClient>(*party->transport, std::move(*key));
    return party;
}

// Registers both parties, one after the other.
void registerParties(Party& first, Party& second, std::function<void(Result<void>)> done)
{
    first.client->registerIdentity(
        first.credential, first.deviceLists, [&second, done](sync::RelayResult<sync::Registration> registered) {
            if (!registered)
                return done(tl::unexpected(registered.error().error));
            second.client->registerIdentity(second.credential, second.deviceLists,
                                            [done](sync::RelayResult<sync::Registration> again) {
                                                if (!again)
                                                    return done(tl::unexpected(again.error().error));
                                                done({});
                                            });
        });
}

// VmRSS of a process in KiB, or 0 when /proc does not say.
qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression line(QStringLiteral("^VmRSS:\\s+([0-9]+) kB$"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

// RelayChild ---------------------------------------------------------------------------------

RelayChild::~RelayChild()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

Result<void> RelayChild::start(const QStringList& arguments)
{
#ifdef Q_OS_LINUX
    // Should this process die without its destructors (a crash, SIGKILL), the relay goes too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("consilium-relay")),
                    QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
    static const QRegularExpression ready(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]+)$"));
    for (int waited = 0; waited < 150 && m_process.state() != QProcess::NotRunning; ++waited) {
        m_process.waitForReadyRead(100);
        while (m_process.canReadLine()) {
            const auto match = ready.match(QString::fromUtf8(m_process.readLine()).trimmed());
            if (match.hasMatch()) {
                m_url = match.captured(1);
                return {};
            }
        }
    }
    return benchError(QStringLiteral("consilium-relay did not start: %1")
                          .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
}

// Envelopes per second -----------------------------------------------------------------------

namespace {

struct EnvelopeRun {
    std::unique_ptr<Party> sender;
    std::unique_ptr<Party> recipient;
    QList<sync::OutgoingEnvelope> batch;
    int batchesLeft = 0;
    QElapsedTimer timer;
    EnvelopeRate rate;
    std::function<void(Result<EnvelopeRate>)> done;
};

// Reports from a clean stack: the run (and the network objects it owns) must not be destroyed
// inside one of its own replies' signals.
void report(const std::shared_ptr<EnvelopeRun>& run, Result<EnvelopeRate> result)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [run, result = std::move(result)]() mutable {
        auto done = std::move(run->done);
        done(std::move(result));
    });
}

// One batch after the other; the request in flight keeps the run alive.
void postBatches(const std::shared_ptr<EnvelopeRun>& run)
{
    if (run->batchesLeft == 0) {
        run->rate.seconds = double(run->timer.nsecsElapsed()) / 1e9;
        return report(run, run->rate);
    }
    --run->batchesLeft;
    run->sender->client->postEnvelopes(run->batch, [run](sync::RelayResult<QList<quint64>> posted) {
        if (!posted)
            return report(run, tl::unexpected(posted.error().error));
        postBatches(run);
    });
}

} // namespace

void measureEnvelopeRate(const QString& relayUrl, const crypto::VerifierDirectory& verifier, int envelopes,
                         std::function<void(Result<EnvelopeRate>)> done)
{
    constexpr int kBatch = 1000;
    constexpr int kDevices = 5;
    auto sender = makeParty(relayUrl, verifier, QStringLiteral("Sender"), 1);
    auto recipient = makeParty(relayUrl, verifier, QStringLiteral("Recipient"), kDevices);
    if (!sender)
        return done(tl::unexpected(sender.error()));
    if (!recipient)
        return done(tl::unexpected(recipient.error()));
    auto run = std::make_shared<EnvelopeRun>();
    run->sender = std::move(*sender);
    run->recipient = std::move(*recipient);
    run->batchesLeft = envelopes / kBatch;
    run->rate = {run->batchesLeft * kBatch, kBatch, 0};
    run->done = std::move(done);
    for (int i = 0; i < kBatch; ++i)
        run->batch.append({run->recipient->mailbox(size_t(i % kDevices)), QByteArray(300, 'e')});
    registerParties(*run->sender, *run->recipient, [run](Result<void> registered) {
        if (!registered)
            return report(run, tl::unexpected(registered.error()));
        // Authenticate first, so that the timed part is the posting alone.
        run->sender->client->authenticate([run](sync::RelayResult<QString> token) {
            if (!token)
                return report(run, tl::unexpected(token.error().error));
            run->timer.start();
            postBatches(run);
        });
    });
}

// WebSocket wake-ups -------------------------------------------------------------------------

namespace {

struct WakeupRun {
    static constexpr int kWave = 100;

    std::unique_ptr<Party> sender;
    std::unique_ptr<Party> recipient;
    qint64 relayPid = 0;
    QUrl socketUrl;
    QString authMessage;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<char> ready;
    std::vector<double> wokenMs;
    int answered = 0; ///< sockets of the current waves that said "ready" or closed
    int lost = 0; ///< ready sockets that closed afterwards
    bool posted = false;
    bool finished = false;
    QElapsedTimer connectClock;
    QElapsedTimer wakeClock;
    WakeupFigures figures;
    std::function<void(Result<WakeupFigures>)> done;
    QObject guard; ///< owns the timers; destroyed with the run
    std::shared_ptr<WakeupRun> self; ///< keeps the run alive while only its sockets refer to it

    void finish(Result<WakeupFigures> result)
    {
        if (finished)
            return;
        finished = true;
        for (auto& socket : sockets) {
            socket->disconnect();
            socket->abort();
        }
        // Released on the next turn of the event loop: this may run inside a socket's signal.
        QTimer::singleShot(0, QCoreApplication::instance(), [keep = std::move(self)] {});
        done(std::move(result));
    }
};

void openWave(const std::shared_ptr<WakeupRun>& run);
void postAndTime(const std::shared_ptr<WakeupRun>& run);

void socketAnswered(const std::shared_ptr<WakeupRun>& run)
{
    ++run->answered;
    if (run->answered < int(run->sockets.size()))
        return;
    if (int(run->sockets.size()) < run->figures.requested)
        return openWave(run);
    run->figures.connectSeconds = double(run->connectClock.nsecsElapsed()) / 1e9;
    postAndTime(run);
}

void openWave(const std::shared_ptr<WakeupRun>& run)
{
    const int first = int(run->sockets.size());
    const int last = std::min(run->figures.requested, first + WakeupRun::kWave);
    std::weak_ptr<WakeupRun> weak = run;
    for (int index = first; index < last; ++index) {
        run->sockets.push_back(std::make_unique<QWebSocket>());
        run->ready.push_back(0);
        run->wokenMs.push_back(-1);
        QWebSocket* socket = run->sockets.back().get();
        socket->setProxy(QNetworkProxy::NoProxy);
        QObject::connect(socket, &QWebSocket::connected, socket,
                         [socket, message = run->authMessage] { socket->sendTextMessage(message); });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [weak, index](const QString& text) {
            auto run = weak.lock();
            if (!run || run->finished)
                return;
            const QString type =
                QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("type")).toString();
            if (type == QLatin1String("ready") && !run->ready[size_t(index)]) {
                run->ready[size_t(index)] = 1;
                socketAnswered(run);
            } else if (type == QLatin1String("mailbox") && run->posted && run->wokenMs[size_t(index)] < 0) {
                run->wokenMs[size_t(index)] = double(run->wakeClock.nsecsElapsed()) / 1e6;
                if (++run->figures.woken == run->figures.held)
                    postAndTime(run); // all woken: report
            }
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, [weak, index] {
            auto run = weak.lock();
            if (!run || run->finished)
                return;
            if (run->ready[size_t(index)]) {
                ++run->lost;
            } else {
                run->ready[size_t(index)] = 2; // closed before "ready": counted as answered, not held
                socketAnswered(run);
            }
        });
        socket->open(run->socketUrl);
    }
}

// First call: posts one envelope to the device every socket listens for. Second call (all
// woken, or the deadline): reports.
void postAndTime(const std::shared_ptr<WakeupRun>& run)
{
    if (run->posted) {
        std::vector<double> times;
        for (const double ms : run->wokenMs) {
            if (ms >= 0)
                times.push_back(ms);
        }
        std::sort(times.begin(), times.end());
        if (!times.empty()) {
            run->figures.wakeMedianMs = times[times.size() / 2];
            run->figures.wakeAllMs = times.back();
        }
        return run->finish(run->figures);
    }
    run->figures.held = int(std::count(run->ready.begin(), run->ready.end(), 1)) - run->lost;
    if (run->figures.held == 0)
        return run->finish(
            benchError(QStringLiteral("no WebSocket connection to %1 was accepted").arg(run->socketUrl.toString())));
    run->figures.relayKbHeld = residentKb(run->relayPid);
    run->posted = true;
    run->wakeClock.start();
    std::weak_ptr<WakeupRun> weak = run;
    run->sender->client->postEnvelopes({{run->recipient->mailbox(0), QByteArray(300, 'w')}},
                                       [weak](sync::RelayResult<QList<quint64>> posted) {
                                           auto run = weak.lock();
                                           if (run && !posted)
                                               run->finish(tl::unexpected(posted.error().error));
                                       });
    // Whoever is not woken within 30 s is reported as not woken.
    QTimer::singleShot(30000, &run->guard, [weak] {
        if (auto run = weak.lock())
            postAndTime(run);
    });
}

} // namespace

void measureWakeups(const QString& relayUrl, qint64 relayPid, const crypto::VerifierDirectory& verifier,
                    int connections, std::function<void(Result<WakeupFigures>)> done)
{
    auto sender = makeParty(relayUrl, verifier, QStringLiteral("Sender"), 1);
    auto recipient = makeParty(relayUrl, verifier, QStringLiteral("Listener"), 1);
    if (!sender)
        return done(tl::unexpected(sender.error()));
    if (!recipient)
        return done(tl::unexpected(recipient.error()));
    auto run = std::make_shared<WakeupRun>();
    run->sender = std::move(*sender);
    run->recipient = std::move(*recipient);
    run->relayPid = relayPid;
    run->figures.requested = connections;
    run->done = std::move(done);
    run->socketUrl = QUrl(relayUrl);
    run->socketUrl.setScheme(QStringLiteral("ws"));
    run->socketUrl.setPath(QStringLiteral("/v1/wakeups"));
    run->self = run;
    registerParties(*run->sender, *run->recipient, [run](Result<void> registered) {
        if (!registered)
            return run->finish(tl::unexpected(registered.error()));
        run->recipient->client->authenticate([run](sync::RelayResult<QString> token) {
            if (!token)
                return run->finish(tl::unexpected(token.error().error));
            run->authMessage = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("token"), *token}}).toJson(QJsonDocument::Compact));
            run->figures.relayKbBefore = residentKb(run->relayPid);
            run->connectClock.start();
            // Connections that never answer fail the run instead of hanging it.
            QTimer::singleShot(120000, &run->guard, [weak = std::weak_ptr<WakeupRun>(run)] {
                if (auto run = weak.lock(); run && !run->posted)
                    run->finish(benchError(QStringLiteral("only %1 of %2 WebSocket connections answered in 120 s")
                                               .arg(run->answered)
                                               .arg(run->figures.requested)));
            });
            openWave(run);
        });
    });
}

} // namespace consilium::cli::benchsync
