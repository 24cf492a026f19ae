#include "core/crypto/Keys.h"

#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

using detail::uc;

static_assert(SigningPublicKey::kSize == crypto_sign_PUBLICKEYBYTES);
static_assert(EncryptionPublicKey::kSize == crypto_box_PUBLICKEYBYTES);

SigningKeyPair::SigningKeyPair(SigningPublicKey publicKey, SecretBytes secretKey)
    : m_public(std::move(publicKey))
    , m_secret(std::move(secretKey))
{
}

SigningKeyPair SigningKeyPair::generate()
{
    // Through randomFill (not crypto_sign_keypair) so that test vectors can pin the seed.
    auto pair = fromSeed(SecretBytes::random(crypto_sign_SEEDBYTES));
    Q_ASSERT(pair.has_value());
    return std::move(*pair);
}

Result<SigningKeyPair> SigningKeyPair::fromSeed(const SecretBytes& seed)
{
    if (seed.size() != crypto_sign_SEEDBYTES)
        return detail::cryptoError(ErrorCode::Malformed,
            QStringLiteral("an Ed25519 seed has %1 bytes, not %2").arg(crypto_sign_SEEDBYTES).arg(seed.size()));
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(uc(publicKey), secretKey.data(), seed.data());
    return SigningKeyPair(*SigningPublicKey::fromBytes(publicKey), std::move(secretKey));
}

SecretBytes SigningKeyPair::seed() const
{
    SecretBytes seed(crypto_sign_SEEDBYTES);
    crypto_sign_ed25519_sk_to_seed(seed.data(), m_secret.data());
    return seed;
}

QByteArray SigningKeyPair::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(
        uc(signature), nullptr, uc(message), static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

Result<void> verifySignature(const SigningPublicKey& key, QByteArrayView message, QByteArrayView signature)
{
    detail::ensureSodium();
    if (key.isNull() || signature.size() != crypto_sign_BYTES
        || crypto_sign_verify_detached(
               uc(signature), uc(message), static_cast<unsigned long long>(message.size()), uc(key.bytes()))
            != 0)
        return detail::cryptoError(ErrorCode::PermissionDenied, QStringLiteral("invalid signature"));
    return {};
}

EncryptionKeyPair::EncryptionKeyPair(EncryptionPublicKey publicKey, SecretBytes secretKey)
    : m_public(std::move(publicKey))
    , m_secret(std::move(secretKey))
{
}

EncryptionKeyPair EncryptionKeyPair::generate()
{
    auto pair = fromSecretKey(SecretBytes::random(crypto_box_SECRETKEYBYTES));
    Q_ASSERT(pair.has_value());
    return std::move(*pair);
}

Result<EncryptionKeyPair> EncryptionKeyPair::fromSecretKey(const SecretBytes& secretKey)
{
    if (secretKey.size() != crypto_box_SECRETKEYBYTES)
        return detail::cryptoError(ErrorCode::Malformed,
            QStringLiteral("an X25519 secret key has %1 bytes, not %2")
                .arg(crypto_box_SECRETKEYBYTES)
                .arg(secretKey.size()));
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (crypto_scalarmult_base(uc(publicKey), secretKey.data()) != 0)
        return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("unusable X25519 secret key"));
    return EncryptionKeyPair(*EncryptionPublicKey::fromBytes(publicKey), secretKey.clone());
}

DeviceKeys DeviceKeys::generate()
{
    return DeviceKeys {SigningKeyPair::generate(), EncryptionKeyPair::generate()};
}

} // namespace consilium::crypto
