// core/sync's adoptHandover: the new device's profile as a hand-over makes it (docs/protocol.md
// § 19.5.1), all or nothing. The relay side (linkNewDevice, joinLinkedIdentity) runs against a
// real relay in tests/people/DeviceLinkTest.cpp.

#include "core/sync/DeviceLinking.h"
#include "core/crypto/Credential.h"
#include "core/crypto/DeviceHandover.h"
#include "core/crypto/TrustChain.h"
#include "core/store/ProfileVault.h"
#include "core/store/Store.h"
#include "core/sync/SyncProfile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace consilium;

namespace {

const crypto::Argon2Params kQuickArgon2{1, 8 * 1024 * 1024};

struct Fixture {
    QTemporaryDir dir;
    crypto::SigningKeyPair verifier = crypto::SigningKeyPair::generate();
    crypto::SigningKeyPair identity = crypto::SigningKeyPair::generate();

    crypto::DeviceHandover handover(const crypto::SigningPublicKey& credentialFor)
    {
        const crypto::CredentialDetails details{QStringLiteral("Dr. Jane Roe"), QStringLiteral("physician"),
                                                QStringLiteral("radiology"),    QStringLiteral("FR"),
                                                QByteArray(32, '\x22'),         crypto::todayUtc().addDays(-1),
                                                crypto::todayUtc().addYears(1), credentialFor};
        const QByteArray revocations = crypto::RevocationList::create(verifier, 1, {}, 1700000000);
        return crypto::DeviceHandover{1700086400,
                                      QStringLiteral("https://relay.example.org"),
                                      QStringLiteral("Dr. Jane Roe"),
                                      QStringLiteral("Radiologist"),
                                      QStringLiteral("radiology"),
                                      *crypto::Credential::issue(verifier, details),
                                      {verifier.publicKey(), *crypto::RevocationList::parse(revocations)},
                                      *crypto::SigningKeyPair::fromSeed(identity.seed()),
                                      crypto::DeviceKeys::generate()};
    }

    std::unique_ptr<store::Store> newStore()
    {
        auto created = store::ProfileVault(dir.filePath(QStringLiteral("profile")))
                           .create(crypto::SecretBytes::fromUtf8(QStringLiteral("pass phrase")), kQuickArgon2);
        REQUIRE(created);
        return std::move(*created);
    }
};

} // namespace

TEST_CASE("a hand-over becomes a profile with the handed identity, device, credential and relay", "[sync]")
{
    Fixture fixture;
    const crypto::DeviceHandover handover = fixture.handover(fixture.identity.publicKey());
    auto store = fixture.newStore();
    REQUIRE(sync::adoptHandover(*store, handover));
    auto profile = sync::SyncProfile::load(*store);
    REQUIRE(profile);
    CHECK(profile->identity().publicKey() == fixture.identity.publicKey());
    CHECK(profile->device().deviceId() == handover.device.deviceId());
    CHECK(profile->device().encryption.publicKey() == handover.device.encryption.publicKey());
    CHECK(profile->credential().value() == handover.credential);
    CHECK(profile->verifier()->key == fixture.verifier.publicKey());
    CHECK(profile->relayUrl().value() == handover.relayUrl);
    auto self = store->people().self();
    REQUIRE(self);
    REQUIRE(self->has_value());
    CHECK((*self)->displayName == QStringLiteral("Dr. Jane Roe"));
    // As the verifier attests it (the credential), not as the hand-over's copy of the fields says.
    CHECK((*self)->profession == QStringLiteral("physician"));
    CHECK((*self)->verified); // the credential was checked against the verifier: the badge shows
    // A second hand-over into the same store is refused: a profile gets its keys once.
    CHECK_FALSE(sync::adoptHandover(*store, handover));
}

TEST_CASE("a hand-over whose credential is another identity's leaves the store without keys", "[sync]")
{
    Fixture fixture;
    const crypto::DeviceHandover handover = fixture.handover(crypto::SigningKeyPair::generate().publicKey());
    auto store = fixture.newStore();
    auto adopted = sync::adoptHandover(*store, handover);
    REQUIRE_FALSE(adopted);
    CHECK(adopted.error().message.contains(QStringLiteral("credential is for identity")));
    CHECK_FALSE(sync::SyncProfile::load(*store)); // rolled back: no keys, no self person
    auto self = store->people().self();
    REQUIRE(self);
    CHECK_FALSE(self->has_value());
}
