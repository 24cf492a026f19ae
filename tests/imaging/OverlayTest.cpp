// Overlay planes (PS3.3 C.9.2): stored in Overlay Data, bit-packed least significant bit first
// (PS3.5 8.1.2), or in the unused high bit of 16-bit pixel cells (retired, still met); decoded
// into Frame::overlays without touching the stored values, and rendered as a transparent layer.

#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"
#include "tests/imaging/OverlayImages.h"
#include "tests/imaging/SyntheticImages.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace consilium;

TEST_CASE("an overlay in Overlay Data is decoded at its origin, the pixels untouched", "[imaging][overlay]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("separate.dcm"));
    test::writeSliceWithSeparateOverlay(path);
    const auto frame = dicom::decodeFrame(path);
    REQUIRE(frame);
    REQUIRE(frame->overlays.size() == 1);
    const imaging::Overlay& overlay = frame->overlays.first();
    CHECK(overlay.rows == test::kOverlaySize);
    CHECK(overlay.columns == test::kOverlaySize);
    CHECK(overlay.originRow == test::kOverlayOriginRow - 1);
    CHECK(overlay.originColumn == test::kOverlayOriginColumn - 1);
    CHECK(overlay.type == QStringLiteral("G"));
    CHECK(overlay.label == QStringLiteral("MARK"));
    // The plane is a frame one pixel wide: on at its edges, off inside.
    CHECK(overlay.isOn(0, 0));
    CHECK(overlay.isOn(0, test::kOverlaySize - 1));
    CHECK(overlay.isOn(test::kOverlaySize - 1, 5));
    CHECK_FALSE(overlay.isOn(5, 5));
    // Stored values still the phantom's (air at the corner).
    CHECK(frame->modalityValueAt(0, 0) == -1000.0);

    const QImage layer = imaging::renderOverlays(*frame, qRgb(255, 0, 0));
    REQUIRE(layer.size() == QSize(frame->width, frame->height));
    CHECK(qAlpha(layer.pixel(test::kOverlayOriginColumn - 1, test::kOverlayOriginRow - 1)) == 255);
    CHECK(qRed(layer.pixel(test::kOverlayOriginColumn - 1, test::kOverlayOriginRow - 1)) == 255);
    CHECK(qAlpha(layer.pixel(test::kOverlayOriginColumn + 4, test::kOverlayOriginRow + 4)) == 0);
    CHECK(qAlpha(layer.pixel(0, 0)) == 0);
}

TEST_CASE("an overlay in bit 15 of the pixel cells is decoded and masked out of the values", "[imaging][overlay]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("embedded.dcm"));
    test::writeSliceWithEmbeddedOverlay(path);
    const auto frame = dicom::decodeFrame(path);
    REQUIRE(frame);
    REQUIRE(frame->overlays.size() == 1);
    const imaging::Overlay& overlay = frame->overlays.first();
    CHECK(overlay.rows == frame->height);
    CHECK(overlay.isOn(3, 3)); // the square of bit-15 pixels
    CHECK_FALSE(overlay.isOn(20, 20));
    // Bits Stored 12: the overlay bit never reaches the modality values.
    CHECK(frame->modalityValueAt(3, 3) == -1000.0);
}

TEST_CASE("a frame without overlays renders no overlay layer", "[imaging][overlay]")
{
    imaging::Frame frame;
    frame.width = 4;
    frame.height = 4;
    CHECK(imaging::renderOverlays(frame, qRgb(255, 255, 0)).isNull());
}
