#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace consilium::ui {

class ProfileController;

/// Unlocking an existing profile: one passphrase field. A wrong passphrase is said plainly and
/// the field stays disabled, with a countdown, for as long as the vault's back-off refuses the
/// next attempt (also after a restart: ProfileVault keeps the count).
class UnlockPage : public QWidget {
    Q_OBJECT

public:
    UnlockPage(ProfileController& controller, const QString& profileName, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }
    [[nodiscard]] QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    void updateState();

    ProfileController& m_controller;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_countdown = nullptr;
    QString m_failure;
};

} // namespace consilium::ui
