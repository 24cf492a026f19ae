#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace consilium::ui {

class ProfileController;

/// First start: who you are (name, profession, specialty) and the passphrase that protects this
/// profile's encrypted cache, with a live strength meter. "Create profile" is enabled only for a
/// name, a passphrase rated Good or better, and a matching confirmation.
class ProfileSetupPage : public QWidget {
    Q_OBJECT

public:
    explicit ProfileSetupPage(ProfileController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* createButton() const { return m_create; }

private:
    void updateState();
    void submit();
    void showFailure(const QString& message);

    ProfileController& m_controller;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profession = nullptr;
    QComboBox* m_specialty = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_strength = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_advice = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace consilium::ui
