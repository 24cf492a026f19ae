// Screenshots of the app as the README's run command shows it: the demo profiles seeded, Dr.
// Amara Okafor's profile unlocked through the unlock page, the feed, a case page, and the
// case's images in the viewer. Hidden (run with "[.screenshots-demo]"): it seeds the demo.

#include "core/demo/DemoSeeder.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/UnlockPage.h"
#include "ui/feed/CasePage.h"
#include "ui/feed/CommentThreadModel.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ViewerPanel.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;
using consilium::test::screenshotDir;

TEST_CASE("screenshots of the demo: unlock, feed, case page, case images", "[.screenshots-demo]")
{
    QTemporaryDir root;
    demo::DemoOptions options;
    options.dataRoot = root.path();
    options.argon2Ops = 1;
    options.argon2MemBytes = 8ull * 1024 * 1024;
    REQUIRE(demo::seedDemo(options).has_value());

    MainWindowOptions windowOptions;
    windowOptions.profileFolder = QDir(root.path()).filePath(QStringLiteral("profiles/amara"));
    MainWindow window(QStringLiteral("amara"), windowOptions);
    window.resize(1280, 800);
    window.show();
    REQUIRE(pumpUntil([&] { return window.isVisible(); }));
    REQUIRE(window.profileGate()->currentWidget() == window.profileGate()->unlockPage());
    saveScreenshot(window, QStringLiteral("demo-1-unlock"));

    UnlockPage* unlock = window.profileGate()->unlockPage();
    QTest::keyClicks(unlock->passphraseField(), QLatin1String(demo::kDemoPassphrase));
    QTest::keyClick(unlock->passphraseField(), Qt::Key_Return);
    REQUIRE(pumpUntil([&] { return window.feedPage() && window.feedPage()->model()->rowCount() == 5; }));
    // Every demo case has images: the cards show their thumbnails once made in the background.
    const auto thumbnails = [&] {
        int shown = 0;
        for (int row = 0; row < window.feedPage()->model()->rowCount(); ++row)
            shown +=
                window.feedPage()->model()->index(row).data(FeedModel::ThumbnailRole).value<QImage>().isNull() ? 0 : 1;
        return shown;
    };
    CHECK(pumpUntil([&] { return thumbnails() == 5; }, 60000));
    saveScreenshot(window, QStringLiteral("demo-2-feed"));

    // The CT phantom case: its discussion, then its images in the viewer.
    FeedPage* feed = window.feedPage();
    const QModelIndex first = feed->model()->index(0);
    Q_EMIT feed->caseActivated(first.data(FeedModel::CaseIdRole).toUuid());
    REQUIRE(
        pumpUntil([&] { return window.casePage()->isLoaded() && window.casePage()->viewImagesButton()->isEnabled(); }));
    saveScreenshot(window, QStringLiteral("demo-3-case"));
    window.casePage()->viewImages();
    REQUIRE(pumpUntil([&] { return window.viewer() && window.viewer()->isVisible(); }));
    QThread::msleep(1500);
    pumpUntil([] { return false; }, 1500);
    saveScreenshot(window, QStringLiteral("demo-4-case-images"));
}
