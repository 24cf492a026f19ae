// Layouts 1x1, 1x2, 2x2 and the series thumbnail strip: each pane its own series, the active
// pane taking the keyboard, thumbnails rendered in the background, a click or a drop showing a
// series in a pane.

#include "core/dicom/DatasetWriter.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/viewer/ViewerTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/SeriesStrip.h"
#include "ui/viewer/ViewerPane.h"
#include "ui/viewer/ViewerPanel.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;

namespace {

// Series `number` of the phantom study: its own Series Instance UID and description.
void writeSeries(const QString& folder, int number, int slices)
{
    REQUIRE(QDir().mkpath(folder));
    for (int slice = 0; slice < slices; ++slice) {
        dicom::Dataset ds = test::ctPhantomSlice(slice, 64);
        ds.setString({0x0020, 0x000E}, dicom::Vr::UI, QStringLiteral("2.25.3000%1").arg(number));
        ds.setString({0x0008, 0x0018}, dicom::Vr::UI, QStringLiteral("2.25.1000%1%2").arg(number).arg(slice));
        ds.setString({0x0020, 0x0011}, dicom::Vr::IS, QString::number(number));
        ds.setString({0x0008, 0x103E}, dicom::Vr::LO, QStringLiteral("Phantom series %1").arg(number));
        REQUIRE(dicom::writeDicomFile(QDir(folder).filePath(QStringLiteral("IM%1.dcm").arg(slice)), ds,
                                      dicom::TransferSyntax::ExplicitVrLittleEndian));
    }
}

bool isAllBlack(const QIcon& icon)
{
    const QImage image = icon.pixmap(SeriesStrip::kThumbnailSize).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) > 20)
                return false;
    return true;
}

} // namespace

TEST_CASE("2x2 shows four panes, the clicked one takes the keys, thumbnails click and drop", "[viewer][layout]")
{
    QTemporaryDir dir;
    for (int number = 1; number <= 3; ++number)
        writeSeries(dir.filePath(QStringLiteral("s%1").arg(number)), number, 4 + number);
    MainWindow window(MainWindow::defaultProfileName());
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openPaths({dir.path()});
    ViewerPanel* panel = window.viewer();
    REQUIRE(panel != nullptr);
    REQUIRE(test::pumpUntil([&] { return panel->viewport()->hasFrame(); }));
    REQUIRE(panel->series().size() == 3);

    // Thumbnails arrive from the pool and show the image, not a black tile.
    SeriesStrip* strip = panel->seriesStrip();
    REQUIRE(strip->count() == 3);
    REQUIRE(test::pumpUntil([&] { return strip->thumbnailsDone() == 3; }));
    for (int row = 0; row < 3; ++row)
        CHECK_FALSE(isAllBlack(strip->item(row)->icon()));

    CHECK(panel->layoutKind() == ViewerPanel::Layout::Single);
    CHECK(panel->visiblePanes().size() == 1);
    panel->viewport()->setFocus();
    QTest::keyClick(panel->viewport(), Qt::Key_4, Qt::AltModifier);
    REQUIRE(panel->layoutKind() == ViewerPanel::Layout::Grid);
    const QList<ViewerPane*> panes = panel->visiblePanes();
    REQUIRE(panes.size() == 4);
    for (ViewerPane* pane : panes)
        CHECK(pane->isVisible());
    CHECK(panes[0]->seriesIndex() == 0);
    CHECK(panes[1]->seriesIndex() == 1);
    CHECK(panes[2]->seriesIndex() == 2);
    CHECK(panes[3]->seriesIndex() == 0);
    REQUIRE(test::pumpUntil([&] {
        return std::all_of(panes.begin(), panes.end(), [](ViewerPane* p) { return p->viewport()->hasFrame(); });
    }));
    // Four panes share the width: each about half of what one had.
    CHECK(panes[1]->width() < panel->width() / 2);

    // Clicking pane 2 makes it active: the keyboard scrolls it and only it.
    QTest::mouseClick(panes[1]->viewport(), Qt::LeftButton, {}, panes[1]->viewport()->rect().center());
    REQUIRE(panel->activePane() == panes[1]);
    CHECK(panes[1]->isActive());
    CHECK_FALSE(panes[0]->isActive());
    const int first = panes[0]->currentImage();
    const int second = panes[1]->currentImage();
    QTest::keyClick(panes[1]->viewport(), Qt::Key_Down);
    REQUIRE(test::pumpUntil([&] { return panes[1]->currentImage() == second + 1; }));
    CHECK(panes[0]->currentImage() == first);
    CHECK(strip->currentRow() == 1); // the strip follows the active pane

    // A click on a thumbnail shows that series in the active pane.
    strip->setCurrentRow(2);
    CHECK(panes[1]->seriesIndex() == 2);
    REQUIRE(test::pumpUntil([&] { return panes[1]->viewport()->hasFrame(); }));

    // A thumbnail dropped on pane 4 shows there and makes it active.
    std::unique_ptr<QMimeData> mime(strip->model()->mimeData({strip->model()->index(1, 0)}));
    REQUIRE(mime);
    REQUIRE(mime->hasFormat(ViewerPane::seriesMimeType()));
    const QPoint at = panes[3]->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panes[3], &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panes[3], &drop);
    CHECK(panes[3]->seriesIndex() == 1);
    CHECK(panel->activePane() == panes[3]);
    REQUIRE(test::pumpUntil([&] { return panes[3]->viewport()->hasFrame(); }));
    test::saveScreenshot(window, QStringLiteral("viewer-layout-2x2"));

    // 1x2 keeps two panes side by side; the active pane falls back into the layout.
    QTest::keyClick(panes[3]->viewport(), Qt::Key_2, Qt::AltModifier);
    CHECK(panel->visiblePanes().size() == 2);
    CHECK_FALSE(panes[2]->isVisible());
    CHECK(panel->activePane() == panes[0]);
    // (The layout is applied by a posted event.)
    CHECK(test::pumpUntil([&] { return panes[0]->height() > panel->height() * 3 / 4; }, 2000));
    CHECK(panes[0]->y() == panes[1]->y());
    QTest::keyClick(panes[0]->viewport(), Qt::Key_1, Qt::AltModifier);
    CHECK(panel->visiblePanes().size() == 1);
    CHECK_FALSE(panes[1]->isVisible());
}
