#include "core/crypto/KeyBackup.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/KeyDerivation.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto::keybackup {

using detail::uc;

namespace {

constexpr qint64 kBackupVersion = 1;
constexpr qint64 kContentsVersion = 1;
constexpr qsizetype kMaxBackupSize = 1024;

enum class Method : qint64 { RecoveryKey = 1, Passphrase = 2 };

struct Envelope {
    Method method = Method::RecoveryKey;
    QCborArray kdf; ///< [] or [passes, memory, salt]
    QByteArray nonce;
    QByteArray ciphertext;
};

tl::unexpected<Error> backupError(ErrorCode code, const QString& message)
{
    return detail::cryptoError(code, QStringLiteral("key backup: ") + message);
}

QByteArray associatedData(Method method, const QCborArray& kdf)
{
    return detail::encode(QCborArray {kBackupVersion, qint64(method), kdf});
}

QByteArray seal(const KeyBackupContents& contents, Method method, const QCborArray& kdf, const SecretBytes& key)
{
    const SecretBytes identitySeed = contents.identity.seed();
    const SecretBytes deviceSeed = contents.device.signing.seed();
    const SecretBytes plaintext = detail::encodeWithSecrets(
        QCborArray {kContentsVersion}, {&identitySeed, &deviceSeed, &contents.device.encryption.secretKey()});
    const QByteArray ad = associatedData(method, kdf);
    const QByteArray nonce = detail::randomBytes(protocol::kNonceSize);
    QByteArray ciphertext(plaintext.size() + protocol::kAeadTagSize, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        uc(ciphertext), nullptr, plaintext.data(), plaintext.size(), uc(ad), ad.size(), nullptr, uc(nonce), key.data());
    return detail::encode(QCborArray {kBackupVersion, qint64(method), kdf, nonce, ciphertext});
}

Result<Envelope> parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("key backup");
    auto array = detail::decodeArray(bytes, what, kMaxBackupSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kBackupVersion, 5);
    Envelope envelope;
    const quint64 method = fields.uint(1, "method", 2);
    envelope.kdf = fields.array(2, "key derivation", 3);
    envelope.nonce = fields.bytes(3, "nonce", protocol::kNonceSize);
    envelope.ciphertext = fields.bytesUpTo(4, "ciphertext", kMaxBackupSize);
    if (fields.ok() && method == 0)
        fields.failWith(ErrorCode::Unsupported, QStringLiteral("unknown protection method"));
    if (!fields.ok())
        return fields.error();
    envelope.method = Method(method);
    return envelope;
}

Result<KeyBackupContents> open(const Envelope& envelope, const SecretBytes& key, const QString& wrongKeyMessage)
{
    if (envelope.ciphertext.size() <= protocol::kAeadTagSize)
        return backupError(ErrorCode::Malformed, QStringLiteral("ciphertext too short"));
    const QByteArray ad = associatedData(envelope.method, envelope.kdf);
    SecretBytes plaintext(envelope.ciphertext.size() - protocol::kAeadTagSize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(), nullptr, nullptr, uc(envelope.ciphertext),
            envelope.ciphertext.size(), uc(ad), ad.size(), uc(envelope.nonce), key.data())
        != 0)
        return backupError(ErrorCode::PermissionDenied, wrongKeyMessage);
    auto decoded = detail::decodeWithSecrets(plaintext, 3, protocol::kKeySize, QStringLiteral("key backup contents"));
    if (!decoded)
        return tl::unexpected(decoded.error());
    detail::FieldReader fields(decoded->publicPart, QStringLiteral("key backup contents"));
    if (!fields.expectShape(kContentsVersion, 1))
        return fields.error();
    auto identity = SigningKeyPair::fromSeed(decoded->secrets[0]);
    auto signing = SigningKeyPair::fromSeed(decoded->secrets[1]);
    auto encryption = EncryptionKeyPair::fromSecretKey(decoded->secrets[2]);
    if (!identity || !signing || !encryption)
        return backupError(ErrorCode::Malformed, QStringLiteral("unusable keys inside"));
    return KeyBackupContents {std::move(*identity), DeviceKeys {std::move(*signing), std::move(*encryption)}};
}

} // namespace

Result<QByteArray> createWithRecoveryKey(const KeyBackupContents& contents, const RecoveryKey& recoveryKey)
{
    const SecretBytes key = detail::deriveSubkey(recoveryKey.key(), protocol::kKdfContextRecovery);
    return seal(contents, Method::RecoveryKey, {}, key);
}

QByteArray relayLocator(const RecoveryKey& recoveryKey)
{
    return detail::deriveSubkey(recoveryKey.key(), protocol::kKdfContextRecoveryLocator).view().toByteArray();
}

bool isWellFormed(QByteArrayView backup)
{
    return parse(backup).has_value();
}

Result<QByteArray> createWithPassphrase(
    const KeyBackupContents& contents, const SecretBytes& passphrase, const Argon2Params& params)
{
    if (params.opsLimit < kRelayMinimumArgon2.opsLimit || params.memLimitBytes < kRelayMinimumArgon2.memLimitBytes)
        return backupError(ErrorCode::InvalidArgument,
            QStringLiteral("backups stored on the relay need Argon2id of at least %1 passes and %2 MiB")
                .arg(kRelayMinimumArgon2.opsLimit)
                .arg(kRelayMinimumArgon2.memLimitBytes / (1024ull * 1024)));
    const QByteArray salt = detail::randomBytes(protocol::kSaltSize);
    auto key = deriveKeyFromPassphrase(passphrase, salt, params);
    if (!key)
        return tl::unexpected(key.error());
    const QCborArray kdf {qint64(params.opsLimit), qint64(params.memLimitBytes), salt};
    return seal(contents, Method::Passphrase, kdf, *key);
}

Result<KeyBackupContents> openWithRecoveryKey(QByteArrayView backup, const RecoveryKey& recoveryKey)
{
    auto envelope = parse(backup);
    if (!envelope)
        return tl::unexpected(envelope.error());
    if (envelope->method != Method::RecoveryKey)
        return backupError(ErrorCode::InvalidArgument, QStringLiteral("this backup is protected by a passphrase"));
    if (!envelope->kdf.isEmpty())
        return backupError(ErrorCode::Malformed, QStringLiteral("a recovery-key backup has no key derivation"));
    const SecretBytes key = detail::deriveSubkey(recoveryKey.key(), protocol::kKdfContextRecovery);
    return open(*envelope, key, QStringLiteral("wrong recovery key (or the backup was altered)"));
}

Result<KeyBackupContents> openWithPassphrase(QByteArrayView backup, const SecretBytes& passphrase)
{
    auto envelope = parse(backup);
    if (!envelope)
        return tl::unexpected(envelope.error());
    if (envelope->method != Method::Passphrase)
        return backupError(ErrorCode::InvalidArgument, QStringLiteral("this backup is protected by the recovery key"));
    detail::FieldReader kdf(envelope->kdf, QStringLiteral("key backup derivation"));
    const Argon2Params params {kdf.uint(0, "Argon2id passes", kMaximumArgon2.opsLimit),
        kdf.uint(1, "Argon2id memory", kMaximumArgon2.memLimitBytes)};
    const QByteArray salt = kdf.bytes(2, "salt", protocol::kSaltSize);
    if (kdf.ok() && envelope->kdf.size() != 3)
        kdf.failWith(ErrorCode::Malformed, QStringLiteral("expected [passes, memory, salt]"));
    if (!kdf.ok())
        return kdf.error();
    auto key = deriveKeyFromPassphrase(passphrase, salt, params);
    if (!key)
        return tl::unexpected(key.error());
    return open(*envelope, *key, QStringLiteral("wrong passphrase (or the backup was altered)"));
}

} // namespace consilium::crypto::keybackup
