// File › Export View… (Ctrl+E): the view as on screen written to PNG and JPEG through the
// dialog seam, and a clear message for a bad name or an unwritable place.

#include "tests/imaging/SyntheticImages.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;

namespace {

int sameRgbPixels(const QImage& a, const QImage& b, int tolerance)
{
    int same = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) <= tolerance && std::abs(p.green() - q.green()) <= tolerance
                && std::abs(p.blue() - q.blue()) <= tolerance)
                ++same;
        }
    }
    return same;
}

} // namespace

TEST_CASE("Ctrl+E exports the view as on screen to PNG and JPEG", "[viewer][export]")
{
    QTemporaryDir dir;
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 3, 64);
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(900, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction* exportAction = window.findChild<QAction*>(QStringLiteral("actionExportView"));
    REQUIRE(exportAction != nullptr);
    CHECK_FALSE(exportAction->isEnabled());
    CHECK(exportAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    window.openPaths({series});
    ViewerPanel* panel = window.viewer();
    REQUIRE(test::pumpUntil([&] { return panel->viewport()->hasFrame(); }));
    CHECK(exportAction->isEnabled());

    QStringList messages;
    QObject::connect(panel, &ViewerPanel::exportFinished, &window,
                     [&](bool ok, const QString& message) { messages << (ok ? u"ok: " : u"failed: ") + message; });

    QTest::keyClick(panel->viewport(), Qt::Key_R); // something only the view has
    const QString png = dir.filePath(QStringLiteral("view.png"));
    ViewerPanel::setNextExportPath(png);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    REQUIRE(test::pumpUntil([&] { return !messages.isEmpty(); }));
    CHECK(messages.last().startsWith(QStringLiteral("ok: ")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("view.png")));
    const QImage written(png);
    REQUIRE_FALSE(written.isNull());
    const QImage screen = panel->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    REQUIRE(written.size() == screen.size());
    // Pixel for pixel the screen, except where the mouse probe would be (none here).
    CHECK(sameRgbPixels(written, screen, 0) == written.width() * written.height());

    const QString jpeg = dir.filePath(QStringLiteral("view.jpg"));
    ViewerPanel::setNextExportPath(jpeg);
    exportAction->trigger();
    REQUIRE(test::pumpUntil([&] { return messages.size() == 2; }));
    CHECK(messages.last().startsWith(QStringLiteral("ok: ")));
    const QImage lossy(jpeg);
    REQUIRE(lossy.size() == screen.size());
    CHECK(sameRgbPixels(lossy, screen, 24) > lossy.width() * lossy.height() * 95 / 100);

    ViewerPanel::setNextExportPath(dir.filePath(QStringLiteral("view.bmp")));
    exportAction->trigger();
    REQUIRE(messages.size() == 3);
    CHECK(messages.last().contains(QStringLiteral(".png")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("view.bmp"))));

    ViewerPanel::setNextExportPath(dir.filePath(QStringLiteral("no/such/folder/view.png")));
    exportAction->trigger();
    REQUIRE(test::pumpUntil([&] { return messages.size() == 4; }));
    CHECK(messages.last().startsWith(QStringLiteral("failed: ")));
}
