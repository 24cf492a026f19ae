#include "core/store/ProfileVault.h"

#include "core/crypto/KeyBackup.h"
#include "core/store/SyncStateRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace consilium::store {

namespace {

const QString kDomain = QStringLiteral("store");
constexpr std::chrono::milliseconds kMaximumDelay = std::chrono::minutes(5);

// The recovery key has 256 random bits: stretching it adds nothing, so its wrap of the database
// key uses libsodium's cheapest Argon2id costs (the passphrase wrap's format is reused as is).
constexpr crypto::Argon2Params kRecoveryWrapCost{1, 8ull * 1024 * 1024};
constexpr qint64 kMaxKeyBackupFile = 4096;

// The failure record: "<failed attempts> <ms since epoch of the last failure>".
struct Attempts {
    int failures = 0;
    qint64 lastFailureMs = 0;
};

Attempts readAttempts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (parts.size() != 2)
        return {};
    return Attempts{std::clamp(parts[0].toInt(), 0, 64), parts[1].toLongLong()};
}

std::chrono::milliseconds delayFor(int failures, std::chrono::milliseconds base)
{
    // No delay for the first two slips of the finger, then doubling.
    if (failures < 3)
        return std::chrono::milliseconds(0);
    const int doublings = std::min(failures - 3, 20);
    return std::min<std::chrono::milliseconds>(kMaximumDelay, base * (qint64(1) << doublings));
}

} // namespace

ProfileVault::ProfileVault(QString profileFolder, std::chrono::milliseconds baseDelay)
    : m_folder(std::move(profileFolder)), m_baseDelay(baseDelay)
{
}

QString ProfileVault::keyFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("profile.key"));
}

QString ProfileVault::attemptsFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("profile.attempts"));
}

bool ProfileVault::exists() const
{
    return QFile::exists(keyFilePath());
}

QString ProfileVault::recoveryFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("profile.recovery"));
}

QString ProfileVault::keyBackupFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("key-backup.cbor"));
}

QString ProfileVault::unconfirmedFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("recovery.unconfirmed"));
}

Result<void> ProfileVault::writeKeyFile(const QByteArray& wrapped)
{
    return writeFile(keyFilePath(), wrapped);
}

Result<void> ProfileVault::writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(m_folder))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create folder %1").arg(m_folder));
    // QSaveFile writes beside the target, fsyncs and renames: the old key file stays valid until
    // the new one is complete, so a crash never leaves a profile without a usable key file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<std::unique_ptr<Store>> ProfileVault::create(const crypto::SecretBytes& passphrase,
                                                    const crypto::Argon2Params& params,
                                                    const crypto::RecoveryKey* recoveryKey)
{
    if (exists())
        return fail(kDomain, ErrorCode::AlreadyExists, QStringLiteral("a profile already exists in %1").arg(m_folder));
    if (passphrase.isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the passphrase must not be empty"));
    if (QFile::exists(Store::databasePath(m_folder))) {
        return fail(kDomain, ErrorCode::AlreadyExists,
                    QStringLiteral("%1 holds a database without its key file; refusing to replace it")
                        .arg(Store::databasePath(m_folder)));
    }
    const crypto::SecretBytes databaseKey = crypto::SecretBytes::random(32);
    auto wrapped = crypto::wrapKeyWithPassphrase(databaseKey, passphrase, params);
    if (!wrapped)
        return tl::unexpected(wrapped.error());
    // The store first, the key file last: a crash in between leaves no key file, so the next
    // attempt sees no profile instead of a key for a database that was never made.
    auto store = Store::open(m_folder, databaseKey.view());
    if (!store)
        return tl::unexpected(store.error());
    if (recoveryKey) {
        if (auto unconfirmed = setRecoveryConfirmed(false); !unconfirmed)
            return tl::unexpected(unconfirmed.error());
        auto recoveryWrap = crypto::wrapKeyWithPassphrase(databaseKey, recoveryKey->key(), kRecoveryWrapCost);
        if (!recoveryWrap)
            return tl::unexpected(recoveryWrap.error());
        if (auto written = writeFile(recoveryFilePath(), *recoveryWrap); !written)
            return tl::unexpected(written.error());
    }
    if (auto written = writeKeyFile(*wrapped); !written)
        return tl::unexpected(written.error());
    return store;
}

Result<void> ProfileVault::writeKeyBackup(Store& store, const crypto::RecoveryKey& recoveryKey)
{
    auto keys = store.keyring().ownKeys(QStringLiteral("this profile has no keys to back up yet"));
    if (!keys)
        return tl::unexpected(keys.error());
    const crypto::KeyBackupContents contents{std::move(keys->identity), std::move(keys->device)};
    auto backup = crypto::keybackup::createWithRecoveryKey(contents, recoveryKey);
    if (!backup)
        return tl::unexpected(backup.error());
    if (auto written = writeFile(keyBackupFilePath(), *backup); !written)
        return written;
    // The same backup goes to the relay with the next sync, so that the recovery key restores
    // the identity on another computer when this one is lost (docs/protocol.md § 14.3).
    return store.syncState().setPendingKeyBackup({crypto::keybackup::relayLocator(recoveryKey), *backup});
}

Result<void> ProfileVault::replaceRecovery(Store& store, const crypto::SecretBytes& databaseKey,
                                           const crypto::RecoveryKey& recoveryKey)
{
    if (auto unconfirmed = setRecoveryConfirmed(false); !unconfirmed)
        return unconfirmed;
    auto recoveryWrap = crypto::wrapKeyWithPassphrase(databaseKey, recoveryKey.key(), kRecoveryWrapCost);
    if (!recoveryWrap)
        return tl::unexpected(recoveryWrap.error());
    // The backup first: a crash between the two leaves a backup the old wrap cannot match, and
    // recover() then says the key is wrong rather than opening with half of each.
    if (auto backedUp = writeKeyBackup(store, recoveryKey); !backedUp)
        return backedUp;
    return writeFile(recoveryFilePath(), *recoveryWrap);
}

bool ProfileVault::isRecoveryConfirmed() const
{
    return !QFile::exists(unconfirmedFilePath());
}

Result<void> ProfileVault::setRecoveryConfirmed(bool confirmed)
{
    if (confirmed) {
        if (QFile::exists(unconfirmedFilePath()) && !QFile::remove(unconfirmedFilePath()))
            return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot remove %1").arg(unconfirmedFilePath()));
        return {};
    }
    return writeFile(unconfirmedFilePath(), QByteArrayLiteral("The recovery key was not confirmed yet.\n"));
}

bool ProfileVault::hasRecovery() const
{
    return QFile::exists(recoveryFilePath()) && QFile::exists(keyBackupFilePath());
}

Result<std::unique_ptr<Store>> ProfileVault::recover(const crypto::RecoveryKey& recoveryKey,
                                                     const crypto::SecretBytes& newPassphrase,
                                                     const crypto::Argon2Params& params)
{
    if (newPassphrase.isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the new passphrase must not be empty"));
    QFile backupFile(keyBackupFilePath());
    QFile recoveryFile(recoveryFilePath());
    if (!exists() || !backupFile.open(QIODevice::ReadOnly) || !recoveryFile.open(QIODevice::ReadOnly))
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("this profile has no recovery key"));
    // The backup first: it says plainly when the key is wrong (its AEAD tag does not verify).
    auto contents = crypto::keybackup::openWithRecoveryKey(backupFile.read(kMaxKeyBackupFile), recoveryKey);
    if (!contents) {
        if (contents.error().code == ErrorCode::PermissionDenied)
            return fail(kDomain, ErrorCode::PermissionDenied, QStringLiteral("wrong recovery key for this profile"));
        return tl::unexpected(contents.error());
    }
    auto databaseKey = crypto::unwrapKeyWithPassphrase(recoveryFile.read(kMaxKeyBackupFile), recoveryKey.key());
    if (!databaseKey)
        return tl::unexpected(databaseKey.error());
    auto store = Store::open(m_folder, databaseKey->view());
    if (!store)
        return tl::unexpected(store.error());
    auto identity = (*store)->keyring().identity();
    if (!identity)
        return tl::unexpected(identity.error());
    if (!identity->has_value() || (*identity)->publicKey() != contents->identity.publicKey())
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("the key backup belongs to another identity than this profile's"));
    auto wrapped = crypto::wrapKeyWithPassphrase(*databaseKey, newPassphrase, params);
    if (!wrapped)
        return tl::unexpected(wrapped.error());
    if (auto written = writeKeyFile(*wrapped); !written)
        return tl::unexpected(written.error());
    recordSuccess();
    return store;
}

Result<crypto::SecretBytes> ProfileVault::unwrapDatabaseKey(const crypto::SecretBytes& passphrase)
{
    if (const auto wait = retryAfter(); wait.count() > 0) {
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("too many wrong passphrases; try again in %1 s")
                        .arg((wait.count() + 999) / 1000));
    }
    QFile file(keyFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no profile in %1").arg(m_folder));
    auto key = crypto::unwrapKeyWithPassphrase(file.readAll(), passphrase);
    if (!key) {
        if (key.error().code == ErrorCode::PermissionDenied)
            recordFailure();
        return tl::unexpected(key.error());
    }
    recordSuccess();
    return key;
}

Result<std::unique_ptr<Store>> ProfileVault::unlock(const crypto::SecretBytes& passphrase)
{
    auto key = unwrapDatabaseKey(passphrase);
    if (!key)
        return tl::unexpected(key.error());
    return Store::open(m_folder, key->view());
}

Result<std::unique_ptr<Store>> ProfileVault::openWithDatabaseKey(const crypto::SecretBytes& databaseKey)
{
    if (!exists())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no profile in %1").arg(m_folder));
    if (databaseKey.size() != 32)
        return fail(kDomain, ErrorCode::PermissionDenied, QStringLiteral("the stored key is not a database key"));
    auto store = Store::open(m_folder, databaseKey.view());
    if (!store && store.error().code == ErrorCode::PermissionDenied)
        return fail(kDomain, ErrorCode::PermissionDenied, QStringLiteral("the stored key does not open this profile"));
    return store;
}

Result<void> ProfileVault::changePassphrase(const crypto::SecretBytes& current, const crypto::SecretBytes& replacement,
                                            const crypto::Argon2Params& params)
{
    if (replacement.isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the new passphrase must not be empty"));
    auto key = unwrapDatabaseKey(current);
    if (!key)
        return tl::unexpected(key.error());
    auto wrapped = crypto::wrapKeyWithPassphrase(*key, replacement, params);
    if (!wrapped)
        return tl::unexpected(wrapped.error());
    return writeKeyFile(*wrapped);
}

std::chrono::milliseconds ProfileVault::retryAfter() const
{
    const Attempts attempts = readAttempts(attemptsFilePath());
    const auto delay = delayFor(attempts.failures, m_baseDelay);
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - attempts.lastFailureMs;
    // A clock set back must not lock the user out for longer than the delay itself.
    if (elapsed < 0)
        return delay;
    return std::max(std::chrono::milliseconds(0), delay - std::chrono::milliseconds(elapsed));
}

void ProfileVault::recordFailure()
{
    const Attempts attempts = readAttempts(attemptsFilePath());
    QSaveFile file(attemptsFilePath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QByteArray::number(attempts.failures + 1) + ' ' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        file.commit();
    }
}

void ProfileVault::recordSuccess()
{
    QFile::remove(attemptsFilePath());
}

} // namespace consilium::store
