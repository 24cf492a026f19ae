// SecretBytes, hashing and the deterministic CBOR rules every structure relies on.

#include "core/crypto/SecretBytes.h"
#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDebug>

using namespace consilium;
using namespace consilium::crypto;

// Printing a secret must not compile: operator<< for QDebug is deleted.
template <typename T>
concept Printable = requires(QDebug debug, const T& value)
{
    debug << value;
};
static_assert(!Printable<SecretBytes>);
static_assert(Printable<QByteArray>);
static_assert(!std::is_copy_constructible_v<SecretBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);

TEST_CASE("SecretBytes is zeroed, moves its ownership and compares by content", "[crypto]")
{
    SecretBytes zeros(32);
    REQUIRE(zeros.size() == 32);
    CHECK(zeros.view() == QByteArray(32, '\0'));

    SecretBytes a = SecretBytes::random(32);
    SecretBytes b = a.clone();
    CHECK(a == b);
    CHECK_FALSE(a == zeros);
    CHECK_FALSE(a == SecretBytes::random(31));

    const unsigned char* storage = a.data();
    SecretBytes moved = std::move(a);
    CHECK(moved.data() == storage);
    CHECK(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
    CHECK(moved == b);

    moved.truncate(10);
    CHECK(moved.size() == 10);
    CHECK(moved.view() == b.view().first(10));
    CHECK(SecretBytes::fromUtf8(QStringLiteral("pässword")).view() == QStringLiteral("pässword").toUtf8());
    CHECK(SecretBytes() == SecretBytes(0));
}

TEST_CASE("two random secrets differ", "[crypto]")
{
    CHECK_FALSE(SecretBytes::random(32) == SecretBytes::random(32));
}

TEST_CASE("domainHash separates domains and blake2b256 matches Qt's BLAKE2b-256", "[crypto]")
{
    const QByteArray data("payload");
    CHECK(domainHash(protocol::kDomainObjectHash, data) != domainHash(protocol::kDomainDeviceListLink, data));
    CHECK(domainHash(protocol::kDomainObjectHash, data).size() == 32);
    // The relay checks blob uploads with QCryptographicHash, without libsodium.
    CHECK(blake2b256(data) == QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256));
}

TEST_CASE("hex parsing names the value and insists on the size", "[crypto]")
{
    CHECK(fromHex(QStringLiteral("00ff"), 2, QStringLiteral("x")) == QByteArray::fromHex("00ff"));
    const auto wrong = fromHex(QStringLiteral("00ff"), 3, QStringLiteral("identity key"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("identity key must be 6 hexadecimal characters")));
    CHECK_FALSE(fromHex(QStringLiteral("zz"), 1, QStringLiteral("x")));
}

TEST_CASE("CBOR decoding accepts only the deterministic encoding", "[crypto]")
{
    const QString what = QStringLiteral("thing");
    REQUIRE(detail::decodeArray(QByteArray::fromHex("820101"), what, 100));

    struct Case {
        const char* hex;
        const char* reason;
    };
    const Case cases[] = {
        {"", "empty"}, {"8201", "not valid CBOR"}, // truncated
        {"82010100", "not in deterministic CBOR encoding"}, // trailing byte
        {"82180101", "not in deterministic CBOR encoding"}, // 1 written in two bytes
        {"9f0101ff", "not in deterministic CBOR encoding"}, // indefinite length
        {"a10101", "not a CBOR array"}, // a map
        {"8162ffff", "not valid CBOR"}, // invalid UTF-8
    };
    for (const Case& c : cases) {
        INFO(c.hex);
        const auto decoded = detail::decodeArray(QByteArray::fromHex(c.hex), what, 100);
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error().code == ErrorCode::Malformed);
        CHECK(decoded.error().message.startsWith(what + QStringLiteral(": ") + QLatin1String(c.reason)));
    }
    CHECK(
        detail::decodeArray(QByteArray(101, '\x80'), what, 100).error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("an unknown structure version is a clear Unsupported error", "[crypto]")
{
    detail::FieldReader fields(QCborArray {2, QByteArray(32, 'k')}, QStringLiteral("device certificate"));
    CHECK_FALSE(fields.expectShape(1, 2));
    CHECK(fields.error().value().code == ErrorCode::Unsupported);
    CHECK(fields.error().value().message
        == QStringLiteral("device certificate: unsupported version 2 (this build reads version 1)"));
}

TEST_CASE("secrets encoded into guarded memory decode to the same CBOR as QCborValue writes", "[crypto]")
{
    const SecretBytes first = SecretBytes::random(32);
    const SecretBytes second = SecretBytes::random(32);
    const SecretBytes encoded = detail::encodeWithSecrets(QCborArray {1, QStringLiteral("kind")}, {&first, &second});
    const QByteArray expected =
        detail::encode(QCborArray {1, QStringLiteral("kind"), first.view().toByteArray(), second.view().toByteArray()});
    CHECK(encoded.view() == expected);

    auto decoded = detail::decodeWithSecrets(encoded, 2, 32, QStringLiteral("key file"));
    REQUIRE(decoded);
    CHECK(decoded->publicPart == (QCborArray {1, QStringLiteral("kind")}));
    CHECK(decoded->secrets[0] == first);
    CHECK(decoded->secrets[1] == second);
    CHECK_FALSE(detail::decodeWithSecrets(encoded, 2, 31, QStringLiteral("key file")));
    CHECK_FALSE(
        detail::decodeWithSecrets(SecretBytes::copyOf(QByteArray::fromHex("8101")), 1, 32, QStringLiteral("x")));
}
