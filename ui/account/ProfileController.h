#pragma once

#include "core/common/Error.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/VerifierDirectory.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace consilium::keychain {
class SystemKeychain;
}

namespace consilium::store {
class Store;
class StoreHost;
} // namespace consilium::store

namespace consilium::sync {
class NetworkHttpTransport;
struct RestoredIdentity;
} // namespace consilium::sync

namespace consilium::ui {

/// Who the new profile's owner is; stored as the "self" person of the profile.
struct NewProfile {
    QString displayName;
    QString profession;
    QString specialty;
};

/// Creates and unlocks a profile's encrypted store (store::ProfileVault) off the GUI thread:
/// Argon2id costs about half a second and 256 MiB by design. One operation at a time; the
/// result arrives as unlocked() (then takeStore()) or failed() with a message for the user and,
/// after a wrong passphrase, how long the next attempt is refused.
class ProfileController : public QObject {
    Q_OBJECT

public:
    /// `fixedArgon2` skips calibration (tests); by default create() measures this machine and
    /// picks Argon2id passes costing about 0.5 s with 256 MiB. `backOffBase` as ProfileVault.
    explicit ProfileController(QString profileFolder, std::optional<crypto::Argon2Params> fixedArgon2 = std::nullopt,
                               std::chrono::milliseconds backOffBase = std::chrono::seconds(1),
                               QObject* parent = nullptr);
    ~ProfileController() override;

    [[nodiscard]] bool profileExists() const;
    /// True for profiles made by `consilium-cli demo seed` (synthetic data, published passphrase).
    [[nodiscard]] bool isDemoProfile() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// How long until the vault accepts another unlock attempt.
    [[nodiscard]] std::chrono::milliseconds retryAfter() const;

    /// Also makes the profile's recovery key (store::ProfileVault, Recovery): after unlocked(),
    /// takeNewRecoveryKey() hands it over, to be shown once.
    void create(const NewProfile& profile, crypto::SecretBytes passphrase);
    /// "Link to an existing profile" (issue 8, docs/protocol.md § 19.5.1): opens the hand-over
    /// file at `handoverPath` with the one-time code as typed, creates this profile with the keys,
    /// credential and relay it holds (and a recovery key, as create() does) under `passphrase`,
    /// then joins the identity at the relay. Ends with unlocked() or linkFailed(); after a
    /// failure nothing of the new profile is left in its folder.
    void link(const QString& handoverPath, const QString& typedCode, crypto::SecretBytes passphrase);
    /// "Restore with recovery key" (issue 8, docs/protocol.md § 14.3): every device lost, the
    /// recovery key as typed finds the identity's key backup at the relay `relayUrl`; this
    /// profile is created under `passphrase` as the device the backup restores, with the
    /// credential from the relay checked against `verifier` (pinned from then on) and a new
    /// recovery key, as link() does. Ends with unlocked() or restoreFailed(); after a failure
    /// nothing of the new profile is left in its folder.
    void restore(const QString& relayUrl, const QString& typedRecoveryKey, const crypto::VerifierPublicState& verifier,
                 crypto::SecretBytes passphrase);
    /// Stops restore(): at once while the relay is being asked, else once the profile being
    /// written is closed; then removes it and ends with restoreFailed().
    void cancelRestore();
    /// True between restore() and its end.
    [[nodiscard]] bool isRestoring() const { return m_restoreRun != 0; }
    /// The recovery key made by the last create() — or by an unlock, when the previous one was
    /// never confirmed — once; empty otherwise.
    std::optional<crypto::RecoveryKey> takeNewRecoveryKey();
    [[nodiscard]] bool hasNewRecoveryKey() const { return m_newRecoveryKey.has_value(); }

    /// The user typed parts of the shown recovery key back. Until then every unlock replaces
    /// the key with a new one to show (the app may have closed while the first was on screen).
    void markRecoveryConfirmed();

    /// True when this profile can be opened with its recovery key (made by this app).
    [[nodiscard]] bool hasRecovery() const;
    /// Forgotten passphrase: opens the profile with the recovery key as typed and protects it
    /// with `newPassphrase` from then on. Ends with unlocked() or recoveryFailed().
    void recover(const QString& typedRecoveryKey, crypto::SecretBytes newPassphrase);
    /// With `rememberInKeychain`, the database key also goes to the system keychain once the
    /// profile is open, so later unlocks on this machine need no passphrase (opt-in).
    void unlock(crypto::SecretBytes passphrase, bool rememberInKeychain = false);

    /// True when the user chose to keep this profile's key in the system keychain.
    [[nodiscard]] bool usesKeychain() const;
    /// Opens the profile with the key kept in the system keychain. On failure keychainFailed()
    /// says why; it never counts as a wrong passphrase.
    void unlockWithKeychain();
    /// Turns keychain unlock on (needs the passphrase, to reach the key) or off (removes the
    /// entry). Ends with keychainChanged() or failed().
    void setKeychainEnabled(bool enabled, crypto::SecretBytes passphrase = {});
    /// Re-wraps the database key under a new passphrase (with freshly calibrated Argon2id
    /// costs); the encrypted database and a keychain entry stay as they are. Ends with
    /// passphraseChanged() or failed().
    void changePassphrase(crypto::SecretBytes current, crypto::SecretBytes replacement);

    /// The opened store until takeStore() (the onboarding steps use it first), or null.
    [[nodiscard]] store::StoreHost* storeHost() const { return m_store.get(); }
    /// The opened store after unlocked(); the caller owns it from then on.
    std::unique_ptr<store::StoreHost> takeStore();

Q_SIGNALS:
    void busyChanged(bool busy);
    void unlocked();
    void failed(const QString& message, qint64 retryAfterMs);
    /// link() did not make the profile; `message` is for the user.
    void linkFailed(const QString& message);
    /// What link() is doing now, for the page to show ("Joining your identity at the relay…").
    void linkProgress(const QString& message);
    /// restore() did not make the profile (or was cancelled); `message` is for the user.
    void restoreFailed(const QString& message);
    /// What restore() is doing now ("Looking for your key backup at the relay…").
    void restoreProgress(const QString& message);
    /// recover() did not open the profile; `message` is for the user.
    void recoveryFailed(const QString& message);
    /// The system keychain could not be used; the passphrase still works.
    void keychainFailed(const QString& message);
    void keychainChanged(bool enabled);
    void passphraseChanged();

private:
    struct Opened;
    struct Created;
    struct Linked;
    void joinLinked(Linked linked);
    void failLink(const QString& message);
    struct Restored;
    void createRestored(quint64 run, sync::RestoredIdentity restored, const crypto::VerifierPublicState& verifier,
                        const QString& relayUrl, std::shared_ptr<crypto::SecretBytes> passphrase);
    enum class KeepFolder { No, Yes };
    void failRestore(const QString& message, KeepFolder keep = KeepFolder::No);
    /// Before creating a profile here: what the folder holds, so that a failure removes only
    /// what was made (removeNewProfile()).
    void rememberFolder();
    void removeNewProfile();
    void setBusy(bool busy);
    void finish(Result<std::unique_ptr<store::Store>> result);
    void finishUnlock(Result<Opened> result);
    void reportFailure(const Error& error);
    [[nodiscard]] QString keychainMarkerPath() const;
    void markKeychain(bool enabled);
    keychain::SystemKeychain& keychain();

    QString m_folder;
    std::optional<crypto::Argon2Params> m_fixedArgon2;
    std::chrono::milliseconds m_backOffBase;
    bool m_busy = false;
    std::unique_ptr<store::StoreHost> m_store;
    std::optional<crypto::RecoveryKey> m_newRecoveryKey;
    QStringList m_entriesBefore; ///< the folder's entries before link() or restore(), kept on failure
    bool m_folderExistedBefore = false;
    std::unique_ptr<sync::NetworkHttpTransport> m_restoreTransport; ///< while the relay is asked
    quint64 m_restoreRun = 0; ///< the restore() under way (0: none); stale answers are ignored
    quint64 m_lastRestoreRun = 0;
    bool m_restoreCancelled = false;
    keychain::SystemKeychain* m_keychain = nullptr;
};

} // namespace consilium::ui
