#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace consilium::ui {

class ComposeSession;

/// Step 5: the case's text — title, clinical question, history, findings, specialty, tags — and
/// the author's consent attestation, which is required to continue. Every edit goes into the
/// draft, saved a moment after typing stops.
class DescribePage : public QWizardPage {
    Q_OBJECT

public:
    explicit DescribePage(ComposeSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit* questionEdit() const { return m_question; }
    [[nodiscard]] QPlainTextEdit* historyEdit() const { return m_history; }
    [[nodiscard]] QPlainTextEdit* findingsEdit() const { return m_findings; }
    [[nodiscard]] QComboBox* specialtyBox() const { return m_specialty; }
    [[nodiscard]] QLineEdit* tagsEdit() const { return m_tags; }
    [[nodiscard]] QCheckBox* consentBox() const { return m_consent; }

    /// The specialties offered (the author may type another).
    static QStringList specialties();

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): a page that is not complete refuses here.
    bool validatePage() override;
    void cleanupPage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void store();

    ComposeSession& m_session;
    QLineEdit* m_title;
    QPlainTextEdit* m_question;
    QPlainTextEdit* m_history;
    QPlainTextEdit* m_findings;
    QComboBox* m_specialty;
    QLineEdit* m_tags;
    QCheckBox* m_consent;
    class QTimer* m_saveTimer;
    bool m_loading = false;
};

} // namespace consilium::ui
