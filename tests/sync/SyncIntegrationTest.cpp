// Sync end to end: consilium-relay and three consilium-cli clients (A, B, C) as real processes on
// loopback, each client a profile of its own with small Argon2 parameters. Covers the issue's
// scenario (case with two images to B and to a group {B, C}, comments, removal and rotation) and
// its faults (relay killed mid-upload, client killed mid-upload and mid-pull, an envelope
// tampered in the relay's database). Built twice: over the relay's embedded SQLite storage, and
// with CONSILIUM_SYNC_TEST_POSTGRES over PostgreSQL in a throwaway cluster (skipped, exit 77,
// when the PostgreSQL server is not installed).

#include "core/crypto/DeviceList.h"
#include "core/crypto/InviteCode.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/RelayChallenge.h"
#include "core/crypto/VerifierDirectory.h"
#include "tests/relay/RelayProcess.h"
#ifdef CONSILIUM_SYNC_TEST_POSTGRES
#include "tests/support/Postgres.h"
#endif

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace consilium;
using namespace consilium::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QDir(binDir()).filePath(QStringLiteral("consilium-cli")), arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    return run;
}

QByteArray randomBytes(qsizetype size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = char(state & 0xff);
    }
    return bytes;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// One relay, one verifier, three clinicians with their profiles, all in one temporary folder.
struct World {
    QTemporaryDir dir;
#ifdef CONSILIUM_SYNC_TEST_POSTGRES
    std::unique_ptr<testbed::ThrowawayPostgres> postgres = startPostgres();
#endif
    QStringList relayArguments;
    std::unique_ptr<RelayProcess> relay;
    QString url;
    quint16 port = 0;
    QString passphrase;
    QMap<QString, QString> identity; // name → identity hex

    explicit World(const QByteArray& relayConfig = {})
    {
        REQUIRE(dir.isValid());
        REQUIRE(crypto::VerifierDirectory::initialise(path(QStringLiteral("verifier"))));
        passphrase = path(QStringLiteral("passphrase"));
        QFile file(passphrase);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("correct horse battery staple\n");
        file.close();
        relayArguments = {QStringLiteral("--verifier-key"), path(QStringLiteral("verifier/verifier.pub"))};
#ifdef CONSILIUM_SYNC_TEST_POSTGRES
        relayArguments << QStringLiteral("--db") << postgres->url();
#endif
        if (!relayConfig.isEmpty()) {
            QFile config(path(QStringLiteral("relay.ini")));
            REQUIRE(config.open(QIODevice::WriteOnly));
            config.write(relayConfig);
            config.close();
            relayArguments << QStringLiteral("--config") << config.fileName();
        }
        startRelay();
    }

    [[nodiscard]] QString path(const QString& name) const
    {
        return dir.filePath(name);
    }

    void startRelay()
    {
        const QString listen = port == 0 ? QStringLiteral("127.0.0.1:0") : QStringLiteral("127.0.0.1:%1").arg(port);
        relay = std::make_unique<RelayProcess>(path(QStringLiteral("relay")), listen, relayArguments);
        url = relay->waitUntilListening();
        REQUIRE_FALSE(url.isEmpty());
        port = relay->port();
    }

    // identity new → verifier issue → sync init-profile → sync register.
    void addClinician(const QString& name, const QStringList& initOptions = {})
    {
        const QString ids = path(QStringLiteral("id-") + name);
        REQUIRE(cli({QStringLiteral("identity"), QStringLiteral("new"), ids}).exitCode == 0);
        const QString credential = path(name + QStringLiteral(".cred"));
        const Run issued =
            cli({QStringLiteral("verifier"),       QStringLiteral("issue"),
                 QStringLiteral("--dir"),          path(QStringLiteral("verifier")),
                 QStringLiteral("--name"),         QStringLiteral("Dr ") + name,
                 QStringLiteral("--profession"),   QStringLiteral("physician"),
                 QStringLiteral("--specialty"),    QStringLiteral("radiology"),
                 QStringLiteral("--jurisdiction"), QStringLiteral("FR"),
                 QStringLiteral("--licence"),      QStringLiteral("10-") + name,
                 QStringLiteral("--expires"),      QDate::currentDate().addYears(1).toString(Qt::ISODate),
                 QStringLiteral("--identity"),     ids + QStringLiteral("/identity.pub"),
                 QStringLiteral("--out"),          credential});
        INFO(issued.err.toStdString());
        REQUIRE(issued.exitCode == 0);
        const Run created =
            cli(QStringList{QStringLiteral("sync"), QStringLiteral("init-profile"), profile(name),
                            QStringLiteral("--name"), QStringLiteral("Dr ") + name, QStringLiteral("--passphrase-file"),
                            passphrase, QStringLiteral("--credential"), credential, QStringLiteral("--verifier"),
                            path(QStringLiteral("verifier")), QStringLiteral("--identity"), ids,
                            QStringLiteral("--argon2"), QStringLiteral("1,8192")}
                + initOptions);
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        QFile pub(ids + QStringLiteral("/identity.pub"));
        REQUIRE(pub.open(QIODevice::ReadOnly));
        identity[name] = QString::fromLatin1(pub.readAll().trimmed());
        ok(name, {QStringLiteral("register"), QStringLiteral("--relay"), url});
    }

    // A second device of `of`: a profile made with the same identity key and credential, not
    // registered (linking adds it to the identity's device list).
    void addDevice(const QString& name, const QString& of)
    {
        const Run created =
            cli({QStringLiteral("sync"), QStringLiteral("init-profile"), profile(name), QStringLiteral("--name"),
                 QStringLiteral("Dr ") + of, QStringLiteral("--passphrase-file"), passphrase,
                 QStringLiteral("--credential"), path(of + QStringLiteral(".cred")), QStringLiteral("--verifier"),
                 path(QStringLiteral("verifier")), QStringLiteral("--identity"), path(QStringLiteral("id-") + of),
                 QStringLiteral("--argon2"), QStringLiteral("1,8192")});
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
    }

    [[nodiscard]] QString profile(const QString& name) const
    {
        return path(QStringLiteral("profile-") + name);
    }

    Run sync(const QString& name, QStringList arguments,
             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        arguments.prepend(QStringLiteral("sync"));
        arguments << QStringLiteral("--profile") << profile(name) << QStringLiteral("--passphrase-file") << passphrase;
        return cli(arguments, environment);
    }

    QString ok(const QString& name, const QStringList& arguments)
    {
        const Run run = sync(name, arguments);
        INFO(name.toStdString() << ": " << arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    }

    // Everyone adds everyone, then pulls the introductions (encryption keys).
    void introduceAll()
    {
        for (const QString& a : identity.keys()) {
            for (const QString& b : identity.keys()) {
                if (a != b)
                    ok(a, {QStringLiteral("add-contact"), identity[b]});
            }
        }
        for (const QString& a : identity.keys())
            ok(a, {QStringLiteral("pull")});
    }

    QJsonArray cases(const QString& name)
    {
        const QString json = ok(name, {QStringLiteral("list-cases"), QStringLiteral("--json")});
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        REQUIRE(document.isArray());
        return document.array();
    }

    QJsonObject findCase(const QString& name, const QString& caseId)
    {
        for (const QJsonValue& value : cases(name)) {
            if (value.toObject().value(QStringLiteral("id")).toString() == caseId)
                return value.toObject();
        }
        return {};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    QString caseJson(const QString& title)
    {
        return write(
            title + QStringLiteral(".json"),
            QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                      {QStringLiteral("question"), QStringLiteral("Scaphoid waist fracture?")},
                                      {QStringLiteral("history"), QStringLiteral("Fall on the outstretched hand")},
                                      {QStringLiteral("specialty"), QStringLiteral("radiology")},
                                      {QStringLiteral("tags"), QJsonArray{QStringLiteral("wrist")}}})
                .toJson());
    }

    qint64 metric(const char* name)
    {
        const auto value = tryMetric(name);
        REQUIRE(value.has_value());
        return *value;
    }

    // The metric, or nullopt when the relay does not answer (polled while it works).
    std::optional<qint64> tryMetric(const char* name)
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(url + QStringLiteral("/metrics")))));
        if (!pumpUntil([&] { return reply->isFinished(); }) || reply->error() != QNetworkReply::NoError)
            return std::nullopt;
        const QRegularExpression line(QStringLiteral("^%1 ([0-9]+)$").arg(QLatin1String(name)),
                                      QRegularExpression::MultilineOption);
        const auto match = line.match(QString::fromUtf8(reply->readAll()));
        if (!match.hasMatch())
            return std::nullopt;
        return match.captured(1).toLongLong();
    }
};

QStringList texts(const QJsonObject& value)
{
    QStringList result;
    for (const QJsonValue& comment : value.value(QStringLiteral("comments")).toArray())
        result.append(comment.toObject().value(QStringLiteral("text")).toString());
    return result;
}

// The relay's stored envelopes (device hex, sequence, data), read from its database directly:
// its SQLite file, or its PostgreSQL database (both have the same envelopes table).
struct RelayDatabase {
    QString connection = QStringLiteral("relay-inspection");
    explicit RelayDatabase(const World& world)
    {
#ifdef CONSILIUM_SYNC_TEST_POSTGRES
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(world.postgres->socketDir());
        db.setPort(world.postgres->port());
        db.setUserName(QStringLiteral("consilium"));
        db.setDatabaseName(QStringLiteral("relay"));
#else
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(world.path(QStringLiteral("relay/relay.sqlite")));
#endif
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~RelayDatabase()
    {
        QSqlDatabase::removeDatabase(connection);
    }

    QList<std::pair<qint64, QByteArray>> envelopes(const QString& deviceHex)
    {
        QSqlQuery query(QSqlDatabase::database(connection));
        query.prepare(QStringLiteral("SELECT sequence, data FROM envelopes WHERE device = ? ORDER BY sequence"));
        query.addBindValue(QByteArray::fromHex(deviceHex.toLatin1()));
        REQUIRE(query.exec());
        QList<std::pair<qint64, QByteArray>> rows;
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toByteArray()});
        return rows;
    }

    void replace(const QString& deviceHex, qint64 sequence, const QByteArray& data)
    {
        QSqlQuery query(QSqlDatabase::database(connection));
        query.prepare(QStringLiteral("UPDATE envelopes SET data = ? WHERE device = ? AND sequence = ?"));
        query.addBindValue(data);
        query.addBindValue(QByteArray::fromHex(deviceHex.toLatin1()));
        query.addBindValue(sequence);
        REQUIRE(query.exec());
        REQUIRE(query.numRowsAffected() == 1);
    }
};

QString deviceOf(World& world, const QString& name)
{
    const QString whoami = world.ok(name, {QStringLiteral("whoami")});
    const auto match = QRegularExpression(QStringLiteral("device:\\s+([0-9a-f]{64})")).match(whoami);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE(
    "A shares a case with two images to B and to the group B+C, comments flow both ways, removing C rotates the key",
    "[sync][integration]")
{
    World world;
    for (const QString& name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        world.addClinician(name);
    world.introduceAll();
    const QByteArray image1 = randomBytes(300 * 1024, 1);
    const QByteArray image2 = randomBytes(90 * 1024, 2);
    const QString file1 = world.write(QStringLiteral("lateral.jpg"), image1);
    const QString file2 = world.write(QStringLiteral("axial.dcm"), image2);

    // To B directly.
    const QString direct =
        world.ok(QStringLiteral("A"),
                 {QStringLiteral("publish"), QStringLiteral("--case-json"), world.caseJson(QStringLiteral("Wrist")),
                  QStringLiteral("--attach"), file1, QStringLiteral("--attach"), file2, QStringLiteral("--to"),
                  world.identity[QStringLiteral("B")]});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    const QJsonObject atB = world.findCase(QStringLiteral("B"), direct);
    REQUIRE_FALSE(atB.isEmpty());
    CHECK(atB.value(QStringLiteral("title")).toString() == QLatin1String("Wrist"));
    CHECK(atB.value(QStringLiteral("author")).toString() == world.identity[QStringLiteral("A")]);
    const QJsonArray attachments = atB.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 2);
    CHECK(attachments[0].toObject().value(QStringLiteral("sha256")).toString() == sha256(image1));
    CHECK(attachments[1].toObject().value(QStringLiteral("sha256")).toString() == sha256(image2));
    world.ok(QStringLiteral("C"), {QStringLiteral("pull")});
    CHECK(world.findCase(QStringLiteral("C"), direct).isEmpty()); // not addressed to C

    // To the group {B, C}.
    world.ok(QStringLiteral("A"), {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("hand")});
    world.ok(QStringLiteral("A"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("hand"),
                                   world.identity[QStringLiteral("B")]});
    world.ok(QStringLiteral("A"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("hand"),
                                   world.identity[QStringLiteral("C")]});
    const QString grouped = world.ok(
        QStringLiteral("A"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                              world.caseJson(QStringLiteral("Hand")), QStringLiteral("--attach"), file1,
                              QStringLiteral("--attach"), file2, QStringLiteral("--group"), QStringLiteral("hand")});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("C"), {QStringLiteral("pull")});
    REQUIRE(world.findCase(QStringLiteral("C"), grouped).value(QStringLiteral("attachments")).toArray().size() == 2);

    // B comments; A and C receive.
    world.ok(QStringLiteral("B"), {QStringLiteral("comment"), QStringLiteral("--case"), grouped,
                                   QStringLiteral("--text"), QStringLiteral("Waist fracture, cast it")});
    world.ok(QStringLiteral("A"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("C"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("A"), grouped))
          == QStringList{QStringLiteral("Waist fracture, cast it")});
    CHECK(texts(world.findCase(QStringLiteral("C"), grouped))
          == QStringList{QStringLiteral("Waist fracture, cast it")});

    // A removes C: a new epoch whose key only A and B have.
    const int epochBefore = world.findCase(QStringLiteral("A"), grouped).value(QStringLiteral("epoch")).toInt();
    world.ok(QStringLiteral("A"), {QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("hand"),
                                   world.identity[QStringLiteral("C")]});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("C"), {QStringLiteral("pull")});
    CHECK(world.findCase(QStringLiteral("B"), grouped).value(QStringLiteral("epoch")).toInt() == epochBefore + 1);
    CHECK(world.findCase(QStringLiteral("C"), grouped).value(QStringLiteral("epoch")).toInt() == epochBefore);

    world.ok(QStringLiteral("B"), {QStringLiteral("comment"), QStringLiteral("--case"), grouped,
                                   QStringLiteral("--text"), QStringLiteral("After C left")});
    // Copy B's new comment, as stored for A, into C's mailbox — what a hostile relay could do.
    const QString deviceA = deviceOf(world, QStringLiteral("A"));
    const QString deviceC = deviceOf(world, QStringLiteral("C"));
    QByteArray leaked;
    {
        RelayDatabase relay(world);
        const auto forA = relay.envelopes(deviceA);
        REQUIRE_FALSE(forA.isEmpty());
        leaked = forA.constLast().second;
    }
    world.ok(QStringLiteral("A"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("A"), grouped)).contains(QStringLiteral("After C left")));
    CHECK(texts(world.findCase(QStringLiteral("B"), grouped)).contains(QStringLiteral("After C left")));

    // Post the copy to C's mailbox through the relay API, as any registered device can.
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        auto post = [&](const QString& path, const QJsonObject& body, const QByteArray& token = {}) {
            QNetworkRequest request(QUrl(world.url + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            std::unique_ptr<QNetworkReply> reply(manager.post(request, QJsonDocument(body).toJson()));
            REQUIRE(pumpUntil([&] { return reply->isFinished(); }));
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        // A device of a fourth, registered clinician: its own identity, credential and device list.
        auto verifier = crypto::VerifierDirectory::open(world.path(QStringLiteral("verifier")));
        REQUIRE(verifier);
        const crypto::SigningKeyPair mallory = crypto::SigningKeyPair::generate();
        const crypto::DeviceKeys device = crypto::DeviceKeys::generate();
        auto credential = verifier->issue({QStringLiteral("Mallory"), QStringLiteral("physician"),
                                           QStringLiteral("radiology"), QStringLiteral("FR"), QStringLiteral("666"),
                                           QDate::currentDate().addYears(1), mallory.publicKey()},
                                          QDate::currentDate());
        REQUIRE(credential);
        const QByteArray list = crypto::DeviceList::createFirst(mallory, {device.deviceId()}, 1700000000);
        post(QStringLiteral("/v1/register"),
             {{QStringLiteral("credential"), QString::fromLatin1(credential->encoded().toBase64())},
              {QStringLiteral("deviceLists"), QJsonArray{QString::fromLatin1(list.toBase64())}}});
        const QJsonObject challenge =
            post(QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), device.deviceId().toHex()}});
        const QByteArray nonce =
            QByteArray::fromBase64(challenge.value(QStringLiteral("challenge")).toString().toLatin1());
        const QJsonObject token =
            post(QStringLiteral("/v1/auth/token"),
                 {{QStringLiteral("device"), device.deviceId().toHex()},
                  {QStringLiteral("challenge"), challenge.value(QStringLiteral("challenge"))},
                  {QStringLiteral("signature"),
                   QString::fromLatin1(crypto::signRelayChallenge(device.signing, nonce).toBase64())}});
        const QJsonObject posted =
            post(QStringLiteral("/v1/envelopes"),
                 {{QStringLiteral("envelopes"),
                   QJsonArray{QJsonObject{{QStringLiteral("mailbox"), deviceC},
                                          {QStringLiteral("data"), QString::fromLatin1(leaked.toBase64())}}}}},
                 token.value(QStringLiteral("token")).toString().toLatin1());
        REQUIRE(posted.value(QStringLiteral("sequences")).toArray().size() == 1);
    }
    const Run pulled = world.sync(QStringLiteral("C"), {QStringLiteral("pull")});
    CHECK(pulled.exitCode == 0);
    CHECK(pulled.err.contains(QLatin1String("no key for epoch")));
    CHECK_FALSE(texts(world.findCase(QStringLiteral("C"), grouped)).contains(QStringLiteral("After C left")));
}

TEST_CASE("an upload resumes after the relay is killed mid-upload, and after the client is killed mid-upload",
          "[sync][integration]")
{
    World world("[limits]\nmax-chunk-bytes=65536\n");
    world.addClinician(QStringLiteral("A"));
    world.addClinician(QStringLiteral("B"));
    world.introduceAll();
    const QByteArray image = randomBytes(3 * 1024 * 1024, 3);
    const QString file = world.write(QStringLiteral("big.jpg"), image);

    SECTION("client killed mid-upload: the next flush continues from the relay's offset")
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONSILIUM_SYNC_TEST_EXIT_AFTER_UPLOAD_BYTES"), QString::number(1024 * 1024));
        const Run killed =
            world.sync(QStringLiteral("A"),
                       {QStringLiteral("publish"), QStringLiteral("--case-json"), world.caseJson(QStringLiteral("Big")),
                        QStringLiteral("--attach"), file, QStringLiteral("--to"), world.identity[QStringLiteral("B")]},
                       environment);
        CHECK(killed.exitCode == 3);
        const qint64 before = world.metric("consilium_relay_blob_bytes_received_total");
        CHECK(before >= 1024 * 1024);
        world.ok(QStringLiteral("A"), {QStringLiteral("flush")});
        const qint64 total = world.metric("consilium_relay_blob_bytes_received_total");
        // Resumed: the relay received each byte once (the encrypted file is a little larger).
        CHECK(total < image.size() + 64 * 1024);
        CHECK(total >= image.size());
    }
    SECTION("relay killed mid-upload and restarted: the client retries from the relay's offset")
    {
        QProcess publish;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONSILIUM_SYNC_TEST_PAUSE_PER_CHUNK_MS"), QStringLiteral("20"));
        publish.setProcessEnvironment(environment);
        publish.start(QDir(binDir()).filePath(QStringLiteral("consilium-cli")),
                      {QStringLiteral("sync"), QStringLiteral("publish"), QStringLiteral("--case-json"),
                       world.caseJson(QStringLiteral("Big")), QStringLiteral("--attach"), file, QStringLiteral("--to"),
                       world.identity[QStringLiteral("B")], QStringLiteral("--profile"),
                       world.profile(QStringLiteral("A")), QStringLiteral("--passphrase-file"), world.passphrase});
        REQUIRE(publish.waitForStarted());
        // Wait until part of the blob is at the relay (on disk or in PostgreSQL: the relay's own
        // count of stored bytes), then kill it (SIGKILL) and restart it.
        const bool midway = pumpUntil(
            [&] { return world.tryMetric("consilium_relay_blob_bytes_received_total").value_or(0) >= 256 * 1024; },
            30000);
        REQUIRE(midway);
        world.relay.reset();
        world.startRelay();
        REQUIRE(publish.waitForFinished(60000));
        INFO(publish.readAllStandardError().toStdString());
        CHECK(publish.exitCode() == 0);
        // The restarted relay received only the rest.
        CHECK(world.metric("consilium_relay_blob_bytes_received_total") < image.size());
    }
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    const QJsonArray atB = world.cases(QStringLiteral("B"));
    REQUIRE(atB.size() == 1);
    const QJsonArray attachments = atB[0].toObject().value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0].toObject().value(QStringLiteral("sha256")).toString() == sha256(image));
}

TEST_CASE("a client killed mid-pull converges on restart with nothing lost or duplicated", "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("A"));
    world.addClinician(QStringLiteral("B"));
    world.introduceAll();
    const QString file1 = world.write(QStringLiteral("one.jpg"), randomBytes(200 * 1024, 4));
    const QString file2 = world.write(QStringLiteral("two.jpg"), randomBytes(100 * 1024, 5));
    const QString caseId =
        world.ok(QStringLiteral("A"),
                 {QStringLiteral("publish"), QStringLiteral("--case-json"), world.caseJson(QStringLiteral("Crash")),
                  QStringLiteral("--attach"), file1, QStringLiteral("--attach"), file2, QStringLiteral("--to"),
                  world.identity[QStringLiteral("B")]});
    world.ok(QStringLiteral("A"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                   QStringLiteral("--text"), QStringLiteral("first")});
    world.ok(QStringLiteral("A"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                   QStringLiteral("--text"), QStringLiteral("second")});

    // 7 envelopes for B: key, membership, 2 pointers, manifest, 2 comments. Die after committing 2,
    // then after committing the other 5 (before acknowledging them), then finish.
    for (const int after : {2, 5}) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONSILIUM_SYNC_TEST_EXIT_AFTER_ENVELOPE"), QString::number(after));
        const Run killed = world.sync(QStringLiteral("B"), {QStringLiteral("pull")}, environment);
        CHECK(killed.exitCode == 3);
    }
    const QString last = world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    CHECK(last.startsWith(QLatin1String("0 envelope(s)")));
    CHECK(world.metric("consilium_relay_envelopes_deleted_total") == 7 + 2); // B's 7, and the two introductions
    const QJsonArray atB = world.cases(QStringLiteral("B"));
    REQUIRE(atB.size() == 1);
    CHECK(texts(atB[0].toObject()) == QStringList{QStringLiteral("first"), QStringLiteral("second")});
    CHECK(atB[0].toObject().value(QStringLiteral("attachments")).toArray().size() == 2);
}

TEST_CASE("an envelope tampered with in the relay's database is rejected with the reason", "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("A"));
    world.addClinician(QStringLiteral("B"));
    world.introduceAll();
    const QString caseId = world.ok(QStringLiteral("A"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                          world.caseJson(QStringLiteral("Tamper")),
                                                          QStringLiteral("--to"), world.identity[QStringLiteral("B")]});
    const QString deviceB = deviceOf(world, QStringLiteral("B"));
    {
        RelayDatabase relay(world);
        const auto envelopes = relay.envelopes(deviceB);
        REQUIRE(envelopes.size() == 3); // key, membership, manifest
        QByteArray manifest = envelopes.constLast().second;
        manifest[manifest.size() - 80] = char(manifest[manifest.size() - 80] ^ 0x01); // one bit, inside the object
        relay.replace(deviceB, envelopes.constLast().first, manifest);
    }
    const Run pulled = world.sync(QStringLiteral("B"), {QStringLiteral("pull")});
    INFO(pulled.err.toStdString());
    CHECK(pulled.exitCode == 0);
    CHECK(pulled.err.contains(QLatin1String("signature does not verify (forged or damaged)")));
    CHECK(pulled.out.contains(QLatin1String("1 rejected")));
    CHECK(world.findCase(QStringLiteral("B"), caseId).isEmpty());
}

TEST_CASE("a second device of A is linked, reads A's history (case, images, B's comment) and joins the conversation",
          "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("A"));
    world.addClinician(QStringLiteral("B"));
    world.introduceAll();
    const QByteArray image1 = randomBytes(150 * 1024, 6);
    const QByteArray image2 = randomBytes(70 * 1024, 7);
    const QString caseId = world.ok(
        QStringLiteral("A"),
        {QStringLiteral("publish"), QStringLiteral("--case-json"), world.caseJson(QStringLiteral("Elbow")),
         QStringLiteral("--attach"), world.write(QStringLiteral("ap.jpg"), image1), QStringLiteral("--attach"),
         world.write(QStringLiteral("lat.jpg"), image2), QStringLiteral("--to"), world.identity[QStringLiteral("B")]});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("B"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                   QStringLiteral("--text"), QStringLiteral("Fat pad sign, occult fracture")});
    world.ok(QStringLiteral("A"), {QStringLiteral("pull")});

    world.addDevice(QStringLiteral("A2"), QStringLiteral("A"));
    const QString deviceA2 = deviceOf(world, QStringLiteral("A2"));
    // Not linked yet: the relay knows no identity listing this device.
    const Run early = world.sync(QStringLiteral("A2"), {QStringLiteral("join"), QStringLiteral("--relay"), world.url});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QLatin1String("lists this device")));

    CHECK(world.ok(QStringLiteral("A"), {QStringLiteral("link-device"), deviceA2})
              .contains(QLatin1String("is in device list 2")));
    // Again: already listed, nothing published twice.
    CHECK(world.ok(QStringLiteral("A"), {QStringLiteral("link-device"), deviceA2})
              .contains(QLatin1String("is in device list 2")));
    CHECK(world.ok(QStringLiteral("A2"), {QStringLiteral("join"), QStringLiteral("--relay"), world.url})
          == QLatin1String("joined: device list 2 with 2 device(s)"));

    // A has not received A2's key yet: sharing says what to do.
    const Run tooSoon = world.sync(QStringLiteral("A"), {QStringLiteral("share-history"), deviceA2});
    CHECK(tooSoon.exitCode == 1);
    CHECK(tooSoon.err.contains(QLatin1String("sync pull here")));
    // A device of someone else is refused.
    const Run foreign =
        world.sync(QStringLiteral("A"), {QStringLiteral("share-history"), deviceOf(world, QStringLiteral("B"))});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QLatin1String("is not in this identity's device list")));

    world.ok(QStringLiteral("A"), {QStringLiteral("pull")});
    CHECK(world.ok(QStringLiteral("A"), {QStringLiteral("share-history"), deviceA2})
          == QStringLiteral("history of 1 case(s) sent to ") + deviceA2);
    const QString pulled = world.ok(QStringLiteral("A2"), {QStringLiteral("pull")});
    INFO(pulled.toStdString());
    CHECK(pulled.contains(QLatin1String(", 0 rejected")));
    const QJsonObject atA2 = world.findCase(QStringLiteral("A2"), caseId);
    REQUIRE_FALSE(atA2.isEmpty());
    CHECK(atA2.value(QStringLiteral("title")).toString() == QLatin1String("Elbow"));
    CHECK(atA2.value(QStringLiteral("author")).toString() == world.identity[QStringLiteral("A")]);
    const QJsonArray attachments = atA2.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 2);
    CHECK(attachments[0].toObject().value(QStringLiteral("sha256")).toString() == sha256(image1));
    CHECK(attachments[1].toObject().value(QStringLiteral("sha256")).toString() == sha256(image2));
    CHECK(texts(atA2) == QStringList{QStringLiteral("Fat pad sign, occult fracture")});

    // Shared twice: the keys and objects are recognised as duplicates, nothing doubles.
    world.ok(QStringLiteral("A"), {QStringLiteral("share-history"), deviceA2});
    CHECK(world.ok(QStringLiteral("A2"), {QStringLiteral("pull")}).contains(QLatin1String(", 0 rejected")));
    const QJsonObject again = world.findCase(QStringLiteral("A2"), caseId);
    CHECK(texts(again).size() == 1);
    CHECK(again.value(QStringLiteral("attachments")).toArray().size() == 2);

    // The history ended with A2's admission into the case (a new epoch): B's next comment on the
    // old case reaches A2, and A2 may answer there.
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("B"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                   QStringLiteral("--text"), QStringLiteral("Follow-up in 10 days")});
    world.ok(QStringLiteral("A2"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("A2"), caseId))
          == QStringList{QStringLiteral("Fat pad sign, occult fracture"), QStringLiteral("Follow-up in 10 days")});
    world.ok(QStringLiteral("A2"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                    QStringLiteral("--text"), QStringLiteral("Booked")});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("B"), caseId)).contains(QStringLiteral("Booked")));
    // A2 joined the case after it was shared: the early epochs' keys it would hand a newcomer
    // came from a device that was no member then, so adding people from A2 is refused, plainly.
    const Run late = world.sync(QStringLiteral("A2"), {QStringLiteral("case"), QStringLiteral("add-member"), caseId,
                                                       world.identity[QStringLiteral("B")]});
    CHECK(late.exitCode == 1);
    CHECK(late.err.contains(QLatin1String("joined case")));
    CHECK(late.err.contains(QLatin1String("add them from the computer the case was shared from")));

    // B learned A2's key with the history's introductions: B's next case reaches both of A's
    // devices, and A2, a member of it, answers.
    const QString fromB = world.ok(QStringLiteral("B"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                         world.caseJson(QStringLiteral("Knee")), QStringLiteral("--to"),
                                                         world.identity[QStringLiteral("A")]});
    world.ok(QStringLiteral("A"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("A2"), {QStringLiteral("pull")});
    CHECK_FALSE(world.findCase(QStringLiteral("A"), fromB).isEmpty());
    REQUIRE_FALSE(world.findCase(QStringLiteral("A2"), fromB).isEmpty());
    world.ok(QStringLiteral("A2"), {QStringLiteral("comment"), QStringLiteral("--case"), fromB,
                                    QStringLiteral("--text"), QStringLiteral("Seen on my laptop")});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("A"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("B"), fromB)) == QStringList{QStringLiteral("Seen on my laptop")});
    CHECK(texts(world.findCase(QStringLiteral("A"), fromB)) == QStringList{QStringLiteral("Seen on my laptop")});
}

// Links `device` (a profile made by addDevice) to `of` and hands it the history.
void linkAndShare(World& world, const QString& of, const QString& device)
{
    const QString key = deviceOf(world, device);
    world.ok(of, {QStringLiteral("link-device"), key});
    world.ok(device, {QStringLiteral("join"), QStringLiteral("--relay"), world.url});
    world.ok(of, {QStringLiteral("pull")});
    world.ok(of, {QStringLiteral("share-history"), key});
    world.ok(device, {QStringLiteral("pull")});
}

TEST_CASE("a removed device loses the relay and every new case key, while the other device and contacts go on",
          "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("A"));
    world.addClinician(QStringLiteral("B"));
    world.introduceAll();
    const QString elbow = world.ok(QStringLiteral("A"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                         world.caseJson(QStringLiteral("Elbow")),
                                                         QStringLiteral("--to"), world.identity[QStringLiteral("B")]});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});

    // The last device, and this device, cannot be removed.
    const QString deviceA = deviceOf(world, QStringLiteral("A"));
    const Run last = world.sync(QStringLiteral("A"), {QStringLiteral("unlink-device"), deviceA});
    CHECK(last.exitCode == 1);
    CHECK(last.err.contains(QLatin1String("the last device cannot be removed")));

    world.addDevice(QStringLiteral("A2"), QStringLiteral("A"));
    world.addDevice(QStringLiteral("A3"), QStringLiteral("A"));
    linkAndShare(world, QStringLiteral("A"), QStringLiteral("A2"));
    linkAndShare(world, QStringLiteral("A"), QStringLiteral("A3"));
    world.ok(QStringLiteral("A2"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    const QString deviceA3 = deviceOf(world, QStringLiteral("A3"));
    REQUIRE_FALSE(world.findCase(QStringLiteral("A3"), elbow).isEmpty());
    CHECK(world.ok(QStringLiteral("A"), {QStringLiteral("devices")}).contains(deviceA3));

    const Run self = world.sync(QStringLiteral("A"), {QStringLiteral("unlink-device"), deviceA});
    CHECK(self.exitCode == 1);
    CHECK(self.err.contains(QLatin1String("that is this device")));
    const Run foreign =
        world.sync(QStringLiteral("A"), {QStringLiteral("unlink-device"), deviceOf(world, QStringLiteral("B"))});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QLatin1String("is not in this identity's device list")));
    const Run typo = world.sync(QStringLiteral("A"), {QStringLiteral("unlink-device"), QStringLiteral("abc")});
    CHECK(typo.exitCode == 2);

    RelayDatabase relayDb(world);
    const qsizetype beforeRemoval = relayDb.envelopes(deviceA3).size();
    const QString removed = world.ok(QStringLiteral("A"), {QStringLiteral("unlink-device"), deviceA3});
    INFO(removed.toStdString());
    CHECK(removed.contains(QLatin1String("removed: device list 4, 1 case(s) moved to a new key")));
    CHECK_FALSE(world.ok(QStringLiteral("A"), {QStringLiteral("devices")}).contains(deviceA3));

    // The relay no longer lets it in.
    const Run refused = world.sync(QStringLiteral("A3"), {QStringLiteral("pull")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("unknown-device")));

    // B has not heard of the removal yet: its next case to A still names A3, and the relay's
    // refusal of that one mailbox must not hold up the rest.
    const QString knee = world.ok(QStringLiteral("B"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                        world.caseJson(QStringLiteral("Knee")), QStringLiteral("--to"),
                                                        world.identity[QStringLiteral("A")]});
    // B learns A's new list with its next pull (and the Elbow case's new epoch without A3).
    const QString atB = world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    INFO(atB.toStdString());
    CHECK(atB.contains(QLatin1String(", 0 rejected")));

    // A's case afterwards: wrapped to A2 and B only; nothing at all reaches A3's mailbox, and
    // neither A nor B addresses it any more (the relay would answer 404 unknown-mailbox).
    const char* notFound = "consilium_relay_responses_total\\{status=\"404\"\\}";
    const qint64 notFoundBefore = world.metric(notFound);
    const QString wrist = world.ok(QStringLiteral("A"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                         world.caseJson(QStringLiteral("Wrist")),
                                                         QStringLiteral("--to"), world.identity[QStringLiteral("B")]});
    world.ok(QStringLiteral("B"), {QStringLiteral("comment"), QStringLiteral("--case"), elbow, QStringLiteral("--text"),
                                   QStringLiteral("After the removal")});
    const QString hip = world.ok(QStringLiteral("B"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                       world.caseJson(QStringLiteral("Hip")), QStringLiteral("--to"),
                                                       world.identity[QStringLiteral("A")]});
    CHECK(relayDb.envelopes(deviceA3).size() == beforeRemoval);
    CHECK(world.metric(notFound) == notFoundBefore);

    // A2 and B read everything new, and A2 still writes.
    const QString atA2 = world.ok(QStringLiteral("A2"), {QStringLiteral("pull")});
    INFO(atA2.toStdString());
    CHECK(atA2.contains(QLatin1String(", 0 rejected")));
    CHECK_FALSE(world.findCase(QStringLiteral("A2"), wrist).isEmpty());
    CHECK_FALSE(world.findCase(QStringLiteral("A2"), knee).isEmpty());
    CHECK_FALSE(world.findCase(QStringLiteral("A2"), hip).isEmpty());
    CHECK(texts(world.findCase(QStringLiteral("A2"), elbow)).contains(QStringLiteral("After the removal")));
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    CHECK_FALSE(world.findCase(QStringLiteral("B"), wrist).isEmpty());
    world.ok(QStringLiteral("A2"), {QStringLiteral("comment"), QStringLiteral("--case"), wrist,
                                    QStringLiteral("--text"), QStringLiteral("From the other laptop")});
    world.ok(QStringLiteral("B"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("B"), wrist)) == QStringList{QStringLiteral("From the other laptop")});
    // What A3 downloaded before stays readable there (nothing can reach back into it).
    CHECK_FALSE(world.findCase(QStringLiteral("A3"), elbow).isEmpty());

    // Running it again completes rather than repeats; A2 may run it too.
    CHECK(world.ok(QStringLiteral("A"), {QStringLiteral("unlink-device"), deviceA3})
              .contains(QLatin1String("removed: device list 4, 0 case(s)")));
    CHECK(world.ok(QStringLiteral("A2"), {QStringLiteral("unlink-device"), deviceA3})
              .contains(QLatin1String("removed: device list 4")));
}

TEST_CASE("contacts are added from invitation codes; a damaged or foreign code is refused", "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("ada"));
    world.addClinician(QStringLiteral("ben"));

    const QString code = world.ok(QStringLiteral("ada"), {QStringLiteral("invite")});
    REQUIRE(code.startsWith(QStringLiteral("consilium-invite:")));

    // One character changed: refused before the relay is asked, naming why.
    QString damaged = code;
    damaged[damaged.size() - 5] = damaged[damaged.size() - 5] == u'A' ? u'B' : u'A';
    const Run refused = world.sync(QStringLiteral("ben"), {QStringLiteral("add-contact"), damaged});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("invitation:")));

    // The code from a file, as a colleague would mail it.
    const QString file = world.write(QStringLiteral("ada.consilium-invite"), code.toUtf8() + "\n");
    const QString added = world.ok(QStringLiteral("ben"), {QStringLiteral("add-contact"), file});
    CHECK(added.startsWith(QStringLiteral("contact added: Dr ada (physician, radiology), 1 device(s)")));
    // And the text itself, the other way round.
    const QString back = world.ok(QStringLiteral("ada"), {QStringLiteral("add-contact"),
                                                          world.ok(QStringLiteral("ben"), {QStringLiteral("invite")})});
    CHECK(back.startsWith(QStringLiteral("contact added: Dr ben")));

    // An invitation pins ada's device list head: signed by ada's own identity but naming an entry the
    // relay does not have (another list at sequence 1, or a sequence 2 it never saw), it is refused —
    // a relay cannot show an inviter's contacts an older or a different device list.
    const auto identity = crypto::keyfiles::loadIdentity(world.path(QStringLiteral("id-ada")));
    REQUIRE(identity);
    const auto otherList =
        crypto::DeviceList::parse(crypto::DeviceList::createFirst(*identity, {identity->publicKey()}, 1700000000));
    REQUIRE(otherList);
    const quint64 now = quint64(QDateTime::currentSecsSinceEpoch());
    const auto forked = crypto::InviteCode::create(*identity, *otherList, QStringLiteral("Dr ada"),
                                                   QStringLiteral("physician"), world.url, now);
    REQUIRE(forked);
    world.addClinician(QStringLiteral("dee"));
    const Run fork = world.sync(QStringLiteral("dee"), {QStringLiteral("add-contact"), forked->text()});
    CHECK(fork.exitCode == 1);
    CHECK(fork.err.contains(QStringLiteral("the relay shows a different device list for Dr ada")));
    const auto next = crypto::DeviceList::parse(otherList->createNext(*identity, {identity->publicKey()}, 1700000001));
    REQUIRE(next);
    const auto ahead = crypto::InviteCode::create(*identity, *next, QStringLiteral("Dr ada"),
                                                  QStringLiteral("physician"), world.url, now);
    REQUIRE(ahead);
    const Run rollback = world.sync(QStringLiteral("dee"), {QStringLiteral("add-contact"), ahead->text()});
    CHECK(rollback.exitCode == 1);
    CHECK(rollback.err.contains(QStringLiteral("the relay shows an older device list for Dr ada")));

    // Groups through the same calls the app uses: only contacts can be members.
    world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("hand")});
    const Run again =
        world.sync(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("Hand")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("a group named 'Hand' exists")));
    world.addClinician(QStringLiteral("cy"));
    const Run stranger =
        world.sync(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("hand"),
                                           world.identity[QStringLiteral("cy")]});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err.contains(QStringLiteral("is not a contact")));
    world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("hand"),
                                     world.identity[QStringLiteral("ben")]});
}

// The role `identity` holds in a case of list-cases --json: its membership as that profile's
// device accepted it ("" for none).
QString roleIn(const QJsonObject& value, const QString& identity)
{
    for (const QJsonValue& member : value.value(QStringLiteral("members")).toArray()) {
        if (member.toObject().value(QStringLiteral("identity")).toString() == identity)
            return member.toObject().value(QStringLiteral("role")).toString();
    }
    return {};
}

TEST_CASE("group roles: ben joins a group case as admin, a role change reaches his membership as a new epoch",
          "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("ada"));
    world.addClinician(QStringLiteral("ben"));
    world.introduceAll();
    const QString ada = world.identity[QStringLiteral("ada")];
    const QString ben = world.identity[QStringLiteral("ben")];
    const auto group = [&](const QStringList& arguments) {
        return world.sync(QStringLiteral("ada"), QStringList{QStringLiteral("group")} + arguments);
    };
    world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("board")});
    world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("board"), ben});

    // The rules, before anything is shared: a bad role is a usage error; the last owner stays.
    const Run badRole = group({QStringLiteral("set-role"), QStringLiteral("board"), ben, QStringLiteral("chief")});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QStringLiteral("a role is owner, admin or member, not 'chief'")));
    const Run lastOwner = group({QStringLiteral("set-role"), QStringLiteral("board"), ada, QStringLiteral("member")});
    CHECK(lastOwner.exitCode == 1);
    CHECK(lastOwner.err.contains(QStringLiteral("the last owner of group board cannot be demoted")));
    world.addClinician(QStringLiteral("cy"));
    const Run outsider = group({QStringLiteral("set-role"), QStringLiteral("board"),
                                world.identity[QStringLiteral("cy")], QStringLiteral("admin")});
    CHECK(outsider.exitCode == 1);
    CHECK(outsider.err.contains(QStringLiteral("is not a member of group board")));
    CHECK(world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("set-role"), QStringLiteral("board"),
                                           ben, QStringLiteral("admin")})
          == QStringLiteral("now admin of board; 0 case(s) moved to a new key epoch"));

    // Published to the group: ben is an admin of the case, ada its owner, on both sides.
    const QString shared = world.ok(QStringLiteral("ada"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                                            world.caseJson(QStringLiteral("Boxer")),
                                                            QStringLiteral("--group"), QStringLiteral("board")});
    world.ok(QStringLiteral("ben"), {QStringLiteral("pull")});
    const QJsonObject before = world.findCase(QStringLiteral("ben"), shared);
    REQUIRE_FALSE(before.isEmpty());
    CHECK(roleIn(before, ben) == QStringLiteral("admin"));
    CHECK(roleIn(before, ada) == QStringLiteral("owner"));
    CHECK(roleIn(world.findCase(QStringLiteral("ada"), shared), ben) == QStringLiteral("admin"));
    const int epochBefore = before.value(QStringLiteral("epoch")).toInt();

    // Ada makes ben a member again: a set-role event and a new epoch, which ben accepts and reads.
    CHECK(world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("set-role"), QStringLiteral("board"),
                                           ben, QStringLiteral("member")})
          == QStringLiteral("now member of board; 1 case(s) moved to a new key epoch"));
    const QString pulled = world.ok(QStringLiteral("ben"), {QStringLiteral("pull")});
    CHECK(pulled.endsWith(QStringLiteral(" 0 rejected")));
    const QJsonObject after = world.findCase(QStringLiteral("ben"), shared);
    CHECK(roleIn(after, ben) == QStringLiteral("member"));
    CHECK(roleIn(after, ada) == QStringLiteral("owner"));
    CHECK(after.value(QStringLiteral("epoch")).toInt() == epochBefore + 1);
    CHECK(world.findCase(QStringLiteral("ada"), shared).value(QStringLiteral("epoch")).toInt() == epochBefore + 1);
    // Ben writes under the new epoch's key; ada reads it.
    world.ok(QStringLiteral("ben"), {QStringLiteral("comment"), QStringLiteral("--case"), shared,
                                     QStringLiteral("--text"), QStringLiteral("Reduce and buddy-tape")});
    world.ok(QStringLiteral("ada"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("ada"), shared)) == QStringList{QStringLiteral("Reduce and buddy-tape")});
    // The same role again changes nothing and sends nothing.
    CHECK(world.ok(QStringLiteral("ada"), {QStringLiteral("group"), QStringLiteral("set-role"), QStringLiteral("board"),
                                           ben, QStringLiteral("member")})
          == QStringLiteral("now member of board; 0 case(s) moved to a new key epoch"));
}

TEST_CASE("every device lost: the recovery key restores the identity from the relay, and new cases reach it",
          "[sync][integration]")
{
    World world;
    const QString keyFile = world.path(QStringLiteral("ada.recovery-key"));
    world.addClinician(QStringLiteral("ada"), {QStringLiteral("--recovery-key-out"), keyFile});
    CHECK((QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    world.addClinician(QStringLiteral("ben"));
    world.introduceAll(); // ada's first sync also sends her key backup
    const QString adaDevice = deviceOf(world, QStringLiteral("ada"));

    const auto restore = [&](const QString& folder, const QString& key) {
        return cli({QStringLiteral("sync"), QStringLiteral("restore"), folder, QStringLiteral("--relay"), world.url,
                    QStringLiteral("--recovery-key-file"), key, QStringLiteral("--passphrase-file"), world.passphrase,
                    QStringLiteral("--verifier"), world.path(QStringLiteral("verifier")), QStringLiteral("--argon2"),
                    QStringLiteral("1,8192")});
    };

    // A key that is not ada's finds nothing, and leaves nothing behind.
    const QString wrongKey = world.write(QStringLiteral("wrong.recovery-key"),
                                         crypto::RecoveryKey::generate().toDisplayString().toLatin1() + "\n");
    const Run wrong = restore(world.profile(QStringLiteral("lost")), wrongKey);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("no key backup is stored under this recovery key")));
    CHECK_FALSE(QDir(world.profile(QStringLiteral("lost"))).exists());

    // ada's laptop is gone: a new computer with the recovery key continues as her device.
    const Run restored = restore(world.profile(QStringLiteral("ada-again")), keyFile);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(world.identity[QStringLiteral("ada")]));
    CHECK(deviceOf(world, QStringLiteral("ada-again")) == adaDevice);

    // ben shares a case with ada afterwards: the restored profile receives it and its image decrypts.
    const QByteArray image = randomBytes(70 * 1024, 7);
    const QString file = world.write(QStringLiteral("after.jpg"), image);
    const QString caseId =
        world.ok(QStringLiteral("ben"), {QStringLiteral("publish"), QStringLiteral("--case-json"),
                                         world.caseJson(QStringLiteral("After the loss")), QStringLiteral("--attach"),
                                         file, QStringLiteral("--to"), world.identity[QStringLiteral("ada")]});
    world.ok(QStringLiteral("ada-again"), {QStringLiteral("add-contact"), world.identity[QStringLiteral("ben")]});
    world.ok(QStringLiteral("ada-again"), {QStringLiteral("pull")});
    const QJsonObject found = world.findCase(QStringLiteral("ada-again"), caseId);
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.value(QStringLiteral("title")).toString() == QLatin1String("After the loss"));
    const QJsonArray attachments = found.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0].toObject().value(QStringLiteral("sha256")).toString() == sha256(image));
}

TEST_CASE("case members: the owner adds a colleague to a shared case who reads its history and a removed member gets "
          "nothing new",
          "[sync][integration]")
{
    World world;
    world.addClinician(QStringLiteral("ada"));
    world.addClinician(QStringLiteral("ben"));
    world.addClinician(QStringLiteral("cy"));
    world.introduceAll();
    const QString ada = world.identity[QStringLiteral("ada")];
    const QString ben = world.identity[QStringLiteral("ben")];
    const QString cy = world.identity[QStringLiteral("cy")];
    const QByteArray image1 = randomBytes(120 * 1024, 21);
    const QByteArray image2 = randomBytes(40 * 1024, 22);
    const QString caseId =
        world.ok(QStringLiteral("ada"),
                 {QStringLiteral("publish"), QStringLiteral("--case-json"), world.caseJson(QStringLiteral("Wrist")),
                  QStringLiteral("--attach"), world.write(QStringLiteral("pa.jpg"), image1), QStringLiteral("--attach"),
                  world.write(QStringLiteral("obl.jpg"), image2), QStringLiteral("--to"), ben});
    world.ok(QStringLiteral("ben"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("ben"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                     QStringLiteral("--text"), QStringLiteral("Scaphoid views, please")});
    world.ok(QStringLiteral("ada"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("cy"), {QStringLiteral("pull")});
    CHECK(world.findCase(QStringLiteral("cy"), caseId).isEmpty());

    const auto members = [&](const QString& who, QStringList arguments) {
        return world.sync(who, QStringList{QStringLiteral("case")} + arguments);
    };
    // A member may not share the case further; nor may anyone add a stranger.
    const Run byMember = members(QStringLiteral("ben"), {QStringLiteral("add-member"), caseId, cy});
    CHECK(byMember.exitCode == 1);
    CHECK(byMember.err.contains(QLatin1String("only the owner or an admin of case")));
    const Run stranger = members(QStringLiteral("ada"), {QStringLiteral("add-member"), caseId, QString(64, u'7')});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err.contains(QLatin1String("is not a contact")));
    const Run badCase = members(QStringLiteral("ada"), {QStringLiteral("add-member"), QStringLiteral("wrist"), cy});
    CHECK(badCase.exitCode == 2);

    // The owner adds cy, who then pulls the case, its images and the discussion so far.
    CHECK(world.ok(QStringLiteral("ada"), {QStringLiteral("case"), QStringLiteral("add-member"), caseId, cy})
          == QStringLiteral("1 member(s) added to ") + caseId);
    const QString pulled = world.ok(QStringLiteral("cy"), {QStringLiteral("pull")});
    INFO(pulled.toStdString());
    CHECK(pulled.endsWith(QLatin1String(", 0 rejected")));
    const QJsonObject atCy = world.findCase(QStringLiteral("cy"), caseId);
    REQUIRE_FALSE(atCy.isEmpty());
    CHECK(atCy.value(QStringLiteral("title")).toString() == QLatin1String("Wrist"));
    CHECK(atCy.value(QStringLiteral("author")).toString() == ada);
    const QJsonArray attachments = atCy.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 2);
    CHECK(attachments[0].toObject().value(QStringLiteral("sha256")).toString() == sha256(image1));
    CHECK(attachments[1].toObject().value(QStringLiteral("sha256")).toString() == sha256(image2));
    CHECK(texts(atCy) == QStringList{QStringLiteral("Scaphoid views, please")});
    CHECK(roleIn(atCy, cy) == QStringLiteral("member"));
    CHECK(roleIn(atCy, ada) == QStringLiteral("owner"));
    // Adding someone twice changes nothing.
    CHECK(world.ok(QStringLiteral("ada"), {QStringLiteral("case"), QStringLiteral("add-member"), caseId, cy})
          == QStringLiteral("0 member(s) added to ") + caseId);

    // Ben learns of cy with the new epoch; cy's comment reaches both.
    CHECK(world.ok(QStringLiteral("ben"), {QStringLiteral("pull")}).endsWith(QLatin1String(", 0 rejected")));
    CHECK(roleIn(world.findCase(QStringLiteral("ben"), caseId), cy) == QStringLiteral("member"));
    world.ok(QStringLiteral("cy"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                    QStringLiteral("--text"), QStringLiteral("Undisplaced waist fracture")});
    world.ok(QStringLiteral("ada"), {QStringLiteral("pull")});
    world.ok(QStringLiteral("ben"), {QStringLiteral("pull")});
    CHECK(texts(world.findCase(QStringLiteral("ada"), caseId)).contains(QStringLiteral("Undisplaced waist fracture")));
    CHECK(texts(world.findCase(QStringLiteral("ben"), caseId)).contains(QStringLiteral("Undisplaced waist fracture")));

    // Removal: only an owner or admin, never the owner, never oneself.
    const Run memberRemoves = members(QStringLiteral("cy"), {QStringLiteral("remove-member"), caseId, ben});
    CHECK(memberRemoves.exitCode == 1);
    CHECK(memberRemoves.err.contains(QLatin1String("only the owner or an admin of case")));
    const Run self = members(QStringLiteral("ada"), {QStringLiteral("remove-member"), caseId, ada});
    CHECK(self.exitCode == 1);
    CHECK(self.err.contains(QLatin1String("cannot remove itself")));
    CHECK(world.ok(QStringLiteral("ada"), {QStringLiteral("case"), QStringLiteral("remove-member"), caseId, ben})
              .startsWith(QLatin1String("removed from ")));
    const Run again = members(QStringLiteral("ada"), {QStringLiteral("remove-member"), caseId, ben});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("is not a member of case")));

    // What is written afterwards reaches cy, and nothing at all reaches ben.
    world.ok(QStringLiteral("ada"), {QStringLiteral("comment"), QStringLiteral("--case"), caseId,
                                     QStringLiteral("--text"), QStringLiteral("Cast for six weeks")});
    CHECK(world.ok(QStringLiteral("cy"), {QStringLiteral("pull")}).endsWith(QLatin1String(", 0 rejected")));
    const QJsonObject cyAfter = world.findCase(QStringLiteral("cy"), caseId);
    CHECK(texts(cyAfter).contains(QStringLiteral("Cast for six weeks")));
    CHECK(roleIn(cyAfter, ben).isEmpty());
    CHECK(world.ok(QStringLiteral("ben"), {QStringLiteral("pull")}).startsWith(QLatin1String("0 envelope(s)")));
    const QJsonObject benAfter = world.findCase(QStringLiteral("ben"), caseId);
    CHECK_FALSE(texts(benAfter).contains(QStringLiteral("Cast for six weeks")));
    // What ben downloaded before stays with him.
    CHECK(benAfter.value(QStringLiteral("attachments")).toArray().size() == 2);
}
