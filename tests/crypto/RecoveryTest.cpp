// Safety numbers, the recovery key, key backups, passphrase-wrapped keys and key files.

#include "core/crypto/KeyBackup.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SafetyNumber.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace consilium;
using namespace consilium::crypto;

namespace {

// Small parameters where the parameter is an input: the tests check the wrapping, not the cost.
constexpr Argon2Params kTinyArgon2 {1, 64 * 1024};

} // namespace

TEST_CASE("both sides see the same 60-digit safety number, unchanged by devices", "[crypto]")
{
    const SigningKeyPair alice = SigningKeyPair::generate();
    const SigningKeyPair bob = SigningKeyPair::generate();
    const SafetyNumber atAlice = SafetyNumber::compute(alice.publicKey(), "alice", bob.publicKey(), "bob");
    const SafetyNumber atBob = SafetyNumber::compute(bob.publicKey(), "bob", alice.publicKey(), "alice");
    CHECK(atAlice == atBob);
    CHECK(atAlice.digits().size() == 60);
    CHECK(QRegularExpression(QStringLiteral("^(\\d{5} ){11}\\d{5}$")).match(atAlice.formatted()).hasMatch());
    CHECK(atAlice.matchScanned(atBob.qrPayload()));

    // Devices are not an input at all; a new identity key changes the number and the code.
    const SigningKeyPair newBob = SigningKeyPair::generate();
    const SafetyNumber changed = SafetyNumber::compute(alice.publicKey(), "alice", newBob.publicKey(), "bob");
    CHECK(changed.digits() != atAlice.digits());
    CHECK(atAlice.matchScanned(changed.qrPayload()).error().code == ErrorCode::PermissionDenied);
    CHECK(atAlice.matchScanned("not a payload").error().code == ErrorCode::Malformed);
    CHECK(SafetyNumber::compute(alice.publicKey(), "alice", bob.publicKey(), "robert").digits() != atAlice.digits());
}

TEST_CASE("a recovery key reads back from its display form and catches typos", "[crypto]")
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString shown = key.toDisplayString();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(shown)
              .hasMatch());

    CHECK(RecoveryKey::parse(shown)->key() == key.key());
    QString sloppy = shown.toLower();
    sloppy.replace(u'-', u' ');
    sloppy.replace(u'0', u'o');
    CHECK(RecoveryKey::parse(sloppy)->key() == key.key());

    QString typo = shown;
    typo[5] = typo[5] == u'A' ? u'B' : u'A';
    CHECK(RecoveryKey::parse(typo).error().message
        == QStringLiteral("recovery key: mistyped (its checksum does not match)"));
    CHECK(RecoveryKey::parse(shown.left(20)).error().message.startsWith(QStringLiteral("recovery key: too short")));
    CHECK(RecoveryKey::parse(shown + QStringLiteral("AAAA"))
              .error()
              .message.startsWith(QStringLiteral("recovery key: too long")));
    CHECK(RecoveryKey::parse(shown.left(10) + u'U' + shown.mid(11)).error().message.contains(QStringLiteral("'U'")));
}

TEST_CASE("a key backup under the recovery key restores identity and device keys", "[crypto]")
{
    const KeyBackupContents contents {SigningKeyPair::generate(), DeviceKeys::generate()};
    const RecoveryKey recovery = RecoveryKey::generate();
    const QByteArray backup = *keybackup::createWithRecoveryKey(contents, recovery);

    auto restored = keybackup::openWithRecoveryKey(backup, *RecoveryKey::parse(recovery.toDisplayString()));
    REQUIRE(restored);
    CHECK(restored->identity.publicKey() == contents.identity.publicKey());
    CHECK(restored->identity.seed() == contents.identity.seed());
    CHECK(restored->device.deviceId() == contents.device.deviceId());
    CHECK(restored->device.encryption.secretKey() == contents.device.encryption.secretKey());

    CHECK(keybackup::openWithRecoveryKey(backup, RecoveryKey::generate()).error().message
        == QStringLiteral("key backup: wrong recovery key (or the backup was altered)"));
    CHECK(keybackup::openWithPassphrase(backup, SecretBytes::fromUtf8(QStringLiteral("x"))).error().message
        == QStringLiteral("key backup: this backup is protected by the recovery key"));
    test::forEachByteFlip(backup, [&](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        CHECK_FALSE(keybackup::openWithRecoveryKey(altered, recovery));
    });
}

TEST_CASE("a passphrase key backup needs relay-grade Argon2id and the right passphrase", "[crypto]")
{
    const KeyBackupContents contents {SigningKeyPair::generate(), DeviceKeys::generate()};
    const SecretBytes passphrase = SecretBytes::fromUtf8(QStringLiteral("a long passphrase, typed twice"));
    CHECK(
        keybackup::createWithPassphrase(contents, passphrase, kTinyArgon2).error().code == ErrorCode::InvalidArgument);

    // The one test that pays the relay minimum (3 passes, 256 MiB), twice.
    const QByteArray backup = *keybackup::createWithPassphrase(contents, passphrase, kRelayMinimumArgon2);
    auto restored = keybackup::openWithPassphrase(backup, passphrase);
    REQUIRE(restored);
    CHECK(restored->device.deviceId() == contents.device.deviceId());
    CHECK(keybackup::openWithPassphrase(backup, SecretBytes::fromUtf8(QStringLiteral("a long passphrase, typed once")))
              .error()
              .message
        == QStringLiteral("key backup: wrong passphrase (or the backup was altered)"));
}

TEST_CASE("a 32-byte key wraps under a passphrase with its parameters recorded", "[crypto]")
{
    const SecretBytes databaseKey = SecretBytes::random(32);
    const SecretBytes passphrase = SecretBytes::fromUtf8(QStringLiteral("correct horse battery staple"));
    const QByteArray wrapped = *wrapKeyWithPassphrase(databaseKey, passphrase, kTinyArgon2);
    CHECK(*unwrapKeyWithPassphrase(wrapped, passphrase) == databaseKey);

    const auto wrong =
        unwrapKeyWithPassphrase(wrapped, SecretBytes::fromUtf8(QStringLiteral("Correct horse battery staple")));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::PermissionDenied);
    CHECK(wrong.error().message == QStringLiteral("wrong passphrase (or the wrapped key was altered)"));

    // Two wraps of one key differ (random salt and nonce).
    CHECK(*wrapKeyWithPassphrase(databaseKey, passphrase, kTinyArgon2) != wrapped);
    CHECK_FALSE(wrapKeyWithPassphrase(SecretBytes::random(16), passphrase, kTinyArgon2));
    CHECK_FALSE(wrapKeyWithPassphrase(databaseKey, passphrase, Argon2Params {0, 64 * 1024}));
    test::forEachByteFlip(wrapped, [&](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        CHECK_FALSE(unwrapKeyWithPassphrase(altered, passphrase));
    });
}

TEST_CASE("Argon2id calibration reports the parameters and time it measured", "[crypto]")
{
    const auto calibration = calibrateArgon2(std::chrono::milliseconds(20), 1024 * 1024, 1);
    REQUIRE(calibration);
    CHECK(calibration->params.memLimitBytes == 1024 * 1024);
    CHECK(calibration->params.opsLimit >= 1);
    CHECK(calibration->params.opsLimit <= kMaximumArgon2.opsLimit);
    CHECK(calibration->measured.count() >= 0);
    CHECK_FALSE(calibrateArgon2(std::chrono::milliseconds(1), 1024, 1)); // below libsodium's minimum memory
}

TEST_CASE("identity key files are 0600, never overwritten, and refused when readable by others", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("id"));
    const auto created = keyfiles::createIdentity(folder);
    REQUIRE(created);
    const QString secretPath = QDir(folder).filePath(keyfiles::kIdentitySecretFile);
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(secretPath).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    auto loaded = keyfiles::loadIdentity(folder);
    REQUIRE(loaded);
    CHECK(loaded->publicKey() == *created);
    CHECK(*keyfiles::readPublicKey(QDir(folder).filePath(keyfiles::kIdentityPublicFile), QStringLiteral("key"))
        == *created);
    CHECK(*keyfiles::readPublicKey(created->toHex(), QStringLiteral("key")) == *created);

    const auto again = keyfiles::createIdentity(folder);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);

    REQUIRE(::chmod(QFile::encodeName(secretPath).constData(), 0644) == 0);
    const auto exposed = keyfiles::loadIdentity(folder);
    REQUIRE_FALSE(exposed);
    CHECK(exposed.error().message.contains(QStringLiteral("permissions 0644 are too open")));
    CHECK(exposed.error().message.contains(secretPath));
}
