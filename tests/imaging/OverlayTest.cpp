// Overlay planes (PS3.3 C.9.2): stored in Overlay Data, bit-packed least significant bit first
// (PS3.5 8.1.2), or in the unused high bit of 16-bit pixel cells (retired, still met); decoded
// into Frame::overlays without touching the stored values, and rendered as a transparent layer.

#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"
#include "tests/imaging/Jpeg2000Fixture.h"
#include "tests/imaging/OverlayImages.h"
#include "tests/imaging/SyntheticImages.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <initializer_list>
#include <utility>

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

TEST_CASE("an overlay in the pixel cells survives lossless compression: RLE, JPEG-LS, JPEG lossless",
          "[imaging][overlay]")
{
    QTemporaryDir dir;
    const QString nativePath = dir.filePath(QStringLiteral("native.dcm"));
    test::writeSliceWithEmbeddedOverlay(nativePath);
    const auto native = dicom::decodeFrame(nativePath);
    REQUIRE(native);
    for (const auto syntax : {dicom::TransferSyntax::RleLossless, dicom::TransferSyntax::JpegLsLossless,
                              dicom::TransferSyntax::JpegLossless}) {
        INFO(dicom::transferSyntaxUid(syntax).toStdString());
        const QString path = dir.filePath(QStringLiteral("encapsulated.dcm"));
        QFile::remove(path);
        test::writeSliceWithEmbeddedOverlay(path, syntax);
        const auto frame = dicom::decodeFrame(path);
        REQUIRE(frame);
        REQUIRE(frame->overlays.size() == 1);
        CHECK(frame->overlays.first().isOn(3, 3));
        CHECK_FALSE(frame->overlays.first().isOn(20, 20));
        CHECK(frame->stored == native->stored); // bit 15 masked out, as for native data
    }
}

TEST_CASE("an overlay in the pixel cells of a JPEG 2000 frame is decoded, masked out and drawn", "[imaging][overlay]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j2k.dcm"));
    test::writeJpeg2000SliceWithEmbeddedOverlay(path);
    const auto frame = dicom::decodeFrame(path);
    INFO((frame ? std::string() : frame.error().message.toStdString()));
    REQUIRE(frame);
    REQUIRE(frame->overlays.size() == 1);
    const imaging::Overlay& overlay = frame->overlays.first();
    CHECK(overlay.rows == 64);
    CHECK(overlay.columns == 64);
    for (const auto& [x, y] :
         std::initializer_list<std::pair<int, int>>{{2, 2}, {3, 3}, {5, 5}, {1, 1}, {6, 6}, {20, 20}, {63, 0}})
        CHECK(overlay.isOn(y, x) == test::jpeg2000FixtureOverlayOn(x, y));
    // Bits Stored 12: the overlay bit is not part of the values, inside the square or out.
    for (const auto& [x, y] : std::initializer_list<std::pair<int, int>>{{3, 3}, {5, 2}, {20, 20}, {63, 63}, {40, 7}})
        CHECK(frame->storedAt(x, y) == test::jpeg2000FixtureStored(x, y));
    CHECK(frame->maxStored < 4096);

    // What the viewer and consilium-cli render show: the overlay colour over the square only.
    const QImage shown =
        imaging::composeOverlays(imaging::renderFrame(*frame, imaging::DisplaySettings::defaultsFor(*frame)), *frame);
    REQUIRE(shown.size() == QSize(64, 64));
    CHECK(shown.pixel(3, 3) == imaging::kOverlayColour);
    CHECK(shown.pixel(5, 5) == imaging::kOverlayColour);
    const QRgb outside = shown.pixel(20, 20);
    CHECK(outside != imaging::kOverlayColour);
    CHECK(qRed(outside) == qGreen(outside));
    CHECK(qGreen(outside) == qBlue(outside));
}

TEST_CASE("a frame without overlays renders no overlay layer", "[imaging][overlay]")
{
    imaging::Frame frame;
    frame.width = 4;
    frame.height = 4;
    CHECK(imaging::renderOverlays(frame, qRgb(255, 255, 0)).isNull());
}
