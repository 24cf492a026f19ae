#pragma once

#include "core/crypto/VerifierDirectory.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace consilium::ui {

class PassphraseMeter;
class ProfileController;

/// First start when every device is lost, "Restore with recovery key" (issue 8, docs/protocol.md
/// § 14.3): the relay the profile used (prefilled with the app's), the recovery key (checked as it
/// is typed), the folder of the verifier that issued the credential (pinned, as at creation) and
/// a new passphrase with the strength meter. "Restore Profile" runs ProfileController::restore,
/// which can be cancelled; its failures are said here in plain words.
class RestoreProfilePage : public QWidget {
    Q_OBJECT

public:
    explicit RestoreProfilePage(ProfileController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* relayField() const { return m_relay; }
    [[nodiscard]] QLineEdit* recoveryKeyField() const { return m_key; }
    [[nodiscard]] QLineEdit* verifierField() const { return m_verifier; }
    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QLineEdit* confirmField() const { return m_confirm; }
    [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton* backButton() const { return m_back; }
    [[nodiscard]] QString statusText() const;
    /// The relay the app was started with (`consilium --relay`), proposed in the relay field.
    void setDefaultRelay(const QString& url);
    /// "Step 1 of 3" above the title.
    void setStep(int step, int steps);
    /// Empties the fields (coming back to the page); the relay goes back to the default.
    void reset();

Q_SIGNALS:
    void backRequested();

private:
    void fitColumn();
    void chooseVerifier();
    void readVerifier();
    void updateState();
    void submit();

    ProfileController& m_controller;
    QString m_defaultRelay;
    std::optional<crypto::VerifierPublicState> m_verifierState;
    QString m_verifierProblem;
    QWidget* m_column = nullptr;
    QLabel* m_step = nullptr;
    QLineEdit* m_relay = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_verifier = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_verifierNote = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    PassphraseMeter* m_meter = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_failure;
    QString m_progress;
    bool m_cancelling = false;
};

} // namespace consilium::ui
