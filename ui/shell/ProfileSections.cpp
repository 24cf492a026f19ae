#include "ui/shell/ProfileSections.h"

#include "ui/compose/ComposeController.h"
#include "ui/compose/DraftsPage.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/feed/ThumbnailBackfill.h"
#include "ui/navigation/Navigator.h"
#include "ui/people/GroupsPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/search/SearchPage.h"
#include "ui/sync/OutboxPage.h"
#include "ui/sync/SyncController.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace consilium::ui {

namespace {

QIcon navIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/nav-%1.svg").arg(QLatin1String(name)));
}

} // namespace

ProfileSections::ProfileSections(Navigator& navigator, store::StoreHost& host, SyncController* sync,
                                 ComposeController& compose, QObject* parent)
    : QObject(parent)
    , m_navigator(navigator)
{
    m_feed = new FeedPage(host, &navigator);
    m_feed->setObjectName(QStringLiteral("feedPage"));
    m_mine = new FeedPage(host, FeedScope::Mine, &navigator);
    m_mine->setObjectName(QStringLiteral("myCasesPage"));
    m_groups = new GroupsPage(host, sync, &navigator);
    m_groups->setObjectName(QStringLiteral("groupsPage"));
    m_people = new PeoplePage(host, sync, &navigator);
    m_people->setObjectName(QStringLiteral("peoplePage"));
    m_offline = new FeedPage(host, FeedScope::Offline, &navigator);
    m_offline->setObjectName(QStringLiteral("offlinePage"));
    m_search = new SearchPage(host, &navigator);
    m_search->setObjectName(QStringLiteral("searchPage"));
    DraftsPage* drafts = compose.draftsPage();

    //: Navigation sidebar sections.
    navigator.addSection(QStringLiteral("feed"), navIcon("feed"), tr("Feed"), m_feed);
    navigator.addSection(QStringLiteral("mine"), navIcon("mine"), tr("My Cases"), m_mine);
    QAction* groups = navigator.addSection(QStringLiteral("groups"), navIcon("groups"), tr("Groups"), m_groups);
    QAction* people = navigator.addSection(QStringLiteral("people"), navIcon("people"), tr("People"), m_people);
    QAction* draftsAction = navigator.addSection(QStringLiteral("drafts"), navIcon("drafts"), tr("Drafts"), drafts,
                                                 Navigator::PageOwner::Caller);
    if (sync) {
        m_outbox = new OutboxPage(*sync, &navigator);
        QAction* outbox = navigator.addSection(QStringLiteral("outbox"), navIcon("outbox"), tr("Outbox"), m_outbox);
        outbox->setStatusTip(tr("Published cases on their way to the relay, with their progress"));
        // The badge counts cases still to send, so a case waiting offline is never out of sight.
        const auto count = [this, sync] { m_navigator.setBadge(QStringLiteral("outbox"), sync->pendingCases()); };
        connect(sync, &SyncController::outboxChanged, this, count);
        count();
    }
    navigator.addSection(QStringLiteral("offline"), navIcon("offline"), tr("Offline"), m_offline);
    QAction* search = navigator.addSection(QStringLiteral("search"), navIcon("search"), tr("Search"), m_search);
    // The shortcuts these pages had in the Go menu before they joined the sidebar still work.
    navigator.setExtraShortcuts(QStringLiteral("groups"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    navigator.setExtraShortcuts(QStringLiteral("people"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    navigator.setExtraShortcuts(QStringLiteral("drafts"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    navigator.setExtraShortcuts(QStringLiteral("search"), {QKeySequence::Find});
    groups->setStatusTip(tr("Groups of contacts to publish cases to"));
    people->setStatusTip(tr("Your contacts, invitations and safety numbers"));
    draftsAction->setStatusTip(tr("Cases you started and have not published yet"));
    search->setStatusTip(tr("Search every case and comment cached on this computer"));

    for (FeedPage* page : {m_feed, m_mine, m_offline})
        connect(page, &FeedPage::caseActivated, this, [this](const QUuid& id) { Q_EMIT caseActivated(id, {}); });
    connect(m_search, &SearchPage::hitActivated, this, &ProfileSections::caseActivated);
    connect(m_people, &PeoplePage::peopleChanged, m_groups, &GroupsPage::reload);
    // Drafts change outside the page (the wizard saves at every step): read them when shown.
    connect(&navigator, &Navigator::sectionActivated, drafts, [drafts](const QString& id) {
        if (id == QStringLiteral("drafts"))
            drafts->refresh();
    });
    navigator.setCurrentSection(QStringLiteral("feed"));

    m_thumbnails = new ThumbnailBackfill(host, this);
    connect(m_thumbnails, &ThumbnailBackfill::thumbnailReady, this, [this](const QUuid& id) {
        for (FeedPage* page : {m_feed, m_mine, m_offline})
            page->model()->refreshCase(id);
    });
    if (sync)
        connect(sync, &SyncController::received, m_thumbnails, &ThumbnailBackfill::schedule);
    m_thumbnails->schedule();
}

ProfileSections::~ProfileSections()
{
    m_navigator.clearSections();
}

void ProfileSections::refreshAll()
{
    for (FeedPage* page : {m_feed, m_mine, m_offline})
        page->model()->refresh();
    m_search->refresh();
}

void ProfileSections::refreshCase(const QUuid& caseId)
{
    // The one card in place: the list keeps its scroll position when the reader goes back.
    m_feed->model()->refreshCase(caseId);
    m_mine->model()->refreshCase(caseId);
    m_offline->model()->refresh(); // "Keep offline" may have added or removed it
    m_thumbnails->schedule(); // images downloaded again for an evicted case: a thumbnail it lacked
}

void ProfileSections::refreshPublished()
{
    for (FeedPage* page : {m_feed, m_mine})
        page->model()->refresh();
    m_thumbnails->schedule(); // the new case's images are here: its card gets its thumbnail
}

} // namespace consilium::ui
