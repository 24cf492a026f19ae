// RelayApi over SqliteRelayStorage in a temporary folder (test_relay_api), or over
// PostgresRelayStorage on a throwaway cluster (test_relay_api_postgres, built from this same file
// with CONSILIUM_RELAY_TEST_POSTGRES): every endpoint and every refusal, without sockets. Time is
// a variable the tests move.

#include "core/relay/RelayApi.h"
#include "core/relay/SqliteRelayStorage.h"
#include "tests/relay/RelayProcess.h"
#ifdef CONSILIUM_RELAY_TEST_POSTGRES
#include "core/relay/PostgresRelayStorage.h"
#include "tests/support/Postgres.h"
#endif
#include "core/crypto/Hashing.h"
#include "core/crypto/KeyBackup.h"
#include "tests/relay/RelayFixture.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::relay;
using namespace consilium::relay::test;

namespace {

#ifdef CONSILIUM_RELAY_TEST_POSTGRES
// One cluster for the whole test process, a fresh database for each harness.
consilium::testbed::ThrowawayPostgres& cluster()
{
    static const std::unique_ptr<consilium::testbed::ThrowawayPostgres> instance = consilium::test::startPostgres();
    return *instance;
}
#endif

struct Harness {
    QTemporaryDir dir;
    crypto::SigningKeyPair verifier = crypto::SigningKeyPair::generate();
    QString databaseUrl;
    std::unique_ptr<RelayStorage> storage;
    std::unique_ptr<RelayApi> api;
    qint64 nowMs = qint64(1800000000) * 1000;
    QList<QList<QByteArray>> wakeups;

    explicit Harness(RelayLimits limits = {}, bool withVerifier = true)
    {
        REQUIRE(dir.isValid());
#ifdef CONSILIUM_RELAY_TEST_POSTGRES
        static int databases = 0;
        databaseUrl = consilium::test::createDatabase(cluster(), QStringLiteral("api_%1").arg(++databases));
#endif
        storage = reopenStorage();
        RelayApiSettings settings;
        settings.limits = limits;
        if (withVerifier) {
            settings.verifier = crypto::VerifierPublicState{
                verifier.publicKey(),
                *crypto::RevocationList::parse(crypto::RevocationList::create(verifier, 1, {}, kCreated))};
        }
        settings.nowMs = [this] { return nowMs; };
        api = std::make_unique<RelayApi>(*storage, settings);
        api->setMailboxListener([this](const QList<QByteArray>& mailboxes) { wakeups.append(mailboxes); });
    }

    /// A new storage object over the same data, as after a restart.
    [[nodiscard]] std::unique_ptr<RelayStorage> reopenStorage() const
    {
#ifdef CONSILIUM_RELAY_TEST_POSTGRES
        auto opened = PostgresRelayStorage::open(databaseUrl);
#else
        auto opened = SqliteRelayStorage::open(dir.path());
#endif
        INFO((opened ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened);
        return std::move(*opened);
    }

    /// The wake-ups so far, once those in flight have arrived: SQLite's come at once,
    /// PostgreSQL's through NOTIFY and the event loop.
    qsizetype settledWakeups(qsizetype expected)
    {
        if (storage->announcesEnvelopes()) {
            consilium::test::pumpUntil([&] { return wakeups.size() >= expected; }, 5000);
            consilium::test::pumpUntil([] { return false; }, 100); // and nothing more
        }
        return wakeups.size();
    }

    RelayResponse call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                       const QString& token = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        RelayRequest request;
        request.method = method;
        const QUrl url(QStringLiteral("http://relay") + pathAndQuery);
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.body = body;
        request.clientAddress = QStringLiteral("127.0.0.1");
        request.headers = std::move(headers);
        if (!token.isEmpty())
            request.headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return api->handle(request);
    }

    QString registerAndLogin(TestClinician& clinician, int device = 0)
    {
        const auto registered = call("POST", QStringLiteral("/v1/register"), clinician.registration());
        INFO(registered.body.toStdString());
        REQUIRE((registered.status == 201 || registered.status == 200));
        return login(clinician, device);
    }

    QString login(const TestClinician& clinician, int device = 0)
    {
        const auto challenge = call("POST", QStringLiteral("/v1/auth/challenge"),
                                    jsonBytes({{QStringLiteral("device"), clinician.deviceHex(device)}}));
        INFO(challenge.body.toStdString());
        REQUIRE(challenge.status == 200);
        const QString value = object(challenge).value(QStringLiteral("challenge")).toString();
        const auto token = call("POST", QStringLiteral("/v1/auth/token"), clinician.tokenRequest(value, device));
        INFO(token.body.toStdString());
        REQUIRE(token.status == 200);
        return object(token).value(QStringLiteral("token")).toString();
    }

    static QJsonObject object(const RelayResponse& response)
    {
        const auto document = QJsonDocument::fromJson(response.body);
        INFO(response.body.toStdString());
        REQUIRE(document.isObject());
        return document.object();
    }

    static QString code(const RelayResponse& response)
    {
        return object(response).value(QStringLiteral("code")).toString();
    }
};

QByteArray header(const RelayResponse& response, const QByteArray& name)
{
    for (const auto& [key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray patternBytes(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) & 0xff);
    return bytes;
}

QString blake(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex());
}

QByteArray envelopeBatch(const QList<QPair<QString, QByteArray>>& items)
{
    QJsonArray array;
    for (const auto& [mailbox, data] : items)
        array.append(QJsonObject{{QStringLiteral("mailbox"), mailbox},
                                 {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}});
    return jsonBytes({{QStringLiteral("envelopes"), array}});
}

} // namespace

TEST_CASE("RelayApi: health, metrics, unknown routes and wrong methods", "[relay]")
{
    Harness h;
    const auto health = h.call("GET", QStringLiteral("/health"));
    CHECK(health.status == 200);
    CHECK(Harness::object(health).value(QStringLiteral("status")).toString() == QStringLiteral("ok"));

    CHECK(h.call("GET", QStringLiteral("/v1/nope")).status == 404);
    CHECK(Harness::code(h.call("GET", QStringLiteral("/v2/mailbox"))) == QStringLiteral("not-found"));
    const auto wrongMethod = h.call("DELETE", QStringLiteral("/v1/mailbox"));
    CHECK(wrongMethod.status == 405);
    CHECK(header(wrongMethod, "Allow") == "GET");

    const auto metrics = h.call("GET", QStringLiteral("/metrics"));
    CHECK(metrics.status == 200);
    CHECK(metrics.contentType.startsWith("text/plain; version=0.0.4"));
    CHECK(metrics.body.contains("consilium_relay_responses_total{status=\"404\"} 2"));
    CHECK(metrics.body.contains("consilium_relay_responses_total{status=\"405\"} 1"));
}

TEST_CASE("RelayApi: registration needs a credential from the configured verifier", "[relay]")
{
    Harness h;
    TestClinician jane(h.verifier);
    const auto first = h.call("POST", QStringLiteral("/v1/register"), jane.registration());
    CHECK(first.status == 201);
    CHECK(Harness::object(first).value(QStringLiteral("identity")).toString() == jane.identityHex());
    // Renewal with the same device list is accepted, not duplicated.
    CHECK(h.call("POST", QStringLiteral("/v1/register"), jane.registration()).status == 200);

    SECTION("a credential from another verifier is refused and nothing is stored")
    {
        const crypto::SigningKeyPair stranger = crypto::SigningKeyPair::generate();
        TestClinician mallory(stranger);
        const auto refused = h.call("POST", QStringLiteral("/v1/register"), mallory.registration());
        CHECK(refused.status == 403);
        CHECK(Harness::code(refused) == QStringLiteral("credential-refused"));
        CHECK(
            Harness::object(refused).value(QStringLiteral("message")).toString().contains(QStringLiteral("verifier")));
        CHECK_FALSE(h.storage->identity(mallory.identity.publicKey().bytes())->has_value());
        CHECK_FALSE(h.storage->identityOfDevice(mallory.devices[0].deviceId().bytes())->has_value());
    }
    SECTION("malformed bodies are 400 with a message")
    {
        for (const QByteArray& body : {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray("{}"),
                                       QByteArray(R"({"credential":"%%%","deviceLists":[]})"),
                                       QByteArray(R"({"credential":"AAAA","deviceLists":["AAAA"]})")}) {
            INFO(body.toStdString());
            const auto refused = h.call("POST", QStringLiteral("/v1/register"), body);
            CHECK(refused.status == 400);
            CHECK(Harness::code(refused) == QStringLiteral("malformed"));
            CHECK_FALSE(Harness::object(refused).value(QStringLiteral("message")).toString().isEmpty());
        }
    }
    SECTION("a device list of another identity is refused")
    {
        TestClinician other(h.verifier);
        QJsonObject body = QJsonDocument::fromJson(jane.registration()).object();
        body.insert(QStringLiteral("deviceLists"), QJsonArray{QString::fromLatin1(other.deviceLists[0].toBase64())});
        const auto refused = h.call("POST", QStringLiteral("/v1/register"), jsonBytes(body));
        CHECK(refused.status == 400);
        CHECK(Harness::object(refused)
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("different identity")));
    }
}

TEST_CASE("RelayApi: a relay without a verifier key refuses registrations", "[relay]")
{
    Harness h({}, false);
    TestClinician jane(h.verifier);
    const auto refused = h.call("POST", QStringLiteral("/v1/register"), jane.registration());
    CHECK(refused.status == 503);
    CHECK(Harness::code(refused) == QStringLiteral("registration-disabled"));
}

TEST_CASE("RelayApi: challenge, signature, token; replays, forgeries and expiry are refused", "[relay]")
{
    Harness h;
    TestClinician jane(h.verifier, 2);
    REQUIRE(h.call("POST", QStringLiteral("/v1/register"), jane.registration()).status == 201);

    const auto challenge = h.call("POST", QStringLiteral("/v1/auth/challenge"),
                                  jsonBytes({{QStringLiteral("device"), jane.deviceHex(0)}}));
    REQUIRE(challenge.status == 200);
    const QString value = Harness::object(challenge).value(QStringLiteral("challenge")).toString();

    // Device 1 signing device 0's challenge (claiming to be device 0) does not verify, and the
    // refused attempt leaves the challenge usable.
    QJsonObject forged = QJsonDocument::fromJson(jane.tokenRequest(value, 1)).object();
    forged.insert(QStringLiteral("device"), jane.deviceHex(0));
    const auto forgedAnswer = h.call("POST", QStringLiteral("/v1/auth/token"), jsonBytes(forged));
    CHECK(forgedAnswer.status == 401);
    CHECK(Harness::code(forgedAnswer) == QStringLiteral("unauthenticated"));

    const auto token = h.call("POST", QStringLiteral("/v1/auth/token"), jane.tokenRequest(value));
    REQUIRE(token.status == 200);
    const QString bearer = Harness::object(token).value(QStringLiteral("token")).toString();
    CHECK(Harness::object(token).value(QStringLiteral("identity")).toString() == jane.identityHex());
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox"), {}, bearer).status == 200);

    // The same answer again: the challenge was used up.
    const auto replay = h.call("POST", QStringLiteral("/v1/auth/token"), jane.tokenRequest(value));
    CHECK(replay.status == 401);
    CHECK(Harness::object(replay).value(QStringLiteral("message")).toString().contains(QStringLiteral("already used")));

    // No token, a made-up token, a wrong scheme.
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox")).status == 401);
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox"), {}, QStringLiteral("made-up")).status == 401);
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox"), {}, {}, {{"Authorization", "Basic " + bearer.toLatin1()}}).status
          == 401);

    // An unknown device gets no challenge.
    const auto unknown = h.call("POST", QStringLiteral("/v1/auth/challenge"),
                                jsonBytes({{QStringLiteral("device"), QString(64, u'a')}}));
    CHECK(unknown.status == 404);

    // A challenge answered too late.
    const auto late = h.call("POST", QStringLiteral("/v1/auth/challenge"),
                             jsonBytes({{QStringLiteral("device"), jane.deviceHex(0)}}));
    h.nowMs += (RelayLimits{}.challengeLifetimeSeconds + 1) * 1000;
    const auto lateAnswer =
        h.call("POST", QStringLiteral("/v1/auth/token"),
               jane.tokenRequest(Harness::object(late).value(QStringLiteral("challenge")).toString()));
    CHECK(lateAnswer.status == 401);
    CHECK(Harness::object(lateAnswer).value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")));

    // The token expires.
    h.nowMs += RelayLimits{}.tokenLifetimeSeconds * 1000;
    const auto expired = h.call("GET", QStringLiteral("/v1/mailbox"), {}, bearer);
    CHECK(expired.status == 401);
    CHECK(Harness::object(expired).value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")));
}

TEST_CASE("RelayApi: device lists are published as a chain; rollback is refused", "[relay]")
{
    Harness h;
    TestClinician jane(h.verifier, 2);
    const QString token0 = h.registerAndLogin(jane, 0);
    const QString token1 = h.login(jane, 1);
    const QByteArray firstList = jane.deviceLists[0];
    const QString path = QStringLiteral("/v1/identities/%1/device-list").arg(jane.identityHex());

    // Device 0 removes device 1.
    const QByteArray second = jane.nextDeviceList({0});
    const auto published = h.call(
        "PUT", path, jsonBytes({{QStringLiteral("deviceList"), QString::fromLatin1(second.toBase64())}}), token0);
    INFO(published.body.toStdString());
    CHECK(published.status == 200);
    CHECK(Harness::object(published).value(QStringLiteral("deviceListSequence")).toInt() == 2);
    // The removed device's token stops working at once.
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox"), {}, token1).status == 401);

    // Publishing the older entry again is a rollback.
    const auto rollback = h.call(
        "PUT", path, jsonBytes({{QStringLiteral("deviceList"), QString::fromLatin1(firstList.toBase64())}}), token0);
    CHECK(rollback.status == 409);
    CHECK(Harness::object(rollback).value(QStringLiteral("message")).toString().contains(QStringLiteral("rollback")));

    // Another identity may not publish here.
    TestClinician rick(h.verifier);
    const QString rickToken = h.registerAndLogin(rick);
    CHECK(h.call("PUT", path, jsonBytes({{QStringLiteral("deviceList"), QString::fromLatin1(second.toBase64())}}),
                 rickToken)
              .status
          == 403);

    // Anyone authenticated reads the credential and the whole history.
    const auto read = h.call("GET", QStringLiteral("/v1/identities/%1").arg(jane.identityHex()), {}, rickToken);
    REQUIRE(read.status == 200);
    const QJsonArray lists = Harness::object(read).value(QStringLiteral("deviceLists")).toArray();
    REQUIRE(lists.size() == 2);
    CHECK(QByteArray::fromBase64(lists[1].toString().toLatin1()) == second);
    CHECK(QByteArray::fromBase64(Harness::object(read).value(QStringLiteral("credential")).toString().toLatin1())
          == jane.credential);
    CHECK(h.call("GET", QStringLiteral("/v1/identities/%1").arg(QString(64, u'0')), {}, rickToken).status == 404);
}

TEST_CASE("RelayApi: chunked upload, resume, commit by hash, ranged download", "[relay]")
{
    RelayLimits limits;
    limits.maxChunkBytes = 1000;
    limits.quotaBytes = 10000;
    Harness h(limits);
    TestClinician jane(h.verifier);
    const QString token = h.registerAndLogin(jane);
    const QByteArray blob = patternBytes(2500, 7);

    const auto created =
        h.call("POST", QStringLiteral("/v1/uploads"), jsonBytes({{QStringLiteral("size"), 2500}}), token);
    REQUIRE(created.status == 201);
    const QString id = Harness::object(created).value(QStringLiteral("upload")).toString();
    const QString uploadPath = QStringLiteral("/v1/uploads/") + id;

    CHECK(h.call("PUT", uploadPath + QStringLiteral("?offset=0"), blob.left(1000), token).status == 200);
    // Oversized chunk: 413, nothing written.
    const auto oversized = h.call("PUT", uploadPath + QStringLiteral("?offset=1000"), blob.mid(1000, 1001), token);
    CHECK(oversized.status == 413);
    // Wrong offset: 409 telling where to continue.
    const auto wrongOffset = h.call("PUT", uploadPath + QStringLiteral("?offset=500"), blob.mid(500, 10), token);
    CHECK(wrongOffset.status == 409);
    CHECK(Harness::object(wrongOffset).value(QStringLiteral("received")).toInt() == 1000);
    CHECK(h.call("PUT", uploadPath, blob.mid(1000, 10), token).status == 400); // no offset
    // Status for resuming.
    const auto status = h.call("GET", uploadPath, {}, token);
    CHECK(Harness::object(status).value(QStringLiteral("received")).toInt() == 1000);
    // Committing early is refused.
    CHECK(h.call("POST", uploadPath + QStringLiteral("/commit"), jsonBytes({{QStringLiteral("hash"), blake(blob)}}),
                 token)
              .status
          == 409);

    CHECK(h.call("PUT", uploadPath + QStringLiteral("?offset=1000"), blob.mid(1000, 1000), token).status == 200);
    // Past the announced size.
    CHECK(h.call("PUT", uploadPath + QStringLiteral("?offset=2000"), blob.mid(2000) + "x", token).status == 413);
    CHECK(h.call("PUT", uploadPath + QStringLiteral("?offset=2000"), blob.mid(2000), token).status == 200);

    // Another identity does not see the upload.
    TestClinician rick(h.verifier);
    const QString rickToken = h.registerAndLogin(rick);
    CHECK(h.call("GET", uploadPath, {}, rickToken).status == 404);

    // A wrong hash is refused and the upload stays committable.
    const auto wrong = h.call("POST", uploadPath + QStringLiteral("/commit"),
                              jsonBytes({{QStringLiteral("hash"), blake(blob + "x")}}), token);
    CHECK(wrong.status == 422);
    CHECK(Harness::code(wrong) == QStringLiteral("hash-mismatch"));
    CHECK(h.call("GET", uploadPath, {}, token).status == 200);
    const auto committed = h.call("POST", uploadPath + QStringLiteral("/commit"),
                                  jsonBytes({{QStringLiteral("hash"), blake(blob)}}), token);
    REQUIRE(committed.status == 201);
    CHECK(h.call("GET", uploadPath, {}, token).status == 404);

    const QString blobPath = QStringLiteral("/v1/blobs/") + blake(blob);
    // Larger than one chunk: ranges only.
    CHECK(h.call("GET", blobPath, {}, rickToken).status == 413);
    const auto middle = h.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=100-199"}});
    CHECK(middle.status == 206);
    CHECK(middle.body == blob.mid(100, 100));
    CHECK(header(middle, "Content-Range") == "bytes 100-199/2500");
    const auto tail = h.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=-50"}});
    CHECK(tail.body == blob.right(50));
    const auto clipped = h.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=1000-"}});
    CHECK(clipped.body == blob.mid(1000, 1000));
    CHECK(header(clipped, "Content-Range") == "bytes 1000-1999/2500");
    CHECK(h.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=2500-"}}).status == 416);
    CHECK(h.call("GET", blobPath, {}, rickToken, {{"Range", "bytes=1-2,5-6"}}).status == 400);
    CHECK(h.call("GET", QStringLiteral("/v1/blobs/") + blake("other"), {}, rickToken).status == 404);
    CHECK(h.call("GET", blobPath, {}).status == 401);

    // Quota: 2500 stored of 10000; 8000 more is refused, 7500 fits.
    const auto overQuota =
        h.call("POST", QStringLiteral("/v1/uploads"), jsonBytes({{QStringLiteral("size"), 8000}}), token);
    CHECK(overQuota.status == 413);
    CHECK(Harness::code(overQuota) == QStringLiteral("quota-exceeded"));
    CHECK(h.call("POST", QStringLiteral("/v1/uploads"), jsonBytes({{QStringLiteral("size"), 7500}}), token).status
          == 201);
    const auto metrics = h.call("GET", QStringLiteral("/metrics"));
    CHECK(metrics.body.contains("consilium_relay_blobs_committed_total 1"));
    CHECK(metrics.body.contains("consilium_relay_blob_bytes_received_total 2500"));
}

TEST_CASE("RelayApi: an upload survives reopening the storage and resumes", "[relay]")
{
    RelayLimits limits;
    limits.maxChunkBytes = 100;
    auto h = std::make_unique<Harness>(limits);
    TestClinician jane(h->verifier);
    QString token = h->registerAndLogin(jane);
    const QByteArray blob = patternBytes(250, 3);
    const auto created =
        h->call("POST", QStringLiteral("/v1/uploads"), jsonBytes({{QStringLiteral("size"), 250}}), token);
    const QString path =
        QStringLiteral("/v1/uploads/") + Harness::object(created).value(QStringLiteral("upload")).toString();
    REQUIRE(h->call("PUT", path + QStringLiteral("?offset=0"), blob.left(100), token).status == 200);

    // Reopen the same folder: a new storage and API, as after a restart.
    auto reopened = h->reopenStorage();
    RelayApiSettings settings;
    settings.limits = limits;
    settings.nowMs = [&h] { return h->nowMs; };
    RelayApi api(*reopened, settings);
    RelayRequest status;
    status.method = "GET";
    status.path = path;
    status.headers = {{"Authorization", "Bearer " + token.toLatin1()}};
    const auto resumed = api.handle(status);
    REQUIRE(resumed.status == 200);
    CHECK(Harness::object(resumed).value(QStringLiteral("received")).toInt() == 100);
}

TEST_CASE("RelayApi: envelopes in one batch to several mailboxes; fetch after a cursor; ack deletes", "[relay]")
{
    Harness h;
    TestClinician jane(h.verifier);
    TestClinician rick(h.verifier, 2);
    const QString janeToken = h.registerAndLogin(jane);
    const QString rick0 = h.registerAndLogin(rick, 0);
    const QString rick1 = h.login(rick, 1);

    const auto posted = h.call("POST", QStringLiteral("/v1/envelopes"),
                               envelopeBatch({{rick.deviceHex(0), "a1"},
                                              {rick.deviceHex(1), "b1"},
                                              {rick.deviceHex(0), "a2"},
                                              {rick.deviceHex(0), "a3"}}),
                               janeToken);
    REQUIRE(posted.status == 201);
    const QJsonArray sequences = Harness::object(posted).value(QStringLiteral("sequences")).toArray();
    CHECK(sequences == QJsonArray{1, 1, 2, 3});
    REQUIRE(h.settledWakeups(1) == 1);
    CHECK(h.wakeups[0].size() == 2);

    const auto all = h.call("GET", QStringLiteral("/v1/mailbox"), {}, rick0);
    const QJsonArray envelopes = Harness::object(all).value(QStringLiteral("envelopes")).toArray();
    REQUIRE(envelopes.size() == 3);
    CHECK(QByteArray::fromBase64(envelopes[0].toObject().value(QStringLiteral("data")).toString().toLatin1()) == "a1");
    const auto afterOne = h.call("GET", QStringLiteral("/v1/mailbox?after=1&limit=1"), {}, rick0);
    const QJsonObject page = Harness::object(afterOne);
    REQUIRE(page.value(QStringLiteral("envelopes")).toArray().size() == 1);
    CHECK(page.value(QStringLiteral("envelopes")).toArray()[0].toObject().value(QStringLiteral("sequence")).toInt()
          == 2);
    CHECK(page.value(QStringLiteral("cursor")).toInt() == 2);
    CHECK(page.value(QStringLiteral("more")).toBool());
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox?limit=0"), {}, rick0).status == 400);
    CHECK(h.call("GET", QStringLiteral("/v1/mailbox?after=x"), {}, rick0).status == 400);
    // Each device reads only its own mailbox.
    CHECK(Harness::object(h.call("GET", QStringLiteral("/v1/mailbox"), {}, rick1))
              .value(QStringLiteral("envelopes"))
              .toArray()
              .size()
          == 1);

    const auto acked =
        h.call("POST", QStringLiteral("/v1/mailbox/ack"), jsonBytes({{QStringLiteral("upTo"), 2}}), rick0);
    CHECK(Harness::object(acked).value(QStringLiteral("deleted")).toInt() == 2);
    const auto left = Harness::object(h.call("GET", QStringLiteral("/v1/mailbox"), {}, rick0))
                          .value(QStringLiteral("envelopes"))
                          .toArray();
    REQUIRE(left.size() == 1);
    CHECK(left[0].toObject().value(QStringLiteral("sequence")).toInt() == 3);

    // Sequence numbers keep growing after deletion.
    const auto more =
        h.call("POST", QStringLiteral("/v1/envelopes"), envelopeBatch({{rick.deviceHex(0), "a4"}}), janeToken);
    CHECK(Harness::object(more).value(QStringLiteral("sequences")).toArray() == QJsonArray{4});

    SECTION("a batch with one bad envelope stores none of them")
    {
        const auto refused = h.call("POST", QStringLiteral("/v1/envelopes"),
                                    envelopeBatch({{rick.deviceHex(1), "b2"}, {QString(64, u'e'), "x"}}), janeToken);
        CHECK(refused.status == 404);
        CHECK(Harness::object(refused)
                  .value(QStringLiteral("message"))
                  .toString()
                  .startsWith(QStringLiteral("envelope 1: ")));
        const auto bad = h.call("POST", QStringLiteral("/v1/envelopes"),
                                envelopeBatch({{rick.deviceHex(1), "b2"}, {QStringLiteral("zz"), "x"}}), janeToken);
        CHECK(bad.status == 400);
        CHECK(Harness::object(h.call("GET", QStringLiteral("/v1/mailbox"), {}, rick1))
                  .value(QStringLiteral("envelopes"))
                  .toArray()
                  .size()
              == 1);
        CHECK(h.settledWakeups(2) == 2);
    }
    SECTION("size and count limits")
    {
        const QByteArray big(RelayLimits{}.maxEnvelopeBytes + 1, 'x');
        const auto tooBig =
            h.call("POST", QStringLiteral("/v1/envelopes"), envelopeBatch({{rick.deviceHex(0), big}}), janeToken);
        CHECK(tooBig.status == 413);
        CHECK(h.call("POST", QStringLiteral("/v1/envelopes"), jsonBytes({{QStringLiteral("envelopes"), QJsonArray{}}}),
                     janeToken)
                  .status
              == 400);
        CHECK(h.call("POST", QStringLiteral("/v1/envelopes"), "{\"envelopes\": [", janeToken).status == 400);
    }
}

TEST_CASE("RelayApi: a full mailbox refuses more envelopes", "[relay]")
{
    RelayLimits limits;
    limits.maxMailboxEnvelopes = 2;
    Harness h(limits);
    TestClinician jane(h.verifier);
    const QString token = h.registerAndLogin(jane);
    CHECK(h.call("POST", QStringLiteral("/v1/envelopes"),
                 envelopeBatch({{jane.deviceHex(), "1"}, {jane.deviceHex(), "2"}}), token)
              .status
          == 201);
    const auto full = h.call("POST", QStringLiteral("/v1/envelopes"), envelopeBatch({{jane.deviceHex(), "3"}}), token);
    CHECK(full.status == 413);
    CHECK(Harness::code(full) == QStringLiteral("quota-exceeded"));
}

TEST_CASE("RelayApi: the rate limit answers 429 with Retry-After, per client", "[relay]")
{
    RelayLimits limits;
    limits.rateBurst = 3;
    limits.ratePerSecond = 1;
    Harness h(limits);
    const QByteArray body = jsonBytes({{QStringLiteral("device"), QString(64, u'a')}});
    for (int i = 0; i < 3; ++i)
        CHECK(h.call("POST", QStringLiteral("/v1/auth/challenge"), body).status == 404);
    const auto limited = h.call("POST", QStringLiteral("/v1/auth/challenge"), body);
    CHECK(limited.status == 429);
    CHECK(header(limited, "Retry-After") == "1");
    // Health checks are not rate limited; time refills the bucket.
    CHECK(h.call("GET", QStringLiteral("/health")).status == 200);
    h.nowMs += 1000;
    CHECK(h.call("POST", QStringLiteral("/v1/auth/challenge"), body).status == 404);
}

TEST_CASE("RelayApi: bodies over the limit are 413 before any parsing", "[relay]")
{
    RelayLimits limits;
    limits.maxBatchBytes = 100;
    Harness h(limits);
    const auto refused = h.call("POST", QStringLiteral("/v1/register"), QByteArray(101, '{'));
    CHECK(refused.status == 413);
    CHECK(Harness::code(refused) == QStringLiteral("too-large"));
}

TEST_CASE("relay challenge signatures bind the challenge and the device", "[relay]")
{
    const auto device = crypto::DeviceKeys::generate();
    const auto other = crypto::DeviceKeys::generate();
    const QByteArray challenge(crypto::kRelayChallengeSize, '\x42');
    const QByteArray signature = crypto::signRelayChallenge(device.signing, challenge);
    CHECK(signature.size() == 64);
    CHECK(crypto::verifyRelayChallenge(device.deviceId(), challenge, signature));
    QByteArray otherChallenge = challenge;
    otherChallenge[0] = '\x43';
    CHECK_FALSE(crypto::verifyRelayChallenge(device.deviceId(), otherChallenge, signature));
    CHECK_FALSE(crypto::verifyRelayChallenge(other.deviceId(), challenge, signature));
    CHECK_FALSE(crypto::verifyRelayChallenge(device.deviceId(), challenge.left(31), signature));
    // Not a plain signature of the challenge bytes: the domain-separated hash is what is signed.
    CHECK_FALSE(crypto::verifyRelayChallenge(device.deviceId(), challenge, device.signing.sign(challenge)));
    CHECK(crypto::relayChallengeMessage(challenge, device.deviceId())
          == crypto::domainHash(
              "consilium/v1/relay-challenge",
              QByteArray(QByteArray::fromHex("830158204242424242424242424242424242424242424242424242424242424242424242"
                                             "5820")
                         + device.deviceId().bytes())));
}

TEST_CASE("RelayApi: a key backup is stored per identity and fetched by its locator without a token", "[relay]")
{
    Harness h;
    TestClinician jane(h.verifier);
    const QString token = h.registerAndLogin(jane);
    const crypto::RecoveryKey recovery = crypto::RecoveryKey::generate();
    // The relay cannot open a backup, so any keys do here; the client checks what is inside.
    const crypto::KeyBackupContents contents{crypto::SigningKeyPair::generate(), crypto::DeviceKeys::generate()};
    const QByteArray backup = *crypto::keybackup::createWithRecoveryKey(contents, recovery);
    const QByteArray locator = crypto::keybackup::relayLocator(recovery);
    const auto body = [](const QByteArray& locatorBytes, const QByteArray& bytes) {
        return jsonBytes({{QStringLiteral("locator"), QString::fromLatin1(locatorBytes.toHex())},
                          {QStringLiteral("backup"), QString::fromLatin1(bytes.toBase64())}});
    };
    const QString path = QStringLiteral("/v1/key-backups/") + QString::fromLatin1(locator.toHex());

    CHECK(h.call("GET", path).status == 404); // nothing yet
    CHECK(h.call("PUT", QStringLiteral("/v1/key-backup"), body(locator, backup)).status == 401); // needs a token
    const auto stored = h.call("PUT", QStringLiteral("/v1/key-backup"), body(locator, backup), token);
    INFO(stored.body.toStdString());
    REQUIRE(stored.status == 200);

    // A computer with only the recovery key gets it back, and it opens.
    const auto fetched = h.call("GET", path);
    REQUIRE(fetched.status == 200);
    CHECK(Harness::object(fetched).value(QStringLiteral("identity")).toString() == jane.identityHex());
    const QByteArray returned =
        QByteArray::fromBase64(Harness::object(fetched).value(QStringLiteral("backup")).toString().toLatin1());
    CHECK(returned == backup);
    auto opened = crypto::keybackup::openWithRecoveryKey(returned, recovery);
    REQUIRE(opened.has_value());
    CHECK(opened->identity.publicKey() == contents.identity.publicKey());

    SECTION("a new recovery key replaces the backup: the old locator finds nothing")
    {
        const crypto::RecoveryKey next = crypto::RecoveryKey::generate();
        const QByteArray nextLocator = crypto::keybackup::relayLocator(next);
        REQUIRE(h.call("PUT", QStringLiteral("/v1/key-backup"),
                       body(nextLocator, *crypto::keybackup::createWithRecoveryKey(contents, next)), token)
                    .status
                == 200);
        CHECK(h.call("GET", path).status == 404);
        CHECK(h.call("GET", QStringLiteral("/v1/key-backups/") + QString::fromLatin1(nextLocator.toHex())).status
              == 200);
    }
    SECTION("another identity cannot take over the locator")
    {
        TestClinician rick(h.verifier);
        const QString rickToken = h.registerAndLogin(rick);
        const auto taken = h.call("PUT", QStringLiteral("/v1/key-backup"), body(locator, backup), rickToken);
        CHECK(taken.status == 409);
        CHECK(Harness::object(h.call("GET", path)).value(QStringLiteral("identity")).toString() == jane.identityHex());
    }
    SECTION("what is not a key backup is refused and changes nothing")
    {
        CHECK(h.call("PUT", QStringLiteral("/v1/key-backup"), body(locator, QByteArray("not a backup")), token).status
              == 400);
        CHECK(h.call("PUT", QStringLiteral("/v1/key-backup"), body(locator.left(31), backup), token).status == 400);
        CHECK(h.call("PUT", QStringLiteral("/v1/key-backup"), body(locator, QByteArray(5000, 'x')), token).status
              == 413);
        CHECK(h.call("GET", QStringLiteral("/v1/key-backups/xyz")).status == 400);
        CHECK(QByteArray::fromBase64(
                  Harness::object(h.call("GET", path)).value(QStringLiteral("backup")).toString().toLatin1())
              == backup);
    }
    SECTION("it survives a restart of the relay")
    {
        h.api.reset();
        h.storage = h.reopenStorage();
        auto found = h.storage->keyBackup(locator);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        CHECK((*found)->backup == backup);
    }
}
