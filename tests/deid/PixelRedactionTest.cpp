// Pixel redaction (issue 4): regions written into the stored pixels of every affected frame,
// native or compressed inputs, nothing outside the regions touched, bad regions refused.

#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/PixelRedactor.h"
#include "core/deid/RedactionPlanner.h"
#include "core/dicom/DatasetReader.h"
#include "core/dicom/DatasetRewriter.h"
#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <array>

#include <vector>

using namespace consilium;

namespace {

constexpr int kColumns = 64;
constexpr int kRows = 32;

// Signed 16-bit monochrome, two frames, values that differ at every pixel.
std::vector<unsigned char> signedFrames(dicom::NativePixels& pixels)
{
    pixels.rows = kRows;
    pixels.columns = kColumns;
    pixels.frames = 2;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 12;
    pixels.highBit = 11;
    pixels.isSigned = true;
    pixels.photometric = QStringLiteral("MONOCHROME2");
    std::vector<unsigned char> bytes(size_t(pixels.frameBytes()) * 2);
    for (int i = 0; i < kRows * kColumns * 2; ++i)
        qToLittleEndian<qint16>(static_cast<qint16>((i % 1500) - 700), bytes.data() + i * 2);
    pixels.data = bytes.data();
    pixels.size = qsizetype(bytes.size());
    return bytes;
}

qint16 valueAt(const std::vector<unsigned char>& bytes, int frame, int x, int y)
{
    return qFromLittleEndian<qint16>(bytes.data() + ((frame * kRows + y) * kColumns + x) * 2);
}

// An RGB (or grey) image of `frames` frames whose every pixel differs from its neighbours.
QString writeImage(const QString& path, dicom::TransferSyntax syntax, int frames, bool colour)
{
    using dicom::Vr;
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.42") + QString::number(int(syntax)));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
    ds.setString({0x0010, 0x0010}, Vr::PN, QStringLiteral("DOE^JANE"));
    ds.setString({0x0028, 0x0301}, Vr::CS, QStringLiteral("YES"));
    dicom::ImagePixels pixels;
    pixels.rows = kRows;
    pixels.columns = kColumns;
    pixels.frames = frames;
    pixels.samplesPerPixel = colour ? 3 : 1;
    pixels.photometricInterpretation = colour ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
    pixels.data.resize(qsizetype(kRows) * kColumns * frames * pixels.samplesPerPixel);
    for (qsizetype i = 0; i < pixels.data.size(); ++i)
        pixels.data[i] = static_cast<char>(40 + (i * 7 + i / 97) % 200);
    REQUIRE(ds.setImagePixels(pixels));
    const auto written = dicom::writeDicomFile(path, ds, syntax);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    return path;
}

QString attribute(const QString& path, quint16 group, quint16 element)
{
    const auto views = dicom::listAttributes(path);
    REQUIRE(views);
    for (const auto& view : *views) {
        if (view.path.steps().size() == 1 && view.path.tag() == dicom::Tag{group, element})
            return view.text;
    }
    return {};
}

// Colour samples of pixel (x, y): R, G, B (grey frames: the value three times).
std::array<int, 3> rgbAt(const imaging::Frame& frame, int x, int y)
{
    if (frame.isMonochrome()) {
        const int v = frame.storedAt(x, y);
        return {v, v, v};
    }
    const auto* p =
        reinterpret_cast<const unsigned char*>(frame.rgb.constData()) + (qsizetype(y) * frame.width + x) * 3;
    return {p[0], p[1], p[2]};
}

} // namespace

TEST_CASE("fill, pixelate and blur change the pixels inside the regions only", "[deid][redact]")
{
    const QRect everyFrame(4, 2, 20, 10);
    const QRect secondFrame(40, 16, 16, 12);
    const QList<deid::RedactionRegion> regions{{everyFrame, -1, QStringLiteral("manual"), 100.f},
                                               {secondFrame, 1, QStringLiteral("ocr"), 80.f}};
    for (const auto style : {deid::RedactionStyle::Fill, deid::RedactionStyle::Pixelate, deid::RedactionStyle::Blur}) {
        INFO(deid::styleName(style).toStdString());
        dicom::NativePixels pixels;
        const std::vector<unsigned char> original = signedFrames(pixels);
        std::vector<unsigned char> bytes = original;
        pixels.data = bytes.data();
        REQUIRE(deid::redact(pixels, regions, style));
        int changedInside = 0;
        for (int frame = 0; frame < 2; ++frame) {
            qint16 minimum = 32767;
            for (int y = 0; y < kRows; ++y)
                for (int x = 0; x < kColumns; ++x)
                    minimum = std::min(minimum, valueAt(original, frame, x, y));
            for (int y = 0; y < kRows; ++y) {
                for (int x = 0; x < kColumns; ++x) {
                    const bool inside = everyFrame.contains(x, y) || (frame == 1 && secondFrame.contains(x, y));
                    if (!inside) {
                        REQUIRE(valueAt(bytes, frame, x, y) == valueAt(original, frame, x, y));
                        continue;
                    }
                    changedInside += valueAt(bytes, frame, x, y) != valueAt(original, frame, x, y);
                    // Stored values stay in the 12-bit signed range, sign-extended over the word.
                    CHECK(valueAt(bytes, frame, x, y) >= -2048);
                    CHECK(valueAt(bytes, frame, x, y) <= 2047);
                    if (style == deid::RedactionStyle::Fill)
                        REQUIRE(valueAt(bytes, frame, x, y) == minimum);
                }
            }
        }
        CHECK(changedInside
              > (everyFrame.width() * everyFrame.height() * 2 + secondFrame.width() * secondFrame.height()) / 2);
        if (style == deid::RedactionStyle::Pixelate) // one block: 8 x 8 pixels of one value
            CHECK(valueAt(bytes, 0, 4, 2) == valueAt(bytes, 0, 11, 9));
    }
}

TEST_CASE("colour fill is black in either planar configuration", "[deid][redact]")
{
    for (const int planar : {0, 1}) {
        dicom::NativePixels pixels;
        pixels.rows = kRows;
        pixels.columns = kColumns;
        pixels.samplesPerPixel = 3;
        pixels.planarConfiguration = planar;
        pixels.photometric = QStringLiteral("RGB");
        std::vector<unsigned char> bytes(size_t(pixels.frameBytes()), 200);
        pixels.data = bytes.data();
        pixels.size = qsizetype(bytes.size());
        const QRect rect(10, 5, 3, 2);
        REQUIRE(deid::redact(pixels, {{rect, 0, QStringLiteral("manual"), 100.f}}, deid::RedactionStyle::Fill));
        int zeros = 0;
        for (const unsigned char b : bytes)
            zeros += b == 0;
        CHECK(zeros == rect.width() * rect.height() * 3);
        const qsizetype plane = qsizetype(kRows) * kColumns;
        const qsizetype pixel = 5 * kColumns + 10;
        for (int s = 0; s < 3; ++s)
            CHECK(bytes[size_t(planar ? s * plane + pixel : pixel * 3 + s)] == 0);
    }
}

TEST_CASE("regions outside the image are refused with a clear error", "[deid][redact]")
{
    const auto outside =
        deid::checkRegions({{QRect(60, 0, 10, 10), -1, QStringLiteral("manual"), 100.f}}, kColumns, kRows, 1);
    REQUIRE_FALSE(outside);
    CHECK(outside.error().code == ErrorCode::InvalidArgument);
    CHECK(outside.error().message
          == QStringLiteral("region x=60 y=0 width=10 height=10 (all frames) lies outside the 64 x 32 image"));
    CHECK_FALSE(deid::checkRegions({{QRect(-1, 0, 5, 5), 0, QStringLiteral("manual"), 100.f}}, kColumns, kRows, 1));
    CHECK_FALSE(deid::checkRegions({{QRect(0, 0, 0, 5), 0, QStringLiteral("manual"), 100.f}}, kColumns, kRows, 1));
    const auto frame =
        deid::checkRegions({{QRect(0, 0, 5, 5), 3, QStringLiteral("manual"), 100.f}}, kColumns, kRows, 2);
    REQUIRE_FALSE(frame);
    CHECK(frame.error().message.contains(QStringLiteral("2 frame(s)")));
    CHECK(deid::checkRegions({{QRect(0, 0, kColumns, kRows), 1, QStringLiteral("manual"), 100.f}}, kColumns, kRows, 2));
}

TEST_CASE("de-identifying a file redacts its pixels, native or compressed", "[deid][redact]")
{
    using dicom::TransferSyntax;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto secrets = deid::CaseSecrets::generate();
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), secrets);
    const QRect rect(8, 4, 24, 12);
    for (const auto& [syntax, colour] :
         {std::pair{TransferSyntax::ExplicitVrLittleEndian, true}, std::pair{TransferSyntax::RleLossless, true},
          std::pair{TransferSyntax::JpegLsLossless, false}, std::pair{TransferSyntax::JpegLossless, true},
          std::pair{TransferSyntax::JpegBaseline, true}}) {
        const QString uid = dicom::transferSyntaxUid(syntax);
        INFO(uid.toStdString());
        const QString input = writeImage(dir.filePath(QStringLiteral("in-%1.dcm").arg(int(syntax))), syntax, 3, colour);
        deid::PixelRedaction redaction;
        redaction.regions = {{rect, 1, QStringLiteral("manual"), 100.f}};
        const QString out = dir.filePath(QStringLiteral("out-%1").arg(int(syntax)));
        const auto report = engine.deidentify(input, out, redaction);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report);
        const bool compressed = syntax != TransferSyntax::ExplicitVrLittleEndian;
        CHECK(report->summary.pixelEdit.edited);
        CHECK(report->summary.pixelEdit.reencoded == compressed);
        CHECK(report->summary.pixelEdit.sourceLossy == (syntax == TransferSyntax::JpegBaseline));
        // Lossless compressed inputs stay in their syntax (DCMTK encodes RLE, JPEG-LS lossless and
        // JPEG lossless); a lossy one is written Explicit VR Little Endian, never lossy again.
        const bool keep = compressed && syntax != TransferSyntax::JpegBaseline;
        CHECK(report->summary.pixelEdit.syntaxKept == keep);
        CHECK(report->summary.transferSyntaxUid == (keep ? uid : QStringLiteral("1.2.840.10008.1.2.1")));
        const auto written = dicom::readImageInfo(report->output);
        REQUIRE(written);
        CHECK(written->transferSyntaxUid == report->summary.transferSyntaxUid);
        CHECK(report->summary.pixelEdit.sourceTransferSyntaxUid == uid);
        // Manual regions alone say nothing about other text: Burned In Annotation stays YES.
        CHECK(attribute(report->output, 0x0028, 0x0301) == QStringLiteral("YES"));
        CHECK(report->burnedInAnnotation.isEmpty());
        if (syntax == TransferSyntax::JpegBaseline) {
            CHECK(attribute(report->output, 0x0028, 0x2110) == QStringLiteral("01"));
            CHECK(attribute(report->output, 0x0028, 0x2114) == QStringLiteral("ISO_10918_1"));
        }
        for (int frameIndex = 0; frameIndex < 3; ++frameIndex) {
            const auto before = dicom::decodeFrame(input, frameIndex);
            const auto after = dicom::decodeFrame(report->output, frameIndex);
            REQUIRE(before);
            REQUIRE(after);
            REQUIRE(after->width == kColumns);
            for (int y = 0; y < kRows; ++y) {
                for (int x = 0; x < kColumns; ++x) {
                    if (frameIndex == 1 && rect.contains(x, y) && colour)
                        REQUIRE(rgbAt(*after, x, y) == std::array<int, 3>{0, 0, 0});
                    else if (frameIndex == 1 && rect.contains(x, y)) // grey: the frame's darkest value
                        REQUIRE(after->storedAt(x, y) == before->minStored);
                    else
                        REQUIRE(rgbAt(*after, x, y) == rgbAt(*before, x, y));
                }
            }
        }
    }
}

TEST_CASE("Burned In Annotation becomes NO only when all detected text was redacted", "[deid][redact]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input =
        writeImage(dir.filePath(QStringLiteral("in.dcm")), dicom::TransferSyntax::ExplicitVrLittleEndian, 1, false);
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets::generate());
    deid::PixelRedaction redaction;
    redaction.regions = {{QRect(0, 0, 10, 10), -1, QStringLiteral("ocr"), 90.f}};
    redaction.allDetectedTextRedacted = true;
    const auto report = engine.deidentify(input, dir.filePath(QStringLiteral("out")), redaction);
    REQUIRE(report);
    CHECK(report->burnedInAnnotation == QStringLiteral("NO"));
    CHECK(attribute(report->output, 0x0028, 0x0301) == QStringLiteral("NO"));
}

TEST_CASE("a region outside the image fails the file and writes nothing", "[deid][redact]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input =
        writeImage(dir.filePath(QStringLiteral("in.dcm")), dicom::TransferSyntax::RleLossless, 2, true);
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets::generate());
    deid::PixelRedaction redaction;
    redaction.regions = {{QRect(0, 20, 64, 13), -1, QStringLiteral("manual"), 100.f}};
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto report = engine.deidentify(input, out, redaction);
    REQUIRE_FALSE(report);
    CHECK(report.error().message.contains(QStringLiteral("lies outside the 64 x 32 image")));
    CHECK(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("regions files are read with clear errors", "[deid][redact]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString image =
        writeImage(dir.filePath(QStringLiteral("a.dcm")), dicom::TransferSyntax::ExplicitVrLittleEndian, 1, false);
    const auto write = [&](const QByteArray& json) {
        const QString path = dir.filePath(QStringLiteral("regions.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        return path;
    };
    const auto good = deid::readRegionsFile(write(R"({"regions": [{"x": 1, "y": 2, "width": 3, "height": 4},
        {"file": ")" + image.toUtf8() + R"(", "frame": 0, "x": 5, "y": 6, "width": 7, "height": 8}]})"));
    REQUIRE(good);
    REQUIRE(good->size() == 2);
    CHECK(good->at(0).file.isEmpty());
    CHECK(good->at(0).region.frame == -1);
    CHECK(good->at(0).region.source == QStringLiteral("manual"));
    CHECK(good->at(1).region.rect == QRect(5, 6, 7, 8));
    CHECK(deid::regionsFor(*good, image).size() == 2);
    CHECK(deid::regionsFor(*good, dir.filePath(QStringLiteral("other.dcm"))).size() == 1);

    const auto missing = deid::readRegionsFile(write(R"({"regions": [{"x": 1, "y": 2, "width": 3}]})"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("region 1 has no \"height\"")));
    const auto negative = deid::readRegionsFile(write(R"({"regions": [{"x": -1, "y": 2, "width": 3, "height": 3}]})"));
    REQUIRE_FALSE(negative);
    CHECK(negative.error().message.contains(QStringLiteral("whole number")));
    CHECK_FALSE(deid::readRegionsFile(write("{not json")));
    CHECK_FALSE(deid::readRegionsFile(
        write(R"({"regions": [{"file": "/nonexistent.dcm", "x": 0, "y": 0, "width": 1, "height": 1}]})")));
    CHECK_FALSE(deid::readRegionsFile(dir.filePath(QStringLiteral("absent.json"))));
}

TEST_CASE("16-bit signed images are redacted in place or decoded, with the frame's darkest value", "[deid][redact]")
{
    using dicom::TransferSyntax;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets::generate());
    const QRect rect(10, 3, 30, 9);
    for (const auto syntax : {TransferSyntax::ExplicitVrLittleEndian, TransferSyntax::RleLossless,
                              TransferSyntax::JpegLsLossless, TransferSyntax::JpegLossless}) {
        INFO(dicom::transferSyntaxUid(syntax).toStdString());
        using dicom::Vr;
        dicom::Dataset ds;
        ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
        ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.99") + QString::number(int(syntax)));
        ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("CT"));
        dicom::ImagePixels pixels;
        pixels.rows = kRows;
        pixels.columns = kColumns;
        pixels.bitsAllocated = 16;
        pixels.bitsStored = 16;
        pixels.isSigned = true;
        pixels.data.resize(kRows * kColumns * 2);
        for (int i = 0; i < kRows * kColumns; ++i)
            qToLittleEndian<qint16>(static_cast<qint16>((i * 37) % 3000 - 1024), pixels.data.data() + i * 2);
        REQUIRE(ds.setImagePixels(pixels));
        const QString input = dir.filePath(QStringLiteral("ct-%1.dcm").arg(int(syntax)));
        REQUIRE(dicom::writeDicomFile(input, ds, syntax));

        deid::PixelRedaction redaction;
        redaction.regions = {{rect, -1, QStringLiteral("manual"), 100.f}};
        const auto report = engine.deidentify(input, dir.filePath(QStringLiteral("out")), redaction);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report);
        CHECK(report->summary.pixelEdit.reencoded == (syntax != TransferSyntax::ExplicitVrLittleEndian));
        CHECK(report->summary.pixelEdit.syntaxKept == (syntax != TransferSyntax::ExplicitVrLittleEndian));
        CHECK(report->summary.transferSyntaxUid == dicom::transferSyntaxUid(syntax));
        const auto before = dicom::decodeFrame(input, 0);
        const auto after = dicom::decodeFrame(report->output, 0);
        REQUIRE(before);
        REQUIRE(after);
        CHECK(before->minStored == -1024);
        for (int y = 0; y < kRows; ++y)
            for (int x = 0; x < kColumns; ++x)
                REQUIRE(after->storedAt(x, y) == (rect.contains(x, y) ? -1024 : before->storedAt(x, y)));
    }
}

TEST_CASE("uncompressed YBR_FULL_422 is expanded to YBR_FULL and redacted pixel by pixel", "[deid][redact]")
{
    // PS3.3 C.7.6.3.1.2: Y1 Y2 Cb Cr for each pair of pixels. A region starting at an odd column
    // cuts a pair in two: the pixel left of it must keep its colour.
    using dicom::Vr;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.4224"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("US"));
    dicom::ImagePixels pixels;
    pixels.rows = kRows;
    pixels.columns = kColumns;
    pixels.samplesPerPixel = 3;
    pixels.photometricInterpretation = QStringLiteral("RGB");
    pixels.data.resize(kRows * kColumns * 3);
    REQUIRE(ds.setImagePixels(pixels));
    QByteArray ybr(kRows * kColumns * 2, '\0');
    for (int pair = 0; pair < kRows * kColumns / 2; ++pair) {
        ybr[pair * 4] = static_cast<char>(30 + pair % 180); // Y1
        ybr[pair * 4 + 1] = static_cast<char>(60 + pair % 150); // Y2
        ybr[pair * 4 + 2] = static_cast<char>(90 + pair % 70); // Cb
        ybr[pair * 4 + 3] = static_cast<char>(160 - pair % 60); // Cr
    }
    ds.setString({0x0028, 0x0004}, Vr::CS, QStringLiteral("YBR_FULL_422"));
    ds.setBytes({0x7FE0, 0x0010}, Vr::OB, ybr);
    const QString input = dir.filePath(QStringLiteral("ybr422.dcm"));
    const auto written = dicom::writeDicomFile(input, ds, dicom::TransferSyntax::ExplicitVrLittleEndian);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);

    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets::generate());
    const QRect rect(9, 5, 20, 10); // odd left edge: column 8 shares its chroma with column 9
    deid::PixelRedaction redaction;
    redaction.regions = {{rect, 0, QStringLiteral("manual"), 100.f}};
    const auto report = engine.deidentify(input, dir.filePath(QStringLiteral("out")), redaction);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->summary.pixelEdit.expandedChroma);
    CHECK(attribute(report->output, 0x0028, 0x0004) == QStringLiteral("YBR_FULL"));
    // The stored samples: outside the region each pixel has its own Y and its pair's Cb Cr;
    // inside, YBR_FULL black (Y 0, neutral chroma).
    const auto reader = dicom::DatasetReader::open(report->output);
    REQUIRE(reader);
    const auto stored = reader->bytes(dicom::Tag{0x7FE0, 0x0010});
    REQUIRE(stored);
    REQUIRE(stored->size() >= kRows * kColumns * 3);
    for (int y = 0; y < kRows; ++y) {
        for (int x = 0; x < kColumns; ++x) {
            INFO("x " << x << " y " << y);
            const int pair = (y * kColumns + x) / 2;
            const auto* in = reinterpret_cast<const unsigned char*>(ybr.constData()) + pair * 4;
            const auto* out = reinterpret_cast<const unsigned char*>(stored->constData()) + (y * kColumns + x) * 3;
            const std::array<int, 3> expected =
                rect.contains(x, y) ? std::array<int, 3>{0, 128, 128} : std::array<int, 3>{in[x % 2], in[2], in[3]};
            REQUIRE(std::array<int, 3>{out[0], out[1], out[2]} == expected);
        }
    }
    // And it still decodes, black inside the region.
    const auto after = dicom::decodeFrame(report->output, 0);
    REQUIRE(after);
    const auto black = rgbAt(*after, rect.left(), rect.top());
    CHECK(std::max({black[0], black[1], black[2]}) <= 1);
}
