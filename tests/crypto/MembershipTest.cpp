// Epoch key wraps and signed membership: who holds which epoch key, and who may change that.

#include "core/crypto/CborCodec.h"
#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/MembershipState.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SealedObject.h"
#include "core/crypto/Signing.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::crypto;

namespace {

constexpr quint64 kNow = 1700000000;

struct Person {
    SigningKeyPair identity = SigningKeyPair::generate();
    DeviceKeys laptop = DeviceKeys::generate();
    DeviceKeys phone = DeviceKeys::generate();

    [[nodiscard]] QList<MemberDevice> devices() const
    {
        return {{laptop.deviceId(), laptop.encryption.publicKey()}, {phone.deviceId(), phone.encryption.publicKey()}};
    }
    [[nodiscard]] MembershipChange join(MemberRole role = MemberRole::Member) const
    {
        return MembershipChange {MembershipAction::Add, identity.publicKey(), role, devices()};
    }
    [[nodiscard]] MembershipChange leave() const
    {
        return MembershipChange {MembershipAction::Remove, identity.publicKey(), MemberRole::Member, {}};
    }
};

const QByteArray kCase(16, 'k');

MembershipState startCase(const Person& owner)
{
    auto genesis =
        MembershipState::createCase(kCase, owner.identity.publicKey(), owner.devices(), owner.laptop.signing, kNow);
    REQUIRE(genesis);
    auto state = MembershipState::fromGenesis(*genesis);
    REQUIRE(state);
    return std::move(*state);
}

void applyChange(MembershipState& state, const MembershipChange& change, const DeviceKeys& author)
{
    auto event = state.makeEvent(change, author.signing, kNow);
    REQUIRE(event);
    auto applied = state.apply(*event);
    INFO((applied ? QString() : applied.error().message).toStdString());
    REQUIRE(applied);
}

// The wrap addressed to `device` among `wraps`, opened; or the error of the last attempt.
Result<UnwrappedEpochKey> openMyWrap(
    const QList<QByteArray>& wraps, const DeviceKeys& device, const SigningPublicKey& sender)
{
    Result<UnwrappedEpochKey> last =
        tl::unexpected(Error {QStringLiteral("test"), ErrorCode::NotFound, QStringLiteral("no wrap at all")});
    for (const QByteArray& wrap : wraps) {
        last = unwrapEpochKey(wrap, device, sender);
        if (last)
            return last;
    }
    return last;
}

} // namespace

TEST_CASE("an epoch key wrap opens only on its recipient device", "[crypto]")
{
    const DeviceKeys sender = DeviceKeys::generate();
    const DeviceKeys recipient = DeviceKeys::generate();
    const DeviceKeys bystander = DeviceKeys::generate();
    const SecretBytes epochKey = generateEpochKey();
    const QByteArray wrap =
        *wrapEpochKey(epochKey, kCase, 3, recipient.deviceId(), recipient.encryption.publicKey(), sender.signing);
    CHECK(*peekEpochKeyWrapSender(wrap) == sender.deviceId());

    auto opened = unwrapEpochKey(wrap, recipient, sender.deviceId());
    REQUIRE(opened);
    CHECK(opened->key == epochKey);
    CHECK(opened->caseId == kCase);
    CHECK(opened->epoch == 3);

    CHECK(unwrapEpochKey(wrap, bystander, sender.deviceId()).error().message
        == QStringLiteral("epoch key wrap: addressed to another device"));
    CHECK(unwrapEpochKey(wrap, recipient, bystander.deviceId()).error().message
        == QStringLiteral("epoch key wrap: sent by another device than expected"));
    // The recipient's device id with someone else's encryption key: the box does not open.
    const DeviceKeys rotated {*SigningKeyPair::fromSeed(recipient.signing.seed()), EncryptionKeyPair::generate()};
    CHECK(unwrapEpochKey(wrap, rotated, sender.deviceId())
              .error()
              .message.contains(QStringLiteral("another encryption key")));
}

TEST_CASE("flipping any byte of an epoch key wrap is rejected with a reason", "[crypto]")
{
    const DeviceKeys sender = DeviceKeys::generate();
    const DeviceKeys recipient = DeviceKeys::generate();
    const QByteArray wrap = *wrapEpochKey(
        generateEpochKey(), kCase, 1, recipient.deviceId(), recipient.encryption.publicKey(), sender.signing);
    test::forEachByteFlip(wrap, [&](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        const auto opened = unwrapEpochKey(altered, recipient, sender.deviceId());
        REQUIRE_FALSE(opened);
        CHECK_FALSE(opened.error().message.isEmpty());
    });
}

TEST_CASE("a wrap re-addressed by a signing member fails the inner binding", "[crypto]")
{
    // A malicious member re-signs someone's wrap with other outer fields (another epoch): the
    // sealed plaintext still names the original epoch.
    const DeviceKeys sender = DeviceKeys::generate();
    const DeviceKeys recipient = DeviceKeys::generate();
    const QByteArray wrap = *wrapEpochKey(
        generateEpochKey(), kCase, 1, recipient.deviceId(), recipient.encryption.publicKey(), sender.signing);
    QCborArray body = *detail::decodeArray(wrap, QStringLiteral("wrap"), 1024);
    body.removeLast();
    body[2] = 2;
    const QByteArray resigned = detail::signStructure(sender.signing, protocol::kDomainEpochKeyWrap, body);
    CHECK(unwrapEpochKey(resigned, recipient, sender.deviceId()).error().message
        == QStringLiteral(
            "epoch key wrap: binding mismatch: the sealed case, epoch or recipient differ from the wrap's"));
}

TEST_CASE("membership changes chain, start new epochs and obey roles", "[crypto]")
{
    const Person alice;
    const Person bob;
    const Person carol;
    MembershipState state = startCase(alice);
    CHECK(state.epoch() == 1);
    CHECK(state.members().size() == 1);
    CHECK(state.member(alice.identity.publicKey())->role == MemberRole::Owner);

    applyChange(state, bob.join(MemberRole::Admin), alice.laptop);
    CHECK(state.epoch() == 2);
    CHECK(state.memberDevices().size() == 4);

    // A member's device that is not authorised for this change: rejected, state unchanged.
    applyChange(state, carol.join(), bob.phone); // admins may add members
    auto promote =
        state.makeEvent(MembershipChange {MembershipAction::SetRole, carol.identity.publicKey(), MemberRole::Owner, {}},
            carol.laptop.signing, kNow);
    CHECK(
        state.apply(*promote).error().message == QStringLiteral("membership event rejected: only owners change roles"));
    auto removeAlice = state.makeEvent(alice.leave(), bob.laptop.signing, kNow);
    CHECK(state.apply(*removeAlice).error().message.contains(QStringLiteral("the last owner cannot be removed")));
    const Person mallory;
    auto byStranger = state.makeEvent(mallory.join(MemberRole::Owner), mallory.laptop.signing, kNow);
    CHECK(state.apply(*byStranger).error().message
        == QStringLiteral("membership event rejected: not signed by a device of a current member"));
    CHECK(state.epoch() == 3);
    CHECK(state.sequence() == 3);

    applyChange(state, carol.leave(), carol.phone); // anyone may leave
    CHECK(state.member(carol.identity.publicKey()) == nullptr);
    CHECK(state.epoch() == 4);
}

TEST_CASE("membership events are rejected when replayed, forked or out of order", "[crypto]")
{
    const Person alice;
    const Person bob;
    MembershipState state = startCase(alice);
    const QByteArray addBob = *state.makeEvent(bob.join(), alice.laptop.signing, kNow);
    const QByteArray forkedAdd = *state.makeEvent(bob.join(MemberRole::Admin), alice.laptop.signing, kNow);
    REQUIRE(state.apply(addBob));
    CHECK(state.apply(addBob).error().message.startsWith(
        QStringLiteral("membership event rejected: replay or rollback")));
    CHECK(state.apply(forkedAdd).error().message.startsWith(
        QStringLiteral("membership event rejected: replay or rollback")));

    MembershipState other = startCase(alice);
    const QByteArray removeBobLater = *state.makeEvent(bob.leave(), alice.laptop.signing, kNow);
    CHECK(other.apply(removeBobLater).error().message.startsWith(QStringLiteral("membership event rejected: gap")));

    // The same sequence as the next event, but linked to another history: a fork.
    MembershipState forked = startCase(alice);
    REQUIRE(forked.apply(forkedAdd));
    CHECK(forked.apply(removeBobLater).error().message
        == QStringLiteral("membership event rejected: fork: it does not link to the current event"));

    auto replayed = MembershipState::fromEvents(
        {*MembershipState::createCase(kCase, alice.identity.publicKey(), alice.devices(), alice.laptop.signing, kNow)});
    REQUIRE(replayed);
    CHECK_FALSE(MembershipState::fromGenesis(addBob));
}

TEST_CASE("a removed member cannot open objects of the next epoch", "[crypto]")
{
    const Person alice;
    const Person bob;
    MembershipState state = startCase(alice);
    applyChange(state, bob.join(), alice.laptop);
    const auto epoch2 = rotateEpochKey(state, alice.laptop.signing);
    REQUIRE(epoch2);
    CHECK(epoch2->wraps.size() == 4);
    auto bobsEpoch2 = openMyWrap(epoch2->wraps, bob.phone, alice.laptop.deviceId());
    REQUIRE(bobsEpoch2);
    CHECK(bobsEpoch2->key == epoch2->key);

    applyChange(state, bob.leave(), alice.laptop);
    const auto epoch3 = rotateEpochKey(state, alice.phone.signing);
    REQUIRE(epoch3);
    CHECK(epoch3->epoch == 3);
    CHECK(epoch3->wraps.size() == 2); // Alice's two devices only
    CHECK(openMyWrap(epoch3->wraps, alice.laptop, alice.phone.deviceId()));
    for (const DeviceKeys* device : {&bob.laptop, &bob.phone}) {
        CHECK(openMyWrap(epoch3->wraps, *device, alice.phone.deviceId()).error().message
            == QStringLiteral("epoch key wrap: addressed to another device"));
    }

    const ObjectHeader header {ObjectType::Comment, kCase, 3, generateId(), alice.laptop.deviceId(), 1, {}};
    const QByteArray afterRemoval = *sealObject(header, "written after Bob left", epoch3->key, alice.laptop.signing);
    CHECK(openObject(afterRemoval, epoch3->key, alice.laptop.deviceId()));
    // All Bob holds is the epoch 2 key.
    CHECK(openObject(afterRemoval, bobsEpoch2->key, alice.laptop.deviceId()).error().message
        == QStringLiteral("object: cannot decrypt: not encrypted under this epoch key"));
    CHECK_FALSE(rotateEpochKey(state, bob.laptop.signing));
}

TEST_CASE("a member changes their own devices (a linked device), others may not unless owners", "[crypto]")
{
    const Person alice;
    const Person bob;
    const Person carol;
    MembershipState state = startCase(alice);
    applyChange(state, bob.join(), alice.laptop);
    applyChange(state, carol.join(), alice.laptop);
    const quint64 epoch = state.epoch();

    // Bob links a tablet: his laptop announces laptop + phone + tablet; a new epoch starts.
    const DeviceKeys tablet = DeviceKeys::generate();
    QList<MemberDevice> bobsDevices = bob.devices();
    bobsDevices.append({tablet.deviceId(), tablet.encryption.publicKey()});
    std::sort(bobsDevices.begin(), bobsDevices.end(),
              [](const MemberDevice& a, const MemberDevice& b) { return a.device < b.device; });
    const MembershipChange linked{MembershipAction::SetDevices, bob.identity.publicKey(), MemberRole::Member,
                                  bobsDevices};
    // Carol (a plain member) may not change Bob's devices.
    auto byCarol = state.makeEvent(linked, carol.laptop.signing, kNow);
    REQUIRE(byCarol);
    const auto refused = state.apply(*byCarol);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("only the member or an owner")));
    CHECK(state.epoch() == epoch);

    applyChange(state, linked, bob.laptop);
    CHECK(state.epoch() == epoch + 1);
    REQUIRE(state.memberOfDevice(tablet.deviceId()) != nullptr);
    CHECK(state.memberOfDevice(tablet.deviceId())->identity == bob.identity.publicKey());
    CHECK(state.memberOfDevice(tablet.deviceId())->role == MemberRole::Member); // the role is kept
    CHECK(state.memberDevices().size() == 7);

    // The same devices again change nothing and are refused; an empty list is malformed.
    auto again = state.makeEvent(linked, bob.laptop.signing, kNow);
    REQUIRE(again);
    CHECK_FALSE(state.apply(*again));
    CHECK_FALSE(state.makeEvent({MembershipAction::SetDevices, bob.identity.publicKey(), MemberRole::Member, {}},
                                bob.laptop.signing, kNow));

    // The next key goes to every device of the new membership, the tablet included.
    auto rotation = rotateEpochKey(state, tablet.signing);
    REQUIRE(rotation);
    CHECK(rotation->wraps.size() == 7);
}
