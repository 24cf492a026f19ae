// Files and folders dropped on the main window open in the viewer; File › Open Recent keeps the
// last ten, newest first, per profile, and prunes what has disappeared with a message.

#include "tests/imaging/SyntheticImages.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RecentItems.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace consilium;
using namespace consilium::ui;

namespace {

// Settings go to a temporary folder for the test's lifetime, never to the user's.
struct IsolatedSettings {
    QTemporaryDir dir;
    IsolatedSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); }
};

QStringList recentEntries(QMenu* menu)
{
    QStringList entries;
    for (QAction* action : menu->actions()) {
        if (action->objectName().startsWith(QStringLiteral("actionRecent")))
            entries << action->text();
    }
    return entries;
}

} // namespace

TEST_CASE("a folder dropped on the window opens in the viewer; file drags of other kinds are refused", "[viewer][dnd]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 3, 32);
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(900, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.org/a.dcm"))});
    QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(series)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    REQUIRE(window.viewer() != nullptr);
    REQUIRE(test::pumpUntil([&] { return window.viewer()->viewport()->hasFrame(); }));
    CHECK(window.viewer()->series().size() == 1);
    CHECK(window.viewer()->imageCount() == 3);

    // A second folder dropped on a pane (not the window itself) reaches the window too.
    const QString other = dir.filePath(QStringLiteral("other"));
    test::writeCtPhantomSeries(other, 5, 32);
    QMimeData more;
    more.setUrls({QUrl::fromLocalFile(other)});
    QWidget* pane = window.viewer()->viewport()->parentWidget(); // the ViewerPane, which accepts drops
    const QPoint at = pane->rect().center();
    // The pane ignores file drags; QApplication hands them on to the window, which takes them.
    QDragEnterEvent enterPane(at, Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(pane, &enterPane);
    CHECK(enterPane.isAccepted());
    QDropEvent dropPane(QPointF(at), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(pane, &dropPane);
    REQUIRE(test::pumpUntil([&] { return window.viewer()->imageCount() == 5; }));
}

TEST_CASE("Open Recent lists what was opened, newest first, at most ten, and prunes the missing", "[viewer][recent]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    QStringList folders;
    for (int i = 0; i < 12; ++i) {
        folders << dir.filePath(QStringLiteral("series%1").arg(i));
        test::writeCtPhantomSeries(folders.last(), 1, 16);
    }
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(900, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QMenu* recent = window.recentMenu();
    REQUIRE(recent != nullptr);
    window.updateRecentMenu();
    CHECK(recentEntries(recent).isEmpty());

    for (const QString& folder : folders)
        window.openPaths({folder});
    window.updateRecentMenu();
    QStringList entries = recentEntries(recent);
    REQUIRE(entries.size() == RecentItems::kMaximum);
    CHECK(entries.first() == u"&1 " + QDir::toNativeSeparators(folders[11]));
    CHECK(entries.last().endsWith(QDir::toNativeSeparators(folders[2])));

    // Opening an old one again moves it to the front without duplicating it.
    window.openPaths({folders[5]});
    window.updateRecentMenu();
    entries = recentEntries(recent);
    CHECK(entries.size() == RecentItems::kMaximum);
    CHECK(entries.first().endsWith(QDir::toNativeSeparators(folders[5])));
    CHECK(entries.filter(QDir::toNativeSeparators(folders[5])).size() == 1);

    // Another profile has its own list.
    CHECK(RecentItems(QStringLiteral("other")).paths().isEmpty());

    // Two disappear: they are pruned when the menu opens, and the status bar says so.
    REQUIRE(QDir(folders[11]).removeRecursively());
    REQUIRE(QDir(folders[10]).removeRecursively());
    QMetaObject::invokeMethod(recent, "aboutToShow");
    entries = recentEntries(recent);
    CHECK(entries.size() == RecentItems::kMaximum - 2);
    CHECK(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(folders[11])));

    // An entry chosen after it vanished is removed with a message, not opened.
    REQUIRE(QDir(folders[5]).removeRecursively());
    QAction* first = recent->findChild<QAction*>(QStringLiteral("actionRecent1"));
    REQUIRE(first != nullptr);
    first->trigger();
    CHECK(RecentItems(MainWindow::defaultProfileName()).paths().size() == RecentItems::kMaximum - 3);
    auto* message = window.findChild<QMessageBox*>(QStringLiteral("recentMissingMessage"));
    REQUIRE(message != nullptr);
    CHECK(message->text().contains(QDir::toNativeSeparators(folders[5])));
    message->close();

    // Choosing an existing entry opens it.
    QAction* again = recent->findChild<QAction*>(QStringLiteral("actionRecent1"));
    REQUIRE(again != nullptr);
    again->trigger();
    REQUIRE(test::pumpUntil([&] { return window.viewer()->viewport()->hasFrame(); }));

    // Files of different folders are remembered each, in the order given; several files of one
    // folder as the folder.
    window.openPaths({folders[0] + QStringLiteral("/IM0000.dcm"), folders[1] + QStringLiteral("/IM0000.dcm")});
    RecentItems items(MainWindow::defaultProfileName());
    CHECK(items.paths().mid(0, 2)
          == QStringList({folders[0] + QStringLiteral("/IM0000.dcm"), folders[1] + QStringLiteral("/IM0000.dcm")}));
    const QString pair = dir.filePath(QStringLiteral("pair"));
    test::writeCtPhantomSeries(pair, 2, 16);
    items.addOpened({pair + QStringLiteral("/IM0000.dcm"), pair + QStringLiteral("/IM0001.dcm")});
    CHECK(items.paths().first() == pair);
    items.clear();
    CHECK(items.paths().isEmpty());
}
