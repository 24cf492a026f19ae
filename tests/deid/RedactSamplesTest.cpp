// `consilium-cli deid --redact auto` on the sample ultrasound cine (issue 4): the patient's
// name, ID, date, time and institution are burned into all 30 frames (planted-phi.json says
// where). After redaction, OCR of every frame of every derivative — from the native file and
// from its RLE and lossy JPEG variants — must find none of them, and every pixel outside the
// reported regions must be the input's.

#include "core/deid/BurnedInTextDetector.h"
#include "core/dicom/DatasetRewriter.h"
#include "core/dicom/ImageDecoder.h"
#include "core/samples/ClinicalPhoto.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"
#include "core/samples/Ultrasound.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <vector>

using namespace consilium;

namespace {

constexpr quint64 kSeed = 7;

QString alphanumerics(const QString& text)
{
    QString kept;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            kept.append(c.toUpper());
    }
    return kept;
}

// The fewest edits that turn `pattern` into some substring of `text` (Sellers).
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

// What OCR must not find: each planted pixel text whole and each of its words of four or more
// characters, alphanumerics only.
QStringList forbiddenTokens(const QJsonObject& catalogue)
{
    QStringList tokens;
    for (const auto& entry : catalogue.value(QStringLiteral("values")).toArray()) {
        for (const auto& occurrence : entry.toObject().value(QStringLiteral("occurrences")).toArray()) {
            const QJsonObject o = occurrence.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("pixels"))
                continue;
            const QString text = o.value(QStringLiteral("text")).toString();
            tokens.append(alphanumerics(text));
            for (const QString& word :
                 text.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), Qt::SkipEmptyParts)) {
                if (word.size() >= 4)
                    tokens.append(alphanumerics(word));
            }
        }
    }
    tokens.removeDuplicates();
    return tokens;
}

struct Region {
    QRect rect;
    int frame = -1;
};

std::array<int, 3> rgbAt(const imaging::Frame& frame, int x, int y)
{
    const auto* p =
        reinterpret_cast<const unsigned char*>(frame.rgb.constData()) + (qsizetype(y) * frame.width + x) * 3;
    return {p[0], p[1], p[2]};
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

} // namespace

TEST_CASE("deid --redact auto leaves no planted text in any frame of the ultrasound", "[deid][redact][ocr]")
{
    if (!deid::ocrLanguageData())
        test::skipTest(QStringLiteral("Tesseract's English data (tesseract-ocr-eng) is not installed"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    samples::SampleOutput output(dir.filePath(QStringLiteral("in")), false);
    const auto written = samples::writeUltrasound(samples::makeIdentity(kSeed), output);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    const QStringList forbidden = forbiddenTokens(output.catalogue().toJson(kSeed));
    REQUIRE(forbidden.size() >= 8);

    const QString in = dir.filePath(QStringLiteral("in"));
    const QStringList inputs{in + QStringLiteral("/us/US0001.dcm"),
                             in + QStringLiteral("/variants/rle-lossless/us/US0001.dcm"),
                             in + QStringLiteral("/variants/jpeg-baseline/us/US0001.dcm")};
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    const auto run =
        test::runTool(QStringLiteral("consilium-cli"),
                      QStringList{QStringLiteral("deid"), QStringLiteral("--redact"), QStringLiteral("auto"),
                                  QStringLiteral("--report"), reportPath, QStringLiteral("--out"), out}
                          + inputs,
                      600000);
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile reportFile(reportPath);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    const QJsonArray files =
        QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == inputs.size());

    for (const auto& entry : files) {
        const QJsonObject file = entry.toObject();
        const QString input = file.value(QStringLiteral("input")).toString();
        const QString derivative = file.value(QStringLiteral("output")).toString();
        INFO(input.toStdString());
        const bool compressed = !input.endsWith(QLatin1String("in/us/US0001.dcm"));
        const bool lossy = input.contains(QLatin1String("jpeg-baseline"));
        CHECK(file.value(QStringLiteral("burnedInAnnotation")).toString() == QStringLiteral("NO"));
        CHECK(attribute(derivative, 0x0028, 0x0301) == QStringLiteral("NO"));
        // RLE is encoded again as RLE; the lossy JPEG is written uncompressed, never lossy twice.
        const bool rle = input.contains(QLatin1String("rle-lossless"));
        CHECK(file.value(QStringLiteral("transferSyntaxUid")).toString()
              == (rle ? QStringLiteral("1.2.840.10008.1.2.5") : QStringLiteral("1.2.840.10008.1.2.1")));
        CHECK(file.value(QStringLiteral("transferSyntaxKept")).toBool() == !lossy);
        CHECK(file.value(QStringLiteral("pixelsReencoded")).toBool() == compressed);
        CHECK(file.value(QStringLiteral("lossySourceReencoded")).toBool() == lossy);
        CHECK(file.value(QStringLiteral("pixelNote")).toString().startsWith(QLatin1String("lossy data was re-encoded"))
              == lossy);
        if (lossy)
            CHECK(attribute(derivative, 0x0028, 0x2110) == QStringLiteral("01"));

        std::vector<Region> regions;
        for (const auto& r : file.value(QStringLiteral("regions")).toArray()) {
            const QJsonObject o = r.toObject();
            CHECK(o.value(QStringLiteral("source")).toString() == QStringLiteral("ocr"));
            CHECK(o.value(QStringLiteral("style")).toString() == QStringLiteral("fill"));
            CHECK(o.value(QStringLiteral("confidence")).toDouble() >= 60.0);
            regions.push_back(
                {QRect(o.value(QStringLiteral("x")).toInt(), o.value(QStringLiteral("y")).toInt(),
                       o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt()),
                 o.value(QStringLiteral("frame")).toInt(-1)});
        }
        REQUIRE(regions.size() >= 30 * 4); // name, ID, date/time, institution on every frame

        // OCR of every frame of the derivative, each read whole (no reuse between frames: the
        // check must not share the shortcut it checks), finds none of the planted values.
        deid::TextDetectionOptions everyFrameWhole;
        everyFrameWhole.reuseUnchangedAreas = false;
        const auto read = deid::detectTextInFile(derivative, {}, everyFrameWhole);
        REQUIRE(read);
        for (int frame = 0; frame < 30; ++frame) {
            QString text;
            for (const auto& region : *read) {
                if (region.frame == frame)
                    text += alphanumerics(region.text) + u'|';
            }
            for (const QString& token : forbidden) {
                INFO("frame " << frame << ": OCR read \"" << text.toStdString() << "\", planted \""
                              << token.toStdString() << '"');
                CHECK(substringEditDistance(token, text) > token.size() / 8);
            }
        }

        // Every pixel outside the frame's regions is the input's.
        for (int frame = 0; frame < 30; ++frame) {
            const auto before = dicom::decodeFrame(input, frame);
            const auto after = dicom::decodeFrame(derivative, frame);
            REQUIRE(before);
            REQUIRE(after);
            REQUIRE(after->width == before->width);
            REQUIRE(after->height == before->height);
            int differing = 0;
            int inside = 0;
            for (int y = 0; y < after->height; ++y) {
                for (int x = 0; x < after->width; ++x) {
                    const bool redacted = std::any_of(regions.begin(), regions.end(), [&](const Region& r) {
                        return (r.frame == frame || r.frame == -1) && r.rect.contains(x, y);
                    });
                    if (redacted) {
                        ++inside;
                        continue;
                    }
                    differing += rgbAt(*after, x, y) != rgbAt(*before, x, y);
                }
            }
            INFO("frame " << frame);
            CHECK(differing == 0);
            CHECK(inside > 0);
        }
    }
}

TEST_CASE("deid refuses a region outside the image with a clear error", "[deid][redact]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    samples::SampleOutput output(dir.filePath(QStringLiteral("in")), false);
    REQUIRE(samples::writeUltrasound(samples::makeIdentity(kSeed), output));
    const QString input = dir.filePath(QStringLiteral("in/variants/jpeg-ls-lossless/us/US0001.dcm"));
    const QString regions = dir.filePath(QStringLiteral("regions.json"));
    QFile file(regions);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"regions": [{"frame": 2, "x": 600, "y": 0, "width": 100, "height": 30}]})");
    file.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto run =
        test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("deid"), QStringLiteral("--regions"), regions,
                                                        QStringLiteral("--out"), out, input});
    CHECK(run.exitCode == 1);
    CHECK(
        run.standardError.contains("region x=600 y=0 width=100 height=30 (frame 2) lies outside the 640 x 480 image"));
    CHECK(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A region file naming a file that is not among the inputs would leave its text in place.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(R"({"regions": [{"file": ")") + dir.filePath(QStringLiteral("in/us/US0001.dcm")).toUtf8()
               + R"(", "x": 0, "y": 0, "width": 10, "height": 10}]})");
    file.close();
    const auto stray =
        test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("deid"), QStringLiteral("--regions"), regions,
                                                        QStringLiteral("--out"), out, input});
    CHECK(stray.exitCode == 1);
    CHECK(stray.standardError.contains("is not among the inputs"));

    // An unknown style or mode is a usage error.
    const auto style =
        test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("deid"), QStringLiteral("--redact-style"),
                                                        QStringLiteral("smudge"), QStringLiteral("--out"), out, input});
    CHECK(style.exitCode != 0);
    CHECK(style.standardError.contains("fill, pixelate or blur"));
}

TEST_CASE("detect-faces and deid --faces on the clinical photo: no face, nothing redacted", "[deid][faces]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    samples::SampleOutput output(dir.filePath(QStringLiteral("in")), false);
    REQUIRE(samples::writeClinicalPhoto(samples::makeIdentity(kSeed), output));
    const QString photo = dir.filePath(QStringLiteral("in/photos/lesion.jpg"));
    const auto detect = test::runTool(QStringLiteral("consilium-cli"),
                                      {QStringLiteral("detect-faces"), QStringLiteral("--json"), photo});
    INFO(detect.standardError.toStdString());
    REQUIRE(detect.exitCode == 0);
    CHECK(QJsonDocument::fromJson(detect.standardOutput).object().value(QStringLiteral("faces")).toArray().isEmpty());

    // Faces only: OCR (on by default) would redact the photo's label, tested below.
    const auto run = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("deid"), QStringLiteral("--no-ocr"), QStringLiteral("--faces"),
                                    QStringLiteral("blur"), QStringLiteral("--json"), QStringLiteral("--out"),
                                    dir.filePath(QStringLiteral("out")), photo});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray files =
        QJsonDocument::fromJson(run.standardOutput).object().value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 1);
    CHECK(files.first().toObject().value(QStringLiteral("regions")).toArray().isEmpty());

    const auto bad = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("deid"), QStringLiteral("--faces"), QStringLiteral("hide"),
                                    QStringLiteral("--out"), dir.filePath(QStringLiteral("out2")), photo});
    CHECK(bad.exitCode != 0);
    CHECK(bad.standardError.contains("--faces expects blur, pixelate or fill"));
}

TEST_CASE("deid --redact auto removes the patient label from the clinical photo", "[deid][redact][ocr]")
{
    if (!deid::ocrLanguageData())
        test::skipTest(QStringLiteral("Tesseract's English data (tesseract-ocr-eng) is not installed"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    samples::SampleOutput output(dir.filePath(QStringLiteral("in")), false);
    REQUIRE(samples::writeClinicalPhoto(samples::makeIdentity(kSeed), output));
    const QStringList forbidden = forbiddenTokens(output.catalogue().toJson(kSeed));
    REQUIRE(forbidden.size() >= 3);
    const QString photo = dir.filePath(QStringLiteral("in/photos/lesion.jpg"));
    // The label is there to be found before.
    const auto before = deid::detectTextInFile(photo);
    REQUIRE(before);
    QString readBefore;
    for (const auto& region : *before)
        readBefore += alphanumerics(region.text) + u'|';
    const auto readable = [&](const QString& token) {
        return substringEditDistance(token, readBefore) <= token.size() / 8;
    };
    CHECK(std::count_if(forbidden.cbegin(), forbidden.cend(), readable) >= 3);

    const auto run =
        test::runTool(QStringLiteral("consilium-cli"),
                      {QStringLiteral("deid"), QStringLiteral("--redact"), QStringLiteral("auto"),
                       QStringLiteral("--json"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out")), photo},
                      300000);
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject file = QJsonDocument::fromJson(run.standardOutput)
                                 .object()
                                 .value(QStringLiteral("files"))
                                 .toArray()
                                 .first()
                                 .toObject();
    CHECK(file.value(QStringLiteral("regions")).toArray().size() >= 3);
    const auto after = deid::detectTextInFile(file.value(QStringLiteral("output")).toString());
    REQUIRE(after);
    QString read;
    for (const auto& region : *after)
        read += alphanumerics(region.text) + u'|';
    for (const QString& token : forbidden) {
        INFO("OCR read \"" << read.toStdString() << "\", planted \"" << token.toStdString() << '"');
        CHECK(substringEditDistance(token, read) > token.size() / 8);
    }
}
