#pragma once

#include <QWidget>

class QCheckBox;
class QInputDialog;
class QLabel;
class QPushButton;
class QSpinBox;

namespace consilium::ui {

class ChangePassphraseDialog;
class ProfileController;
struct SettingsContext;

/// Settings › Security: when the profile locks itself, its passphrase, and whether the system
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

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    void keychainToggled(bool enabled);
    void showKeychainState(const QString& problem = {});
    void openChangePassphrase();

    ProfileController* m_controller = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QPushButton* m_changePassphrase = nullptr;
    QLabel* m_passphraseStatus = nullptr;
    QCheckBox* m_keychain = nullptr;
    QLabel* m_keychainStatus = nullptr;
    QInputDialog* m_prompt = nullptr;
    ChangePassphraseDialog* m_changeDialog = nullptr;
};

} // namespace consilium::ui
