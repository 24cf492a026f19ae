// verifier → identity → device: certificates, the hash-chained device list, credentials and the
// revocation list, and every way the chain can fail.

#include "core/crypto/Credential.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/TrustChain.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::crypto;

namespace {

constexpr quint64 kNow = 1700000000;

struct Clinician {
    SigningKeyPair identity = SigningKeyPair::generate();
    DeviceKeys device = DeviceKeys::generate();
};

QByteArray issueCredential(const SigningKeyPair& verifier, const SigningPublicKey& identity, QDate expires)
{
    const CredentialDetails details {QStringLiteral("Jane Roe"), QStringLiteral("physician"),
        QStringLiteral("radiology"), QStringLiteral("FR"),
        *licenceNumberHash(SecretBytes::random(32), QStringLiteral("FR"), QStringLiteral("123")), QDate(2025, 1, 1),
        expires, identity};
    return *Credential::issue(verifier, details);
}

struct Chain {
    SigningKeyPair verifier = SigningKeyPair::generate();
    Clinician clinician;
    Credential credential =
        *Credential::parse(issueCredential(verifier, clinician.identity.publicKey(), QDate(2027, 12, 31)));
    RevocationList revocations = *RevocationList::parse(RevocationList::create(verifier, 1, {}, kNow));
    DeviceList devices =
        *DeviceList::parse(DeviceList::createFirst(clinician.identity, {clinician.device.deviceId()}, kNow));
    DeviceCertificate certificate =
        *DeviceCertificate::parse(DeviceCertificate::issue(clinician.identity, clinician.device.deviceId(), kNow));
};

QString chainError(const Chain& c, QDate today = QDate(2026, 6, 1))
{
    auto result =
        verifyDeviceChain(c.verifier.publicKey(), c.revocations, c.credential, c.devices, c.certificate, today);
    return result ? QString() : result.error().message;
}

} // namespace

TEST_CASE("a valid chain verifier → identity → device is accepted", "[crypto]")
{
    const Chain chain;
    auto trusted = verifyDeviceChain(chain.verifier.publicKey(), chain.revocations, chain.credential, chain.devices,
        chain.certificate, QDate(2026, 6, 1));
    REQUIRE(trusted);
    CHECK(trusted->identityKey == chain.clinician.identity.publicKey());
    CHECK(trusted->deviceKey == chain.clinician.device.deviceId());
    CHECK(trusted->credential.details().name == QStringLiteral("Jane Roe"));
}

TEST_CASE("credential chain errors are distinct: wrong verifier, revoked, expired, wrong identity", "[crypto]")
{
    SECTION("credential issued by another verifier")
    {
        Chain chain;
        const SigningKeyPair impostor = SigningKeyPair::generate();
        chain.credential =
            *Credential::parse(issueCredential(impostor, chain.clinician.identity.publicKey(), QDate(2027, 12, 31)));
        CHECK(chainError(chain).startsWith(QStringLiteral("credential was issued by a different verifier")));
    }
    SECTION("revocation list of another verifier")
    {
        Chain chain;
        chain.revocations = *RevocationList::parse(RevocationList::create(SigningKeyPair::generate(), 5, {}, kNow));
        CHECK(chainError(chain) == QStringLiteral("the revocation list was not signed by the pinned verifier"));
    }
    SECTION("revoked")
    {
        Chain chain;
        chain.revocations =
            *RevocationList::parse(RevocationList::create(chain.verifier, 2, {chain.credential.id()}, kNow));
        CHECK(chainError(chain).endsWith(QStringLiteral("has been revoked (revocation list 2)")));
    }
    SECTION("expired, and valid on its last day")
    {
        const Chain chain;
        CHECK(chainError(chain, QDate(2027, 12, 31)).isEmpty());
        CHECK(chainError(chain, QDate(2028, 1, 1)) == QStringLiteral("credential expired on 2027-12-31"));
        CHECK(chainError(chain, QDate(2024, 12, 31)) == QStringLiteral("credential is not valid before 2025-01-01"));
    }
    SECTION("device certificate signed by another identity")
    {
        Chain chain;
        const SigningKeyPair other = SigningKeyPair::generate();
        chain.certificate =
            *DeviceCertificate::parse(DeviceCertificate::issue(other, chain.clinician.device.deviceId(), kNow));
        CHECK(chainError(chain)
            == QStringLiteral("device certificate is signed by a different identity than the credential's"));
    }
    SECTION("device list of another identity")
    {
        Chain chain;
        const SigningKeyPair other = SigningKeyPair::generate();
        chain.devices = *DeviceList::parse(DeviceList::createFirst(other, {chain.clinician.device.deviceId()}, kNow));
        CHECK(chainError(chain) == QStringLiteral("device list belongs to a different identity than the credential's"));
    }
    SECTION("device removed from the list")
    {
        Chain chain;
        chain.devices = *DeviceList::parse(chain.devices.createNext(chain.clinician.identity, {}, kNow));
        CHECK(chainError(chain).endsWith(QStringLiteral("is not in the identity's current device list")));
    }
}

TEST_CASE("a forged or altered credential does not parse", "[crypto]")
{
    const SigningKeyPair verifier = SigningKeyPair::generate();
    const QByteArray bytes = issueCredential(verifier, SigningKeyPair::generate().publicKey(), QDate(2027, 1, 1));
    REQUIRE(Credential::parse(bytes));
    test::forEachByteFlip(bytes, [](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        const auto parsed = Credential::parse(altered);
        REQUIRE_FALSE(parsed);
        CHECK_FALSE(parsed.error().message.isEmpty());
    });
}

TEST_CASE("the licence hash is keyed, normalised and never the number", "[crypto]")
{
    const SecretBytes key = SecretBytes::random(32);
    const QByteArray hash = *licenceNumberHash(key, QStringLiteral("FR"), QStringLiteral("10-123 456"));
    CHECK(hash.size() == 32);
    CHECK(*licenceNumberHash(key, QStringLiteral("FR"), QStringLiteral(" 10123456 ")) == hash);
    CHECK(*licenceNumberHash(key, QStringLiteral("BE"), QStringLiteral("10123456")) != hash);
    CHECK(*licenceNumberHash(SecretBytes::random(32), QStringLiteral("FR"), QStringLiteral("10123456")) != hash);
    CHECK_FALSE(hash.contains("10123456"));
    CHECK_FALSE(licenceNumberHash(key, QStringLiteral("FR"), QStringLiteral(" - ")));
}

TEST_CASE("revocation lists only move forward", "[crypto]")
{
    const SigningKeyPair verifier = SigningKeyPair::generate();
    const auto list2 =
        *RevocationList::parse(RevocationList::create(verifier, 2, {QByteArray(16, 'b'), QByteArray(16, 'a')}, kNow));
    const auto list3 = *RevocationList::parse(RevocationList::create(verifier, 3, {}, kNow));
    CHECK(list2.isRevoked(QByteArray(16, 'a')));
    CHECK_FALSE(list2.isRevoked(QByteArray(16, 'c')));
    CHECK(RevocationList::checkSuccessor(list2, list3));
    CHECK(RevocationList::checkSuccessor(list3, list2).error().message.startsWith(QStringLiteral("rollback")));
    CHECK(RevocationList::checkSuccessor(list2, list2).error().message.startsWith(QStringLiteral("rollback")));
    const auto foreign = *RevocationList::parse(RevocationList::create(SigningKeyPair::generate(), 9, {}, kNow));
    CHECK_FALSE(RevocationList::checkSuccessor(list2, foreign));
}

TEST_CASE("encryption key certificates are signed by the device", "[crypto]")
{
    const DeviceKeys device = DeviceKeys::generate();
    const QByteArray bytes = EncryptionKeyCertificate::issue(device.signing, device.encryption.publicKey(), 4, kNow);
    auto certificate = EncryptionKeyCertificate::parse(bytes);
    REQUIRE(certificate);
    CHECK(certificate->deviceKey() == device.deviceId());
    CHECK(certificate->encryptionKey() == device.encryption.publicKey());
    CHECK(certificate->serial() == 4);
    test::forEachByteFlip(
        bytes, [](const QByteArray& altered, qsizetype) { CHECK_FALSE(EncryptionKeyCertificate::parse(altered)); });
}

TEST_CASE("the device list chain accepts +1 links and rejects forks, rollbacks and gaps", "[crypto]")
{
    const SigningKeyPair identity = SigningKeyPair::generate();
    const DeviceKeys laptop = DeviceKeys::generate();
    const DeviceKeys phone = DeviceKeys::generate();
    const QByteArray first = DeviceList::createFirst(identity, {laptop.deviceId()}, kNow);
    const QByteArray second =
        DeviceList::parse(first)->createNext(identity, {laptop.deviceId(), phone.deviceId()}, kNow);
    const QByteArray third = DeviceList::parse(second)->createNext(identity, {phone.deviceId()}, kNow);
    // A different second entry: what a relay would show someone else.
    const QByteArray forkedSecond = DeviceList::parse(first)->createNext(identity, {laptop.deviceId()}, kNow + 1);

    auto chain = DeviceListChain::fromHistory({first, second, third});
    REQUIRE(chain);
    CHECK(chain->current().sequence() == 3);
    CHECK_FALSE(chain->current().contains(laptop.deviceId()));
    CHECK(chain->append(third)); // the same entry again is a no-op

    CHECK(chain->append(second).error().message
        == QStringLiteral("device list: rollback: entry 2 is older than the current entry 3"));

    auto atTwo = DeviceListChain::fromHistory({first, second});
    REQUIRE(atTwo);
    CHECK(atTwo->append(forkedSecond).error().message
        == QStringLiteral("device list: fork: a different entry with the same sequence 2"));
    const QByteArray forkedThird = DeviceList::parse(forkedSecond)->createNext(identity, {phone.deviceId()}, kNow);
    CHECK(atTwo->append(forkedThird).error().message
        == QStringLiteral("device list: fork: entry 3 does not link to the current entry 2"));

    auto atOne = DeviceListChain::fromHistory({first});
    REQUIRE(atOne);
    CHECK(atOne->append(third).error().message.startsWith(QStringLiteral("device list: gap: entry 3")));
    const QByteArray foreign = DeviceList::createFirst(SigningKeyPair::generate(), {laptop.deviceId()}, kNow);
    CHECK(
        atOne->append(foreign).error().message == QStringLiteral("device list: entry belongs to a different identity"));

    CHECK_FALSE(DeviceListChain::fromHistory({second, third}));
    CHECK_FALSE(DeviceListChain::fromHistory({first, third}));
    auto resumed = DeviceListChain::resume(chain->current().encoded());
    REQUIRE(resumed);
    CHECK_FALSE(resumed->append(first));
}
