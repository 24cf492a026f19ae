#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class CredentialImportPanel;

/// The last, optional onboarding step: import the clinician credential a verifier issued, so
/// colleagues see this profile as verified; "Skip for Now" leaves it for File › Import
/// Credential…. Emits finished() either way.
class CredentialStepPage : public QWidget {
    Q_OBJECT

public:
    explicit CredentialStepPage(QWidget* parent = nullptr);

    void setStore(store::StoreHost* host);
    void setStep(int step, int steps);
    [[nodiscard]] CredentialImportPanel* panel() const { return m_panel; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }
    [[nodiscard]] QPushButton* skipButton() const { return m_skip; }

Q_SIGNALS:
    void finished();

private:
    CredentialImportPanel* m_panel = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_skip = nullptr;
    QLabel* m_step = nullptr;
};

} // namespace consilium::ui
