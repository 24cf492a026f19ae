// The navigation sidebar on its own, offscreen: sections in order with their pages, Ctrl+Alt+N
// shortcuts (and an extra one), the badge and what screen readers hear, a detail page over a
// section and the way back, replacing and clearing sections.

#include "ui/navigation/Navigator.h"
#include "ui/navigation/SidebarDelegate.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;

namespace {

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

/// A top-level window holding the navigator, shown and active so window shortcuts work.
struct Fixture {
    QWidget window;
    Navigator* navigator = new Navigator(&window);
    QMenu menu;
    QList<QPointer<QLabel>> pages;

    Fixture()
    {
        auto* layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(navigator);
        navigator->setMenu(&menu);
        const QList<std::pair<QString, QString>> sections{{QStringLiteral("feed"), QStringLiteral("Feed")},
                                                          {QStringLiteral("mine"), QStringLiteral("My Cases")},
                                                          {QStringLiteral("offline"), QStringLiteral("Offline")},
                                                          {QStringLiteral("search"), QStringLiteral("Search")}};
        const char* icons[] = {"nav-feed", "nav-mine", "nav-offline", "nav-search"};
        for (int i = 0; i < sections.size(); ++i) {
            auto* page = new QLabel(sections[i].second + QStringLiteral(" page"));
            page->setAlignment(Qt::AlignCenter);
            pages << page;
            navigator->addSection(sections[i].first, icon(icons[i]), sections[i].second, page);
        }
        window.resize(720, 420);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("the sidebar lists its sections in order, each with its page and Ctrl+Alt+N", "[ui][navigation]")
{
    Fixture f;
    CHECK(f.navigator->sectionIds()
          == QStringList{QStringLiteral("feed"), QStringLiteral("mine"), QStringLiteral("offline"),
                         QStringLiteral("search")});
    CHECK(f.navigator->sidebar()->model()->rowCount() == 4);
    CHECK(f.navigator->currentSection() == QStringLiteral("feed")); // the first section added
    CHECK(f.navigator->currentPage() == f.pages[0]);
    for (int i = 0; i < 4; ++i) {
        QAction* action = f.navigator->action(f.navigator->sectionIds()[i]);
        REQUIRE(action != nullptr);
        CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + i)));
        CHECK(f.menu.actions().contains(action));
    }
    f.navigator->setExtraShortcuts(QStringLiteral("search"), {QKeySequence(Qt::CTRL | Qt::Key_F)});
    QAction* search = f.navigator->action(QStringLiteral("search"));
    CHECK(search->shortcuts()
          == QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::Key_F)});
    CHECK(search->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText)));

    // From the keyboard: Ctrl+Alt+3, then Ctrl+F.
    QSignalSpy activated(f.navigator, &Navigator::sectionActivated);
    QTest::keyClick(&f.window, Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
    CHECK(f.navigator->currentSection() == QStringLiteral("offline"));
    CHECK(f.navigator->currentPage() == f.pages[2]);
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(f.navigator->currentSection() == QStringLiteral("search"));
    CHECK(f.navigator->currentPage() == f.pages[3]);
    REQUIRE(activated.size() == 2);
    CHECK(activated.at(0).at(0).toString() == QStringLiteral("offline"));

    // Arrow keys in the sidebar move between sections as a native sidebar does.
    f.navigator->sidebar()->setFocus();
    QTest::keyClick(f.navigator->sidebar(), Qt::Key_Up);
    CHECK(f.navigator->currentSection() == QStringLiteral("offline"));
    CHECK(f.navigator->setCurrentSection(QStringLiteral("nonexistent")) == false);
    CHECK(f.navigator->currentSection() == QStringLiteral("offline"));
}

TEST_CASE("a badge counts on a section's row, for the eye and for screen readers", "[ui][navigation]")
{
    Fixture f;
    f.navigator->setBadge(QStringLiteral("feed"), 12);
    CHECK(f.navigator->badge(QStringLiteral("feed")) == 12);
    const QModelIndex feedRow = f.navigator->sidebar()->model()->index(0, 0);
    CHECK(feedRow.data(SidebarDelegate::BadgeRole).toInt() == 12);
    CHECK(feedRow.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("12")));
    CHECK(f.navigator->badge(QStringLiteral("mine")) == 0);
    CHECK(SidebarDelegate::badgeText(7) == QStringLiteral("7"));
    CHECK(SidebarDelegate::badgeText(4000) == QStringLiteral("999+"));
    f.navigator->setCurrentSection(QStringLiteral("feed"));
    f.navigator->sidebar()->setFocus();
    pumpUntil([] { return false; }, 100);
    saveScreenshot(f.window, QStringLiteral("navigation-sidebar"));

    f.navigator->setBadge(QStringLiteral("feed"), -3); // nonsense counts hide the badge
    CHECK(f.navigator->badge(QStringLiteral("feed")) == 0);
    CHECK(feedRow.data(Qt::AccessibleTextRole).toString() == QStringLiteral("Feed"));

    // A count that arrives before its section is kept for it (the feed's unread count is
    // asked for before the feed's page exists), and forgotten with the sections.
    f.navigator->setBadge(QStringLiteral("later"), 3);
    CHECK(f.navigator->sidebar()->model()->rowCount() == 4);
    f.navigator->addSection(QStringLiteral("later"), icon("nav-feed"), QStringLiteral("Later"),
                            new QLabel(QStringLiteral("Later")));
    CHECK(f.navigator->badge(QStringLiteral("later")) == 3);
    CHECK(f.navigator->sidebar()->model()->index(4, 0).data(SidebarDelegate::BadgeRole).toInt() == 3);
    f.navigator->setBadge(QStringLiteral("gone"), 5);
    f.navigator->clearSections();
    f.navigator->addSection(QStringLiteral("gone"), icon("nav-feed"), QStringLiteral("Gone"),
                            new QLabel(QStringLiteral("Gone")));
    CHECK(f.navigator->badge(QStringLiteral("gone")) == 0);
}

TEST_CASE("a detail page shows over its section, and the section's row leads back", "[ui][navigation]")
{
    Fixture f;
    f.navigator->setCurrentSection(QStringLiteral("mine"));
    QLabel detail(QStringLiteral("A case"));
    f.navigator->showDetail(&detail);
    CHECK(f.navigator->isShowingDetail());
    CHECK(f.navigator->currentPage() == &detail);
    CHECK(f.navigator->currentSection() == QStringLiteral("mine")); // its row stays selected

    // A click on the selected row goes back to the list.
    QListView* sidebar = f.navigator->sidebar();
    const QRect row = sidebar->visualRect(sidebar->model()->index(1, 0));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, row.center());
    CHECK_FALSE(f.navigator->isShowingDetail());
    CHECK(f.navigator->currentPage() == f.pages[1]);

    // Another section's shortcut also leaves the detail page.
    f.navigator->showDetail(&detail);
    QTest::keyClick(&f.window, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    CHECK(f.navigator->currentPage() == f.pages[0]);

    f.navigator->clearSections(); // the detail page is the caller's: left alone
    CHECK(f.navigator->sectionIds().isEmpty());
    CHECK(detail.parent() != nullptr);
    detail.setParent(nullptr);
}

TEST_CASE("adding a section again replaces its page; clearing removes pages and menu entries", "[ui][navigation]")
{
    Fixture f;
    auto* replacement = new QLabel(QStringLiteral("Another feed"));
    QAction* action =
        f.navigator->addSection(QStringLiteral("feed"), icon("nav-feed"), QStringLiteral("News"), replacement);
    CHECK(f.navigator->sectionIds().size() == 4);
    CHECK(f.pages[0].isNull()); // the page it replaced was deleted
    CHECK(f.navigator->page(QStringLiteral("feed")) == replacement);
    CHECK(action->text() == QStringLiteral("News"));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));

    // A fifth section, as Drafts or Groups will add: one line, the next shortcut.
    QAction* drafts = f.navigator->addSection(QStringLiteral("drafts"), icon("nav-feed"), QStringLiteral("Drafts"),
                                              new QLabel(QStringLiteral("Drafts")));
    CHECK(drafts->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_5));
    CHECK(f.menu.actions().size() == 5);

    // A page someone else owns (the compose controller's drafts page): never deleted here, and
    // its owner may delete it first without leaving a dangling section behind.
    QPointer<QLabel> borrowed = new QLabel(QStringLiteral("Borrowed"));
    f.navigator->addSection(QStringLiteral("borrowed"), icon("nav-drafts"), QStringLiteral("Borrowed"), borrowed,
                            Navigator::PageOwner::Caller);
    QPointer<QLabel> goesFirst = new QLabel(QStringLiteral("Goes first"));
    f.navigator->addSection(QStringLiteral("first"), icon("nav-people"), QStringLiteral("Goes first"), goesFirst,
                            Navigator::PageOwner::Caller);
    delete goesFirst.data();
    CHECK_FALSE(f.navigator->setCurrentSection(QStringLiteral("first")));

    f.navigator->clearSections();
    CHECK_FALSE(borrowed.isNull());
    delete borrowed.data();
    CHECK(f.navigator->sectionIds().isEmpty());
    CHECK(f.navigator->sidebar()->model()->rowCount() == 0);
    CHECK(f.menu.actions().isEmpty());
    for (const QPointer<QLabel>& page : f.pages)
        CHECK(page.isNull());
    CHECK(f.navigator->currentSection().isEmpty());
}
