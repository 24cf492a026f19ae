// The magnifier (M: a tap keeps it, a hold shows it while held) enlarges the image around the
// cursor and nothing else; Help › Keyboard Shortcuts (F1) lists every command of every menu
// with its shortcuts, straight from the QActions.

#include "tests/imaging/SyntheticImages.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace consilium;
using namespace consilium::ui;

namespace {

struct Opened {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    ViewerPanel* panel = nullptr;
    ImageViewport* viewport = nullptr;
};

void open(Opened& opened)
{
    const QString series = opened.dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 3, 128);
    opened.window = std::make_unique<MainWindow>(MainWindow::defaultProfileName());
    opened.window->resize(1000, 700);
    opened.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(opened.window.get()));
    opened.window->openPaths({series});
    opened.panel = opened.window->viewer();
    opened.viewport = opened.panel->viewport();
    REQUIRE(test::pumpUntil([&] { return opened.viewport->hasFrame(); }));
}

// Pixels that differ between two grabs inside and outside a circle.
std::pair<int, int> differences(const QImage& a, const QImage& b, QPointF centre, double radius, double ratio)
{
    int inside = 0;
    int outside = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) == b.pixel(x, y))
                continue;
            const double d = std::hypot(x / ratio - centre.x(), y / ratio - centre.y());
            (d <= radius + 4 ? inside : outside) += 1; // the ring's antialiased edge
        }
    }
    return {inside, outside};
}

} // namespace

TEST_CASE("M shows a loupe that magnifies around the cursor, tapped or held", "[viewer][magnifier]")
{
    Opened opened;
    open(opened);
    ImageViewport& viewport = *opened.viewport;
    viewport.setFocus();
    // Aim at the edge of the bone square, where magnifying changes what is seen.
    const auto p = test::phantomPoints(128, opened.panel->currentImage());
    QPointF target;
    for (int y = 0; y < viewport.height() && target.isNull(); ++y)
        for (int x = 0; x < viewport.width(); ++x)
            if (viewport.imagePixelAt(QPointF(x + 0.5, y + 0.5)) == QPoint(p.boneX, p.boneY)) {
                target = QPointF(x + 0.5, y + 0.5);
                break;
            }
    REQUIRE_FALSE(target.isNull());
    QTest::mouseMove(&viewport, target.toPoint());
    const QImage before = viewport.grab().toImage();
    const double ratio = before.width() / double(viewport.width());

    // A tap keeps it on.
    QTest::keyClick(&viewport, Qt::Key_M);
    REQUIRE(viewport.magnifier());
    QAction* action = opened.panel->findChild<QAction*>(QStringLiteral("actionMagnifier"));
    REQUIRE(action != nullptr);
    CHECK(action->isChecked());
    CHECK(viewport.magnifierCentre() == target.toPoint());
    const QImage loupe = viewport.grab().toImage();
    const auto [inside, outside] =
        differences(before, loupe, viewport.magnifierCentre(), ImageViewport::kMagnifierDiameter / 2.0, ratio);
    CHECK(inside > 1000);
    CHECK(outside == 0);
    // The pixel under the cursor is the same image pixel, magnified: its grey is unchanged.
    const QPoint c = (viewport.magnifierCentre() * ratio).toPoint();
    CHECK(qGray(loupe.pixel(c)) == qGray(before.pixel(c)));
    test::saveScreenshot(*opened.window, QStringLiteral("viewer-magnifier"));
    QTest::keyClick(&viewport, Qt::Key_M);
    CHECK_FALSE(viewport.magnifier());
    CHECK_FALSE(action->isChecked());

    // A hold: on while the key is down, off when it is released.
    QTest::keyPress(&viewport, Qt::Key_M);
    REQUIRE(viewport.magnifier());
    QTest::qWait(400);
    QTest::keyRelease(&viewport, Qt::Key_M);
    CHECK_FALSE(viewport.magnifier());
    CHECK_FALSE(action->isChecked());
}

TEST_CASE("F1 lists every menu command with its shortcuts, generated from the actions", "[viewer][shortcuts]")
{
    Opened opened;
    open(opened);
    QTest::keyClick(opened.viewport, Qt::Key_F1);
    auto* dialog = opened.window->findChild<ShortcutsDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    QTreeWidget* table = dialog->table();

    // Every action with a shortcut in every menu is there, with all its keys.
    QHash<QString, QString> listed;
    for (int g = 0; g < table->topLevelItemCount(); ++g)
        for (int i = 0; i < table->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem* item = table->topLevelItem(g)->child(i);
            listed.insert(item->data(0, Qt::UserRole).toString(), item->text(1));
        }
    int checked = 0;
    for (QAction* menuAction : opened.window->menuBar()->actions()) {
        for (QAction* action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            INFO(action->objectName().toStdString());
            REQUIRE(listed.contains(action->objectName()));
            for (const QKeySequence& key : action->shortcuts())
                CHECK(listed.value(action->objectName()).contains(key.toString(QKeySequence::NativeText)));
            ++checked;
        }
    }
    CHECK(checked > 30);
    CHECK(listed.value(QStringLiteral("actionTagBrowser"))
          == QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText));
    CHECK(listed.value(QStringLiteral("actionMagnifier")) == QStringLiteral("M"));
    test::saveScreenshot(*dialog, QStringLiteral("viewer-shortcuts"));

    // Searching by key or words narrows the list.
    dialog->searchField()->setText(QStringLiteral("Layout"));
    int shown = 0;
    for (int g = 0; g < table->topLevelItemCount(); ++g)
        for (int i = 0; i < table->topLevelItem(g)->childCount(); ++i)
            shown += table->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    CHECK(shown == 3);
}
