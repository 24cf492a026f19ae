// Sealed objects (XChaCha20-Poly1305 + Ed25519) and the replay/rollback guard.

#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/ReplayGuard.h"
#include "core/crypto/SealedObject.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::crypto;

namespace {

ObjectHeader commentHeader(const DeviceKeys& author, quint64 sequence, quint64 epoch = 1)
{
    return ObjectHeader {
        ObjectType::Comment, QByteArray(16, 'c'), epoch, generateId(), author.deviceId(), sequence, {}};
}

} // namespace

TEST_CASE("a sealed object opens with the epoch key and the author's device key", "[crypto]")
{
    const DeviceKeys author = DeviceKeys::generate();
    const SecretBytes epochKey = generateEpochKey();
    ObjectHeader header = commentHeader(author, 1);
    header.parents = {QByteArray(32, 'p'), QByteArray(32, 'q')};
    const QByteArray plaintext("Fracture of the scaphoid waist?");
    const auto sealed = sealObject(header, plaintext, epochKey, author.signing);
    REQUIRE(sealed);
    CHECK_FALSE(sealed->contains(plaintext));

    const auto opened = openObject(*sealed, epochKey, author.deviceId());
    REQUIRE(opened);
    CHECK(opened->plaintext == plaintext);
    CHECK(opened->header == header);
    CHECK(opened->hash == objectHash(*sealed));
    CHECK(*peekObjectHeader(*sealed) == header);
}

TEST_CASE("object sizes are padded to whole blocks", "[crypto]")
{
    const DeviceKeys author = DeviceKeys::generate();
    const SecretBytes epochKey = generateEpochKey();
    const auto sizeOf = [&](qsizetype plaintextSize) {
        return sealObject(commentHeader(author, 1), QByteArray(plaintextSize, 'x'), epochKey, author.signing)->size();
    };
    CHECK(sizeOf(0) == sizeOf(1));
    CHECK(sizeOf(1) == sizeOf(protocol::kPaddingBlock - 1));
    CHECK(sizeOf(protocol::kPaddingBlock) > sizeOf(protocol::kPaddingBlock - 1));
    for (const qsizetype size : {0, 1, 255, 256, 257, 5000}) {
        const QByteArray plaintext(size, 'y');
        const auto sealed = sealObject(commentHeader(author, 1), plaintext, epochKey, author.signing);
        CHECK(openObject(*sealed, epochKey, author.deviceId())->plaintext == plaintext);
    }
    CHECK_FALSE(sealObject(
        commentHeader(author, 1), QByteArray(protocol::kMaxObjectPlaintext + 1, 'z'), epochKey, author.signing));
}

TEST_CASE("flipping any byte of a sealed object is rejected with a reason", "[crypto]")
{
    const DeviceKeys author = DeviceKeys::generate();
    const SecretBytes epochKey = generateEpochKey();
    ObjectHeader header = commentHeader(author, 9, 2);
    header.parents = {QByteArray(32, 'p')};
    const QByteArray plaintext("a comment that must never come out altered");
    const QByteArray sealed = *sealObject(header, plaintext, epochKey, author.signing);
    test::forEachByteFlip(sealed, [&](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        const auto opened = openObject(altered, epochKey, author.deviceId());
        REQUIRE_FALSE(opened);
        CHECK(opened.error().domain == QStringLiteral("crypto"));
        CHECK(opened.error().message.size() > 10);
    });
}

TEST_CASE("the signature is checked before decryption and names the failure", "[crypto]")
{
    const DeviceKeys author = DeviceKeys::generate();
    const DeviceKeys other = DeviceKeys::generate();
    const SecretBytes epochKey = generateEpochKey();
    const QByteArray sealed = *sealObject(commentHeader(author, 1), "text", epochKey, author.signing);

    CHECK(openObject(sealed, epochKey, other.deviceId()).error().message
        == QStringLiteral("object: written by another device than expected"));
    CHECK(openObject(sealed, generateEpochKey(), author.deviceId()).error().message
        == QStringLiteral("object: cannot decrypt: not encrypted under this epoch key"));

    // Another device writes an object and swaps in the author's device id: the signature fails.
    const QByteArray byOther = *sealObject(commentHeader(other, 1), "text", epochKey, other.signing);
    QByteArray forged = byOther;
    forged.replace(other.deviceId().bytes(), author.deviceId().bytes());
    REQUIRE(forged != byOther);
    CHECK(openObject(forged, epochKey, author.deviceId()).error().message
        == QStringLiteral("object: signature does not verify (forged or damaged)"));
    CHECK_FALSE(sealObject(commentHeader(author, 1), "text", epochKey, other.signing));
}

TEST_CASE("the replay guard rejects replays, reordering and epoch rollback", "[crypto]")
{
    const DeviceKeys alice = DeviceKeys::generate();
    const DeviceKeys bob = DeviceKeys::generate();
    ReplayGuard guard;
    const ObjectHeader first = commentHeader(alice, 1, 1);
    const ObjectHeader third = commentHeader(alice, 3, 2);
    REQUIRE(guard.accept(first));
    REQUIRE(guard.accept(third)); // gaps are allowed
    CHECK(guard.accept(first).error().message.startsWith(QStringLiteral("replay: object")));

    ObjectHeader older = commentHeader(alice, 2, 2);
    CHECK(guard.accept(older).error().message
        == QStringLiteral("replay or reordering: sequence 2 is not after 3 from this device"));
    ObjectHeader rolledBack = commentHeader(alice, 4, 1);
    CHECK(guard.accept(rolledBack).error().message
        == QStringLiteral("rollback: epoch 1 is older than epoch 2 this device already wrote in"));

    // Sequences are per (case, device): Bob and another case start afresh.
    CHECK(guard.accept(commentHeader(bob, 1, 1)));
    ObjectHeader otherCase = commentHeader(alice, 1, 1);
    otherCase.caseId = QByteArray(16, 'd');
    CHECK(guard.accept(otherCase));
    // The same object id again, even with a higher sequence, is a replay.
    ObjectHeader sameId = third;
    sameId.sequence = 10;
    CHECK_FALSE(guard.accept(sameId));
}

TEST_CASE("the replay guard state survives serialisation", "[crypto]")
{
    const DeviceKeys alice = DeviceKeys::generate();
    ReplayGuard guard;
    const ObjectHeader first = commentHeader(alice, 5, 2);
    REQUIRE(guard.accept(first));
    REQUIRE(guard.accept(commentHeader(alice, 6, 2)));

    const QByteArray state = guard.toCbor();
    auto restored = ReplayGuard::fromCbor(state);
    REQUIRE(restored);
    CHECK(restored->toCbor() == state);
    CHECK_FALSE(restored->check(first));
    CHECK_FALSE(restored->check(commentHeader(alice, 6, 2)));
    CHECK(restored->check(commentHeader(alice, 7, 2)));
    CHECK_FALSE(ReplayGuard::fromCbor(QByteArray::fromHex("83028080")));
    CHECK_FALSE(ReplayGuard::fromCbor(QByteArray::fromHex("830181810180")));
}
