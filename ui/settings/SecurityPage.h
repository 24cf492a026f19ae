#pragma once

#include <QWidget>

#include <chrono>

class QCheckBox;
class QInputDialog;
class QLabel;
class QPushButton;
class QSpinBox;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class ChangePassphraseDialog;
class RecoveryKeyDialog;
class ProfileController;
struct SettingsContext;

/// Settings › Security: when the profile locks itself, its passphrase, its recovery key (made
/// for a profile that has none — the CLI's and the demo's — or replaced), and whether the system
/// keychain may open it. Each change applies at once.
class SecurityPage : public QWidget {
    Q_OBJECT

public:
    SecurityPage(const SettingsContext& context, QWidget* parent = nullptr);
    ~SecurityPage() override;

    [[nodiscard]] QSpinBox* idleLockBox() const { return m_idleLock; }
    [[nodiscard]] QPushButton* changePassphraseButton() const { return m_changePassphrase; }
    [[nodiscard]] QCheckBox* keychainBox() const { return m_keychain; }
    [[nodiscard]] QString keychainStatus() const;
    [[nodiscard]] QString passphraseStatus() const;
    /// Open while the passphrase is asked for to turn keychain unlock on (tests answer it).
    [[nodiscard]] QInputDialog* passphrasePrompt() const { return m_prompt; }
    /// Open while the passphrase is being changed.
    [[nodiscard]] ChangePassphraseDialog* changePassphraseDialog() const { return m_changeDialog; }
    /// "Create Recovery Key…" or, when the profile has one, "Replace Recovery Key…".
    [[nodiscard]] QPushButton* recoveryKeyButton() const { return m_recoveryKey; }
    [[nodiscard]] QString recoveryStatus() const;
    /// Open while a recovery key is being made.
    [[nodiscard]] RecoveryKeyDialog* recoveryKeyDialog() const { return m_recoveryDialog; }
    /// The open profile's store (null while locked): making a recovery key needs it.
    void setStoreHost(store::StoreHost* host);

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    void keychainToggled(bool enabled);
    void showKeychainState(const QString& problem = {});
    void openChangePassphrase();
    void openRecoveryKey();
    void showRecoveryState();

    ProfileController* m_controller = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QPushButton* m_changePassphrase = nullptr;
    QLabel* m_passphraseStatus = nullptr;
    QCheckBox* m_keychain = nullptr;
    QLabel* m_keychainStatus = nullptr;
    QInputDialog* m_prompt = nullptr;
    ChangePassphraseDialog* m_changeDialog = nullptr;
    QString m_folder;
    std::chrono::milliseconds m_backOff;
    store::StoreHost* m_host = nullptr;
    QPushButton* m_recoveryKey = nullptr;
    QLabel* m_recoveryStatus = nullptr;
    RecoveryKeyDialog* m_recoveryDialog = nullptr;
};

} // namespace consilium::ui
