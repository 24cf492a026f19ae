#pragma once

#include "core/common/Error.h"
#include "core/crypto/Keys.h"

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// This profile's own secret keys, inside the encrypted database: the identity key (signs the
/// device list; PROTOCOL.md, Keys) and this device's signing and encryption keys. Secrets move
/// between SQLite and guarded memory (SecretBytes) without a plain QByteArray copy.
/// Not thread-safe (like its SqlDatabase).
class KeyringRepository {
public:
    explicit KeyringRepository(SqlDatabase& db)
        : m_db(db)
    {
    }

    /// Stores the identity key; refuses to replace an existing one (AlreadyExists): losing it
    /// would orphan every device certificate signed with it.
    Result<void> saveIdentity(const crypto::SigningKeyPair& identity);
    Result<std::optional<crypto::SigningKeyPair>> identity();

    /// Stores this device's keys; refuses to replace existing ones (AlreadyExists).
    Result<void> saveDevice(const crypto::DeviceKeys& device);
    Result<std::optional<crypto::DeviceKeys>> device();

    /// Both, for what needs the whole keyring (sync, key backups); NotFound (saying `what`
    /// cannot be done) when either is missing.
    struct OwnKeys {
        crypto::SigningKeyPair identity;
        crypto::DeviceKeys device;
    };
    Result<OwnKeys> ownKeys(const QString& missingMessage);

private:
    Result<void> insert(const char* purpose, const crypto::SecretBytes& secret, const QByteArray& publicKey);
    Result<std::optional<crypto::SecretBytes>> secret(const char* purpose);

    SqlDatabase& m_db;
};

} // namespace consilium::store
