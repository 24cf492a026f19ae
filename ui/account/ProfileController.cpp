#include "ui/account/ProfileController.h"

#include "core/common/Async.h"
#include "core/common/Logging.h"
#include "core/demo/DemoSeeder.h" // the marker file name only; nothing of the seeder is linked
#include "core/keychain/SystemKeychain.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "core/sync/HttpTransport.h" // complete type for m_restoreTransport's deleter

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace consilium::ui {

namespace {

using StoreResult = Result<std::unique_ptr<store::Store>>;

// What one unlock should cost on this machine (docs/protocol.md, Argon2id parameters).
constexpr std::chrono::milliseconds kUnlockTarget{500};

// Present in a profile folder when its key is kept in the system keychain. Not a secret: it
// only tells the unlock page to ask the keychain first.
const QString kKeychainMarker = QStringLiteral("keychain-unlock");

Result<crypto::Argon2Params> argon2For(const std::optional<crypto::Argon2Params>& fixed)
{
    if (fixed)
        return *fixed;
    auto calibration = crypto::calibrateArgon2(kUnlockTarget);
    if (!calibration)
        return tl::unexpected(calibration.error());
    return calibration->params;
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

ProfileController::ProfileController(QString profileFolder, std::optional<crypto::Argon2Params> fixedArgon2,
                                     std::chrono::milliseconds backOffBase, QObject* parent)
    : QObject(parent)
    , m_folder(std::move(profileFolder))
    , m_fixedArgon2(fixedArgon2)
    , m_backOffBase(backOffBase)
{
}

ProfileController::~ProfileController() = default;

void ProfileController::rememberFolder()
{
    m_folderExistedBefore = QDir(m_folder).exists();
    m_entriesBefore = entriesOf(m_folder);
}

void ProfileController::removeNewProfile()
{
    // Close the store (its thread finishes the queued work first), then remove what was made:
    // the profile files, or the folder when it did not exist before.
    m_store.reset();
    if (!m_folderExistedBefore) {
        QDir(m_folder).removeRecursively();
        return;
    }
    QDir folder(m_folder);
    for (const QString& entry : entriesOf(m_folder)) {
        if (m_entriesBefore.contains(entry))
            continue;
        const QString path = folder.filePath(entry);
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

bool ProfileController::profileExists() const
{
    return store::ProfileVault(m_folder, m_backOffBase).exists();
}

bool ProfileController::isDemoProfile() const
{
    return QFile::exists(QDir(m_folder).filePath(QLatin1String(demo::kDemoMarkerFile)));
}

std::chrono::milliseconds ProfileController::retryAfter() const
{
    return store::ProfileVault(m_folder, m_backOffBase).retryAfter();
}

struct ProfileController::Created {
    std::unique_ptr<store::Store> store;
    std::optional<crypto::RecoveryKey> recoveryKey;
};

void ProfileController::create(const NewProfile& profile, crypto::SecretBytes passphrase)
{
    if (m_busy)
        return;
    setBusy(true);
    m_newRecoveryKey.reset();
    // SecretBytes is move-only and the task must be copyable: share it; it is wiped with the task.
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    runAsync(
        this,
        [folder = m_folder, fixed = m_fixedArgon2, base = m_backOffBase, profile, secret]() -> Result<Created> {
            auto params = argon2For(fixed);
            if (!params)
                return tl::unexpected(params.error());
            crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
            store::ProfileVault vault(folder, base);
            auto opened = vault.create(*secret, *params, &recoveryKey);
            if (!opened)
                return tl::unexpected(opened.error());
            if (auto ready =
                    store::initialiseProfile(**opened, {profile.displayName, profile.profession, profile.specialty});
                !ready)
                return tl::unexpected(ready.error());
            if (auto backedUp = vault.writeKeyBackup(**opened, recoveryKey); !backedUp)
                return tl::unexpected(backedUp.error());
            return Created{std::move(*opened), std::move(recoveryKey)};
        },
        [this](Result<Created> result) {
            if (!result) {
                finish(tl::unexpected(result.error()));
                return;
            }
            m_newRecoveryKey = std::move(result->recoveryKey);
            finish(std::move(result->store));
        });
}

std::optional<crypto::RecoveryKey> ProfileController::takeNewRecoveryKey()
{
    return std::exchange(m_newRecoveryKey, std::nullopt);
}

void ProfileController::markRecoveryConfirmed()
{
    // A small file operation: the marker only decides whether the next unlock makes a new key.
    if (auto confirmed = store::ProfileVault(m_folder, m_backOffBase).setRecoveryConfirmed(true); !confirmed)
        qCWarning(lcUi) << "recovery key confirmation not recorded:" << confirmed.error().message;
}

bool ProfileController::hasRecovery() const
{
    return store::ProfileVault(m_folder, m_backOffBase).hasRecovery();
}

void ProfileController::recover(const QString& typedRecoveryKey, crypto::SecretBytes newPassphrase)
{
    if (m_busy)
        return;
    // A typo is caught by the key's checksum before anything slow happens.
    auto recoveryKey = crypto::RecoveryKey::parse(typedRecoveryKey);
    if (!recoveryKey) {
        Q_EMIT recoveryFailed(tr("This is not a complete recovery key: check each group of four characters."));
        return;
    }
    setBusy(true);
    auto key = std::make_shared<crypto::RecoveryKey>(std::move(*recoveryKey));
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(newPassphrase));
    runAsync(
        this,
        [folder = m_folder, fixed = m_fixedArgon2, base = m_backOffBase, key, secret]() -> StoreResult {
            auto params = argon2For(fixed);
            if (!params)
                return tl::unexpected(params.error());
            return store::ProfileVault(folder, base).recover(*key, *secret, *params);
        },
        [this](StoreResult result) {
            if (!result) {
                setBusy(false);
                const Error& error = result.error();
                Q_EMIT recoveryFailed(
                    error.code == ErrorCode::PermissionDenied
                        ? tr("This recovery key does not open this profile. Check that it is the key shown when "
                             "the profile was created.")
                    : error.code == ErrorCode::NotFound ? tr("This profile has no recovery key.")
                                                        : error.message);
                return;
            }
            finish(std::move(result));
        });
}

struct ProfileController::Opened {
    std::unique_ptr<store::Store> store;
    crypto::SecretBytes keyForKeychain; ///< empty unless the user asked to remember the key
    std::optional<crypto::RecoveryKey> newRecoveryKey; ///< replaced an unconfirmed one
};

void ProfileController::unlock(crypto::SecretBytes passphrase, bool rememberInKeychain)
{
    if (m_busy)
        return;
    setBusy(true);
    m_newRecoveryKey.reset();
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    runAsync(
        this,
        [folder = m_folder, base = m_backOffBase, secret, rememberInKeychain]() -> Result<Opened> {
            store::ProfileVault vault(folder, base);
            auto key = vault.unwrapDatabaseKey(*secret);
            if (!key)
                return tl::unexpected(key.error());
            auto opened = vault.openWithDatabaseKey(*key);
            if (!opened)
                return tl::unexpected(opened.error());
            std::optional<crypto::RecoveryKey> recoveryKey;
            if (vault.hasRecovery() && !vault.isRecoveryConfirmed()) {
                recoveryKey = crypto::RecoveryKey::generate();
                if (auto replaced = vault.replaceRecovery(**opened, *key, *recoveryKey); !replaced)
                    return tl::unexpected(replaced.error());
            }
            return Opened{std::move(*opened), rememberInKeychain ? std::move(*key) : crypto::SecretBytes(),
                          std::move(recoveryKey)};
        },
        [this](Result<Opened> result) { finishUnlock(std::move(result)); });
}

bool ProfileController::usesKeychain() const
{
    return QFile::exists(keychainMarkerPath());
}

void ProfileController::unlockWithKeychain()
{
    if (m_busy)
        return;
    setBusy(true);
    keychain().fetch(keychain::SystemKeychain::profileAccount(m_folder), [this](Result<crypto::SecretBytes> key) {
        if (!key) {
            setBusy(false);
            Q_EMIT keychainFailed(key.error().message);
            return;
        }
        auto secret = std::make_shared<crypto::SecretBytes>(std::move(*key));
        runAsync(
            this,
            [folder = m_folder, base = m_backOffBase, secret]() -> Result<std::unique_ptr<store::Store>> {
                return store::ProfileVault(folder, base).openWithDatabaseKey(*secret);
            },
            [this](Result<std::unique_ptr<store::Store>> result) {
                if (!result) {
                    setBusy(false);
                    Q_EMIT keychainFailed(result.error().message);
                    return;
                }
                finish(std::move(result));
            });
    });
}

void ProfileController::setKeychainEnabled(bool enabled, crypto::SecretBytes passphrase)
{
    if (m_busy)
        return;
    setBusy(true);
    const QString account = keychain::SystemKeychain::profileAccount(m_folder);
    if (!enabled) {
        keychain().remove(account, [this](Result<void> removed) {
            setBusy(false);
            if (!removed) {
                Q_EMIT keychainFailed(removed.error().message);
                return;
            }
            markKeychain(false);
            Q_EMIT keychainChanged(false);
        });
        return;
    }
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    runAsync(
        this,
        [folder = m_folder, base = m_backOffBase, secret]() -> Result<crypto::SecretBytes> {
            return store::ProfileVault(folder, base).unwrapDatabaseKey(*secret);
        },
        [this, account](Result<crypto::SecretBytes> key) {
            if (!key) {
                setBusy(false);
                reportFailure(key.error());
                return;
            }
            keychain().store(account, *key, [this](Result<void> stored) {
                setBusy(false);
                if (!stored) {
                    Q_EMIT keychainFailed(stored.error().message);
                    return;
                }
                markKeychain(true);
                Q_EMIT keychainChanged(true);
            });
        });
}

void ProfileController::changePassphrase(crypto::SecretBytes current, crypto::SecretBytes replacement)
{
    if (m_busy)
        return;
    setBusy(true);
    auto now = std::make_shared<crypto::SecretBytes>(std::move(current));
    auto next = std::make_shared<crypto::SecretBytes>(std::move(replacement));
    runAsync(
        this,
        [folder = m_folder, fixed = m_fixedArgon2, base = m_backOffBase, now, next]() -> Result<bool> {
            auto params = argon2For(fixed);
            if (!params)
                return tl::unexpected(params.error());
            if (auto changed = store::ProfileVault(folder, base).changePassphrase(*now, *next, *params); !changed)
                return tl::unexpected(changed.error());
            return true;
        },
        [this](Result<bool> result) {
            setBusy(false);
            if (!result) {
                reportFailure(result.error());
                return;
            }
            Q_EMIT passphraseChanged();
        });
}

void ProfileController::finishUnlock(Result<Opened> result)
{
    if (!result) {
        finish(tl::unexpected(result.error()));
        return;
    }
    crypto::SecretBytes key = std::move(result->keyForKeychain);
    m_newRecoveryKey = std::move(result->newRecoveryKey);
    finish(std::move(result->store));
    if (key.isEmpty())
        return;
    // The profile is open either way; the keychain is a convenience that may be missing.
    keychain().store(keychain::SystemKeychain::profileAccount(m_folder), key, [this](Result<void> stored) {
        if (!stored) {
            Q_EMIT keychainFailed(stored.error().message);
            return;
        }
        markKeychain(true);
        Q_EMIT keychainChanged(true);
    });
}

QString ProfileController::keychainMarkerPath() const
{
    return QDir(m_folder).filePath(kKeychainMarker);
}

void ProfileController::markKeychain(bool enabled)
{
    if (!enabled) {
        QFile::remove(keychainMarkerPath());
        return;
    }
    QFile marker(keychainMarkerPath());
    if (marker.open(QIODevice::WriteOnly))
        marker.write("The database key of this profile is kept in the system keychain.\n");
}

keychain::SystemKeychain& ProfileController::keychain()
{
    if (!m_keychain)
        m_keychain = new keychain::SystemKeychain(QStringLiteral("Consilium"), this);
    return *m_keychain;
}

void ProfileController::finish(Result<std::unique_ptr<store::Store>> result)
{
    setBusy(false);
    if (!result) {
        reportFailure(result.error());
        return;
    }
    m_store = std::make_unique<store::StoreHost>(std::move(*result));
    Q_EMIT unlocked();
}

void ProfileController::reportFailure(const Error& error)
{
    // Core errors are English for logs and tools; the one users meet most is said in theirs.
    // (The back-off refusal is also PermissionDenied, but the pages never submit during it.)
    const QString message = error.code == ErrorCode::PermissionDenied ? tr("Wrong passphrase.") : error.message;
    Q_EMIT failed(message, static_cast<qint64>(retryAfter().count()));
}

std::unique_ptr<store::StoreHost> ProfileController::takeStore()
{
    return std::move(m_store);
}

void ProfileController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace consilium::ui
