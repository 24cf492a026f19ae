#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace consilium::ui {

class PassphraseMeter;
class ProfileController;

/// Settings › Security › Change Passphrase: the current passphrase, a new one held to the same
/// strength rule as at profile creation, and its confirmation. Only the key file is re-wrapped
/// (ProfileVault); the dialog stays open with the reason when the current passphrase is wrong.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT

public:
    ChangePassphraseDialog(ProfileController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* currentField() const { return m_current; }
    [[nodiscard]] QLineEdit* newField() const { return m_new; }
    [[nodiscard]] QLineEdit* confirmField() const { return m_confirm; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool canSubmit() const;

    void submit();

private:
    void updateState();

    ProfileController& m_controller;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    PassphraseMeter* m_meter = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_failure;
};

} // namespace consilium::ui
