#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace consilium::ui {

class ComposeSession;

/// Step 3: de-identification of the chosen images off the GUI thread (core/deid's
/// InputDeidentifier with the default profile and OCR), with the profile's summary and the
/// per-file report: attributes removed, emptied and replaced, text regions found and redacted,
/// residual risks. Continuing needs every file de-identified.
class DeidPage : public QWizardPage {
    Q_OBJECT

public:
    explicit DeidPage(ComposeSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* report() const { return m_report; }
    [[nodiscard]] QLabel* profileSummary() const { return m_profile; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): a page that is not complete refuses here.
    bool validatePage() override { return isComplete(); }
    void cleanupPage() override {}

private:
    void showReport();

    ComposeSession& m_session;
    QLabel* m_profile;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTreeWidget* m_report;
};

} // namespace consilium::ui
