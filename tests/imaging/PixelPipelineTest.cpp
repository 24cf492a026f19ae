// The pixel pipeline of PS3.3 C.11 on data with known values: files generated here with
// core/dicom's Dataset and writer, decoded by core/dicom, displayed by core/imaging.

#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"
#include "core/dicom/SeriesIndex.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/PhotoReader.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <cmath>

using namespace consilium;
using dicom::Vr;
using imaging::DisplaySettings;
using imaging::VoiFunction;
using imaging::VoiWindow;

namespace {

QString writeTemp(const QTemporaryDir& dir, const QString& name, const dicom::Dataset& ds,
                  dicom::TransferSyntax syntax = dicom::TransferSyntax::ExplicitVrLittleEndian)
{
    const QString path = dir.filePath(name);
    const auto written = dicom::writeDicomFile(path, ds, syntax, {.jpegQuality = 90, .overwrite = true});
    REQUIRE(written.has_value());
    return path;
}

DisplaySettings window(double center, double width, VoiFunction function = VoiFunction::Linear)
{
    DisplaySettings settings;
    settings.voi = DisplaySettings::Voi::Window;
    settings.window = VoiWindow{center, width, function, {}};
    return settings;
}

int grey(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y));
}

// A 1-row image of the given 16-bit values with Image Pixel attributes as asked.
dicom::Dataset row16(const std::vector<int>& values, bool isSigned, int bitsStored = 16,
                     const QString& photometric = QStringLiteral("MONOCHROME2"))
{
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.77"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
    dicom::ImagePixels pixels;
    pixels.rows = 1;
    pixels.columns = static_cast<int>(values.size());
    pixels.bitsAllocated = 16;
    pixels.bitsStored = bitsStored;
    pixels.isSigned = isSigned;
    pixels.photometricInterpretation = photometric;
    for (const int value : values) {
        const auto word = static_cast<quint16>(value);
        pixels.data.append(static_cast<char>(word & 0xff));
        pixels.data.append(static_cast<char>(word >> 8));
    }
    REQUIRE(ds.setImagePixels(pixels).has_value());
    return ds;
}

QByteArray lutBytes(const std::vector<int>& entries)
{
    QByteArray bytes;
    for (const int entry : entries) {
        bytes.append(static_cast<char>(entry & 0xff));
        bytes.append(static_cast<char>((entry >> 8) & 0xff));
    }
    return bytes;
}

} // namespace

TEST_CASE("rescale turns stored values into Hounsfield units that the window maps to known greys", "[imaging]")
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("ct.dcm"), test::ctPhantomSlice(5));
    const auto frame = dicom::decodeFrame(path, 0);
    REQUIRE(frame.has_value());
    REQUIRE(frame->isMonochrome());
    CHECK(frame->modality.unit == QStringLiteral("HU"));
    const auto p = test::phantomPoints(128, 5);
    CHECK(frame->modalityValueAt(p.airX, p.airY) == test::PhantomHu::air);
    CHECK(frame->modalityValueAt(p.waterX, p.waterY) == test::PhantomHu::water);
    CHECK(frame->modalityValueAt(p.fatX, p.fatY) == test::PhantomHu::fat);
    CHECK(frame->modalityValueAt(p.boneX, p.boneY) == test::PhantomHu::bone);
    REQUIRE(frame->windows.size() == 1);
    CHECK(frame->windows.first().center == 0.0);
    CHECK(frame->windows.first().width == 400.0);

    // PS3.3 C.11.2.1.2.1 with c = 0, w = 400: y = ((x + 0.5) / 399 + 0.5) * 255.
    const QImage image = imaging::renderFrame(*frame, DisplaySettings::defaultsFor(*frame));
    REQUIRE(image.format() == QImage::Format_Grayscale8);
    CHECK(grey(image, p.airX, p.airY) == 0);
    CHECK(grey(image, p.waterX, p.waterY) == 128);
    CHECK(grey(image, p.fatX, p.fatY) == 64);
    CHECK(grey(image, p.boneX, p.boneY) == 255);

    // Brain window 40/80: water sits on the lower edge (black), nothing else changes the decoder.
    const QImage brain = imaging::renderFrame(*frame, window(40, 80));
    CHECK(grey(brain, p.waterX, p.waterY) == 0);
    CHECK(grey(brain, p.boneX, p.boneY) == 255);
}

TEST_CASE("MONOCHROME1 shows the minimum as white and the user can invert either polarity", "[imaging]")
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("m1.dcm"),
                                   row16({0, 1000, 2000, 4095}, false, 12, QStringLiteral("MONOCHROME1")));
    const auto frame = dicom::decodeFrame(path, 0);
    REQUIRE(frame.has_value());
    CHECK(frame->monochrome1);
    DisplaySettings settings = window(2048, 4096);
    const QImage image = imaging::renderFrame(*frame, settings);
    CHECK(grey(image, 0, 0) == 255);
    CHECK(grey(image, 3, 0) == 0);
    settings.invert = true;
    const QImage inverted = imaging::renderFrame(*frame, settings);
    CHECK(grey(inverted, 0, 0) == 0);
    CHECK(grey(inverted, 3, 0) == 255);
}

TEST_CASE("signed 16-bit pixels keep their sign and bits stored masks unused high bits", "[imaging]")
{
    QTemporaryDir dir;
    const auto signedFrame = dicom::decodeFrame(
        writeTemp(dir, QStringLiteral("signed.dcm"), row16({-2000, -1, 0, 2000}, true)), 0);
    REQUIRE(signedFrame.has_value());
    CHECK(signedFrame->stored == std::vector<qint32>{-2000, -1, 0, 2000});
    CHECK(signedFrame->minStored == -2000);
    CHECK(signedFrame->maxStored == 2000);

    // 12 bits stored, signed: 0xF800 carries garbage in bits 12..15 above a 12-bit -2048.
    const auto masked = dicom::decodeFrame(
        writeTemp(dir, QStringLiteral("masked.dcm"), row16({0xF800, 0xA7FF, 0x1001, 0x0FFF}, true, 12)), 0);
    REQUIRE(masked.has_value());
    CHECK(masked->stored == std::vector<qint32>{-2048, 2047, 1, -1});
}

TEST_CASE("VOI functions follow PS3.3 C.11.2.1.2 and C.11.2.1.3", "[imaging]")
{
    const VoiWindow linear{0.0, 100.0, VoiFunction::Linear, {}};
    CHECK(linear.apply(-50.0) == 0.0);
    CHECK(linear.apply(49.5) == 1.0);
    CHECK(linear.apply(0.0) == Approx(0.5 / 99.0 + 0.5));
    const VoiWindow exact{0.0, 100.0, VoiFunction::LinearExact, {}};
    CHECK(exact.apply(0.0) == Approx(0.5));
    CHECK(exact.apply(-50.0) == 0.0);
    CHECK(exact.apply(25.0) == Approx(0.75));
    const VoiWindow sigmoid{0.0, 100.0, VoiFunction::Sigmoid, {}};
    CHECK(sigmoid.apply(0.0) == Approx(0.5));
    CHECK(sigmoid.apply(50.0) == Approx(1.0 / (1.0 + std::exp(-2.0))));
    CHECK(imaging::voiFunctionFromString(QStringLiteral("SIGMOID ")) == VoiFunction::Sigmoid);
    CHECK(imaging::voiFunctionFromString(QString()) == VoiFunction::Linear);
}

TEST_CASE("a SIGMOID window from the file is used with its function and several windows are selectable", "[imaging]")
{
    QTemporaryDir dir;
    dicom::Dataset ds = row16({0, 50, 100, 1000}, false);
    ds.setStrings({0x0028, 0x1050}, Vr::DS, {QStringLiteral("50"), QStringLiteral("500")});
    ds.setStrings({0x0028, 0x1051}, Vr::DS, {QStringLiteral("100"), QStringLiteral("1000")});
    ds.setStrings({0x0028, 0x1055}, Vr::LO, {QStringLiteral("NARROW"), QStringLiteral("WIDE")});
    ds.setString({0x0028, 0x1056}, Vr::CS, QStringLiteral("SIGMOID"));
    const auto frame = dicom::decodeFrame(writeTemp(dir, QStringLiteral("sigmoid.dcm"), ds), 0);
    REQUIRE(frame.has_value());
    REQUIRE(frame->windows.size() == 2);
    CHECK(frame->windows[0].explanation == QStringLiteral("NARROW"));
    CHECK(frame->windows[1].width == 1000.0);
    CHECK(frame->windows[1].function == VoiFunction::Sigmoid);
    const QImage image = imaging::renderFrame(*frame, DisplaySettings::defaultsFor(*frame));
    CHECK(grey(image, 1, 0) == 128); // the centre: half way
    CHECK(grey(image, 2, 0) == static_cast<int>(std::lround(255.0 / (1.0 + std::exp(-2.0)))));
    DisplaySettings wide;
    wide.voi = DisplaySettings::Voi::Window;
    wide.window = frame->windows[1];
    const QImage second = imaging::renderFrame(*frame, wide);
    CHECK(grey(second, 3, 0) == static_cast<int>(std::lround(255.0 / (1.0 + std::exp(-2.0)))));
}

TEST_CASE("a Modality LUT replaces rescaling and a VOI LUT replaces the window", "[imaging]")
{
    QTemporaryDir dir;
    dicom::Dataset ds = row16({10, 11, 12, 13, 20}, false);
    ds.setString({0x0028, 0x1052}, Vr::DS, QStringLiteral("-1000")); // must be ignored
    dicom::Dataset& modality = ds.appendItem({0x0028, 0x3000});
    modality.setNumbers({0x0028, 0x3002}, Vr::US, {4, 10, 12});
    modality.setBytes({0x0028, 0x3006}, Vr::OW, lutBytes({100, 200, 300, 400}));
    dicom::Dataset& voi = ds.appendItem({0x0028, 0x3010});
    voi.setNumbers({0x0028, 0x3002}, Vr::US, {4, 100, 8});
    voi.setBytes({0x0028, 0x3006}, Vr::OW, lutBytes({0, 51, 102, 255}));
    voi.setString({0x0028, 0x3003}, Vr::LO, QStringLiteral("CUSTOM"));
    const auto frame = dicom::decodeFrame(writeTemp(dir, QStringLiteral("luts.dcm"), ds), 0);
    REQUIRE(frame.has_value());
    REQUIRE(frame->modality.lut.has_value());
    CHECK(frame->modalityValueAt(0, 0) == 100);
    CHECK(frame->modalityValueAt(3, 0) == 400);
    CHECK(frame->modalityValueAt(4, 0) == 400); // past the table: its last entry
    REQUIRE(frame->voiLuts.size() == 1);
    CHECK(frame->voiLuts.first().explanation == QStringLiteral("CUSTOM"));
    const DisplaySettings settings = DisplaySettings::defaultsFor(*frame);
    CHECK(settings.voi == DisplaySettings::Voi::Lut);
    // Modality 100..400 feeds VOI LUT entries from 100 on: 100 -> 0, 101 -> 51, >= 103 -> 255.
    const QImage image = imaging::renderFrame(*frame, settings);
    CHECK(grey(image, 0, 0) == 0);
    CHECK(grey(image, 1, 0) == 255);
}

TEST_CASE("pixel padding is left out of the range and the automatic window", "[imaging]")
{
    QTemporaryDir dir;
    dicom::Dataset ds = row16({-3000, 100, 200, 300}, true);
    ds.setNumber({0x0028, 0x0120}, Vr::SS, -3000);
    const auto frame = dicom::decodeFrame(writeTemp(dir, QStringLiteral("padding.dcm"), ds), 0);
    REQUIRE(frame.has_value());
    CHECK(frame->isPadding(-3000));
    CHECK(frame->minStored == 100);
    CHECK(frame->maxStored == 300);
    const QImage image = imaging::renderFrame(*frame, DisplaySettings::defaultsFor(*frame));
    CHECK(grey(image, 0, 0) == 0);
    CHECK(grey(image, 1, 0) == 0);
    CHECK(grey(image, 3, 0) == 255);
}

TEST_CASE("compressed and multi-frame objects decode to the same stored values", "[imaging]")
{
    QTemporaryDir dir;
    dicom::Dataset ds = test::ctPhantomSlice(0, 32);
    dicom::ImagePixels pixels;
    pixels.rows = 8;
    pixels.columns = 8;
    pixels.frames = 3;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 12;
    for (int f = 0; f < 3; ++f) {
        for (int i = 0; i < 64; ++i) {
            const int value = f * 1000 + i;
            pixels.data.append(static_cast<char>(value & 0xff));
            pixels.data.append(static_cast<char>(value >> 8));
        }
    }
    REQUIRE(ds.setImagePixels(pixels).has_value());
    for (const auto syntax : {dicom::TransferSyntax::ExplicitVrLittleEndian, dicom::TransferSyntax::RleLossless,
                              dicom::TransferSyntax::JpegLossless, dicom::TransferSyntax::JpegLsLossless}) {
        INFO(dicom::transferSyntaxUid(syntax).toStdString());
        const QString path = writeTemp(dir, QStringLiteral("multi.dcm"), ds, syntax);
        const auto last = dicom::decodeFrame(path, 2);
        REQUIRE(last.has_value());
        CHECK(last->storedAt(0, 0) == 2000);
        CHECK(last->storedAt(7, 7) == 2063);
        const auto missing = dicom::decodeFrame(path, 3);
        REQUIRE_FALSE(missing.has_value());
        CHECK(missing.error().message.contains(QStringLiteral("frame 4 does not exist")));
    }
}

TEST_CASE("PALETTE COLOR is displayed through its palette", "[imaging]")
{
    QTemporaryDir dir;
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.78"));
    dicom::ImagePixels pixels;
    pixels.rows = 1;
    pixels.columns = 3;
    pixels.photometricInterpretation = QStringLiteral("PALETTE COLOR");
    pixels.data = QByteArray("\x00\x01\x02", 3);
    REQUIRE(ds.setImagePixels(pixels).has_value());
    // Three 16-bit entries per colour (PS3.3 C.7.6.3.1.5): red, green, blue.
    for (quint16 element : {quint16(0x1101), quint16(0x1102), quint16(0x1103)})
        ds.setNumbers({0x0028, element}, Vr::US, {3, 0, 16});
    ds.setBytes({0x0028, 0x1201}, Vr::OW, lutBytes({0xffff, 0, 0}));
    ds.setBytes({0x0028, 0x1202}, Vr::OW, lutBytes({0, 0xffff, 0}));
    ds.setBytes({0x0028, 0x1203}, Vr::OW, lutBytes({0, 0, 0xffff}));
    const auto frame = dicom::decodeFrame(writeTemp(dir, QStringLiteral("palette.dcm"), ds), 0);
    REQUIRE(frame.has_value());
    REQUIRE_FALSE(frame->isMonochrome());
    const QImage image = imaging::renderFrame(*frame, {});
    CHECK(image.pixel(0, 0) == qRgb(255, 0, 0));
    CHECK(image.pixel(1, 0) == qRgb(0, 255, 0));
    CHECK(image.pixel(2, 0) == qRgb(0, 0, 255));
}

TEST_CASE("files that cannot be shown say why", "[imaging]")
{
    QTemporaryDir dir;
    const QString notDicom = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(notDicom, "just some text, not an image");
    const auto text = dicom::loadFrame(notDicom, 0);
    REQUIRE_FALSE(text.has_value());
    CHECK(text.error().message.contains(QStringLiteral("not a DICOM file")));

    // A High-Throughput JPEG 2000 object (unknown to DCMTK 3.6.7 and to OpenJPEG 2.5's
    // DICOM use here): named, not a DCMTK internal message.
    test::DicomBytes bytes;
    bytes.us(0x0028, 0x0002, 1).string(0x0028, 0x0004, "CS", QStringLiteral("MONOCHROME2"));
    bytes.us(0x0028, 0x0010, 2).us(0x0028, 0x0011, 2).us(0x0028, 0x0100, 8).us(0x0028, 0x0101, 8);
    bytes.element(0x7FE0, 0x0010, "OB", QByteArray(4, '\0'));
    const QString j2k = dir.filePath(QStringLiteral("j2k.dcm"));
    test::writeFile(j2k, bytes.part10(QStringLiteral("1.2.840.10008.5.1.4.1.1.7"), QStringLiteral("2.25.5"),
                                      QStringLiteral("1.2.840.10008.1.2.4.201")));
    const auto compressed = dicom::decodeFrame(j2k, 0);
    REQUIRE_FALSE(compressed.has_value());
    CHECK(compressed.error().code == consilium::ErrorCode::Unsupported);
    CHECK(compressed.error().message.contains(QStringLiteral("High-Throughput JPEG 2000 (Lossless Only)")));
}

TEST_CASE("photos are read with their EXIF orientation applied", "[imaging]")
{
    // 4 x 2 landscape pixels, left half black and right half white, tagged Orientation 6
    // ("rotate 90 degrees clockwise to display"): the photo shows as 2 x 4 portrait.
    QImage source(4, 2, QImage::Format_RGB888);
    source.fill(Qt::black);
    for (int y = 0; y < 2; ++y) {
        source.setPixel(2, y, qRgb(255, 255, 255));
        source.setPixel(3, y, qRgb(255, 255, 255));
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(source.save(&buffer, "JPEG", 100));
    // APP1 "Exif", little-endian TIFF, IFD0 with one entry: Orientation (0x0112) SHORT = 6.
    const QByteArray tiff = QByteArray("II*\0\x08\0\0\0", 8) + QByteArray("\x01\0", 2)
                          + QByteArray("\x12\x01\x03\0\x01\0\0\0\x06\0\0\0", 12) + QByteArray(4, '\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const auto length = static_cast<quint16>(payload.size() + 2);
    const QByteArray app1 = QByteArray("\xff\xe1", 2) + char(length >> 8) + char(length & 0xff) + payload;
    jpeg.insert(2, app1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    test::writeFile(path, jpeg);

    const auto frame = dicom::loadFrame(path, 0);
    REQUIRE(frame.has_value());
    CHECK_FALSE(frame->isMonochrome());
    CHECK(frame->width == 2);
    CHECK(frame->height == 4);
    const QImage image = imaging::renderFrame(*frame, {});
    CHECK(qGray(image.pixel(0, 0)) < 60);   // the left (black) half is now on top
    CHECK(qGray(image.pixel(0, 3)) > 200);  // the right (white) half at the bottom
}

TEST_CASE("a truncated native file shows the rows that arrived and says which are missing", "[imaging]")
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("cut.dcm"), test::ctPhantomSlice(0, 64));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    // 64 x 64 x 2 bytes of Pixel Data: keep the first 40 rows.
    REQUIRE(file.resize(file.size() - 24 * 64 * 2));
    file.close();
    const auto frame = dicom::decodeFrame(path, 0);
    REQUIRE(frame.has_value());
    CHECK(frame->incomplete.contains(QStringLiteral("rows 41 to 64 of 64 are missing")));
    CHECK(frame->modalityValueAt(2, 2) == test::PhantomHu::air);
    CHECK(frame->modalityValueAt(32, 32) == test::PhantomHu::water);
    CHECK(frame->storedAt(32, 63) == frame->minStored);
}

TEST_CASE("series are ordered along the slice normal, by Instance Number without geometry", "[imaging]")
{
    auto image = [](const QString& path, const QString& series, int instance, std::optional<double> z) {
        dicom::ImageInfo info;
        info.path = path;
        info.seriesInstanceUid = series;
        info.instanceNumber = instance;
        info.frames = 1;
        if (z) {
            info.position = std::array<double, 3>{0.0, 0.0, *z};
            // Axial: the normal is +z, so position z orders the slices.
            info.orientation = std::array<double, 6>{1.0, 0.0, 0.0, 0.0, 1.0, 0.0};
        }
        return info;
    };
    const QList<dicom::ImageInfo> images{
        image(QStringLiteral("c"), QStringLiteral("1.1"), 1, 5.0),
        image(QStringLiteral("a"), QStringLiteral("1.1"), 2, -5.0),
        image(QStringLiteral("b"), QStringLiteral("1.1"), 3, 0.0),
        image(QStringLiteral("y"), QStringLiteral("1.2"), 2, std::nullopt),
        image(QStringLiteral("x"), QStringLiteral("1.2"), 1, std::nullopt),
    };
    const QList<dicom::ImageSeries> series = dicom::buildSeries(images);
    REQUIRE(series.size() == 2);
    QStringList first;
    for (const auto& stackImage : series[0].images)
        first << stackImage.path;
    CHECK(first == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QStringList second;
    for (const auto& stackImage : series[1].images)
        second << stackImage.path;
    CHECK(second == QStringList{QStringLiteral("x"), QStringLiteral("y")});
}
