#pragma once

#include "core/common/Error.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Store.h"

#include <QString>

#include <chrono>
#include <memory>

namespace consilium::store {

/// Opens a profile's encrypted store with the user's passphrase.
///
/// The store's database key is 32 random bytes, never derived from user text. It is kept in
/// `<profile>/profile.key`, wrapped under Argon2id(passphrase) with XChaCha20-Poly1305
/// (crypto::wrapKeyWithPassphrase, which records its own parameters). Changing the passphrase
/// re-wraps that key and rewrites only the key file, atomically; the database is untouched.
///
/// Wrong passphrases are answered with a clear error and an increasing delay before the next
/// attempt is accepted (1 s, 2 s, 4 s ... up to 5 minutes), also across restarts: the count is
/// kept beside the key file. Not thread-safe; Argon2id is slow by design, so call from a worker.
///
/// Recovery (issue 8): a profile created with a crypto::RecoveryKey also keeps
/// `<profile>/profile.recovery`, the same database key wrapped under the recovery key, and
/// `<profile>/key-backup.cbor`, the identity and device keys in a crypto::keybackup made with the
/// recovery key. recover() opens both with the recovery key and sets a new passphrase: the
/// database, keys and cases stay as they are.
class ProfileVault
{
public:
    /// `baseDelay` is the first back-off step (tests shorten it).
    explicit ProfileVault(QString profileFolder, std::chrono::milliseconds baseDelay = std::chrono::seconds(1));

    [[nodiscard]] bool exists() const;
    [[nodiscard]] QString keyFilePath() const;

    /// Creates a new profile: fresh database key, wrapped under `passphrase` (and, given
    /// `recoveryKey`, also under it in profile.recovery). Refuses an existing profile and an
    /// empty passphrase.
    Result<std::unique_ptr<Store>> create(const crypto::SecretBytes& passphrase, const crypto::Argon2Params& params,
                                          const crypto::RecoveryKey* recoveryKey = nullptr);

    /// Writes key-backup.cbor: the identity and device keys of `store`'s keyring, encrypted
    /// with `recoveryKey` (crypto::keybackup::createWithRecoveryKey), and queues the same
    /// backup for the relay (SyncStateRepository::setPendingKeyBackup).
    Result<void> writeKeyBackup(Store& store, const crypto::RecoveryKey& recoveryKey);
    /// A new recovery key for an open profile, replacing the files of the previous one (which
    /// stops working): for a key that was never confirmed because the app closed while it was
    /// shown.
    Result<void> replaceRecovery(Store& store, const crypto::SecretBytes& databaseKey,
                                 const crypto::RecoveryKey& recoveryKey);
    /// Whether the user confirmed having the recovery key (typed parts of it back). create()
    /// with a recovery key records "not yet"; the app records the confirmation.
    [[nodiscard]] bool isRecoveryConfirmed() const;
    Result<void> setRecoveryConfirmed(bool confirmed);
    /// True when both recovery files exist, so recover() can work.
    [[nodiscard]] bool hasRecovery() const;
    /// Forgotten passphrase: opens the key backup and the database key with `recoveryKey`,
    /// checks that the backup's identity is this profile's, and wraps the database key under
    /// `newPassphrase`. A wrong recovery key is PermissionDenied ("wrong recovery key"); no
    /// back-off (256 random bits cannot be guessed) and the passphrase back-off is reset.
    Result<std::unique_ptr<Store>> recover(const crypto::RecoveryKey& recoveryKey,
                                           const crypto::SecretBytes& newPassphrase,
                                           const crypto::Argon2Params& params);

    /// Unwraps the key and opens the store. Wrong passphrase: PermissionDenied, and the next
    /// attempt is refused until retryAfter() has passed.
    Result<std::unique_ptr<Store>> unlock(const crypto::SecretBytes& passphrase);

    /// The database key itself, for keeping it in the system keychain (core/keychain) when the
    /// user asks to unlock without the passphrase on this machine. Same checks and back-off
    /// as unlock().
    Result<crypto::SecretBytes> unwrapDatabaseKey(const crypto::SecretBytes& passphrase);

    /// Opens the store with a database key obtained earlier (from the system keychain). A key
    /// that does not open this profile's database is refused (PermissionDenied) without
    /// counting as a wrong passphrase: it is a stale keychain entry, not a guess.
    Result<std::unique_ptr<Store>> openWithDatabaseKey(const crypto::SecretBytes& databaseKey);

    /// Re-wraps the database key under a new passphrase (and parameters).
    Result<void> changePassphrase(const crypto::SecretBytes& current, const crypto::SecretBytes& replacement,
                                  const crypto::Argon2Params& params);

    /// How long until the next unlock attempt is accepted (zero when it is now).
    [[nodiscard]] std::chrono::milliseconds retryAfter() const;

private:
    Result<void> writeKeyFile(const QByteArray& wrapped);
    Result<void> writeFile(const QString& path, const QByteArray& bytes);
    [[nodiscard]] QString recoveryFilePath() const;
    [[nodiscard]] QString keyBackupFilePath() const;
    [[nodiscard]] QString unconfirmedFilePath() const;
    void recordFailure();
    void recordSuccess();
    [[nodiscard]] QString attemptsFilePath() const;

    QString m_folder;
    std::chrono::milliseconds m_baseDelay;
};

} // namespace consilium::store
