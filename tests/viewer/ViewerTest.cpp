// The viewer through the main window, offscreen: open a generated CT series (20 slices with
// known HU regions, files named out of geometric order), scroll it, change the window by a
// simulated mouse drag and by the keyboard, and check the displayed pixels. Screenshots go to
// $CONSILIUM_SCREENSHOT_DIR (or <build>/tests/viewer/screenshots).

#include "core/imaging/DisplayPipeline.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/support/TestSupport.h"
#include "ui/editor/EditorWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/SeriesStrip.h"
#include "ui/viewer/TagBrowser.h"
#include "ui/viewer/TagTreeModel.h"
#include "ui/viewer/ViewerPane.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

using namespace consilium;
using namespace consilium::ui;

namespace {

constexpr int kSlices = 20;
constexpr int kSize = 128;

// Pumps the event loop until `done` or the deadline; tests only (production code never waits).
template <typename Predicate>
bool pumpUntil(Predicate done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return done();
}

QString screenshotDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CONSILIUM_SCREENSHOT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CONSILIUM_DEFAULT_SCREENSHOT_DIR) : fromEnvironment;
}

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QDir dir(screenshotDir());
    REQUIRE(QDir().mkpath(dir.path()));
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    REQUIRE(widget.grab().save(path));
    UNSCOPED_INFO("screenshot: " << path.toStdString());
}

int grey(const ImageViewport& viewport, int x, int y)
{
    return qGray(viewport.renderedImage().pixel(x, y));
}

// The grey on screen at image pixel (x, y): maps the pixel centre through the view.
int screenGrey(ImageViewport& viewport, int x, int y)
{
    const QImage shot = viewport.grab().toImage();
    for (int sy = 0; sy < shot.height(); sy += 1) {
        for (int sx = 0; sx < shot.width(); sx += 1) {
            if (viewport.imagePixelAt(QPointF(sx + 0.5, sy + 0.5)) == QPoint(x, y))
                return qGray(shot.pixel(sx * shot.width() / viewport.width(), sy * shot.height() / viewport.height()));
        }
    }
    return -1;
}

struct OpenedViewer {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    ViewerPanel* panel = nullptr;
    ImageViewport* viewport = nullptr;
};

void openPhantom(OpenedViewer& opened, const QStringList& extraFiles = {})
{
    REQUIRE(opened.dir.isValid());
    const QString series = opened.dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, kSlices, kSize);
    opened.window = std::make_unique<MainWindow>(MainWindow::defaultProfileName());
    opened.window->resize(1000, 700);
    opened.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(opened.window.get()));
    opened.window->openPaths(QStringList{series} + extraFiles);
    opened.panel = opened.window->viewer();
    REQUIRE(opened.panel != nullptr);
    opened.viewport = opened.panel->viewport();
    REQUIRE(pumpUntil([&] { return opened.viewport->hasFrame(); }));
}

} // namespace

TEST_CASE("an opened series is ordered by geometry, scrolls, and windows by a right-drag", "[viewer]")
{
    OpenedViewer opened;
    openPhantom(opened);
    ViewerPanel& panel = *opened.panel;
    ImageViewport& viewport = *opened.viewport;

    REQUIRE(panel.series().size() == 1);
    const auto& images = panel.series().first().images;
    REQUIRE(images.size() == kSlices);
    // Files are named (slice * 7) % 20; geometry puts slice 0 first and slice 1 second.
    CHECK(images[0].path.endsWith(QStringLiteral("IM0000.dcm")));
    CHECK(images[1].path.endsWith(QStringLiteral("IM0007.dcm")));
    CHECK(images[2].path.endsWith(QStringLiteral("IM0014.dcm")));
    CHECK(panel.seriesList()->count() == 1);

    // A CT volume opens in its middle, with the file's window 0/400.
    REQUIRE(panel.currentImage() == kSlices / 2);
    int slice = kSlices / 2;
    auto p = test::phantomPoints(kSize, slice);
    CHECK(viewport.displaySettings().window.width == 400.0);
    CHECK(grey(viewport, p.waterX, p.waterY) == 128);
    CHECK(grey(viewport, p.boneX, p.boneY) == 255);
    CHECK(grey(viewport, p.airX, p.airY) == 0);
    CHECK(std::abs(screenGrey(viewport, p.waterX, p.waterY) - 128) <= 2);
    saveScreenshot(*opened.window, QStringLiteral("viewer-phantom-opened"));

    // Scroll with the wheel: the bone square's top row (slice 10) is water in slice 11.
    const int boneTop = kSize / 4 + slice;
    QWheelEvent wheel(QPointF(200, 200), viewport.mapToGlobal(QPointF(200, 200)), {}, QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&viewport, &wheel);
    REQUIRE(pumpUntil([&] { return panel.currentImage() == slice + 1 && viewport.frame().storedAt(p.boneX, boneTop) != 0
                                   && grey(viewport, p.boneX, boneTop) == 128; }));
    ++slice;

    // Keyboard: End, Home, arrows.
    viewport.setFocus();
    QTest::keyClick(&viewport, Qt::Key_End);
    REQUIRE(pumpUntil([&] { return panel.currentImage() == kSlices - 1; }));
    QTest::keyClick(&viewport, Qt::Key_Home);
    REQUIRE(pumpUntil([&] { return panel.currentImage() == 0; }));
    QTest::keyClick(&viewport, Qt::Key_Down);
    REQUIRE(pumpUntil([&] { return panel.currentImage() == 1; }));
    QTest::keyClick(&viewport, Qt::Key_PageDown);
    REQUIRE(pumpUntil([&] { return panel.currentImage() == 3; }));
    slice = 3;
    p = test::phantomPoints(kSize, slice);
    REQUIRE(pumpUntil([&] { return grey(viewport, p.boneX, p.boneY) == 255; }));

    // Right-drag: 200 px right widens by 400 HU, 100 px down raises the level by 200 HU
    // (2 HU per pixel for a 2001 HU range). Water (0 HU) goes from mid grey to dark.
    const QPoint start(300, 300);
    QTest::mousePress(&viewport, Qt::RightButton, {}, start);
    QTest::mouseMove(&viewport, start + QPoint(100, 50));
    QTest::mouseMove(&viewport, start + QPoint(200, 100));
    QTest::mouseRelease(&viewport, Qt::RightButton, {}, start + QPoint(200, 100));
    const imaging::VoiWindow dragged = viewport.displaySettings().window;
    CHECK(dragged.width == Approx(800.0).margin(1.0));
    CHECK(dragged.center == Approx(200.0).margin(1.0));
    // ((0 - 199.5) / 799 + 0.5) * 255 = 64; fat at -100 HU: 32.
    CHECK(std::abs(grey(viewport, p.waterX, p.waterY) - 64) <= 1);
    CHECK(std::abs(grey(viewport, p.fatX, p.fatY) - 32) <= 1);
    CHECK(std::abs(screenGrey(viewport, p.waterX, p.waterY) - 64) <= 2);
    saveScreenshot(*opened.window, QStringLiteral("viewer-phantom-windowed"));

    // The window stays while scrolling (the decoder is not asked to change anything).
    QTest::keyClick(&viewport, Qt::Key_Up);
    REQUIRE(pumpUntil([&] { return panel.currentImage() == 2; }));
    CHECK(viewport.displaySettings().window.center == Approx(200.0).margin(1.0));

    // Presets on number keys, inversion and reset.
    QTest::keyClick(&viewport, Qt::Key_4); // lung -600/1500
    CHECK(viewport.displaySettings().window.center == -600.0);
    CHECK(viewport.displaySettings().window.width == 1500.0);
    QTest::keyClick(&viewport, Qt::Key_1); // brain 40/80: water at the lower edge
    CHECK(grey(viewport, p.waterX, p.waterY) == 0);
    QTest::keyClick(&viewport, Qt::Key_I);
    CHECK(grey(viewport, p.waterX, p.waterY) == 255);
    QTest::keyClick(&viewport, Qt::Key_Escape);
    CHECK_FALSE(viewport.displaySettings().invert);
    CHECK(viewport.displaySettings().window.width == 400.0);
}

TEST_CASE("the view turns, flips, zooms, probes HU and plays cine", "[viewer]")
{
    OpenedViewer opened;
    openPhantom(opened);
    ViewerPanel& panel = *opened.panel;
    ImageViewport& viewport = *opened.viewport;
    viewport.setFocus();

    const double fit = viewport.scale();
    QTest::keyClick(&viewport, Qt::Key_1, Qt::ControlModifier);
    CHECK(viewport.scale() == 1.0);
    QTest::keyClick(&viewport, Qt::Key_F);
    CHECK(viewport.scale() == Approx(fit));
    QWheelEvent zoom(QPointF(300, 300), viewport.mapToGlobal(QPointF(300, 300)), {}, QPoint(0, 120), Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&viewport, &zoom);
    CHECK(viewport.scale() == Approx(fit * 1.25));
    QTest::keyClick(&viewport, Qt::Key_F);

    // The pixel probe reads the modality value in HU under the cursor.
    const auto p = test::phantomPoints(kSize, panel.currentImage());
    const QPoint centre(viewport.width() / 2, viewport.height() / 2);
    const QPoint pixel = viewport.imagePixelAt(centre);
    REQUIRE(pixel.x() >= 0);
    CHECK(viewport.probeText(QPoint(p.airX, p.airY)).endsWith(QStringLiteral("-1000 HU")));
    CHECK(viewport.probeText(QPoint(p.boneX, p.boneY)).endsWith(QStringLiteral("1000 HU")));

    // Rotation: the top-left image pixel moves to the top-right corner of the picture.
    const QPointF nearTopLeft = [&] {
        for (int y = 0; y < viewport.height(); ++y)
            for (int x = 0; x < viewport.width(); ++x)
                if (viewport.imagePixelAt(QPointF(x + 0.5, y + 0.5)) == QPoint(0, 0))
                    return QPointF(x + 0.5, y + 0.5);
        return QPointF(-1, -1);
    }();
    QTest::keyClick(&viewport, Qt::Key_R);
    CHECK(viewport.imagePixelAt(nearTopLeft) != QPoint(0, 0));
    QTest::keyClick(&viewport, Qt::Key_H);
    saveScreenshot(*opened.window, QStringLiteral("viewer-phantom-rotated-flipped"));
    QTest::keyClick(&viewport, Qt::Key_Backspace);
    CHECK(viewport.imagePixelAt(nearTopLeft) == QPoint(0, 0));

    // Cine: Space plays through the stack and pauses.
    const int before = panel.currentImage();
    QTest::keyClick(&viewport, Qt::Key_Space);
    CHECK(panel.isPlaying());
    REQUIRE(pumpUntil([&] { return panel.currentImage() != before; }, 5000));
    QTest::keyClick(&viewport, Qt::Key_Space);
    CHECK_FALSE(panel.isPlaying());
}

TEST_CASE("the whole series joining the slice on screen keeps the user's zoom, rotation and window", "[viewer]")
{
    // What a case does: its first slice is shown at once, the rest follow when decrypted.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, kSlices, kSize);
    QStringList files;
    for (const QFileInfo& file : QDir(series).entryInfoList(QDir::Files, QDir::Name))
        files << file.absoluteFilePath();
    REQUIRE(files.size() == kSlices);
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({files[3]});
    ViewerPanel& panel = *window.viewer();
    ImageViewport& viewport = *panel.viewport();
    REQUIRE(pumpUntil([&] { return viewport.hasFrame(); }));

    viewport.zoomBy(2.0);
    viewport.rotateClockwise();
    viewport.setWindow(40, 80);
    const double scale = viewport.scale();
    const QPointF topLeftOnScreen(5.5, 5.5);
    const QPoint pixelUnderIt = viewport.imagePixelAt(topLeftOnScreen);

    bool finished = false;
    QObject::connect(&panel, &ViewerPanel::loadingFinished, &window, [&] { finished = true; });
    panel.extendPaths(files);
    REQUIRE(pumpUntil([&] { return finished; }));
    REQUIRE(panel.series().size() == 1);
    CHECK(panel.series().first().images.size() == kSlices);
    CHECK(panel.currentPath() == files[3]);
    CHECK(viewport.scale() == Approx(scale));
    CHECK(viewport.imagePixelAt(topLeftOnScreen) == pixelUnderIt);
    CHECK(viewport.effectiveWindow().center == Approx(40));
    CHECK(viewport.effectiveWindow().width == Approx(80));

    // And scrolling on from there keeps them too.
    const int at = panel.currentImage();
    QTest::keyClick(&viewport, Qt::Key_Down);
    REQUIRE(pumpUntil([&] { return panel.currentImage() != at && viewport.hasFrame(); }));
    CHECK(viewport.scale() == Approx(scale));
    CHECK(viewport.effectiveWindow().width == Approx(80));
}

TEST_CASE("the File menu opens files and folders and the Image menu lists the viewer's commands", "[viewer]")
{
    MainWindow window(MainWindow::defaultProfileName());
    QAction* openFiles = window.findChild<QAction*>(QStringLiteral("actionOpenFiles"));
    QAction* openFolder = window.findChild<QAction*>(QStringLiteral("actionOpenFolder"));
    REQUIRE(openFiles != nullptr);
    REQUIRE(openFolder != nullptr);
    CHECK(openFiles->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(openFolder->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    CHECK_FALSE(openFiles->toolTip().isEmpty());
    CHECK_FALSE(openFolder->statusTip().isEmpty());
    CHECK(window.viewer() == nullptr); // the start page stays until something is opened

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.dcm"));
    QFile brokenFile(broken);
    REQUIRE(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("DICM? no.");
    brokenFile.close();
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 3, 32);
    window.openPaths({series, broken});
    REQUIRE(window.viewer() != nullptr);
    QStringList problems;
    bool finished = false;
    QObject::connect(window.viewer(), &ViewerPanel::loadingFinished, &window,
                     [&](int, const QStringList& found) { problems = found; finished = true; });
    REQUIRE(pumpUntil([&] { return finished; }));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("broken.dcm")));

    QMenu* imageMenu = window.findChild<QMenu*>(QStringLiteral("menuImage"));
    REQUIRE(imageMenu != nullptr);
    for (QAction* action : imageMenu->actions()) {
        if (action->isSeparator())
            continue;
        INFO(action->objectName().toStdString());
        CHECK_FALSE(action->shortcut().isEmpty());
        CHECK_FALSE(action->toolTip().isEmpty());
        CHECK_FALSE(action->statusTip().isEmpty());
    }

    // Image › Annotate and Redact opens the image on screen in its own editor window.
    QAction* edit = window.findChild<QAction*>(QStringLiteral("actionEditImage"));
    REQUIRE(edit != nullptr);
    CHECK(edit->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QString shown = window.viewer()->currentPath();
    REQUIRE_FALSE(shown.isEmpty());
    edit->trigger();
    EditorWindow* editor = window.findChild<EditorWindow*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->isWindow());
    CHECK(editor->path() == shown);
    REQUIRE(pumpUntil([&] { return editor->frameCount() > 0; }));
    editor->close();
    REQUIRE(pumpUntil([&] { return window.findChild<EditorWindow*>() == nullptr; }));
}

// Not run by CTest (hidden tag): screenshots of the viewer with real corpus files, for people to
// look at. Run: QT_QPA_PLATFORM=offscreen test_viewer "[.screenshots]"
TEST_CASE("screenshots of corpus files", "[.screenshots]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        test::skipTest(QStringLiteral("the DICOM corpus (../shared/dicom) is absent"));
    const QStringList files{
        QStringLiteral("files/pydicom/CT_small.dcm"),
        QStringLiteral("files/pydicom/MR_small.dcm"),
        QStringLiteral("files/pydicom/examples_rgb_color.dcm"),
        QStringLiteral("files/pydicom-data/emri_small.dcm"),
        QStringLiteral("files/pydicom/examples_ybr_color.dcm"),
        QStringLiteral("files/pydicom-data/OBXXXX1A.dcm"),
        QStringLiteral("files/pydicom/JPEG2000.dcm"),
        QStringLiteral("files/pydicom/MR_truncated.dcm"),
    };
    for (const QString& file : files) {
        const QString path = QDir(corpus).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        MainWindow window(MainWindow::defaultProfileName());
        window.resize(1100, 760);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openPaths({path});
        bool finished = false;
        QObject::connect(window.viewer(), &ViewerPanel::loadingFinished, &window, [&] { finished = true; });
        REQUIRE(pumpUntil([&] { return finished; }));
        pumpUntil([&] { return window.viewer()->viewport()->hasFrame(); }, 3000);
        QTest::mouseMove(window.viewer()->viewport(), window.viewer()->viewport()->rect().center());
        QCoreApplication::processEvents();
        saveScreenshot(window, QStringLiteral("corpus-") + QFileInfo(file).completeBaseName());
    }
}

// Not run by CTest (hidden tag): the main window over a make-samples folder, for people to look
// at — 1x1 with markers and scale bar, 2x2 with the thumbnail strip, the tag browser. Run:
//   consilium-cli make-samples DIR
//   CONSILIUM_SAMPLES_DIR=DIR CONSILIUM_SCREENSHOT_DIR=OUT test_viewer "[.screenshots-samples]"
TEST_CASE("screenshots of the generated samples", "[.screenshots-samples]")
{
    const QString samples = qEnvironmentVariable("CONSILIUM_SAMPLES_DIR");
    if (samples.isEmpty())
        test::skipTest(QStringLiteral("CONSILIUM_SAMPLES_DIR is not set"));
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(1280, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    bool finished = false;
    window.openPaths({QDir(samples).filePath(QStringLiteral("ct")), QDir(samples).filePath(QStringLiteral("cr")),
                      QDir(samples).filePath(QStringLiteral("mr")), QDir(samples).filePath(QStringLiteral("us"))});
    ViewerPanel* panel = window.viewer();
    QObject::connect(panel, &ViewerPanel::loadingFinished, &window, [&] { finished = true; });
    REQUIRE(pumpUntil([&] { return finished && panel->viewport()->hasFrame(); }, 60000));
    REQUIRE(pumpUntil([&] { return panel->seriesStrip()->thumbnailsDone() == panel->seriesStrip()->count(); }, 60000));
    ImageViewport* viewport = panel->viewport();
    QTest::mouseMove(viewport, viewport->rect().center());
    QCoreApplication::processEvents();
    saveScreenshot(window, QStringLiteral("samples-ct-1x1"));

    viewport->setFocus();
    QTest::keyClick(viewport, Qt::Key_4, Qt::AltModifier);
    const QList<ViewerPane*> panes = panel->visiblePanes();
    REQUIRE(pumpUntil(
        [&] {
            return std::all_of(panes.begin(), panes.end(), [](ViewerPane* p) { return p->viewport()->hasFrame(); });
        },
        60000));
    QTest::mouseMove(panes[0]->viewport(), panes[0]->viewport()->rect().center());
    QCoreApplication::processEvents();
    saveScreenshot(window, QStringLiteral("samples-2x2"));

    QTest::keyClick(panes[0]->viewport(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(panel->viewport(), Qt::Key_T, Qt::ControlModifier);
    auto* browser = panel->findChild<TagBrowser*>();
    REQUIRE(browser != nullptr);
    REQUIRE(pumpUntil([&] { return browser->model()->rowCount() > 10; }));
    browser->view()->expandAll();
    saveScreenshot(*browser, QStringLiteral("samples-tag-browser"));
    browser->searchField()->setText(QStringLiteral("0020,00"));
    saveScreenshot(*browser, QStringLiteral("samples-tag-browser-search"));
}
