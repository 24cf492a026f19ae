// The relay API end to end: consilium-relay as a real process on loopback, clients speaking
// HTTP and WebSocket to it with keys and credentials made by core/crypto, as a real client would.
// Built twice: over the embedded SQLite storage, and with CONSILIUM_RELAY_TEST_POSTGRES over a
// throwaway PostgreSQL cluster (test_relay_process_api_postgres, skipped with 77 without it).

#include "core/crypto/VerifierDirectory.h"
#include "tests/relay/RelayFixture.h"
#include "tests/relay/RelayProcess.h"
#ifdef CONSILIUM_RELAY_TEST_POSTGRES
#include "tests/support/Postgres.h"
#endif

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QWebSocket>

#include <csignal>
#include <memory>

using namespace consilium;
using namespace consilium::test;
using namespace consilium::relay::test;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray contentRange;

    [[nodiscard]] QJsonObject json() const
    {
        const auto document = QJsonDocument::fromJson(body);
        INFO(body.toStdString());
        REQUIRE(document.isObject());
        return document.object();
    }
    [[nodiscard]] QString code() const { return json().value(QStringLiteral("code")).toString(); }
    [[nodiscard]] QString message() const { return json().value(QStringLiteral("message")).toString(); }
};

Reply send(const QString& url, const QByteArray& method, const QByteArray& body = {}, const QString& token = {},
           const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request{QUrl(url)};
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    REQUIRE(pumpUntil([&] { return reply->isFinished(); }, 30000));
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Content-Range")};
}

// A verifier folder made with core/crypto, as `consilium-cli verifier init` makes it.
struct Verifier {
    QTemporaryDir dir;
    std::optional<crypto::VerifierDirectory> directory;

    Verifier()
    {
        REQUIRE(crypto::VerifierDirectory::initialise(dir.path()));
        auto opened = crypto::VerifierDirectory::open(dir.path());
        REQUIRE(opened);
        directory.emplace(std::move(*opened));
    }
    [[nodiscard]] QString publicKeyFile() const { return dir.filePath(crypto::VerifierDirectory::kPublicFile); }

    /// A clinician whose credential this verifier issued through its folder.
    std::unique_ptr<TestClinician> clinician(int devices = 1)
    {
        // TestClinician signs with a throwaway key; replace its credential by one from the folder.
        auto made = std::make_unique<TestClinician>(crypto::SigningKeyPair::generate(), devices);
        const crypto::CredentialRequest request{
            QStringLiteral("Rick Doe"), QStringLiteral("physician"),  QStringLiteral("emergency medicine"),
            QStringLiteral("FR"),       QStringLiteral("10-123 456"), crypto::todayUtc().addYears(1),
            made->identity.publicKey()};
        auto credential = directory->issue(request, crypto::todayUtc());
        REQUIRE(credential);
        made->credential = credential->encoded();
        return made;
    }
};

// A running relay with its data folder and (optional) config file.
struct Relay {
    QTemporaryDir data;
#ifdef CONSILIUM_RELAY_TEST_POSTGRES
    std::unique_ptr<testbed::ThrowawayPostgres> postgres = startPostgres();
#endif
    QString configPath;
    QStringList arguments;
    std::unique_ptr<RelayProcess> process;
    QString url;

    Relay(const Verifier& verifier, const QByteArray& config = {})
    {
        arguments = {QStringLiteral("--verifier-key"), verifier.publicKeyFile()};
#ifdef CONSILIUM_RELAY_TEST_POSTGRES
        arguments << QStringLiteral("--db") << postgres->url();
#endif
        if (!config.isEmpty()) {
            configPath = data.filePath(QStringLiteral("relay.ini"));
            QFile file(configPath);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(config);
            file.close();
            arguments << QStringLiteral("--config") << configPath;
        }
        start();
    }

    void start()
    {
        process = std::make_unique<RelayProcess>(data.filePath(QStringLiteral("state")), QStringLiteral("127.0.0.1:0"),
                                                 arguments);
        url = process->waitUntilListening();
        INFO(process->process().readAllStandardError().toStdString());
        REQUIRE_FALSE(url.isEmpty());
    }

    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QString& token = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}) const
    {
        return send(url + path, method, body, token, headers);
    }

    QString login(const TestClinician& clinician, int device = 0) const
    {
        const auto challenge = call("POST", QStringLiteral("/v1/auth/challenge"),
                                    jsonBytes({{QStringLiteral("device"), clinician.deviceHex(device)}}));
        INFO(challenge.body.toStdString());
        REQUIRE(challenge.status == 200);
        const auto token =
            call("POST", QStringLiteral("/v1/auth/token"),
                 clinician.tokenRequest(challenge.json().value(QStringLiteral("challenge")).toString(), device));
        INFO(token.body.toStdString());
        REQUIRE(token.status == 200);
        return token.json().value(QStringLiteral("token")).toString();
    }
};

QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 7) & 0xff);
    return bytes;
}

QString blake(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex());
}

QByteArray batch(const QList<QPair<QString, QByteArray>>& items)
{
    QJsonArray array;
    for (const auto& [mailbox, data] : items)
        array.append(QJsonObject{{QStringLiteral("mailbox"), mailbox},
                                 {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}});
    return jsonBytes({{QStringLiteral("envelopes"), array}});
}

} // namespace

TEST_CASE("relay process: register, authenticate, resumable upload across a restart, ranges, envelopes, wake-up",
          "[relay]")
{
    Verifier verifier;
    Relay relay(verifier, "[limits]\nmax-chunk-bytes=65536\n");
    auto jane = verifier.clinician();
    auto rick = verifier.clinician(2);
    const auto registered = relay.call("POST", QStringLiteral("/v1/register"), jane->registration());
    INFO(registered.body.toStdString());
    REQUIRE(registered.status == 201);
    REQUIRE(relay.call("POST", QStringLiteral("/v1/register"), rick->registration()).status == 201);
    const QString janeToken = relay.login(*jane);
    const QString rickToken = relay.login(*rick, 0);

    // A 200 000-byte blob in 65 536-byte chunks; two chunks, then the relay dies.
    const QByteArray blob = patternBytes(200000);
    const auto created =
        relay.call("POST", QStringLiteral("/v1/uploads"), jsonBytes({{QStringLiteral("size"), 200000}}), janeToken);
    REQUIRE(created.status == 201);
    CHECK(created.json().value(QStringLiteral("maxChunkBytes")).toInt() == 65536);
    const QString upload = QStringLiteral("/v1/uploads/") + created.json().value(QStringLiteral("upload")).toString();
    for (qint64 offset : {0, 65536}) {
        const auto put =
            relay.call("PUT", upload + QStringLiteral("?offset=%1").arg(offset), blob.mid(offset, 65536), janeToken);
        REQUIRE(put.status == 200);
    }
    relay.process->process().kill();
    REQUIRE(relay.process->process().waitForFinished(10000));
    relay.start();

    // Resume: ask where to continue, send the rest, commit by hash.
    const auto status = relay.call("GET", upload, {}, janeToken);
    REQUIRE(status.status == 200);
    qint64 offset = status.json().value(QStringLiteral("received")).toInteger();
    CHECK(offset == 131072);
    while (offset < blob.size()) {
        const QByteArray chunk = blob.mid(offset, 65536);
        REQUIRE(relay.call("PUT", upload + QStringLiteral("?offset=%1").arg(offset), chunk, janeToken).status == 200);
        offset += chunk.size();
    }
    const auto committed = relay.call("POST", upload + QStringLiteral("/commit"),
                                      jsonBytes({{QStringLiteral("hash"), blake(blob)}}), janeToken);
    INFO(committed.body.toStdString());
    REQUIRE(committed.status == 201);
    CHECK(committed.json().value(QStringLiteral("blob")).toString() == blake(blob));

    // Another clinician downloads it in ranges.
    const QString blobPath = QStringLiteral("/v1/blobs/") + blake(blob);
    const auto range = relay.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=150000-150999"}});
    CHECK(range.status == 206);
    CHECK(range.body == blob.mid(150000, 1000));
    CHECK(range.contentRange == "bytes 150000-150999/200000");
    QByteArray whole;
    while (whole.size() < blob.size()) {
        const auto piece =
            relay.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=" + QByteArray::number(whole.size()) + '-'}});
        REQUIRE(piece.status == 206);
        whole += piece.body;
    }
    CHECK(whole == blob);

    // Rick's first device listens for wake-ups.
    QWebSocket socket;
    QStringList messages;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&messages](const QString& m) { messages.append(m); });
    QUrl wsUrl(relay.url);
    wsUrl.setScheme(QStringLiteral("ws"));
    wsUrl.setPath(QStringLiteral("/v1/wakeups"));
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.open(wsUrl);
    const bool connected = pumpUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; });
    INFO(socket.errorString().toStdString());
    REQUIRE(connected);
    socket.sendTextMessage(QString::fromUtf8(jsonBytes({{QStringLiteral("token"), rickToken}})));
    REQUIRE(pumpUntil([&] { return !messages.isEmpty(); }));
    CHECK(messages.takeFirst() == QStringLiteral(R"({"type":"ready"})"));

    // One batch to both of Rick's devices.
    const auto posted =
        relay.call("POST", QStringLiteral("/v1/envelopes"),
                   batch({{rick->deviceHex(0), "sealed-for-0"}, {rick->deviceHex(1), "sealed-for-1"}}), janeToken);
    INFO(posted.body.toStdString());
    REQUIRE(posted.status == 201);
    CHECK(posted.json().value(QStringLiteral("sequences")).toArray() == QJsonArray{1, 1});
    REQUIRE(pumpUntil([&] { return !messages.isEmpty(); }));
    // The wake-up says only that something arrived.
    CHECK(messages.takeFirst() == QStringLiteral(R"({"type":"mailbox"})"));

    const auto first = relay.call("GET", QStringLiteral("/v1/mailbox?after=0"), {}, rickToken);
    REQUIRE(first.status == 200);
    const QJsonArray firstEnvelopes = first.json().value(QStringLiteral("envelopes")).toArray();
    REQUIRE(firstEnvelopes.size() == 1);
    CHECK(QByteArray::fromBase64(firstEnvelopes[0].toObject().value(QStringLiteral("data")).toString().toLatin1())
          == "sealed-for-0");
    REQUIRE(
        relay.call("POST", QStringLiteral("/v1/envelopes"), batch({{rick->deviceHex(0), "second"}}), janeToken).status
        == 201);
    const auto afterCursor = relay.call("GET", QStringLiteral("/v1/mailbox?after=1"), {}, rickToken);
    const QJsonArray later = afterCursor.json().value(QStringLiteral("envelopes")).toArray();
    REQUIRE(later.size() == 1);
    CHECK(later[0].toObject().value(QStringLiteral("sequence")).toInt() == 2);

    const auto acked =
        relay.call("POST", QStringLiteral("/v1/mailbox/ack"), jsonBytes({{QStringLiteral("upTo"), 1}}), rickToken);
    CHECK(acked.json().value(QStringLiteral("deleted")).toInt() == 1);
    const auto remaining = relay.call("GET", QStringLiteral("/v1/mailbox"), {}, rickToken);
    CHECK(remaining.json().value(QStringLiteral("envelopes")).toArray().size() == 1);

    // A graceful stop keeps what was acknowledged.
    socket.close();
    REQUIRE(::kill(static_cast<pid_t>(relay.process->pid()), SIGTERM) == 0);
    REQUIRE(relay.process->process().waitForFinished(10000));
    CHECK(relay.process->process().exitCode() == 0);
    relay.start();
    const auto afterRestart = relay.call("GET", QStringLiteral("/v1/mailbox"), {}, rickToken);
    const QJsonArray kept = afterRestart.json().value(QStringLiteral("envelopes")).toArray();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].toObject().value(QStringLiteral("sequence")).toInt() == 2);
    const auto metrics = relay.call("GET", QStringLiteral("/metrics"));
    CHECK(metrics.status == 200);
    CHECK(metrics.body.contains("consilium_relay_responses_total{status=\"200\"} 1"));
}

TEST_CASE("relay process: refusals leave the state unchanged and say why", "[relay]")
{
    Verifier verifier;
    Relay relay(verifier);
    auto jane = verifier.clinician();
    REQUIRE(relay.call("POST", QStringLiteral("/v1/register"), jane->registration()).status == 201);

    SECTION("a credential from an unknown verifier")
    {
        Verifier stranger;
        auto mallory = stranger.clinician();
        const auto refused = relay.call("POST", QStringLiteral("/v1/register"), mallory->registration());
        CHECK(refused.status == 403);
        CHECK(refused.code() == QStringLiteral("credential-refused"));
        CHECK(relay
                  .call("POST", QStringLiteral("/v1/auth/challenge"),
                        jsonBytes({{QStringLiteral("device"), mallory->deviceHex()}}))
                  .status
              == 404);
    }
    SECTION("unauthenticated requests")
    {
        for (const auto& [method, path] :
             QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/v1/mailbox")},
                                               {"POST", QStringLiteral("/v1/envelopes")},
                                               {"POST", QStringLiteral("/v1/uploads")},
                                               {"GET", QStringLiteral("/v1/blobs/") + QString(64, u'0')}}) {
            INFO(path.toStdString());
            const auto refused = relay.call(method, path, "{}");
            CHECK(refused.status == 401);
            CHECK(refused.code() == QStringLiteral("unauthenticated"));
        }
    }
    SECTION("a wake-up connection with a bad token is closed, one elsewhere is not upgraded")
    {
        QWebSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        QStringList messages;
        QObject::connect(&socket, &QWebSocket::textMessageReceived,
                         [&messages](const QString& m) { messages.append(m); });
        QUrl wsUrl(relay.url);
        wsUrl.setScheme(QStringLiteral("ws"));
        wsUrl.setPath(QStringLiteral("/v1/wakeups"));
        socket.open(wsUrl);
        REQUIRE(pumpUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.sendTextMessage(QStringLiteral(R"({"token":"not-a-token"})"));
        REQUIRE(pumpUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
        CHECK(socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
        CHECK(socket.closeReason() == QStringLiteral("unauthenticated"));
        CHECK(messages.isEmpty());

        QWebSocket elsewhere;
        elsewhere.setProxy(QNetworkProxy::NoProxy);
        wsUrl.setPath(QStringLiteral("/v1/mailbox"));
        elsewhere.open(wsUrl);
        REQUIRE(pumpUntil([&] {
            return elsewhere.state() == QAbstractSocket::UnconnectedState
                   && elsewhere.error() != QAbstractSocket::UnknownSocketError;
        }));
        CHECK(elsewhere.state() != QAbstractSocket::ConnectedState);
    }
    SECTION("a replayed challenge answer")
    {
        const auto challenge = relay.call("POST", QStringLiteral("/v1/auth/challenge"),
                                          jsonBytes({{QStringLiteral("device"), jane->deviceHex()}}));
        const QByteArray answer = jane->tokenRequest(challenge.json().value(QStringLiteral("challenge")).toString());
        CHECK(relay.call("POST", QStringLiteral("/v1/auth/token"), answer).status == 200);
        const auto replayed = relay.call("POST", QStringLiteral("/v1/auth/token"), answer);
        CHECK(replayed.status == 401);
        CHECK(replayed.message().contains(QStringLiteral("already used")));
    }
    SECTION("an oversized chunk, malformed JSON and a wrong hash")
    {
        const QString token = relay.login(*jane);
        constexpr qint64 kChunk = qint64(8) * 1024 * 1024;
        const auto created = relay.call("POST", QStringLiteral("/v1/uploads"),
                                        jsonBytes({{QStringLiteral("size"), kChunk + 10}}), token);
        REQUIRE(created.status == 201);
        const QString upload =
            QStringLiteral("/v1/uploads/") + created.json().value(QStringLiteral("upload")).toString();
        const QByteArray data = patternBytes(kChunk + 10);
        const auto oversized = relay.call("PUT", upload + QStringLiteral("?offset=0"), data.left(kChunk + 1), token);
        CHECK(oversized.status == 413);
        CHECK(oversized.code() == QStringLiteral("too-large"));
        CHECK(relay.call("GET", upload, {}, token).json().value(QStringLiteral("received")).toInt() == 0);

        const auto malformed = relay.call("POST", QStringLiteral("/v1/envelopes"), "{\"envelopes\": [}", token);
        CHECK(malformed.status == 400);
        CHECK(malformed.code() == QStringLiteral("malformed"));

        REQUIRE(relay.call("PUT", upload + QStringLiteral("?offset=0"), data.left(kChunk), token).status == 200);
        REQUIRE(relay.call("PUT", upload + QStringLiteral("?offset=%1").arg(kChunk), data.mid(kChunk), token).status
                == 200);
        const auto wrongHash = relay.call("POST", upload + QStringLiteral("/commit"),
                                          jsonBytes({{QStringLiteral("hash"), blake(data.left(kChunk))}}), token);
        CHECK(wrongHash.status == 422);
        CHECK(wrongHash.code() == QStringLiteral("hash-mismatch"));
        CHECK(relay.call("GET", QStringLiteral("/v1/blobs/") + blake(data.left(kChunk)), {}, token).status == 404);
        CHECK(relay
                  .call("POST", upload + QStringLiteral("/commit"), jsonBytes({{QStringLiteral("hash"), blake(data)}}),
                        token)
                  .status
              == 201);
    }
}

TEST_CASE("relay process: an expired token is refused", "[relay]")
{
    Verifier verifier;
    Relay relay(verifier, "[limits]\ntoken-lifetime=2\n");
    auto jane = verifier.clinician();
    REQUIRE(relay.call("POST", QStringLiteral("/v1/register"), jane->registration()).status == 201);
    const auto challenge = relay.call("POST", QStringLiteral("/v1/auth/challenge"),
                                      jsonBytes({{QStringLiteral("device"), jane->deviceHex()}}));
    const auto issued = relay.call("POST", QStringLiteral("/v1/auth/token"),
                                   jane->tokenRequest(challenge.json().value(QStringLiteral("challenge")).toString()));
    REQUIRE(issued.status == 200);
    const QString token = issued.json().value(QStringLiteral("token")).toString();
    const qint64 expires = issued.json().value(QStringLiteral("expires")).toInteger();
    CHECK(expires - QDateTime::currentSecsSinceEpoch() <= 2);
    CHECK(relay.call("GET", QStringLiteral("/v1/mailbox"), {}, token).status == 200);
    while (QDateTime::currentSecsSinceEpoch() <= expires)
        QThread::msleep(100);
    const auto expired = relay.call("GET", QStringLiteral("/v1/mailbox"), {}, token);
    CHECK(expired.status == 401);
    CHECK(expired.message().contains(QStringLiteral("expired")));
}

TEST_CASE("relay process: a device removed from its identity's list loses its token and its mailbox at once", "[relay]")
{
    Verifier verifier;
    Relay relay(verifier);
    auto jane = verifier.clinician(2);
    REQUIRE(relay.call("POST", QStringLiteral("/v1/register"), jane->registration()).status == 201);
    const QString kept = relay.login(*jane, 0);
    const QString removed = relay.login(*jane, 1);
    REQUIRE(relay.call("GET", QStringLiteral("/v1/mailbox?after=0"), {}, removed).status == 200);

    const QByteArray next = jane->nextDeviceList({0});
    const auto published =
        relay.call("PUT", QStringLiteral("/v1/identities/%1/device-list").arg(jane->identityHex()),
                   jsonBytes({{QStringLiteral("deviceList"), QString::fromLatin1(next.toBase64())}}), kept);
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);

    // Its token, issued an hour's lifetime ago, stops working now, not at expiry.
    const auto refused = relay.call("GET", QStringLiteral("/v1/mailbox?after=0"), {}, removed);
    CHECK(refused.status == 401);
    CHECK(refused.message().contains(QStringLiteral("no longer in its identity's device list")));
    // It cannot sign in again.
    const auto challenge = relay.call("POST", QStringLiteral("/v1/auth/challenge"),
                                      jsonBytes({{QStringLiteral("device"), jane->deviceHex(1)}}));
    CHECK(challenge.status == 404);
    // Nothing more is stored for it; the relay names the mailbox, so a sender can drop it.
    const auto posted =
        relay.call("POST", QStringLiteral("/v1/envelopes"),
                   batch({{jane->deviceHex(0), QByteArray("kept")}, {jane->deviceHex(1), QByteArray("gone")}}), kept);
    CHECK(posted.status == 404);
    CHECK(posted.json().value(QStringLiteral("code")).toString() == QLatin1String("unknown-mailbox"));
    CHECK(posted.json().value(QStringLiteral("mailbox")).toString() == jane->deviceHex(1));
    // The remaining device goes on as before.
    CHECK(relay.call("GET", QStringLiteral("/v1/mailbox?after=0"), {}, kept).status == 200);
}

TEST_CASE("relay process: a bad verifier key or config stops the relay at start with the file named", "[relay]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere.pub"));
    const auto noKey = runTool(QStringLiteral("consilium-relay"),
                               {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                                dir.filePath(QStringLiteral("d")), QStringLiteral("--verifier-key"), missing});
    CHECK(noKey.exitCode == 1);
    CHECK(QString::fromLocal8Bit(noKey.standardError).contains(missing));

    const QString config = dir.filePath(QStringLiteral("relay.ini"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[limits]\nmax-chunk-bytes=9000000\n");
    file.close();
    const auto badConfig =
        runTool(QStringLiteral("consilium-relay"),
                {QStringLiteral("--data"), dir.filePath(QStringLiteral("d")), QStringLiteral("--config"), config});
    CHECK(badConfig.exitCode == 2);
    CHECK(badConfig.standardError.contains("max-chunk-bytes cannot exceed 8388608"));
}

TEST_CASE("relay process: the rate limit is per client, and behind a trusted proxy per X-Real-IP", "[relay]")
{
    Verifier verifier;
    const QByteArray body = jsonBytes({{QStringLiteral("device"), QString(64, u'a')}});
    for (const bool trusted : {true, false}) {
        INFO("trust-proxy " << trusted);
        Relay relay(verifier, QByteArray("[relay]\ntrust-proxy=") + (trusted ? "true" : "false")
                                  + "\n[limits]\nrate-burst=2\nrate-per-second=0.01\n");
        const auto from = [&relay, &body](const QByteArray& address) {
            return relay.call("POST", QStringLiteral("/v1/auth/challenge"), body, {}, {{"X-Real-IP", address}}).status;
        };
        CHECK(from("192.0.2.1") == 404);
        CHECK(from("192.0.2.1") == 404);
        CHECK(from("192.0.2.1") == 429);
        // Another client behind the same proxy has its own bucket only if the proxy is trusted.
        CHECK(from("192.0.2.2") == (trusted ? 404 : 429));
    }
}
