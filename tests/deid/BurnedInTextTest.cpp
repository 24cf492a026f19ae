// Burned-in text (issue 4) on the project's ground truth: the sample ultrasound has the
// patient's name, ID, study date and time and the institution burned into every frame, and its
// planted-phi entries say where. OCR must propose a region over each of them and read the
// identifying values; a CT slice with no text must get (almost) nothing.

#include "core/deid/BurnedInTextDetector.h"
#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/samples/CtPhantom.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"
#include "core/samples/Ultrasound.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace consilium;

namespace {

constexpr quint64 kSeed = 1;

struct PlantedText {
    QString id;
    QString category;
    QString text;
    QRect rect;
};

// Only the ultrasound of make-samples (not the 300 CT slices): the same file, in seconds.
struct UltrasoundSample {
    QTemporaryDir dir;
    QString path;
    std::vector<PlantedText> planted;

    UltrasoundSample()
    {
        REQUIRE(dir.isValid());
        samples::SampleOutput output(dir.path(), false);
        const auto written = samples::writeUltrasound(samples::makeIdentity(kSeed), output);
        INFO((written ? QString() : written.error().message).toStdString());
        REQUIRE(written);
        path = dir.filePath(QStringLiteral("us/US0001.dcm"));
        // The planted-phi.json entries, as make-samples writes them.
        const QJsonArray values = output.catalogue().toJson(kSeed).value(QStringLiteral("values")).toArray();
        for (const auto& entry : values) {
            const QJsonObject value = entry.toObject();
            for (const auto& occurrence : value.value(QStringLiteral("occurrences")).toArray()) {
                const QJsonObject o = occurrence.toObject();
                if (o.value(QStringLiteral("kind")).toString() != QLatin1String("pixels")
                    || !o.value(QStringLiteral("files")).toArray().contains(QStringLiteral("us/US0001.dcm"))) {
                    continue;
                }
                const QJsonObject r = o.value(QStringLiteral("rect")).toObject();
                planted.push_back({value.value(QStringLiteral("id")).toString(),
                                   value.value(QStringLiteral("category")).toString(),
                                   o.value(QStringLiteral("text")).toString(),
                                   QRect(r.value(QStringLiteral("x")).toInt(), r.value(QStringLiteral("y")).toInt(),
                                         r.value(QStringLiteral("width")).toInt(),
                                         r.value(QStringLiteral("height")).toInt())});
            }
        }
        REQUIRE(planted.size() >= 4);
    }
};

QString alphanumerics(const QString& text)
{
    QString kept;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            kept.append(c.toUpper());
    }
    return kept;
}

// The fewest edits that turn `pattern` into some substring of `text` (Sellers): OCR may misread
// a character or two of the planted text.
int substringEditDistance(const QString& pattern, const QString& text)
{
    std::vector<int> previous(static_cast<size_t>(text.size()) + 1, 0);
    std::vector<int> current(previous.size());
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= text.size(); ++j) {
            const int substitute = previous[size_t(j - 1)] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
            current[size_t(j)] = std::min({substitute, previous[size_t(j)] + 1, current[size_t(j - 1)] + 1});
        }
        std::swap(previous, current);
    }
    return *std::min_element(previous.begin(), previous.end());
}

// The share of `planted` covered by `region`.
double coverage(const QRect& planted, const QRect& region)
{
    const QRect common = planted.intersected(region);
    return common.isEmpty() ? 0.0 : double(common.width()) * common.height() / (double(planted.width()) * planted.height());
}

// A CT slice of make-samples' phantom (ct/CT0150.dcm's pixels and display headers).
QString writeCtSlice(const QString& folder)
{
    using dicom::Vr;
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0008}, Vr::CS, QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL"));
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.1234567890"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("CT"));
    ds.setString({0x0028, 0x0301}, Vr::CS, QStringLiteral("NO"));
    ds.setString({0x0028, 0x1050}, Vr::DS, QStringLiteral("40"));
    ds.setString({0x0028, 0x1051}, Vr::DS, QStringLiteral("400"));
    ds.setString({0x0028, 0x1052}, Vr::DS, QString::number(samples::CtPhantom::kRescaleIntercept));
    ds.setString({0x0028, 0x1053}, Vr::DS, QStringLiteral("1"));
    dicom::ImagePixels pixels;
    pixels.rows = samples::CtPhantom::kRows;
    pixels.columns = samples::CtPhantom::kColumns;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 16;
    pixels.isSigned = true;
    pixels.data = samples::CtPhantom().slicePixels(149, kSeed);
    REQUIRE(ds.setImagePixels(pixels));
    const QString path = QDir(folder).filePath(QStringLiteral("CT0150.dcm"));
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian));
    return path;
}

// Points TESSDATA_PREFIX somewhere for the scope, then restores it.
class TessdataOverride {
public:
    explicit TessdataOverride(const QString& folder)
        : m_had(qEnvironmentVariableIsSet("TESSDATA_PREFIX"))
        , m_old(qgetenv("TESSDATA_PREFIX"))
    {
        qputenv("TESSDATA_PREFIX", QFile::encodeName(folder));
    }
    ~TessdataOverride()
    {
        if (m_had)
            qputenv("TESSDATA_PREFIX", m_old);
        else
            qunsetenv("TESSDATA_PREFIX");
    }
    TessdataOverride(const TessdataOverride&) = delete;
    TessdataOverride& operator=(const TessdataOverride&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("every planted text of the ultrasound is proposed and read", "[deid][ocr]")
{
    REQUIRE(deid::ocrLanguageData());
    const UltrasoundSample sample;
    const QList<int> frames{0, 14, 29};
    const auto regions = deid::detectTextInFile(sample.path, frames);
    INFO((regions ? QString() : regions.error().message).toStdString());
    REQUIRE(regions);

    for (const int frame : frames) {
        for (const PlantedText& planted : sample.planted) {
            INFO("frame " << frame << ", " << planted.id.toStdString() << " \"" << planted.text.toStdString() << "\"");
            QString read;
            double best = 0.0;
            for (const deid::TextRegion& region : *regions) {
                if (region.frame != frame || coverage(planted.rect, region.rect) == 0.0)
                    continue;
                best = std::max(best, coverage(planted.rect, region.rect));
                read += region.text + u' ';
                CHECK(region.confidence > 0.f);
                CHECK(region.confidence <= 100.f);
            }
            INFO("read \"" << read.toStdString() << "\"");
            CHECK(best >= 0.5);
            // The identifying values themselves, alphanumerics only, at most one misread character
            // per eight (the time shares the date's line and is checked with it).
            if (planted.category == QLatin1String("name") || planted.category == QLatin1String("id")
                || planted.category == QLatin1String("date")) {
                const QString expected = alphanumerics(planted.text);
                CHECK(substringEditDistance(expected, alphanumerics(read)) <= expected.size() / 8);
            }
        }
    }
}

TEST_CASE("reading the cine with reuse of unchanged areas still covers every planted text on every frame",
          "[deid][ocr]")
{
    const UltrasoundSample sample;
    const auto regions = deid::detectTextInFile(sample.path); // reuseUnchangedAreas is the default
    INFO((regions ? QString() : regions.error().message).toStdString());
    REQUIRE(regions);
    for (int frame = 0; frame < 30; ++frame) {
        for (const PlantedText& planted : sample.planted) {
            INFO("frame " << frame << ", " << planted.id.toStdString());
            double covered = 0.0;
            for (const deid::TextRegion& region : *regions) {
                if (region.frame == frame)
                    covered += coverage(planted.rect, region.rect);
            }
            CHECK(covered >= 0.5);
        }
    }
}

TEST_CASE("frames identical to the previous one reuse its reading", "[deid][ocr]")
{
    // Three identical frames: the sample ultrasound's first frame, rendered, stored three times.
    const UltrasoundSample sample;
    const auto first = dicom::loadFrame(sample.path, 0);
    REQUIRE(first);
    const QImage rgb = imaging::renderFrame(*first, imaging::DisplaySettings::defaultsFor(*first))
                           .convertToFormat(QImage::Format_RGB888);
    dicom::ImagePixels pixels;
    pixels.rows = rgb.height();
    pixels.columns = rgb.width();
    pixels.frames = 3;
    pixels.samplesPerPixel = 3;
    pixels.photometricInterpretation = QStringLiteral("RGB");
    for (int frame = 0; frame < 3; ++frame)
        for (int y = 0; y < rgb.height(); ++y)
            pixels.data.append(reinterpret_cast<const char*>(rgb.constScanLine(y)), rgb.width() * 3);
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, dicom::Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7.4"));
    ds.setString({0x0008, 0x0018}, dicom::Vr::UI, QStringLiteral("2.25.777"));
    ds.setString({0x0008, 0x0060}, dicom::Vr::CS, QStringLiteral("OT"));
    REQUIRE(ds.setImagePixels(pixels));
    const QString path = sample.dir.filePath(QStringLiteral("still.dcm"));
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian));

    const auto regions = deid::detectTextInFile(path);
    REQUIRE(regions);
    QList<deid::TextRegion> perFrame[3];
    for (const auto& region : *regions)
        perFrame[region.frame].append(region);
    REQUIRE(perFrame[0].size() >= 4);
    for (int frame = 1; frame < 3; ++frame) {
        REQUIRE(perFrame[frame].size() == perFrame[0].size());
        for (qsizetype i = 0; i < perFrame[0].size(); ++i) {
            CHECK(perFrame[frame][i].rect == perFrame[0][i].rect);
            CHECK(perFrame[frame][i].text == perFrame[0][i].text);
        }
    }
}

TEST_CASE("a CT slice without text gets almost no proposals", "[deid][ocr]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeCtSlice(dir.path());
    const auto regions = deid::detectTextInFile(path);
    INFO((regions ? QString() : regions.error().message).toStdString());
    REQUIRE(regions);
    for (const auto& region : *regions)
        WARN("proposed on CT: \"" << region.text.toStdString() << "\" " << region.confidence);
    CHECK(regions->size() <= 1);
    CHECK_FALSE(*deid::likelyHasBurnedInText(path));
}

TEST_CASE("objects known to carry burned-in text come first", "[deid][ocr]")
{
    using deid::BurnedInTextHints;
    CHECK(deid::likelyHasBurnedInText(BurnedInTextHints{QStringLiteral("CT"), {}, QStringLiteral("YES"), {}}));
    CHECK(deid::likelyHasBurnedInText(BurnedInTextHints{QStringLiteral("US"), {}, QStringLiteral("NO"), {}}));
    CHECK(deid::likelyHasBurnedInText(BurnedInTextHints{QStringLiteral("XA"), {}, {}, {}}));
    CHECK(deid::likelyHasBurnedInText(BurnedInTextHints{{}, QStringLiteral("1.2.840.10008.5.1.4.1.1.7.4"), {}, {}}));
    CHECK(deid::likelyHasBurnedInText(BurnedInTextHints{{}, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"), {}, {}}));
    CHECK(deid::likelyHasBurnedInText(
        BurnedInTextHints{QStringLiteral("CT"), {}, {}, QStringLiteral("DERIVED\\SECONDARY\\SCREEN SHOT")}));
    CHECK_FALSE(deid::likelyHasBurnedInText(BurnedInTextHints{
        QStringLiteral("CT"), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), QStringLiteral("NO"),
        QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL")}));
    // CT Image Storage must not match the Secondary Capture prefix ...1.7 by accident.
    CHECK_FALSE(deid::likelyHasBurnedInText(BurnedInTextHints{{}, QStringLiteral("1.2.840.10008.5.1.4.1.1.77"), {}, {}}));
}

TEST_CASE("missing OCR data is a clear error, not a crash", "[deid][ocr]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const TessdataOverride override(empty.path());
    QImage frame(64, 64, QImage::Format_Grayscale8);
    frame.fill(0);
    const auto regions = deid::detectText(frame);
    REQUIRE_FALSE(regions);
    CHECK(regions.error().code == ErrorCode::NotFound);
    CHECK(regions.error().message.contains(QStringLiteral("tesseract-ocr-eng")));

    // The command line says so and exits 1.
    const auto run = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("detect-text"), QStringLiteral("/nonexistent.dcm")});
    CHECK(run.exitCode == 1);
    CHECK(run.standardError.contains("eng.traineddata"));
}

TEST_CASE("detect-text lists the regions of a frame as JSON", "[deid][ocr][cli]")
{
    const UltrasoundSample sample;
    const auto run = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("detect-text"), QStringLiteral("--frame"), QStringLiteral("3"),
                                    QStringLiteral("--json"), sample.path});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(run.standardOutput).object();
    CHECK(result.value(QStringLiteral("likelyBurnedInText")).toBool());
    const QJsonArray regions = result.value(QStringLiteral("regions")).toArray();
    REQUIRE(regions.size() >= 4);
    for (const auto& region : regions) {
        CHECK(region.toObject().value(QStringLiteral("frame")).toInt() == 3);
        CHECK(region.toObject().value(QStringLiteral("width")).toInt() > 0);
    }

    // A file that cannot be decoded: exit 1 with the file named.
    const QString bogus = sample.dir.filePath(QStringLiteral("not-an-image.dcm"));
    QFile file(bogus);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not DICOM at all");
    file.close();
    const auto failed = test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("detect-text"), bogus});
    CHECK(failed.exitCode == 1);
    CHECK(failed.standardError.contains("not-an-image.dcm"));
}

// Frames per second of detection alone (frames decoded and rendered beforehand), on one thread.
// Hidden from CTest; run it in a Release build: test_deid_ocr "[.bench]".
TEST_CASE("detection speed on ultrasound and CT frames", "[.bench][deid][ocr]")
{
    const UltrasoundSample sample;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ct = writeCtSlice(dir.path());
    for (const auto& [name, path, frames] :
         {std::tuple{"ultrasound 640x480", sample.path, 30}, std::tuple{"CT 512x512", ct, 1}}) {
        QList<QImage> images;
        for (int i = 0; i < frames; ++i) {
            const auto frame = dicom::loadFrame(path, i);
            REQUIRE(frame);
            images.append(imaging::renderFrame(*frame, imaging::DisplaySettings::defaultsFor(*frame)));
        }
        REQUIRE(deid::detectText(images.first())); // the engine's start-up is not measured
        const int rounds = std::max(1, 30 / frames);
        QElapsedTimer timer;
        timer.start();
        int regions = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QImage& image : images)
                regions += static_cast<int>(deid::detectText(image)->size());
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        WARN(name << ": " << rounds * frames << " frames in " << seconds << " s, "
                  << rounds * frames / seconds << " frames/s, " << regions << " regions");
    }
}
