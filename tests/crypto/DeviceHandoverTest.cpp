// The device hand-over file and its one-time link code (docs/protocol.md § 19.5.1).

#include "core/crypto/DeviceHandover.h"
#include "core/crypto/Credential.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborValue>
#include <QDate>
#include <QRegularExpression>

using namespace consilium;
using namespace consilium::crypto;
using consilium::crypto::test::forEachByteFlip;

namespace {

constexpr quint64 kNow = 1800000000;

DeviceHandover sampleHandover()
{
    const SigningKeyPair verifier = SigningKeyPair::generate();
    const SigningKeyPair identity = SigningKeyPair::generate();
    const CredentialDetails details{
        QStringLiteral("Jane Roe"), QStringLiteral("physician"), QStringLiteral("radiology"), QStringLiteral("FR"),
        QByteArray(32, '\x11'),     QDate(2025, 1, 1),           QDate(2030, 1, 1),           identity.publicKey()};
    const QByteArray credential = *Credential::issue(verifier, details);
    const QByteArray revocations = RevocationList::create(verifier, 1, {}, kNow);
    return DeviceHandover{kNow + devicehandover::kValiditySeconds,
                          QStringLiteral("https://relay.example.org:8443"),
                          QStringLiteral("Dr. Jane Roe"),
                          QStringLiteral("Radiologist"),
                          QStringLiteral("radiology"),
                          credential,
                          VerifierPublicState{verifier.publicKey(), *RevocationList::parse(revocations)},
                          *SigningKeyPair::fromSeed(identity.seed()),
                          DeviceKeys::generate()};
}

} // namespace

TEST_CASE("a link code reads back as shown, forgiving case, dashes and look-alike letters", "[crypto]")
{
    const LinkCode code = LinkCode::generate();
    CHECK(code.bytes().size() == 16); // 128 random bits
    const QString shown = code.toDisplayString();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(shown)
              .hasMatch());
    auto back = LinkCode::parse(shown);
    REQUIRE(back);
    CHECK(back->bytes().view() == code.bytes().view());
    QString sloppy = shown.toLower();
    sloppy.replace(u'-', u' ');
    sloppy.replace(u'0', u'o').replace(u'1', u'l');
    auto forgiving = LinkCode::parse(sloppy);
    REQUIRE(forgiving);
    CHECK(forgiving->bytes().view() == code.bytes().view());
    CHECK(LinkCode::generate().bytes().view() != code.bytes().view());
}

TEST_CASE("a mistyped link code is caught by its checksum before any decryption", "[crypto]")
{
    const QString shown = LinkCode::generate().toDisplayString();
    QString typo = shown;
    typo[5] = typo[5] == u'A' ? u'B' : u'A';
    auto wrong = LinkCode::parse(typo);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Malformed);
    CHECK(wrong.error().message.contains(QStringLiteral("mistyped")));
    CHECK(LinkCode::parse(shown.left(30)).error().message.contains(QStringLiteral("too short")));
    CHECK(LinkCode::parse(shown + QStringLiteral("7")).error().message.contains(QStringLiteral("too long")));
    CHECK(LinkCode::parse(shown.left(38) + QStringLiteral("U")).error().message.contains(QStringLiteral("'U'")));
    CHECK_FALSE(LinkCode::fromBytes(SecretBytes::random(15)));
}

TEST_CASE("a device hand-over opens with its code to exactly what was sealed", "[crypto]")
{
    const DeviceHandover handover = sampleHandover();
    const LinkCode code = LinkCode::generate();
    auto file = devicehandover::seal(handover, code);
    REQUIRE(file);
    // The secrets are not in the file in the clear, nor the clinician's name.
    CHECK_FALSE(file->contains(handover.identity.seed().view()));
    CHECK_FALSE(file->contains(QByteArrayLiteral("Jane Roe")));

    auto opened = devicehandover::open(*file, *LinkCode::parse(code.toDisplayString()));
    REQUIRE(opened);
    CHECK(opened->expires == handover.expires);
    CHECK(opened->relayUrl == handover.relayUrl);
    CHECK(opened->displayName == handover.displayName);
    CHECK(opened->profession == handover.profession);
    CHECK(opened->specialty == handover.specialty);
    CHECK(opened->credential == handover.credential);
    CHECK(opened->verifier.key == handover.verifier.key);
    CHECK(opened->verifier.revocations.encoded() == handover.verifier.revocations.encoded());
    CHECK(opened->identity.publicKey() == handover.identity.publicKey());
    CHECK(opened->identity.seed().view() == handover.identity.seed().view());
    CHECK(opened->device.deviceId() == handover.device.deviceId());
    CHECK(opened->device.encryption.publicKey() == handover.device.encryption.publicKey());
    CHECK(opened->device.encryption.secretKey().view() == handover.device.encryption.secretKey().view());

    // Two seals of the same hand-over differ (fresh nonce) and both open.
    auto again = devicehandover::seal(handover, code);
    REQUIRE(again);
    CHECK(*again != *file);
    CHECK(devicehandover::open(*again, code));
}

TEST_CASE("a device hand-over refuses another code", "[crypto]")
{
    const DeviceHandover handover = sampleHandover();
    auto file = devicehandover::seal(handover, LinkCode::generate());
    REQUIRE(file);
    auto opened = devicehandover::open(*file, LinkCode::generate());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::PermissionDenied);
    CHECK(opened.error().message.contains(QStringLiteral("wrong code")));
}

TEST_CASE("a device hand-over with any byte changed is refused", "[crypto]")
{
    const DeviceHandover handover = sampleHandover();
    const LinkCode code = LinkCode::generate();
    auto file = devicehandover::seal(handover, code);
    REQUIRE(file);
    int refused = 0;
    forEachByteFlip(*file, [&](const QByteArray& altered, qsizetype position) {
        INFO("byte " << position);
        auto opened = devicehandover::open(altered, code);
        CHECK_FALSE(opened);
        refused += opened ? 0 : 1;
    });
    CHECK(refused == file->size());
    // Truncated and extended files too.
    CHECK_FALSE(devicehandover::open(file->left(file->size() - 1), code));
    CHECK_FALSE(devicehandover::open(QByteArray(*file + '\0'), code));
    CHECK_FALSE(devicehandover::open(QByteArray(), code));
    CHECK_FALSE(devicehandover::open(QByteArrayLiteral("consilium-invite:abc"), code));
}

TEST_CASE("a device hand-over is expired one second after its 24 hours", "[crypto]")
{
    const DeviceHandover handover = sampleHandover();
    CHECK(handover.expires == kNow + 24 * 3600);
    CHECK_FALSE(devicehandover::isExpired(handover, kNow));
    CHECK_FALSE(devicehandover::isExpired(handover, handover.expires));
    CHECK(devicehandover::isExpired(handover, handover.expires + 1));
    // The expiry travels inside the encryption: changing it means changing the ciphertext.
    const LinkCode code = LinkCode::generate();
    auto opened = devicehandover::open(*devicehandover::seal(handover, code), code);
    REQUIRE(opened);
    CHECK(devicehandover::isExpired(*opened, handover.expires + 1));
}

TEST_CASE("a device hand-over of a newer version is unsupported, not mistaken for a wrong code", "[crypto]")
{
    const LinkCode code = LinkCode::generate();
    auto file = devicehandover::seal(sampleHandover(), code);
    REQUIRE(file);
    QCborArray array = QCborValue::fromCbor(*file).toArray();
    REQUIRE(array.size() == 3);
    CHECK(array.at(0).toInteger() == 1);
    array[0] = 2;
    auto opened = devicehandover::open(QCborValue(array).toCbor(), code);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Unsupported);
}

TEST_CASE("a profile without credential or relay cannot be handed over", "[crypto]")
{
    DeviceHandover noRelay = sampleHandover();
    noRelay.relayUrl.clear();
    CHECK(devicehandover::seal(noRelay, LinkCode::generate()).error().code == ErrorCode::InvalidArgument);
    DeviceHandover noCredential = sampleHandover();
    noCredential.credential.clear();
    CHECK(devicehandover::seal(noCredential, LinkCode::generate()).error().code == ErrorCode::InvalidArgument);
}
