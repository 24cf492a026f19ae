#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace consilium::crypto {

struct SigningKeyTag;
struct EncryptionKeyTag;

/// A 32-byte public key of one kind. The tag keeps Ed25519 (signing) and X25519 (encryption)
/// keys apart at compile time: the protocol never converts one into the other.
/// Thread notes: an immutable value type.
template <typename Tag>
class PublicKey {
public:
    static constexpr qsizetype kSize = 32;

    PublicKey() = default;
    /// Fails unless `bytes` has exactly 32 bytes.
    static Result<PublicKey> fromBytes(QByteArrayView bytes, const QString& what = QStringLiteral("public key"))
    {
        if (bytes.size() != kSize)
            return fail(QStringLiteral("crypto"), ErrorCode::Malformed,
                QStringLiteral("%1 has %2 bytes, expected %3").arg(what).arg(bytes.size()).arg(kSize));
        PublicKey key;
        key.m_bytes = bytes.toByteArray();
        return key;
    }

    [[nodiscard]] const QByteArray& bytes() const noexcept { return m_bytes; }
    [[nodiscard]] bool isNull() const noexcept { return m_bytes.isEmpty(); }
    [[nodiscard]] QString toHex() const { return QString::fromLatin1(m_bytes.toHex()); }

    friend bool operator==(const PublicKey&, const PublicKey&) = default;
    friend auto operator<=>(const PublicKey& a, const PublicKey& b) { return a.m_bytes.compare(b.m_bytes) <=> 0; }

private:
    QByteArray m_bytes;
};

/// Ed25519 public key: user identities, devices, the verifier. A device's signing key is also
/// its device id.
using SigningPublicKey = PublicKey<SigningKeyTag>;
/// X25519 public key: a device's key for receiving wrapped case keys.
using EncryptionPublicKey = PublicKey<EncryptionKeyTag>;

/// An Ed25519 key pair; the secret half lives in guarded memory.
/// Thread notes: const methods may be called from several threads at once.
class SigningKeyPair {
public:
    /// A fresh key pair from the CSPRNG.
    static SigningKeyPair generate();
    /// The key pair of a 32-byte seed (RFC 8032 private key); fails for another size.
    static Result<SigningKeyPair> fromSeed(const SecretBytes& seed);

    [[nodiscard]] const SigningPublicKey& publicKey() const noexcept { return m_public; }
    /// The 32-byte seed, for key backups and key files.
    [[nodiscard]] SecretBytes seed() const;
    /// Ed25519 detached signature (64 bytes) of `message`.
    [[nodiscard]] QByteArray sign(QByteArrayView message) const;

private:
    SigningKeyPair(SigningPublicKey publicKey, SecretBytes secretKey);

    SigningPublicKey m_public;
    SecretBytes m_secret; // libsodium's 64-byte form: seed ‖ public key
};

/// Ok when `signature` is a valid Ed25519 signature of `message` by `key`; PermissionDenied
/// otherwise (including a signature of the wrong size).
Result<void> verifySignature(const SigningPublicKey& key, QByteArrayView message, QByteArrayView signature);

/// An X25519 key pair; the secret half lives in guarded memory.
/// Thread notes: const methods may be called from several threads at once.
class EncryptionKeyPair {
public:
    static EncryptionKeyPair generate();
    /// The key pair of a 32-byte X25519 secret key; fails for another size.
    static Result<EncryptionKeyPair> fromSecretKey(const SecretBytes& secretKey);

    [[nodiscard]] const EncryptionPublicKey& publicKey() const noexcept { return m_public; }
    [[nodiscard]] const SecretBytes& secretKey() const noexcept { return m_secret; }

private:
    EncryptionKeyPair(EncryptionPublicKey publicKey, SecretBytes secretKey);

    EncryptionPublicKey m_public;
    SecretBytes m_secret;
};

/// The two keys of one device, deliberately separate (PROTOCOL.md, Keys): the signing key signs
/// every object the device writes and is its id; the encryption key receives wrapped case keys.
struct DeviceKeys {
    SigningKeyPair signing;
    EncryptionKeyPair encryption;

    static DeviceKeys generate();
    [[nodiscard]] const SigningPublicKey& deviceId() const noexcept { return signing.publicKey(); }
};

} // namespace consilium::crypto
