#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace consilium::ui {

class ProfileController;

/// Unlocking an existing profile: one passphrase field. A wrong passphrase is said plainly and
/// the field stays disabled, with a countdown, for as long as the vault's back-off refuses the
/// next attempt (also after a restart: ProfileVault keeps the count).
///
/// Keychain unlock (opt-in, "Remember on this computer"): the profile's key is then kept in the
/// system keychain. The page asks the keychain by itself only when the app starts; after a lock
/// (idle or Ctrl+L) the user presses "Use System Keychain", or a lock would undo itself.
class UnlockPage : public QWidget {
    Q_OBJECT

public:
    UnlockPage(ProfileController& controller, const QString& profileName, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }
    [[nodiscard]] QCheckBox* rememberBox() const { return m_remember; }
    [[nodiscard]] QPushButton* keychainButton() const { return m_keychain; }
    [[nodiscard]] QString statusText() const;
    /// "Forgot passphrase? Use recovery key", shown for profiles that have one.
    [[nodiscard]] QPushButton* recoveryButton() const { return m_recovery; }

Q_SIGNALS:
    void recoveryRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    void updateState();

    ProfileController& m_controller;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_keychain = nullptr;
    QPushButton* m_recovery = nullptr;
    QLabel* m_status = nullptr;
    bool m_shownBefore = false;
    QTimer* m_countdown = nullptr;
    QString m_failure;
};

} // namespace consilium::ui
