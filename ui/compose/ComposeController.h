#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class QWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class ComposeWizard;
class DraftsPage;
class SyncController;

/// Everything the main window needs of ui/compose for one open profile: the drafts page (for
/// the Cases area) and the publish wizard window, opened for a new case or a draft (one at a
/// time: asking again raises it). Destroy it before the StoreHost. GUI thread only.
class ComposeController : public QObject {
    Q_OBJECT

public:
    /// `sync` may be null (no relay: cases are stored on this computer only). `window` parents
    /// the wizard and the drafts page until the main window takes the page.
    ComposeController(store::StoreHost& host, SyncController* sync, QWidget* window);
    ~ComposeController() override;

    [[nodiscard]] DraftsPage* draftsPage() const;
    /// The wizard open now, or null.
    [[nodiscard]] ComposeWizard* wizard() const;

    /// File › New Case…: a new case, with `sources` already imported (may be empty).
    ComposeWizard* newCase(const QStringList& sources = {});
    /// Continues draft `id` in the wizard.
    ComposeWizard* resume(const QUuid& id);

Q_SIGNALS:
    /// A case was published (or queued, or stored locally): refresh the feed.
    void casePublished(const QUuid& caseId);
    void errorOccurred(const QString& message);

private:
    ComposeWizard* ensureWizard();

    store::StoreHost& m_host;
    QPointer<SyncController> m_sync;
    QWidget* m_window;
    QPointer<DraftsPage> m_drafts;
    QPointer<ComposeWizard> m_wizard;
};

} // namespace consilium::ui
