// Two consilium-relay processes sharing one PostgreSQL database: a throwaway cluster created by
// the test (initdb in a temporary folder, Unix socket only, removed afterwards). A client woken
// on node A for an envelope posted through node B; an upload started on A and finished on B.

#include "core/crypto/VerifierDirectory.h"
#include "tests/relay/RelayFixture.h"
#include "tests/relay/RelayProcess.h"
#include "tests/support/Postgres.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QWebSocket>

#include <memory>

#include <pwd.h>
#include <unistd.h>

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
};

Reply send(const QString& url, const QByteArray& method, const QByteArray& body = {}, const QString& token = {},
           const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request{QUrl(url)};
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    REQUIRE(pumpUntil([&] { return reply->isFinished(); }, 30000));
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Content-Range")};
}

QString login(const QString& url, const TestClinician& clinician, int device = 0)
{
    const auto challenge = send(url + QStringLiteral("/v1/auth/challenge"), "POST",
                                jsonBytes({{QStringLiteral("device"), clinician.deviceHex(device)}}));
    REQUIRE(challenge.status == 200);
    const auto token =
        send(url + QStringLiteral("/v1/auth/token"), "POST",
             clinician.tokenRequest(challenge.json().value(QStringLiteral("challenge")).toString(), device));
    REQUIRE(token.status == 200);
    return token.json().value(QStringLiteral("token")).toString();
}

QString blake(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex());
}

} // namespace

TEST_CASE("two relay processes share one PostgreSQL database: wake-ups, envelopes and uploads cross nodes", "[relay]")
{
    const auto postgres = startPostgres();
    QTemporaryDir work;
    REQUIRE(crypto::VerifierDirectory::initialise(work.filePath(QStringLiteral("verifier"))));
    auto verifier = crypto::VerifierDirectory::open(work.filePath(QStringLiteral("verifier")));
    REQUIRE(verifier);
    QFile config(work.filePath(QStringLiteral("relay.ini")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write("[limits]\nmax-chunk-bytes=65536\n");
    config.close();
    const QStringList arguments{
        QStringLiteral("--db"),           postgres->url(),
        QStringLiteral("--verifier-key"), work.filePath(QStringLiteral("verifier/verifier.pub")),
        QStringLiteral("--config"),       config.fileName()};
    RelayProcess nodeA(work.filePath(QStringLiteral("unused-a")), QStringLiteral("127.0.0.1:0"), arguments);
    RelayProcess nodeB(work.filePath(QStringLiteral("unused-b")), QStringLiteral("127.0.0.1:0"), arguments);
    const QString a = nodeA.waitUntilListening();
    const QString b = nodeB.waitUntilListening();
    INFO(nodeA.process().readAllStandardError().toStdString());
    REQUIRE_FALSE(a.isEmpty());
    REQUIRE_FALSE(b.isEmpty());

    // Credentials issued by the verifier folder, registered through different nodes.
    const auto credentialFor = [&verifier](const crypto::SigningKeyPair& identity) {
        const crypto::CredentialRequest request{QStringLiteral("Jane Roe"),   QStringLiteral("physician"),
                                                QStringLiteral("radiology"),  QStringLiteral("FR"),
                                                QStringLiteral("10-123 456"), crypto::todayUtc().addYears(1),
                                                identity.publicKey()};
        auto credential = verifier->issue(request, crypto::todayUtc());
        REQUIRE(credential);
        return credential->encoded();
    };
    TestClinician jane(crypto::SigningKeyPair::generate());
    jane.credential = credentialFor(jane.identity);
    TestClinician rick(crypto::SigningKeyPair::generate(), 2);
    rick.credential = credentialFor(rick.identity);
    REQUIRE(send(a + QStringLiteral("/v1/register"), "POST", jane.registration()).status == 201);
    REQUIRE(send(b + QStringLiteral("/v1/register"), "POST", rick.registration()).status == 201);
    // The same identity again through the other node is a renewal, not a second registration.
    CHECK(send(a + QStringLiteral("/v1/register"), "POST", rick.registration()).status == 200);

    // A challenge from A answered on B; the same answer replayed on A is refused.
    const auto challenge = send(a + QStringLiteral("/v1/auth/challenge"), "POST",
                                jsonBytes({{QStringLiteral("device"), jane.deviceHex()}}));
    const QByteArray answer = jane.tokenRequest(challenge.json().value(QStringLiteral("challenge")).toString());
    const auto issued = send(b + QStringLiteral("/v1/auth/token"), "POST", answer);
    REQUIRE(issued.status == 200);
    CHECK(send(a + QStringLiteral("/v1/auth/token"), "POST", answer).status == 401);
    const QString janeToken = issued.json().value(QStringLiteral("token")).toString();
    const QString rickToken = login(b, rick, 0);

    // Rick listens on node A.
    QWebSocket socket;
    QStringList messages;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&messages](const QString& m) { messages.append(m); });
    QUrl wsUrl(a);
    wsUrl.setScheme(QStringLiteral("ws"));
    wsUrl.setPath(QStringLiteral("/v1/wakeups"));
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.open(wsUrl);
    REQUIRE(pumpUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.sendTextMessage(QString::fromUtf8(jsonBytes({{QStringLiteral("token"), rickToken}})));
    REQUIRE(pumpUntil([&] { return !messages.isEmpty(); }));
    CHECK(messages.takeFirst() == QStringLiteral(R"({"type":"ready"})"));

    // Jane posts through node B; Rick is woken on node A.
    QJsonArray envelopes{
        QJsonObject{{QStringLiteral("mailbox"), rick.deviceHex(0)}, {QStringLiteral("data"), QStringLiteral("AQID")}},
        QJsonObject{{QStringLiteral("mailbox"), rick.deviceHex(1)}, {QStringLiteral("data"), QStringLiteral("BAUG")}},
        QJsonObject{{QStringLiteral("mailbox"), rick.deviceHex(0)}, {QStringLiteral("data"), QStringLiteral("BwgJ")}}};
    const auto posted = send(b + QStringLiteral("/v1/envelopes"), "POST",
                             jsonBytes({{QStringLiteral("envelopes"), envelopes}}), janeToken);
    INFO(posted.body.toStdString());
    REQUIRE(posted.status == 201);
    CHECK(posted.json().value(QStringLiteral("sequences")).toArray() == QJsonArray{1, 1, 2});
    REQUIRE(pumpUntil([&] { return !messages.isEmpty(); }));
    CHECK(messages.takeFirst() == QStringLiteral(R"({"type":"mailbox"})"));

    // Fetched from A, acknowledged on B, gone on A.
    const auto fetched = send(a + QStringLiteral("/v1/mailbox?after=1"), "GET", {}, rickToken);
    const QJsonArray after1 = fetched.json().value(QStringLiteral("envelopes")).toArray();
    REQUIRE(after1.size() == 1);
    CHECK(after1[0].toObject().value(QStringLiteral("data")).toString() == QStringLiteral("BwgJ"));
    CHECK(send(b + QStringLiteral("/v1/mailbox/ack"), "POST", jsonBytes({{QStringLiteral("upTo"), 2}}), rickToken)
              .json()
              .value(QStringLiteral("deleted"))
              .toInt()
          == 2);
    CHECK(send(a + QStringLiteral("/v1/mailbox"), "GET", {}, rickToken)
              .json()
              .value(QStringLiteral("envelopes"))
              .toArray()
              .isEmpty());

    // An upload started on A, node A killed, resumed and committed on B, downloaded from B.
    QByteArray blob(150000, Qt::Uninitialized);
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char((i * 7 + i / 13) & 0xff);
    const auto created =
        send(a + QStringLiteral("/v1/uploads"), "POST", jsonBytes({{QStringLiteral("size"), 150000}}), janeToken);
    REQUIRE(created.status == 201);
    const QString upload = QStringLiteral("/v1/uploads/") + created.json().value(QStringLiteral("upload")).toString();
    REQUIRE(send(a + upload + QStringLiteral("?offset=0"), "PUT", blob.left(65536), janeToken).status == 200);
    nodeA.process().kill();
    REQUIRE(nodeA.process().waitForFinished(10000));
    const qint64 received = send(b + upload, "GET", {}, janeToken).json().value(QStringLiteral("received")).toInteger();
    CHECK(received == 65536);
    REQUIRE(send(b + upload + QStringLiteral("?offset=65536"), "PUT", blob.mid(65536, 65536), janeToken).status == 200);
    REQUIRE(send(b + upload + QStringLiteral("?offset=131072"), "PUT", blob.mid(131072), janeToken).status == 200);
    CHECK(send(b + upload + QStringLiteral("/commit"), "POST",
               jsonBytes({{QStringLiteral("hash"), blake(blob.left(10))}}), janeToken)
              .status
          == 422);
    const auto committed = send(b + upload + QStringLiteral("/commit"), "POST",
                                jsonBytes({{QStringLiteral("hash"), blake(blob)}}), janeToken);
    REQUIRE(committed.status == 201);
    // A range across the boundary of two stored chunks.
    const auto range =
        send(b + QStringLiteral("/v1/blobs/") + blake(blob), "GET", {}, rickToken, {{"Range", "bytes=65000-66999"}});
    CHECK(range.status == 206);
    CHECK(range.body == blob.mid(65000, 2000));
    CHECK(range.contentRange == "bytes 65000-66999/150000");
}
