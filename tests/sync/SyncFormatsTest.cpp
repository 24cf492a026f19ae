// core/sync's wire formats (docs/protocol.md § 19): the vectors in the document are checked
// against the code, read from the document itself; decoders refuse what is not canonical.

#include "core/sync/SyncFormats.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

using namespace consilium;
using namespace consilium::sync;

namespace {

QByteArray pattern(int start, int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char(start + i));
    return bytes;
}

// name = hex lines between the sync-vectors markers of docs/protocol.md.
QMap<QString, QByteArray> documentVectors()
{
    QFile file(QDir(QStringLiteral(CONSILIUM_SOURCE_DIR)).filePath(QStringLiteral("docs/protocol.md")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype begin = text.indexOf(QLatin1String("<!-- sync-vectors:begin -->"));
    const qsizetype end = text.indexOf(QLatin1String("<!-- sync-vectors:end -->"));
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    QMap<QString, QByteArray> vectors;
    static const QRegularExpression line(QStringLiteral("^([a-z.-]+) = ([0-9a-f]+)$"),
                                         QRegularExpression::MultilineOption);
    auto matches = line.globalMatch(text.mid(begin, end - begin));
    while (matches.hasNext()) {
        const auto match = matches.next();
        vectors.insert(match.captured(1), QByteArray::fromHex(match.captured(2).toLatin1()));
    }
    return vectors;
}

CaseManifest sampleManifest()
{
    CaseManifest manifest;
    manifest.title = QStringLiteral("Wrist pain after a fall");
    manifest.clinicalQuestion = QStringLiteral("Scaphoid waist fracture?");
    manifest.history = QStringLiteral("FOOSH, snuffbox tenderness");
    manifest.findings = QString();
    manifest.specialty = QStringLiteral("radiology");
    manifest.tags = {QStringLiteral("wrist"), QStringLiteral("trauma")};
    manifest.audience = cases::Audience::Group;
    manifest.groupId = pattern(0xc0, 16);
    manifest.groupName = QStringLiteral("hand");
    manifest.createdMs = 1700000000000;
    manifest.attachments = {{pattern(0x30, 16), 1, QStringLiteral("Lateral view"), QStringLiteral("lateral.jpg")}};
    return manifest;
}

} // namespace

TEST_CASE("the sync vectors of docs/protocol.md match the code byte for byte", "[sync]")
{
    const auto vectors = documentVectors();
    REQUIRE(vectors.size() == 4);
    CHECK(vectors.value(QStringLiteral("envelope"))
          == encodeEnvelope({EnvelopeKind::Object, pattern(0x00, 32), QByteArray("sealed object")}));
    CHECK(vectors.value(QStringLiteral("manifest")) == encodeManifest(sampleManifest()));
    CHECK(vectors.value(QStringLiteral("comment"))
          == encodeComment({QStringLiteral("Agree: waist fracture."), pattern(0xd0, 16), 1700000000123}));
    CHECK(vectors.value(QStringLiteral("membership-log"))
          == encodeMembershipLog({QByteArray("\xaa", 1), QByteArray("\xbb\x0c", 2)}));
}

TEST_CASE("sync formats decode what they encode", "[sync]")
{
    auto envelope = decodeEnvelope(encodeEnvelope({EnvelopeKind::EpochKey, pattern(1, 32), QByteArray("wrap")}));
    REQUIRE(envelope);
    CHECK(envelope->kind == EnvelopeKind::EpochKey);
    CHECK(envelope->senderIdentity == pattern(1, 32));
    CHECK(envelope->body == "wrap");

    auto manifest = decodeManifest(encodeManifest(sampleManifest()));
    REQUIRE(manifest);
    CHECK(manifest->title == sampleManifest().title);
    CHECK(manifest->tags == sampleManifest().tags);
    CHECK(manifest->audience == cases::Audience::Group);
    REQUIRE(manifest->attachments.size() == 1);
    CHECK(manifest->attachments[0].label == QLatin1String("Lateral view"));

    auto comment = decodeComment(encodeComment({QStringLiteral("ok"), {}, 5}));
    REQUIRE(comment);
    CHECK(comment->text == QLatin1String("ok"));
    CHECK(comment->parentId.isEmpty());

    auto log = decodeMembershipLog(encodeMembershipLog({QByteArray("x")}));
    REQUIRE(log);
    CHECK(*log == QList<QByteArray>{QByteArray("x")});
}

TEST_CASE("sync format decoders refuse malformed input with a reason", "[sync]")
{
    const QByteArray good = encodeEnvelope({EnvelopeKind::Object, pattern(0, 32), QByteArray("x")});
    SECTION("trailing bytes")
    {
        auto decoded = decodeEnvelope(QByteArray(good).append('\0'));
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error().message.contains(QLatin1String("canonical")));
    }
    SECTION("another version")
    {
        QByteArray other = good;
        other[1] = 2; // [2, ...]
        auto decoded = decodeEnvelope(other);
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error().code == ErrorCode::Unsupported);
    }
    SECTION("an unknown kind")
    {
        QByteArray other = good;
        other[2] = 9;
        auto decoded = decodeEnvelope(other);
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error().message.contains(QLatin1String("unknown kind 9")));
    }
    SECTION("a short sender")
    {
        auto decoded = decodeEnvelope(encodeEnvelope({EnvelopeKind::Object, pattern(0, 31), QByteArray("x")}));
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error().message.contains(QLatin1String("sender_identity")));
    }
    SECTION("not CBOR at all")
    {
        CHECK_FALSE(decodeEnvelope(QByteArray("hello")));
        CHECK_FALSE(decodeManifest(QByteArray()));
        CHECK_FALSE(decodeComment(good));
        CHECK_FALSE(decodeMembershipLog(encodeMembershipLog({})));
    }
}
