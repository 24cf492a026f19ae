#pragma once

#include "ui/compose/ComposeSession.h"

#include <QUuid>
#include <QWizard>

class QLabel;

namespace consilium::ui {

class AudiencePage;
class DeidPage;
class DescribePage;
class ImportPage;
class PublishPage;
class ReviewPage;
class SelectPage;

/// File › New Case…: the publish wizard (issue 8). Import → choose series or key images →
/// de-identify → review redactions and annotate → describe (consent required) → audience →
/// publish. The draft is saved encrypted in the profile's store whenever a step is reached and
/// while the author types, and any draft can be resumed where it was left. A window of its
/// own, so the feed and the viewer stay usable meanwhile. GUI thread only.
class ComposeWizard : public QWizard {
    Q_OBJECT

public:
    explicit ComposeWizard(ComposeServices services, QWidget* parent = nullptr);
    ~ComposeWizard() override;

    /// Starts a new, empty case (optionally with files already imported, e.g. dropped).
    void startNew(const QStringList& sources = {});
    /// Loads draft `id` from the store and continues at the step it had reached; draftLoaded or
    /// loadFailed follows.
    void resumeDraft(const QUuid& id);
    /// Still on its way to the step the draft had reached (pages scanning, de-identifying).
    [[nodiscard]] bool isResuming() const { return m_resumeTo > currentId(); }

    [[nodiscard]] ComposeSession& session() { return *m_session; }
    [[nodiscard]] ImportPage* importPage() const { return m_import; }
    [[nodiscard]] SelectPage* selectPage() const { return m_select; }
    [[nodiscard]] DeidPage* deidPage() const { return m_deid; }
    [[nodiscard]] ReviewPage* reviewPage() const { return m_review; }
    [[nodiscard]] DescribePage* describePage() const { return m_describe; }
    [[nodiscard]] AudiencePage* audiencePage() const { return m_audience; }
    [[nodiscard]] PublishPage* publishPage() const { return m_publish; }

Q_SIGNALS:
    /// The case was published (or queued, or stored locally): refresh the feed, show it.
    void casePublished(const QUuid& caseId);
    void draftLoaded();
    void loadFailed(const QString& message);
    /// A draft was saved or removed: the drafts list is out of date.
    void draftsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void pageChanged(int id);
    void continueResume();
    void restoreButtons();
    void buildStepList();
    void updateStepList(int current);

    ComposeSession* m_session;
    ImportPage* m_import;
    SelectPage* m_select;
    DeidPage* m_deid;
    ReviewPage* m_review;
    DescribePage* m_describe;
    AudiencePage* m_audience;
    PublishPage* m_publish;
    QList<QLabel*> m_steps;
    int m_resumeTo = -1;
};

} // namespace consilium::ui
