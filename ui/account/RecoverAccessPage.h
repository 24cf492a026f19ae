#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace consilium::ui {

class PassphraseMeter;
class ProfileController;

/// "Forgot passphrase?": the recovery key shown when the profile was created, and a new
/// passphrase (rated Good or better, typed twice). ProfileController::recover() opens the key
/// backup with the key and re-wraps the database key: nothing in the profile is lost.
class RecoverAccessPage : public QWidget {
    Q_OBJECT

public:
    explicit RecoverAccessPage(ProfileController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* recoveryKeyField() const { return m_key; }
    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QLineEdit* confirmField() const { return m_confirm; }
    [[nodiscard]] QPushButton* recoverButton() const { return m_recover; }
    [[nodiscard]] QPushButton* backButton() const { return m_back; }
    [[nodiscard]] QString statusText() const;
    /// Clears every field (the page is shown again).
    void reset();

Q_SIGNALS:
    void backRequested();

private:
    void updateState();
    void submit();

    ProfileController& m_controller;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    PassphraseMeter* m_meter = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_recover = nullptr;
    QString m_failure;
};

} // namespace consilium::ui
