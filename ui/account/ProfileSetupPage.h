#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace consilium::ui {

class PassphraseMeter;
class ProfileController;

/// First start: who you are (name, profession, specialty) and the passphrase that protects this
/// profile's encrypted cache, with a live strength meter. "Create profile" is enabled only for a
/// name, a passphrase rated Good or better, and a matching confirmation.
class ProfileSetupPage : public QWidget {
    Q_OBJECT

public:
    explicit ProfileSetupPage(ProfileController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* createButton() const { return m_create; }
    [[nodiscard]] QPushButton* linkButton() const { return m_link; }
    [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
    /// "Step 1 of 3" above the title (the gate knows how many steps there are).
    void setStep(int step, int steps);

Q_SIGNALS:
    /// "Link to an existing profile…": this computer joins an identity used elsewhere.
    void linkRequested();
    /// "Restore with recovery key…": every device is lost; the key backup on the relay restores.
    void restoreRequested();

private:
    void updateState();
    void submit();
    void showFailure(const QString& message);

    ProfileController& m_controller;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profession = nullptr;
    QComboBox* m_specialty = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    PassphraseMeter* m_meter = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_step = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace consilium::ui
