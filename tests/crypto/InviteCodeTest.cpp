// Invitation codes (docs/protocol.md, "Invite codes"): round trip, every altered byte or
// character refused, expiry, and the document's vector recomputed from fixed seeds.

#include "core/crypto/InviteCode.h"
#include "core/crypto/SafetyNumber.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace consilium;
using namespace consilium::crypto;

namespace {

constexpr quint64 kCreated = 1700000000;
constexpr quint64 kDay = 24 * 3600;

QByteArray pattern(int start, int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char((start + i) & 0xff));
    return bytes;
}

SigningKeyPair keyFromSeed(int start)
{
    return *SigningKeyPair::fromSeed(SecretBytes::copyOf(pattern(start, 32)));
}

// The vector's invitation: identity seed 00..1f, its first device list (device seed 20..3f).
InviteCode vectorInvite()
{
    const SigningKeyPair identity = keyFromSeed(0x00);
    const SigningKeyPair device = keyFromSeed(0x20);
    const auto list = DeviceList::parse(DeviceList::createFirst(identity, {device.publicKey()}, kCreated));
    REQUIRE(list);
    auto invite = InviteCode::create(identity, *list, QStringLiteral("Jane Roe"), QStringLiteral("physician"),
                                     QStringLiteral("https://relay.example.org"), kCreated);
    REQUIRE(invite);
    return *invite;
}

// name = value lines between the invite-vectors markers of docs/protocol.md.
QMap<QString, QString> documentVectors()
{
    QFile file(QDir(QStringLiteral(CONSILIUM_SOURCE_DIR)).filePath(QStringLiteral("docs/protocol.md")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype begin = text.indexOf(QLatin1String("<!-- invite-vectors:begin -->"));
    const qsizetype end = text.indexOf(QLatin1String("<!-- invite-vectors:end -->"));
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    QMap<QString, QString> vectors;
    static const QRegularExpression line(QStringLiteral("^([a-z.-]+) = (\\S+)$"), QRegularExpression::MultilineOption);
    auto matches = line.globalMatch(text.mid(begin, end - begin));
    while (matches.hasNext()) {
        const auto match = matches.next();
        vectors.insert(match.captured(1), match.captured(2));
    }
    return vectors;
}

} // namespace

TEST_CASE("an invitation reads back with everything it says", "[crypto]")
{
    const InviteCode invite = vectorInvite();
    CHECK(invite.text().startsWith(QStringLiteral("consilium-invite:")));
    const auto parsed = InviteCode::parse(invite.text(), kCreated + kDay);
    REQUIRE(parsed);
    const InviteDetails& details = parsed->details();
    CHECK(details.identityKey == keyFromSeed(0x00).publicKey());
    CHECK(details.deviceListSequence == 1);
    CHECK(details.deviceListHash.size() == 32);
    CHECK(details.name == QStringLiteral("Jane Roe"));
    CHECK(details.profession == QStringLiteral("physician"));
    CHECK(details.relayUrl == QStringLiteral("https://relay.example.org"));
    CHECK(details.created == kCreated);
    CHECK(details.expires == kCreated + 14 * kDay);
    CHECK(parsed->encoded() == invite.encoded());

    // Wrapped by a mail client, indented: white space anywhere is ignored.
    QString wrapped = QStringLiteral("  ");
    for (qsizetype i = 0; i < invite.text().size(); i += 40)
        wrapped += invite.text().mid(i, 40) + QStringLiteral("\r\n   ");
    CHECK(InviteCode::parse(wrapped, kCreated));
}

TEST_CASE("an invitation with any byte altered is refused", "[crypto]")
{
    const InviteCode invite = vectorInvite();
    int refused = 0;
    test::forEachByteFlip(invite.encoded(), [&](const QByteArray& altered, qsizetype position) {
        INFO("byte " << position);
        const auto parsed = InviteCode::decode(altered, kCreated);
        CHECK_FALSE(parsed);
        if (!parsed) {
            ++refused;
            CHECK_FALSE(parsed.error().message.isEmpty());
        }
    });
    CHECK(refused == invite.encoded().size());
}

TEST_CASE("an invitation with any character altered, dropped or added is refused", "[crypto]")
{
    const QString text = vectorInvite().text();
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    for (qsizetype i = 0; i < text.size(); ++i) {
        INFO("character " << i);
        QString altered = text;
        // The next character of the base64url alphabet (or of the prefix's letters).
        const qsizetype at = alphabet.indexOf(text[i]);
        altered[i] = at >= 0 ? alphabet[(at + 1) % alphabet.size()] : QChar(text[i].unicode() ^ 1);
        CHECK_FALSE(InviteCode::parse(altered, kCreated));
        QString dropped = text;
        dropped.remove(i, 1);
        CHECK_FALSE(InviteCode::parse(dropped, kCreated));
    }
    CHECK_FALSE(InviteCode::parse(QString(text + QStringLiteral("A")), kCreated));
    CHECK_FALSE(InviteCode::parse(QString(text + QStringLiteral("=")), kCreated));
}

TEST_CASE("an expired or future invitation is refused with a clear reason", "[crypto]")
{
    const QString text = vectorInvite().text();
    CHECK(InviteCode::parse(text, kCreated + 14 * kDay - 1));
    const auto expired = InviteCode::parse(text, kCreated + 14 * kDay);
    REQUIRE_FALSE(expired);
    CHECK(expired.error().code == ErrorCode::PermissionDenied);
    CHECK(expired.error().message
          == QStringLiteral("invitation: expired on 2023-11-28 22:13 UTC; ask Jane Roe for a new one"));
    CHECK(InviteCode::parse(text, kCreated - 60)); // a slow clock is tolerated
    const auto future = InviteCode::parse(text, kCreated - kDay);
    REQUIRE_FALSE(future);
    CHECK(future.error().message.contains(QStringLiteral("created in the future")));
}

TEST_CASE("what is not an invitation is refused, naming why", "[crypto]")
{
    const auto empty = InviteCode::parse(QStringLiteral("   "), kCreated);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message == QStringLiteral("invitation: the code is empty"));
    const auto other = InviteCode::parse(QStringLiteral("03a107bff3ce10be1d70dd18e74bc099"), kCreated);
    REQUIRE_FALSE(other);
    CHECK(other.error().message.contains(QStringLiteral("must begin with")));
    const auto cut = InviteCode::parse(QStringLiteral("consilium-invite:"), kCreated);
    REQUIRE_FALSE(cut);
    CHECK(cut.error().message.contains(QStringLiteral("cut short")));
    const auto junk = InviteCode::parse(QStringLiteral("consilium-invite:!!!!"), kCreated);
    REQUIRE_FALSE(junk);
    CHECK(junk.error().message.contains(QStringLiteral("damaged")));
    const QString huge = QStringLiteral("consilium-invite:") + QString(100000, QLatin1Char('A'));
    CHECK_FALSE(InviteCode::parse(huge, kCreated));
}

TEST_CASE("an invitation cannot be made for another identity's device list or with empty texts", "[crypto]")
{
    const SigningKeyPair identity = keyFromSeed(0x00);
    const SigningKeyPair other = keyFromSeed(0x40);
    const auto list = DeviceList::parse(DeviceList::createFirst(other, {keyFromSeed(0x20).publicKey()}, kCreated));
    REQUIRE(list);
    CHECK_FALSE(InviteCode::create(identity, *list, QStringLiteral("A"), QStringLiteral("B"), {}, kCreated));
    const auto own = DeviceList::parse(DeviceList::createFirst(identity, {keyFromSeed(0x20).publicKey()}, kCreated));
    REQUIRE(own);
    CHECK_FALSE(InviteCode::create(identity, *own, QStringLiteral(" "), QStringLiteral("B"), {}, kCreated));
    CHECK_FALSE(InviteCode::create(identity, *own, QStringLiteral("A"), QString(201, QLatin1Char('x')), {}, kCreated));
}

TEST_CASE("the invitation vector of docs/protocol.md matches the code", "[crypto]")
{
    const auto vectors = documentVectors();
    REQUIRE(vectors.size() == 3);
    const InviteCode invite = vectorInvite();
    CHECK(vectors.value(QStringLiteral("invite.cbor")).toStdString() == invite.encoded().toHex().toStdString());
    CHECK(vectors.value(QStringLiteral("invite.text")).toStdString() == invite.text().toStdString());
    const auto parsed = InviteCode::parse(vectors.value(QStringLiteral("invite.text")), kCreated);
    REQUIRE(parsed);
    const SafetyNumber own =
        SafetyNumber::betweenIdentities(parsed->details().identityKey, keyFromSeed(0x90).publicKey());
    CHECK(vectors.value(QStringLiteral("invite.safety-number")).toStdString() == own.digits().toStdString());
}
