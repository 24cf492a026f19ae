#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace consilium::ui {

class PassphraseMeter;
class ProfileController;

/// First start on a new computer, "Link to an existing profile" (issue 8): the link file made by
/// Devices › Link New Device… on the other computer, the one-time code shown there (checked as it
/// is typed), and the passphrase for this computer's encrypted copy, with the strength meter.
/// "Link This Computer" runs ProfileController::link; its failures are said here in plain words.
class LinkProfilePage : public QWidget {
    Q_OBJECT

public:
    explicit LinkProfilePage(ProfileController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* fileField() const { return m_file; }
    [[nodiscard]] QLineEdit* codeField() const { return m_code; }
    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QLineEdit* confirmField() const { return m_confirm; }
    [[nodiscard]] QPushButton* linkButton() const { return m_link; }
    [[nodiscard]] QString statusText() const;
    /// "Step 1 of 3" above the title.
    void setStep(int step, int steps);
    /// Empties the fields (coming back to the page).
    void reset();

Q_SIGNALS:
    void backRequested();

private:
    void chooseFile();
    void updateState();
    void submit();

    ProfileController& m_controller;
    QLabel* m_step = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    PassphraseMeter* m_meter = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_link = nullptr;
    QString m_failure;
    QString m_progress;
};

} // namespace consilium::ui
