// `consilium-cli deid` as a user runs it (issue 4): folders as inputs, bad inputs listed with
// their reason and nothing of them left in the output, and a report that names the rule behind
// every attribute and the residual risks.

#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetWriter.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace consilium;

namespace {

// A small secondary capture with a name, an age, a description naming the patient and a
// private block: one attribute for each kind of rule the report states.
QString writeCase(const QString& path)
{
    using dicom::Vr;
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.777001"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
    ds.setString({0x0008, 0x1030}, Vr::LO, QStringLiteral("FOLLOW-UP FOR ZEBEDEE"));
    ds.setString({0x0009, 0x0010}, Vr::LO, QStringLiteral("ACME PRIVATE"));
    ds.setString({0x0009, 0x1001}, Vr::LO, QStringLiteral("ZEBEDEE PRIVATE NOTE"));
    ds.setString({0x0010, 0x0010}, Vr::PN, QStringLiteral("ZEBEDEE^QUENTIN"));
    ds.setString({0x0010, 0x0020}, Vr::LO, QStringLiteral("MRN-424242"));
    ds.setString({0x0010, 0x1010}, Vr::AS, QStringLiteral("047Y"));
    dicom::ImagePixels pixels;
    pixels.rows = 16;
    pixels.columns = 16;
    pixels.data = QByteArray(16 * 16, '\x40');
    REQUIRE(ds.setImagePixels(pixels));
    const auto written = dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    return path;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject attributeRow(const QJsonArray& attributes, const QString& path)
{
    for (const auto& value : attributes) {
        if (value.toObject().value(QStringLiteral("path")).toString() == path)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("deid lists every input it could not de-identify and leaves nothing of them", "[deid][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("in"));
    REQUIRE(QDir().mkpath(in));
    writeCase(QDir(in).filePath(QStringLiteral("good.dcm")));
    const QByteArray full = test::minimalImageFile(32, 32, QStringLiteral("Truncated^Tom"));
    test::writeFile(QDir(in).filePath(QStringLiteral("truncated.dcm")), full.left(full.size() - 200));
    test::DicomBytes unknown;
    unknown.string(0x0008, 0x0016, "UI", QStringLiteral("1.2.840.10008.5.1.4.1.1.7"))
        .string(0x0008, 0x0018, "UI", QStringLiteral("2.25.777002"))
        .string(0x0010, 0x0010, "PN", QStringLiteral("Unknown^Una"));
    test::writeFile(QDir(in).filePath(QStringLiteral("unknown-syntax.dcm")),
                    unknown.part10(QStringLiteral("1.2.840.10008.5.1.4.1.1.7"), QStringLiteral("2.25.777002"),
                                   QStringLiteral("1.2.840.10008.1.2.4.999")));

    const QString out = dir.filePath(QStringLiteral("out"));
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    const auto run = test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("deid"), QStringLiteral("--out"),
                                                                     out, QStringLiteral("--report"), reportPath, in});
    INFO(run.standardError.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.standardError.contains("2 of 3 input(s) could not be de-identified"));
    CHECK(run.standardError.contains("truncated.dcm: "));
    CHECK(run.standardError.contains("unknown-syntax.dcm: "));
    CHECK(run.standardError.contains("1.2.840.10008.1.2.4.999"));
    // Only the good file, and no partial file of the bad ones.
    const QStringList written = QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::System);
    INFO(written.join(u' ').toStdString());
    CHECK(written.size() == 1);
    CHECK(written.first().endsWith(QStringLiteral(".dcm")));

    const QJsonArray files = readJson(reportPath).value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 3);
    int errors = 0;
    for (const auto& file : files)
        errors += file.toObject().contains(QStringLiteral("error")) ? 1 : 0;
    CHECK(errors == 2);
}

TEST_CASE("the report names the rule behind every attribute and the residual risks", "[deid][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = writeCase(dir.filePath(QStringLiteral("case.dcm")));
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    const auto run =
        test::runTool(QStringLiteral("consilium-cli"),
                      {QStringLiteral("deid"), QStringLiteral("--no-ocr"), QStringLiteral("--out"),
                       dir.filePath(QStringLiteral("out")), QStringLiteral("--report"), reportPath, input});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile reportFile(reportPath);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = reportFile.readAll();
    // The report carries paths, keywords and rules, never a value it removed.
    for (const char* phi : {"ZEBEDEE", "QUENTIN", "MRN-424242"})
        CHECK_FALSE(reportBytes.contains(phi));

    const QJsonArray files = QJsonDocument::fromJson(reportBytes).object().value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 1);
    const QJsonObject file = files.first().toObject();
    const QJsonArray attributes = file.value(QStringLiteral("attributes")).toArray();
    REQUIRE(attributes.size() > 10);
    const QStringList outcomes{QStringLiteral("removed"), QStringLiteral("emptied"), QStringLiteral("replaced"),
                               QStringLiteral("kept"), QStringLiteral("added")};
    for (const auto& value : attributes) {
        const QJsonObject row = value.toObject();
        INFO(QJsonDocument(row).toJson().toStdString());
        CHECK(outcomes.contains(row.value(QStringLiteral("action")).toString()));
        CHECK_FALSE(row.value(QStringLiteral("rule")).toString().isEmpty());
    }
    const auto check = [&](const QString& path, const QString& action, const QString& rule) {
        const QJsonObject row = attributeRow(attributes, path);
        INFO(path.toStdString());
        CHECK(row.value(QStringLiteral("action")).toString() == action);
        CHECK(row.value(QStringLiteral("rule")).toString() == rule);
    };
    check(QStringLiteral("(0010,0010)"), QStringLiteral("emptied"), QStringLiteral("E.1-1 Z"));
    check(QStringLiteral("(0010,1010)"), QStringLiteral("kept"),
          QStringLiteral("option: retain patient characteristics (K)"));
    check(QStringLiteral("(0008,1030)"), QStringLiteral("replaced"), QStringLiteral("option: clean descriptors (C)"));
    check(QStringLiteral("(0008,0018)"), QStringLiteral("replaced"), QStringLiteral("E.1-1 U"));
    check(QStringLiteral("(0009,1001)"), QStringLiteral("removed"), QStringLiteral("private tag removed"));
    check(QStringLiteral("(0012,0062)"), QStringLiteral("added"),
          QStringLiteral("record of the de-identification (PS3.15 E.1.1, PS3.3 C.7.1.1)"));
    CHECK(attributeRow(attributes, QStringLiteral("(0010,1010)")).value(QStringLiteral("keyword")).toString()
          == QStringLiteral("PatientAge"));

    const QJsonArray risks = file.value(QStringLiteral("residualRisks")).toArray();
    QStringList riskTexts;
    for (const auto& risk : risks)
        riskTexts.append(risk.toString());
    INFO(riskTexts.join(u'\n').toStdString());
    CHECK(riskTexts.filter(QStringLiteral("not scanned")).size() == 1);
    CHECK(riskTexts.filter(QStringLiteral("(0008,1030) StudyDescription")).size() == 1);

    // With OCR on (the default), the secondary capture is read and no longer reported unscanned.
    const QString ocrReport = dir.filePath(QStringLiteral("ocr.json"));
    const auto ocr = test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("deid"), QStringLiteral("--out"),
                                                                     dir.filePath(QStringLiteral("out2")),
                                                                     QStringLiteral("--report"), ocrReport, input});
    INFO(ocr.standardError.toStdString());
    REQUIRE(ocr.exitCode == 0);
    const QJsonObject scanned = readJson(ocrReport).value(QStringLiteral("files")).toArray().first().toObject();
    for (const auto& risk : scanned.value(QStringLiteral("residualRisks")).toArray())
        CHECK_FALSE(risk.toString().contains(QStringLiteral("not scanned")));

    // --redact auto is the default now; asking for it and for --no-ocr at once is a usage error.
    const auto both =
        test::runTool(QStringLiteral("consilium-cli"),
                      {QStringLiteral("deid"), QStringLiteral("--no-ocr"), QStringLiteral("--redact"),
                       QStringLiteral("auto"), QStringLiteral("--out"), dir.filePath(QStringLiteral("o3")), input});
    CHECK(both.exitCode == 2);
}
