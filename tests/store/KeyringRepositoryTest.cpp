#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::test;

TEST_CASE("the profile's own keys survive closing and reopening the store, and are never replaced", "[store]")
{
    QTemporaryDir dir;
    const crypto::SigningKeyPair identity = crypto::SigningKeyPair::generate();
    const crypto::DeviceKeys device = crypto::DeviceKeys::generate();
    {
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        auto none = (*store)->keyring().identity();
        REQUIRE(none.has_value());
        CHECK_FALSE(none->has_value());
        REQUIRE((*store)->keyring().saveIdentity(identity).has_value());
        REQUIRE((*store)->keyring().saveDevice(device).has_value());

        const auto again = (*store)->keyring().saveIdentity(crypto::SigningKeyPair::generate());
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == ErrorCode::AlreadyExists);
        CHECK_FALSE((*store)->keyring().saveDevice(crypto::DeviceKeys::generate()).has_value());
    }
    auto store = store::Store::open(dir.path(), testKey());
    REQUIRE(store.has_value());
    auto readIdentity = (*store)->keyring().identity();
    REQUIRE(readIdentity.has_value());
    REQUIRE(readIdentity->has_value());
    CHECK((*readIdentity)->publicKey() == identity.publicKey());
    // The secret half round-trips: a signature by the read key verifies under the original one.
    const QByteArray message("device list v1");
    CHECK(crypto::verifySignature(identity.publicKey(), message, (*readIdentity)->sign(message)).has_value());

    auto readDevice = (*store)->keyring().device();
    REQUIRE(readDevice.has_value());
    REQUIRE(readDevice->has_value());
    CHECK((*readDevice)->signing.publicKey() == device.signing.publicKey());
    CHECK((*readDevice)->encryption.publicKey() == device.encryption.publicKey());
    CHECK((*readDevice)->encryption.secretKey() == device.encryption.secretKey());

    // The seeds are in the database file only in encrypted form.
    const QByteArray onDisk = allBytesUnder(dir.path());
    const crypto::SecretBytes seed = identity.seed();
    CHECK_FALSE(onDisk.contains(QByteArray(reinterpret_cast<const char*>(seed.data()), seed.size())));
}
