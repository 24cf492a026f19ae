// RelayClient against consilium-relay as a real process on loopback: registration, tokens,
// device lists, resumable uploads (across a relay restart), ranged downloads, envelopes, wake-ups.

#include "core/crypto/Hashing.h"
#include "core/sync/BlobTransfer.h"
#include "core/sync/WakeupListener.h"
#include "tests/sync/SyncTestSupport.h"

#include <QTimer>

using namespace consilium;
using namespace consilium::sync;
using namespace consilium::sync::test;

namespace {

crypto::SigningKeyPair deviceKey(const TestClinician& clinician, int device = 0)
{
    return *crypto::SigningKeyPair::fromSeed(clinician.devices[size_t(device)].signing.seed());
}

// A transport that can spoil the next bearer token, to exercise re-authentication.
class SpoilingTransport : public HttpTransport {
public:
    explicit SpoilingTransport(HttpTransport& inner)
        : m_inner(inner)
    {
    }
    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override
    {
        HttpRequest sent = request;
        for (auto& [name, value] : sent.headers) {
            if (name == "Authorization" && spoilNext) {
                value = "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
                spoilNext = false;
                ++spoiled;
            }
        }
        m_inner.send(sent, std::move(done));
    }
    [[nodiscard]] QUrl baseUrl() const override { return m_inner.baseUrl(); }
    bool spoilNext = false;
    int spoiled = 0;

private:
    HttpTransport& m_inner;
};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

} // namespace

TEST_CASE("register, authenticate, fetch an identity and publish a device list", "[sync][relay]")
{
    Verifier verifier;
    Relay relay(verifier.publicKeyFile());
    auto jane = verifier.clinician(2);
    NetworkHttpTransport network{QUrl(relay.url)};
    SpoilingTransport transport(network);
    RelayClient client(transport, deviceKey(*jane));

    auto registered = await<Registration>(
        [&](auto done) { client.registerIdentity(jane->credential, jane->deviceLists, std::move(done)); });
    INFO((registered ? QString() : registered.error().error.message).toStdString());
    REQUIRE(registered);
    CHECK(registered->created);
    CHECK(registered->identity == jane->identityHex());

    SECTION("an identity's record comes back whole")
    {
        auto record = await<IdentityRecord>(
            [&](auto done) { client.fetchIdentity(jane->identity.publicKey(), std::move(done)); });
        REQUIRE(record);
        CHECK(record->credential == jane->credential);
        CHECK(record->deviceLists == jane->deviceLists);
    }
    SECTION("a device list change is published, and a rollback is refused with the relay's reason")
    {
        const QByteArray next = jane->nextDeviceList({0});
        auto published = await<quint64>(
            [&](auto done) { client.publishDeviceList(jane->identity.publicKey(), next, std::move(done)); });
        REQUIRE(published);
        CHECK(*published == 2);
        auto rollback = await<quint64>([&](auto done) {
            client.publishDeviceList(jane->identity.publicKey(), jane->deviceLists.first(), std::move(done));
        });
        REQUIRE_FALSE(rollback);
        CHECK(rollback.error().status == 409);
        CHECK(rollback.error().relayCode == QLatin1String("device-list-rejected"));
        CHECK(rollback.error().error.message.contains(QLatin1String("rollback")));
    }
    SECTION("an expired or unknown token is replaced by a new one, once")
    {
        REQUIRE(await<QString>([&](auto done) { client.authenticate(std::move(done)); }));
        transport.spoilNext = true;
        auto record = await<IdentityRecord>(
            [&](auto done) { client.fetchIdentity(jane->identity.publicKey(), std::move(done)); });
        CHECK(transport.spoiled == 1);
        CHECK(record);
    }
    SECTION("a credential from another verifier is refused, naming why")
    {
        Verifier other;
        auto rick = other.clinician();
        RelayClient rickClient(network, deviceKey(*rick));
        auto refused = await<Registration>(
            [&](auto done) { rickClient.registerIdentity(rick->credential, rick->deviceLists, std::move(done)); });
        REQUIRE_FALSE(refused);
        CHECK(refused.error().status == 403);
        CHECK(refused.error().error.code == ErrorCode::PermissionDenied);
        CHECK(refused.error().error.message.contains(QLatin1String("credential-refused")));
    }
    SECTION("an unregistered device cannot authenticate")
    {
        RelayClient stranger(network, crypto::SigningKeyPair::generate());
        auto refused = await<QString>([&](auto done) { stranger.authenticate(std::move(done)); });
        REQUIRE_FALSE(refused);
        CHECK(refused.error().status == 404);
        CHECK(refused.error().relayCode == QLatin1String("unknown-device"));
        // Said so that the person at a removed computer understands (the status bar's tooltip).
        CHECK(refused.error().error.code == ErrorCode::PermissionDenied);
        CHECK(refused.error().error.message.contains(QLatin1String("not one of its identity's devices")));
    }
}

TEST_CASE("a chunked upload resumes from the relay's offset after the relay was killed and restarted", "[sync][relay]")
{
    Verifier verifier;
    Relay relay(verifier.publicKeyFile(), "[limits]\nmax-chunk-bytes=65536\n");
    auto jane = verifier.clinician();
    NetworkHttpTransport transport{QUrl(relay.url), 5000};
    RelayClient client(transport, deviceKey(*jane));
    REQUIRE(await<Registration>(
        [&](auto done) { client.registerIdentity(jane->credential, jane->deviceLists, std::move(done)); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    const QByteArray bytes = pattern(5 * 65536 + 1234);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QByteArray hash = crypto::blake2b256(bytes);

    QList<qint64> progress;
    bool killed = false;
    QString uploadId;
    UploadProgress callbacks;
    callbacks.started = [&](const QString& id) { uploadId = id; };
    callbacks.progress = [&](qint64 sent, qint64) {
        progress.append(sent);
        if (!killed && sent >= 2 * 65536) {
            killed = true;
            relay.kill(); // SIGKILL: no graceful shutdown
            QTimer::singleShot(500, [&] { relay.start(); });
        }
    };
    RetryPolicy policy;
    policy.firstDelay = std::chrono::milliseconds(100);
    auto stored = await<StoredBlob>(
        [&](auto done) { uploadFile(client, path, hash, std::nullopt, callbacks, policy, std::move(done)); }, 60000);
    INFO((stored ? QString() : stored.error().error.message).toStdString());
    REQUIRE(stored);
    CHECK(killed);
    CHECK(stored->hash == hash);
    // Never restarted from zero: after the kill, progress went on from where the relay was.
    const qsizetype killIndex = progress.indexOf(2 * 65536);
    REQUIRE(killIndex >= 0);
    for (qsizetype i = killIndex; i < progress.size(); ++i)
        CHECK(progress[i] >= 2 * 65536);
    CHECK(progress.count(0) == 1);

    SECTION("and downloads whole by ranges, checked against its hash")
    {
        const QString back = dir.filePath(QStringLiteral("back.bin"));
        auto downloaded =
            await<qint64>([&](auto done) { downloadFile(client, hash, bytes.size(), back, policy, std::move(done)); });
        REQUIRE(downloaded);
        QFile file(back);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == bytes);
    }
    SECTION("a commit under a wrong hash is refused and the upload kept")
    {
        auto created = await<UploadState>([&](auto done) { client.createUpload(10, std::move(done)); });
        REQUIRE(created);
        REQUIRE(await<UploadState>(
            [&](auto done) { client.putChunk(created->id, 0, QByteArray(10, 'x'), std::move(done)); }));
        auto wrong = await<StoredBlob>([&](auto done) { client.commitUpload(created->id, hash, std::move(done)); });
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().status == 422);
        CHECK(wrong.error().relayCode == QLatin1String("hash-mismatch"));
        auto status = await<UploadState>([&](auto done) { client.uploadStatus(created->id, std::move(done)); });
        REQUIRE(status);
        CHECK(status->received == 10);
    }
}

TEST_CASE("envelopes are posted in one batch, fetched after a cursor, acknowledged, and wake the recipient",
          "[sync][relay]")
{
    Verifier verifier;
    Relay relay(verifier.publicKeyFile());
    auto jane = verifier.clinician();
    auto rick = verifier.clinician(2);
    NetworkHttpTransport transport{QUrl(relay.url)};
    RelayClient janeClient(transport, deviceKey(*jane));
    RelayClient rickClient(transport, deviceKey(*rick));
    REQUIRE(await<Registration>(
        [&](auto done) { janeClient.registerIdentity(jane->credential, jane->deviceLists, std::move(done)); }));
    REQUIRE(await<Registration>(
        [&](auto done) { rickClient.registerIdentity(rick->credential, rick->deviceLists, std::move(done)); }));
    REQUIRE(await<QString>([&](auto done) { rickClient.authenticate(std::move(done)); }));

    WakeupListener listener;
    int ready = 0;
    int wakeups = 0;
    QObject::connect(&listener, &WakeupListener::ready, [&] { ++ready; });
    QObject::connect(&listener, &WakeupListener::mailboxChanged, [&] { ++wakeups; });
    listener.start(transport.baseUrl(), rickClient.token());
    REQUIRE(pumpUntil([&] { return ready == 1; }));

    const QByteArray rickDevice0 = rick->devices[0].deviceId().bytes();
    const QByteArray rickDevice1 = rick->devices[1].deviceId().bytes();
    auto posted = await<QList<quint64>>([&](auto done) {
        janeClient.postEnvelopes({{rickDevice0, "first"}, {rickDevice1, "other device"}, {rickDevice0, "second"}},
                                 std::move(done));
    });
    REQUIRE(posted);
    CHECK(*posted == QList<quint64>{1, 1, 2});
    CHECK(pumpUntil([&] { return wakeups >= 1; }));

    auto page = await<MailboxPage>([&](auto done) { rickClient.fetchMailbox(0, 1, std::move(done)); });
    REQUIRE(page);
    REQUIRE(page->envelopes.size() == 1);
    CHECK(page->envelopes[0].data == "first");
    CHECK(page->more);
    page = await<MailboxPage>([&](auto done) { rickClient.fetchMailbox(page->cursor, 100, std::move(done)); });
    REQUIRE(page);
    REQUIRE(page->envelopes.size() == 1);
    CHECK(page->envelopes[0].data == "second");
    CHECK_FALSE(page->more);

    auto deleted = await<qint64>([&](auto done) { rickClient.acknowledge(page->cursor, std::move(done)); });
    REQUIRE(deleted);
    CHECK(*deleted == 2);
    auto empty = await<MailboxPage>([&](auto done) { rickClient.fetchMailbox(0, 100, std::move(done)); });
    REQUIRE(empty);
    CHECK(empty->envelopes.isEmpty());

    SECTION("a batch to an unknown mailbox is refused whole")
    {
        auto refused = await<QList<quint64>>([&](auto done) {
            janeClient.postEnvelopes({{rickDevice0, "kept?"}, {QByteArray(32, '\x01'), "nobody"}}, std::move(done));
        });
        REQUIRE_FALSE(refused);
        CHECK(refused.error().status == 404);
        auto still = await<MailboxPage>([&](auto done) { rickClient.fetchMailbox(0, 100, std::move(done)); });
        REQUIRE(still);
        CHECK(still->envelopes.isEmpty());
    }
    SECTION("a relay that is gone is a network error, not a hang")
    {
        relay.kill();
        auto gone = await<MailboxPage>([&](auto done) { rickClient.fetchMailbox(0, 100, std::move(done)); });
        REQUIRE_FALSE(gone);
        CHECK(gone.error().status == 0);
        CHECK(gone.error().error.code == ErrorCode::IoError);
        CHECK(gone.error().error.message.contains(QLatin1String("cannot reach the relay")));
    }
}
