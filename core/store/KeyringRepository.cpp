#include "core/store/KeyringRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

namespace {

constexpr const char* kIdentity = "identity";
constexpr const char* kDeviceSigning = "device-signing";
constexpr const char* kDeviceEncryption = "device-encryption";

} // namespace

Result<void> KeyringRepository::insert(const char* purpose, const crypto::SecretBytes& secret,
                                       const QByteArray& publicKey)
{
    // Asks only whether the row exists: no reason to bring an existing secret into memory.
    auto existing = m_db.prepare(QStringLiteral("SELECT 1 FROM own_keys WHERE purpose = ?1"));
    if (!existing)
        return tl::unexpected(existing.error());
    existing->bind(1, QString::fromLatin1(purpose));
    auto found = existing->next();
    if (!found)
        return tl::unexpected(found.error());
    if (*found)
        return fail(QStringLiteral("store"), ErrorCode::AlreadyExists,
                    QStringLiteral("this profile already has a %1 key").arg(QLatin1String(purpose)));
    auto statement = m_db.prepare(
        QStringLiteral("INSERT INTO own_keys (purpose, secret, public_key, created_at) VALUES (?1, ?2, ?3, ?4)"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, QString::fromLatin1(purpose))
        .bindSecret(2, secret)
        .bind(3, publicKey)
        .bind(4, QDateTime::currentMSecsSinceEpoch());
    return statement->run();
}

Result<std::optional<crypto::SecretBytes>> KeyringRepository::secret(const char* purpose)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT secret FROM own_keys WHERE purpose = ?1"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, QString::fromLatin1(purpose));
    auto row = statement->next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<crypto::SecretBytes>();
    return std::optional<crypto::SecretBytes>(statement->secretBlob(0));
}

Result<void> KeyringRepository::saveIdentity(const crypto::SigningKeyPair& identity)
{
    return insert(kIdentity, identity.seed(), identity.publicKey().bytes());
}

Result<std::optional<crypto::SigningKeyPair>> KeyringRepository::identity()
{
    auto seed = secret(kIdentity);
    if (!seed)
        return tl::unexpected(seed.error());
    if (!seed->has_value())
        return std::optional<crypto::SigningKeyPair>();
    auto pair = crypto::SigningKeyPair::fromSeed(**seed);
    if (!pair)
        return tl::unexpected(pair.error().withContext(QStringLiteral("identity key in the profile")));
    return std::optional<crypto::SigningKeyPair>(std::move(*pair));
}

Result<void> KeyringRepository::saveDevice(const crypto::DeviceKeys& device)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return tl::unexpected(transaction.error());
    if (auto ok = insert(kDeviceSigning, device.signing.seed(), device.signing.publicKey().bytes()); !ok)
        return ok;
    if (auto ok = insert(kDeviceEncryption, device.encryption.secretKey(), device.encryption.publicKey().bytes()); !ok)
        return ok;
    return transaction->commit();
}

Result<std::optional<crypto::DeviceKeys>> KeyringRepository::device()
{
    auto signingSeed = secret(kDeviceSigning);
    if (!signingSeed)
        return tl::unexpected(signingSeed.error());
    auto encryptionSecret = secret(kDeviceEncryption);
    if (!encryptionSecret)
        return tl::unexpected(encryptionSecret.error());
    if (!signingSeed->has_value() || !encryptionSecret->has_value())
        return std::optional<crypto::DeviceKeys>();
    auto signing = crypto::SigningKeyPair::fromSeed(**signingSeed);
    if (!signing)
        return tl::unexpected(signing.error().withContext(QStringLiteral("device signing key in the profile")));
    auto encryption = crypto::EncryptionKeyPair::fromSecretKey(**encryptionSecret);
    if (!encryption)
        return tl::unexpected(encryption.error().withContext(QStringLiteral("device encryption key in the profile")));
    return std::optional<crypto::DeviceKeys>(crypto::DeviceKeys{std::move(*signing), std::move(*encryption)});
}

Result<KeyringRepository::OwnKeys> KeyringRepository::ownKeys(const QString& missingMessage)
{
    auto identityKey = identity();
    if (!identityKey)
        return tl::unexpected(identityKey.error());
    auto deviceKeys = device();
    if (!deviceKeys)
        return tl::unexpected(deviceKeys.error());
    if (!identityKey->has_value() || !deviceKeys->has_value())
        return fail(QStringLiteral("store"), ErrorCode::NotFound, missingMessage);
    return OwnKeys{std::move(**identityKey), std::move(**deviceKeys)};
}

} // namespace consilium::store
