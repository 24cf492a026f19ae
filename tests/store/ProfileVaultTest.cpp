#include "core/store/ProfileVault.h"
#include "core/crypto/KeyBackup.h"
#include "core/store/ProfileSetup.h"
#include "core/store/SyncStateRepository.h"
#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QThread>

using namespace consilium;
using namespace consilium::test;
using crypto::SecretBytes;

namespace {

// Cheap parameters: these tests are about the vault's logic, not Argon2id's cost.
constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};

SecretBytes pass(const char* text)
{
    return SecretBytes::fromUtf8(QString::fromUtf8(text));
}

} // namespace

TEST_CASE("a profile is created, locked and unlocked with its passphrase", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path());
    CHECK_FALSE(vault.exists());
    {
        auto store = vault.create(pass("correct horse battery staple"), kFast);
        REQUIRE(store.has_value());
        REQUIRE((*store)->cases().save(makeCase(1)).has_value());
    }
    CHECK(vault.exists());
    const auto permissions = QFile(vault.keyFilePath()).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                               | QFileDevice::WriteOther));
    // The database key is random: neither the key file nor the database holds the passphrase.
    CHECK_FALSE(allBytesUnder(dir.path()).contains("correct horse"));

    auto reopened = vault.unlock(pass("correct horse battery staple"));
    REQUIRE(reopened.has_value());
    CHECK(*(*reopened)->cases().count() == 1);
}

TEST_CASE("a wrong passphrase is a clear error that loses nothing, and repeated ones back off", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path(), std::chrono::milliseconds(300));
    REQUIRE(vault.create(pass("right"), kFast).has_value());
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto wrong = vault.unlock(pass("wrong"));
        REQUIRE_FALSE(wrong.has_value());
        CHECK(wrong.error().code == ErrorCode::PermissionDenied);
        CHECK(wrong.error().message.contains(QStringLiteral("passphrase")));
    }
    // After three failures even the right passphrase must wait.
    CHECK(vault.retryAfter().count() > 0);
    auto early = vault.unlock(pass("right"));
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().message.contains(QStringLiteral("try again in")));
    // The back-off survives a new vault object (an application restart).
    CHECK(store::ProfileVault(dir.path(), std::chrono::milliseconds(300)).retryAfter().count() > 0);

    QThread::msleep(static_cast<unsigned long>(vault.retryAfter().count()) + 20);
    auto late = vault.unlock(pass("right"));
    REQUIRE(late.has_value());
    CHECK(vault.retryAfter().count() == 0); // success resets the count
}

TEST_CASE("changing the passphrase re-wraps the key and keeps the data", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path());
    {
        auto store = vault.create(pass("old secret"), kFast);
        REQUIRE(store.has_value());
        REQUIRE((*store)->cases().save(makeCase(4)).has_value());
    }
    QFile database(store::Store::databasePath(dir.path()));
    REQUIRE(database.open(QIODevice::ReadOnly));
    const QByteArray before = database.readAll();
    database.close();

    REQUIRE_FALSE(vault.changePassphrase(pass("not it"), pass("new secret"), kFast).has_value());
    REQUIRE(vault.changePassphrase(pass("old secret"), pass("new secret"), kFast).has_value());
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll() == before); // re-wrap only: the database is not rewritten
    CHECK_FALSE(vault.unlock(pass("old secret")).has_value());
    auto store = vault.unlock(pass("new secret"));
    REQUIRE(store.has_value());
    CHECK((*(*store)->cases().find(makeCase(4).id))->title == QStringLiteral("Case 4"));
}

TEST_CASE("creating over an existing profile or with an empty passphrase is refused", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path());
    CHECK(vault.create(SecretBytes(), kFast).error().code == ErrorCode::InvalidArgument);
    REQUIRE(vault.create(pass("p"), kFast).has_value());
    auto again = vault.create(pass("p"), kFast);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
}

TEST_CASE("a damaged key file is reported, not mistaken for a wrong passphrase loop", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path());
    REQUIRE(vault.create(pass("p"), kFast).has_value());
    QFile key(vault.keyFilePath());
    REQUIRE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("garbage");
    key.close();
    auto store = vault.unlock(pass("p"));
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code != ErrorCode::Internal);
    CHECK_FALSE(store.error().message.isEmpty());

    store::ProfileVault missing(dir.filePath(QStringLiteral("nobody")));
    auto none = missing.unlock(pass("p"));
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().code == ErrorCode::NotFound);
}

TEST_CASE("the recovery key sets a new passphrase and keeps the data; a wrong one is refused", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path(), std::chrono::milliseconds(50));
    const crypto::RecoveryKey recovery = crypto::RecoveryKey::generate();
    {
        auto store = vault.create(pass("forgotten long passphrase"), kFast, &recovery);
        REQUIRE(store.has_value());
        CHECK_FALSE(vault.hasRecovery()); // no keys yet to back up
        REQUIRE(store::initialiseProfile(**store, {QStringLiteral("Dr. A"), QStringLiteral("Physician"), {}}));
        REQUIRE(vault.writeKeyBackup(**store, recovery));
        REQUIRE((*store)->cases().save(makeCase(7)).has_value());
    }
    CHECK(vault.hasRecovery());

    const crypto::RecoveryKey other = crypto::RecoveryKey::generate();
    auto refused = vault.recover(other, pass("new passphrase here"), kFast);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("wrong recovery key")));

    // Typed back as shown (lower case, spaces instead of dashes) it opens the same store.
    auto typed =
        crypto::RecoveryKey::parse(recovery.toDisplayString().toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    REQUIRE(typed.has_value());
    {
        auto store = vault.recover(*typed, pass("new passphrase here"), kFast);
        REQUIRE(store.has_value());
        auto kept = (*store)->cases().find(makeCase(7).id);
        REQUIRE(kept.has_value());
        CHECK(kept->has_value());
    }
    CHECK_FALSE(vault.unlock(pass("forgotten long passphrase")).has_value());
    auto reopened = vault.unlock(pass("new passphrase here"));
    REQUIRE(reopened.has_value());
}

TEST_CASE("a profile without recovery files says so instead of failing obscurely", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path());
    REQUIRE(vault.create(pass("some passphrase"), kFast).has_value());
    CHECK_FALSE(vault.hasRecovery());
    auto refused = vault.recover(crypto::RecoveryKey::generate(), pass("x"), kFast);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::NotFound);
}

TEST_CASE("the key backup is queued for the relay; a newer one replaces it and survives clearing the old", "[store]")
{
    QTemporaryDir dir;
    store::ProfileVault vault(dir.path(), std::chrono::milliseconds(50));
    const crypto::RecoveryKey first = crypto::RecoveryKey::generate();
    auto store = vault.create(pass("a long enough passphrase"), kFast, &first);
    REQUIRE(store.has_value());
    REQUIRE(store::initialiseProfile(**store, {QStringLiteral("Dr. A"), QStringLiteral("Physician"), {}}));
    store::SyncStateRepository& state = (*store)->syncState();
    CHECK_FALSE(state.pendingKeyBackup()->has_value());

    REQUIRE(vault.writeKeyBackup(**store, first));
    const auto queued = state.pendingKeyBackup();
    REQUIRE(queued.has_value());
    REQUIRE(queued->has_value());
    CHECK((*queued)->locator == crypto::keybackup::relayLocator(first));
    QFile file(dir.filePath(QStringLiteral("key-backup.cbor")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK((*queued)->backup == file.readAll()); // the same backup as on disk

    // A replaced recovery key while the first upload is under way: clearing the first keeps the second.
    const crypto::RecoveryKey second = crypto::RecoveryKey::generate();
    REQUIRE(vault.writeKeyBackup(**store, second));
    REQUIRE(state.clearPendingKeyBackup(**queued));
    const auto still = state.pendingKeyBackup();
    REQUIRE(still->has_value());
    CHECK((*still)->locator == crypto::keybackup::relayLocator(second));
    REQUIRE(state.clearPendingKeyBackup(**still));
    CHECK_FALSE(state.pendingKeyBackup()->has_value());
}
