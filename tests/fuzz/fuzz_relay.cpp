// libFuzzer target: the relay's request handling (RelayApi over SqliteRelayStorage in a scratch
// folder, no sockets). One registered clinician with a valid bearer token exists, so the fuzzer
// reaches the authenticated endpoints.
// Input: "METHOD PATH[?QUERY]\n" then "Name: value\n" header lines, an empty line and the body.
// "$TOKEN", "$IDENTITY" and "$DEVICE" in the path, headers and body are replaced by the
// clinician's bearer token, identity key and device key (hex).

#include "core/relay/RelayApi.h"
#include "core/relay/SqliteRelayStorage.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/relay/RelayFixture.h"

#include <QUrl>

using namespace consilium;
using namespace consilium::relay;

namespace {

constexpr qint64 kNowMs = qint64(1800000000) * 1000;

struct Relay {
    crypto::SigningKeyPair verifier = crypto::SigningKeyPair::generate();
    std::unique_ptr<RelayStorage> storage;
    std::unique_ptr<RelayApi> api;
    std::unique_ptr<test::TestClinician> clinician;
    QByteArray token;

    Relay()
    {
        auto opened = SqliteRelayStorage::open(fuzz::scratch().filePath(QStringLiteral("relay")));
        if (!opened) {
            std::fprintf(stderr, "fuzz: %s\n", qPrintable(opened.error().message));
            std::abort();
        }
        storage = std::move(*opened);
        RelayApiSettings settings;
        // No rate limiting: every input must reach the handlers, whatever came before.
        settings.limits.ratePerSecond = 1e12;
        settings.limits.rateBurst = 1e12;
        settings.verifier = crypto::VerifierPublicState{
            verifier.publicKey(),
            *crypto::RevocationList::parse(crypto::RevocationList::create(verifier, 1, {}, test::kCreated))};
        settings.nowMs = [] { return kNowMs; };
        api = std::make_unique<RelayApi>(*storage, settings);
        clinician = std::make_unique<test::TestClinician>(verifier, 2);
        expect(call("POST", QStringLiteral("/v1/register"), clinician->registration()), 201);
        const QJsonObject challenge =
            object(expect(call("POST", QStringLiteral("/v1/auth/challenge"),
                               test::jsonBytes({{QStringLiteral("device"), clinician->deviceHex()}})),
                          200));
        const QJsonObject issued =
            object(expect(call("POST", QStringLiteral("/v1/auth/token"),
                               clinician->tokenRequest(challenge.value(QStringLiteral("challenge")).toString())),
                          200));
        token = issued.value(QStringLiteral("token")).toString().toLatin1();
    }

    RelayResponse call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                       QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        RelayRequest request;
        request.method = method;
        const QUrl url(QStringLiteral("http://relay") + pathAndQuery);
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.headers = std::move(headers);
        request.body = body;
        request.clientAddress = QStringLiteral("127.0.0.1");
        return api->handle(request);
    }

    static RelayResponse expect(RelayResponse response, int status)
    {
        if (response.status != status) {
            std::fprintf(stderr, "fuzz: relay setup got %d: %s\n", response.status, response.body.constData());
            std::abort();
        }
        return response;
    }

    static QJsonObject object(const RelayResponse& response) { return QJsonDocument::fromJson(response.body).object(); }

    [[nodiscard]] QByteArray substitute(QByteArray text) const
    {
        return text.replace("$TOKEN", token)
            .replace("$IDENTITY", clinician->identityHex().toLatin1())
            .replace("$DEVICE", clinician->deviceHex().toLatin1());
    }
};

Relay& theRelay()
{
    static Relay instance;
    return instance;
}

void writeSeeds(const QDir& dir)
{
    const QByteArray auth = "Authorization: Bearer $TOKEN\n";
    const QByteArray seeds[] = {
        "POST /v1/auth/challenge\nContent-Type: application/json\n\n{\"device\":\"$DEVICE\"}",
        "POST /v1/auth/token\n\n{\"device\":\"$DEVICE\",\"challenge\":\"AAAA\",\"signature\":\"AAAA\"}",
        "POST /v1/register\n\n{\"credential\":\"AAAA\",\"deviceLists\":[\"AAAA\"]}",
        "GET /v1/identities/$IDENTITY\n" + auth + "\n",
        "PUT /v1/identities/$IDENTITY/device-list\n" + auth + "\n{\"deviceList\":\"AAAA\"}",
        "POST /v1/uploads\n" + auth + "\n{\"size\":2500}",
        "PUT /v1/uploads/0123456789abcdef0123456789abcdef?offset=0\n" + auth + "\nchunk bytes",
        "GET /v1/uploads/0123456789abcdef0123456789abcdef\n" + auth + "\n",
        "POST /v1/uploads/0123456789abcdef0123456789abcdef/commit\n" + auth
            + "\n{\"hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}",
        "GET /v1/blobs/0000000000000000000000000000000000000000000000000000000000000000\n" + auth
            + "Range: bytes=0-9\n\n",
        "POST /v1/envelopes\n" + auth + "\n{\"envelopes\":[{\"mailbox\":\"$DEVICE\",\"data\":\"AAAA\"}]}",
        "GET /v1/mailbox?after=0&limit=10\n" + auth + "\n",
        "POST /v1/mailbox/ack\n" + auth + "\n{\"upTo\":1}",
    };
    int n = 0;
    for (const QByteArray& seed : seeds)
        fuzz::writeSeed(dir, QStringLiteral("request-%1").arg(++n), seed);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    fuzz::writeSeedsIfAsked(writeSeeds);
    (void)theRelay();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Relay& r = theRelay();
    const QByteArray input = r.substitute(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    const QByteArray body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() < 2)
        return 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    (void)r.call(requestLine[0], QString::fromUtf8(requestLine[1]), body, headers);
    return 0;
}
