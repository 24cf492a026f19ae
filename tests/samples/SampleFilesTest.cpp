// The files make-samples writes: readable by `info`, of the expected shape, and the same bytes
// for the same seed.

#include "tests/samples/SampleFixture.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace consilium::test;

namespace {

struct Shape {
    QString modality;
    int columns;
    int rows;
    int frames;
    int bitsStored;
    QString photometric;
};

// What each kind of sample must look like (PS3.3 C.7.6.3), independent of how it was written.
const QHash<QString, Shape>& expectedShapes()
{
    static const QHash<QString, Shape> shapes{
        {QStringLiteral("ct"), {QStringLiteral("CT"), 512, 512, 1, 16, QStringLiteral("MONOCHROME2")}},
        {QStringLiteral("cr"), {QStringLiteral("CR"), 1760, 2140, 1, 12, QStringLiteral("MONOCHROME1")}},
        {QStringLiteral("dx"), {QStringLiteral("DX"), 2048, 2048, 1, 12, QStringLiteral("MONOCHROME2")}},
        {QStringLiteral("us"), {QStringLiteral("US"), 640, 480, 30, 8, QStringLiteral("RGB")}},
        {QStringLiteral("mr"), {QStringLiteral("MR"), 256, 256, 20, 12, QStringLiteral("MONOCHROME2")}},
    };
    return shapes;
}

const QHash<QString, QString>& syntaxOfFolder()
{
    static const QHash<QString, QString> syntaxes{
        {QStringLiteral("jpeg-baseline"), QStringLiteral("1.2.840.10008.1.2.4.50")},
        {QStringLiteral("jpeg-extended"), QStringLiteral("1.2.840.10008.1.2.4.51")},
        {QStringLiteral("jpeg-lossless"), QStringLiteral("1.2.840.10008.1.2.4.70")},
        {QStringLiteral("jpeg-ls-lossless"), QStringLiteral("1.2.840.10008.1.2.4.80")},
        {QStringLiteral("rle-lossless"), QStringLiteral("1.2.840.10008.1.2.5")},
    };
    return syntaxes;
}

} // namespace

TEST_CASE("every sample DICOM file is read back by info --json with the expected shape", "[samples]")
{
    const SampleSet& set = sampleSet();
    QStringList folders;
    for (const char* folder : {"ct", "cr", "dx", "us", "mr", "variants"})
        folders.append(QDir(set.dir).filePath(QString::fromLatin1(folder)));
    const auto run = runTool(QStringLiteral("consilium-cli"),
                             QStringList{QStringLiteral("info"), QStringLiteral("--json")} + folders);
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.standardOutput).array();

    QHash<QString, int> counts;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QString path = QDir(set.dir).relativeFilePath(row.value(QStringLiteral("path")).toString());
        INFO(path.toStdString());
        const QStringList parts = path.split(u'/');
        const bool variant = parts.first() == u"variants";
        const QString kind = variant ? parts.value(2) : parts.first();
        REQUIRE(expectedShapes().contains(kind));
        const Shape& shape = expectedShapes()[kind];
        CHECK(row.value(QStringLiteral("modality")).toString() == shape.modality);
        CHECK(row.value(QStringLiteral("columns")).toInt() == shape.columns);
        CHECK(row.value(QStringLiteral("rows")).toInt() == shape.rows);
        CHECK(row.value(QStringLiteral("frames")).toInt() == shape.frames);
        CHECK(row.value(QStringLiteral("patientName")).toString() == plantedValue(set, QStringLiteral("patient-name")));
        const QString syntax = row.value(QStringLiteral("transferSyntaxUid")).toString();
        if (variant) {
            CHECK(syntax == syntaxOfFolder().value(parts[1]));
            ++counts[parts[1]];
        } else {
            CHECK(syntax == QStringLiteral("1.2.840.10008.1.2.1"));
            CHECK(row.value(QStringLiteral("bitsStored")).toInt() == shape.bitsStored);
            CHECK(row.value(QStringLiteral("photometricInterpretation")).toString() == shape.photometric);
            ++counts[kind];
        }
        // Lossy JPEG of 12/16-bit data is the 12-bit extended process: baseline holds 8 bits.
        if (syntax == QStringLiteral("1.2.840.10008.1.2.4.50"))
            CHECK(shape.bitsStored == 8);
    }
    CHECK(counts.value(QStringLiteral("ct")) == 300);
    for (const char* kind : {"cr", "dx", "us", "mr"})
        CHECK(counts.value(QString::fromLatin1(kind)) == 1);
    CHECK(counts.value(QStringLiteral("jpeg-baseline")) == 1); // US
    CHECK(counts.value(QStringLiteral("jpeg-extended")) == 5 + 3); // 5 CT slices, CR, DX, MR
    for (const char* syntax : {"jpeg-lossless", "jpeg-ls-lossless", "rle-lossless"})
        CHECK(counts.value(QString::fromLatin1(syntax)) == 5 + 4);
}

TEST_CASE("the manifest lists exactly the files written", "[samples]")
{
    const SampleSet& set = sampleSet();
    QStringList listed;
    for (const QJsonValue& entry : set.manifest)
        listed.append(entry.toObject().value(QStringLiteral("path")).toString());
    listed.sort();
    CHECK(listed == set.files);
    CHECK(set.files.contains(QStringLiteral("photos/lesion.jpg")));
    CHECK(set.files.size() == 344);
}

TEST_CASE("the same seed gives byte-identical files and --force leaves other files alone", "[samples]")
{
    const SampleSet& set = sampleSet();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("keep-me.txt")), "not a sample");
    const auto run =
        runMakeSamples({dir.path(), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--force")});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.standardOutput.contains("Wrote 344 files"));

    QStringList expected = set.files;
    expected.append(QStringLiteral("keep-me.txt"));
    expected.sort();
    REQUIRE(filesUnder(dir.path()) == expected);
    CHECK(readAll(dir.filePath(QStringLiteral("keep-me.txt"))) == "not a sample");
    int different = 0;
    for (const QString& file : set.files) {
        if (readAll(QDir(set.dir).filePath(file)) != readAll(dir.filePath(file))) {
            UNSCOPED_INFO("differs: " << file.toStdString());
            ++different;
        }
    }
    CHECK(different == 0);
}

TEST_CASE("a different seed gives different files", "[samples]")
{
    const SampleSet& set = sampleSet();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto run = runMakeSamples({dir.path(), QStringLiteral("--seed"), QStringLiteral("20240607")});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(filesUnder(dir.path()) == set.files); // the same layout
    for (const QString& file : set.files) {
        INFO(file.toStdString());
        const bool same = readAll(QDir(set.dir).filePath(file)) == readAll(dir.filePath(file));
        // Only the phantom's description does not depend on the seed.
        CHECK(same == (file == u"phantom.json"));
    }
}
