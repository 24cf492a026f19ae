#include "ui/compose/ComposeController.h"

#include "ui/compose/ComposeWizard.h"
#include "ui/compose/DraftsPage.h"
#include "ui/sync/SyncController.h"

namespace consilium::ui {

ComposeController::ComposeController(store::StoreHost& host, SyncController* sync, QWidget* window)
    : QObject(window)
    , m_host(host)
    , m_sync(sync)
    , m_window(window)
    , m_drafts(new DraftsPage(host, window))
{
    connect(m_drafts, &DraftsPage::newCaseRequested, this, [this] { newCase(); });
    connect(m_drafts, &DraftsPage::resumeDraft, this, &ComposeController::resume);
    connect(m_drafts, &DraftsPage::errorOccurred, this, &ComposeController::errorOccurred);
}

ComposeController::~ComposeController()
{
    // Both hold the store host by reference.
    delete m_wizard;
    delete m_drafts;
}

DraftsPage* ComposeController::draftsPage() const
{
    return m_drafts;
}

ComposeWizard* ComposeController::wizard() const
{
    return m_wizard;
}

ComposeWizard* ComposeController::ensureWizard()
{
    if (m_wizard)
        return m_wizard;
    ComposeServices services;
    services.host = &m_host;
    services.sync = m_sync;
    if (m_sync)
        services.publish = m_sync->caseWriter();
    m_wizard = new ComposeWizard(services, m_window);
    // Finished (Done, Close, Escape or the window's close button): forgotten at once, so that a
    // New Case right after gets a fresh wizard, and deleted once its signals are delivered.
    connect(m_wizard, &ComposeWizard::finished, this, [this] {
        if (ComposeWizard* finished = m_wizard.data()) {
            m_wizard = nullptr;
            finished->deleteLater();
        }
    });
    connect(m_wizard, &ComposeWizard::casePublished, this, &ComposeController::casePublished);
    connect(m_wizard, &ComposeWizard::loadFailed, this, &ComposeController::errorOccurred);
    connect(m_wizard, &ComposeWizard::draftsChanged, m_drafts, &DraftsPage::refresh);
    return m_wizard;
}

ComposeWizard* ComposeController::newCase(const QStringList& sources)
{
    const bool open = m_wizard != nullptr;
    ComposeWizard* wizard = ensureWizard();
    if (!open || !sources.isEmpty())
        wizard->startNew(sources);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

ComposeWizard* ComposeController::resume(const QUuid& id)
{
    ComposeWizard* wizard = ensureWizard();
    wizard->resumeDraft(id);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

} // namespace consilium::ui
