// What the viewport draws over the image: orientation markers that follow rotation and flip,
// a scale bar in millimetres that follows the zoom and disappears without calibration, and
// the object's overlay planes (toggled with O).

#include "core/dicom/DatasetWriter.h"
#include "tests/imaging/OverlayImages.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;

namespace {

// How many pixels of the marker colour (light yellow) are in `area` of the viewport.
int markerPixels(ImageViewport& viewport, const QRect& area)
{
    const QImage shot = viewport.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const double ratio = shot.width() / double(viewport.width());
    int count = 0;
    for (int y = int(area.top() * ratio); y < int(area.bottom() * ratio); ++y) {
        for (int x = int(area.left() * ratio); x < int(area.right() * ratio); ++x) {
            const QColor c = shot.pixelColor(x, y);
            if (c.red() > 200 && c.green() > 200 && c.blue() < 215 && c.blue() > 150)
                ++count;
        }
    }
    return count;
}

struct Opened {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    ImageViewport* viewport = nullptr;
};

void open(Opened& opened, const QString& path)
{
    opened.window = std::make_unique<MainWindow>(MainWindow::defaultProfileName());
    opened.window->resize(1000, 700);
    opened.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(opened.window.get()));
    opened.window->openPaths({path});
    REQUIRE(opened.window->viewer() != nullptr);
    opened.viewport = opened.window->viewer()->viewport();
    REQUIRE(test::pumpUntil([&] { return opened.viewport->hasFrame(); }));
}

} // namespace

TEST_CASE("orientation markers follow rotation and flip; the scale bar follows the zoom", "[viewer][overlay]")
{
    Opened opened;
    const QString series = opened.dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 3, 128);
    open(opened, series);
    ImageViewport& viewport = *opened.viewport;
    viewport.setFocus();

    auto markers = viewport.orientationMarkers();
    REQUIRE(markers);
    CHECK(markers->left == QStringLiteral("R"));
    CHECK(markers->right == QStringLiteral("L"));
    CHECK(markers->top == QStringLiteral("A"));
    CHECK(markers->bottom == QStringLiteral("P"));
    // The letters are on screen at the middle of the left and right edges.
    const int h = viewport.height();
    const int w = viewport.width();
    CHECK(markerPixels(viewport, QRect(0, h / 2 - 20, 30, 40)) > 5);
    CHECK(markerPixels(viewport, QRect(w - 30, h / 2 - 20, 30, 40)) > 5);

    QTest::keyClick(&viewport, Qt::Key_R);
    markers = viewport.orientationMarkers();
    REQUIRE(markers);
    CHECK(markers->right == QStringLiteral("A"));
    CHECK(markers->bottom == QStringLiteral("L"));
    QTest::keyClick(&viewport, Qt::Key_H);
    markers = viewport.orientationMarkers();
    REQUIRE(markers);
    CHECK(markers->left == QStringLiteral("A"));
    CHECK(markers->right == QStringLiteral("P"));
    QTest::keyClick(&viewport, Qt::Key_Escape);
    CHECK(viewport.orientationMarkers()->left == QStringLiteral("R"));

    // 1 mm pixels: the bar is a round length and its screen length matches the zoom.
    auto bar = viewport.scaleBar();
    REQUIRE(bar);
    CHECK(bar->screenPixels == Approx(bar->millimetres * viewport.scale()));
    CHECK(bar->screenPixels <= w * 0.25 + 1e-6);
    QTest::keyClick(&viewport, Qt::Key_1, Qt::ControlModifier); // 1:1 -> 1 mm per screen pixel
    bar = viewport.scaleBar();
    REQUIRE(bar);
    CHECK(bar->screenPixels == Approx(bar->millimetres));
    // The bar's ticks are drawn at the bottom centre.
    CHECK(markerPixels(viewport, QRect(w / 2 - int(bar->screenPixels / 2), h - 45, int(bar->screenPixels), 40)) > 20);
    test::saveScreenshot(*opened.window, QStringLiteral("viewer-markers-scalebar"));
}

TEST_CASE("an image without orientation or spacing shows neither markers nor a scale bar", "[viewer][overlay]")
{
    Opened opened;
    dicom::Dataset slice = test::ctPhantomSlice(0, 64);
    REQUIRE(slice.remove({0x0020, 0x0037}));
    REQUIRE(slice.remove({0x0028, 0x0030}));
    const QString path = opened.dir.filePath(QStringLiteral("bare.dcm"));
    REQUIRE(dicom::writeDicomFile(path, slice, dicom::TransferSyntax::ExplicitVrLittleEndian));
    open(opened, path);
    CHECK_FALSE(opened.viewport->orientationMarkers());
    CHECK_FALSE(opened.viewport->scaleBar());
    const int h = opened.viewport->height();
    CHECK(markerPixels(*opened.viewport, QRect(0, h / 2 - 20, 30, 40)) == 0);
}

TEST_CASE("overlay planes are drawn on top and O hides and shows them", "[viewer][overlay]")
{
    Opened opened;
    const QString path = opened.dir.filePath(QStringLiteral("overlay.dcm"));
    test::writeSliceWithSeparateOverlay(path);
    open(opened, path);
    ImageViewport& viewport = *opened.viewport;
    viewport.setFocus();
    REQUIRE(viewport.hasOverlays());
    CHECK(viewport.overlaysVisible());

    // The screen position of the overlay's first pixel (a corner of its square frame).
    const QPoint pixel(test::kOverlayOriginColumn - 1, test::kOverlayOriginRow - 1);
    QPointF at(-1, -1);
    for (int y = 0; y < viewport.height() && at.x() < 0; ++y)
        for (int x = 0; x < viewport.width(); ++x)
            if (viewport.imagePixelAt(QPointF(x + 0.5, y + 0.5)) == pixel) {
                at = QPointF(x + 2.5, y + 2.5); // well inside the magnified pixel
                break;
            }
    REQUIRE(at.x() >= 0);
    auto colourAt = [&] {
        const QImage shot = viewport.grab().toImage();
        const double ratio = shot.width() / double(viewport.width());
        return shot.pixelColor((at * ratio).toPoint());
    };
    QColor shown = colourAt();
    CHECK(shown.red() > 240);
    CHECK(shown.blue() < 150); // light yellow, not the grey of air beneath
    test::saveScreenshot(*opened.window, QStringLiteral("viewer-overlay"));

    QTest::keyClick(&viewport, Qt::Key_O);
    CHECK_FALSE(viewport.overlaysVisible());
    shown = colourAt();
    CHECK(shown.red() == shown.blue()); // the image's own grey again
    QTest::keyClick(&viewport, Qt::Key_O);
    CHECK(viewport.overlaysVisible());
    CHECK(colourAt().blue() < 150);
}
