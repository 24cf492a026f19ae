#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/TextCleaner.h"
#include "core/dicom/DatasetRewriter.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::test;

namespace {

const QString kSopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
const QString kStudyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.1111");
const QString kSeriesUid = QStringLiteral("1.2.826.0.1.3680043.8.498.2222");

QByteArray item(const QByteArray& content)
{
    QByteArray bytes("\xfe\xff\x00\xe0", 4);
    const auto length = static_cast<quint32>(content.size());
    for (int shift = 0; shift < 32; shift += 8)
        bytes.append(static_cast<char>((length >> shift) & 0xff));
    return bytes + content;
}

// A secondary capture with identifying values everywhere a real file hides them.
QByteArray fileWithPhi(const QString& sopInstance, const QString& referencedInstance)
{
    DicomBytes request;
    request.string(0x0040, 0x0007, "LO", QStringLiteral("Biopsy for John Doe"))
        .string(0x0040, 0x1001, "SH", QStringLiteral("RP-1234"));
    DicomBytes reference;
    reference.string(0x0008, 0x1150, "UI", kSopClass).string(0x0008, 0x1155, "UI", referencedInstance);
    DicomBytes data;
    data.string(0x0008, 0x0005, "CS", QStringLiteral("ISO_IR 100"))
        .string(0x0008, 0x0016, "UI", kSopClass)
        .string(0x0008, 0x0018, "UI", sopInstance)
        .string(0x0008, 0x0020, "DA", QStringLiteral("20240305"))
        .string(0x0008, 0x0030, "TM", QStringLiteral("101500"))
        .string(0x0008, 0x0050, "SH", QStringLiteral("ACC998877"))
        .string(0x0008, 0x0060, "CS", QStringLiteral("OT"))
        .string(0x0008, 0x0080, "LO", QStringLiteral("St Elsewhere Hospital"))
        .string(0x0008, 0x0090, "PN", QStringLiteral("House^Gregory"))
        .element(0x0008, 0x1140, "SQ", item(reference.bytes()))
        .string(0x0008, 0x1030, "LO", QStringLiteral("CT CHEST for Doe John 2024-03-05"))
        .string(0x0009, 0x0010, "LO", QStringLiteral("ACME PRIVATE"))
        .string(0x0009, 0x1001, "LO", QStringLiteral("Doe^John private copy"))
        .string(0x0010, 0x0010, "PN", QStringLiteral("Doe^John"))
        .string(0x0010, 0x0020, "LO", QStringLiteral("PID-4455"))
        .string(0x0010, 0x0030, "DA", QStringLiteral("19800117"))
        .string(0x0010, 0x0040, "CS", QStringLiteral("M"))
        .string(0x0010, 0x1010, "AS", QStringLiteral("044Y"))
        .string(0x0010, 0x2154, "SH", QStringLiteral("555-0100"))
        .string(0x0020, 0x000D, "UI", kStudyUid)
        .string(0x0020, 0x000E, "UI", kSeriesUid)
        .string(0x0020, 0x4000, "LT", QStringLiteral("Patient Doe John seen by Dr. Wilson"))
        .us(0x0028, 0x0002, 1)
        .string(0x0028, 0x0004, "CS", QStringLiteral("MONOCHROME2"))
        .us(0x0028, 0x0010, 2)
        .us(0x0028, 0x0011, 2)
        .us(0x0028, 0x0100, 8)
        .us(0x0028, 0x0101, 8)
        .us(0x0028, 0x0102, 7)
        .us(0x0028, 0x0103, 0)
        .element(0x0040, 0x0275, "SQ", item(request.bytes()))
        .element(0x7FE0, 0x0010, "OB", QByteArray("\x01\x02\x03\x04", 4));
    return data.part10(kSopClass, sopInstance);
}

QHash<QString, QString> valuesOf(const QString& path)
{
    auto views = dicom::listAttributes(path);
    REQUIRE(views.has_value());
    QHash<QString, QString> values;
    for (const auto& view : *views)
        values.insert(view.path.toString(), view.text);
    return values;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Case {
    QTemporaryDir dir;
    QString inputA;
    QString inputB;
    QString output;
    Case()
    {
        REQUIRE(dir.isValid());
        inputA = dir.filePath(QStringLiteral("DOE_JOHN_1.dcm"));
        inputB = dir.filePath(QStringLiteral("DOE_JOHN_2.dcm"));
        output = dir.filePath(QStringLiteral("out"));
        writeFile(inputA, fileWithPhi(QStringLiteral("1.2.826.0.1.3680043.8.498.31"), QStringLiteral("1.2.826.0.1.3680043.8.498.32")));
        writeFile(inputB, fileWithPhi(QStringLiteral("1.2.826.0.1.3680043.8.498.32"), QStringLiteral("1.2.826.0.1.3680043.8.498.31")));
    }
};

} // namespace

TEST_CASE("no identifying value of the input survives in the output bytes", "[deid]")
{
    Case c;
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets(QByteArray(32, 's')));
    auto report = engine.deidentify(c.inputA, c.output);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK(QFileInfo(report->output).fileName() == report->summary.sopInstanceUid + QStringLiteral(".dcm"));
    CHECK_FALSE(report->output.contains(QStringLiteral("DOE")));

    const QByteArray out = bytesOf(report->output);
    for (const char* phi : {"Doe", "DOE", "John", "PID-4455", "ACC998877", "Elsewhere", "House", "Gregory", "Wilson",
                            "19800117", "20240305", "2024-03-05", "555-0100", "RP-1234", "ACME", "3680043.8.498"}) {
        INFO(phi);
        CHECK_FALSE(out.contains(phi));
    }
    CHECK(out.contains("\x01\x02\x03\x04")); // pixel data carried over untouched
}

TEST_CASE("the default profile keeps clinical meaning and records what it did", "[deid]")
{
    Case c;
    const deid::CaseSecrets secrets(QByteArray(32, 's'));
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), secrets);
    auto report = engine.deidentify(c.inputA, c.output);
    REQUIRE(report.has_value());
    const auto values = valuesOf(report->output);
    CHECK(values.value(QStringLiteral("(0010,1010)")) == QStringLiteral("044Y"));  // patient characteristics
    CHECK(values.value(QStringLiteral("(0010,0040)")) == QStringLiteral("M"));
    CHECK(values.value(QStringLiteral("(0008,1030)")) == QStringLiteral("CT CHEST for"));   // cleaned descriptor
    CHECK(values.value(QStringLiteral("(0040,0275)[0]/(0040,0007)")) == QStringLiteral("Biopsy for"));
    CHECK(values.value(QStringLiteral("(0008,0020)")) == *secrets.shiftDate(QStringLiteral("20240305")));
    CHECK(values.value(QStringLiteral("(0008,0030)")) == *secrets.shiftTime(QStringLiteral("101500")));
    CHECK(values.contains(QStringLiteral("(0010,0010)")));                             // Z: present, empty
    CHECK(values.value(QStringLiteral("(0010,0010)")).isEmpty());
    CHECK_FALSE(values.contains(QStringLiteral("(0010,2154)")));                       // X
    CHECK_FALSE(values.contains(QStringLiteral("(0009,1001)")));                       // private
    CHECK(values.value(QStringLiteral("(0020,000D)")) == secrets.remapUid(kStudyUid)); // U
    CHECK(values.value(QStringLiteral("(0012,0062)")) == QStringLiteral("YES"));
    CHECK(values.value(QStringLiteral("(0012,0063)")).contains(QStringLiteral("Clean Descriptors Option")));
    CHECK(values.value(QStringLiteral("(0012,0064)[0]/(0008,0100)")) == QStringLiteral("113100"));
    CHECK(values.contains(QStringLiteral("(0012,0064)[3]/(0008,0100)")));
    CHECK(values.value(QStringLiteral("(0028,0303)")) == QStringLiteral("MODIFIED"));
    CHECK(values.value(QStringLiteral("(0008,0005)")) == QStringLiteral("ISO_IR 192"));
}

TEST_CASE("UIDs are remapped consistently across the files of a case", "[deid]")
{
    Case c;
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets(QByteArray(32, 's')));
    auto a = engine.deidentify(c.inputA, c.output);
    auto b = engine.deidentify(c.inputB, c.output);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    const auto valuesA = valuesOf(a->output);
    const auto valuesB = valuesOf(b->output);
    CHECK(valuesA.value(QStringLiteral("(0020,000D)")) == valuesB.value(QStringLiteral("(0020,000D)")));
    // B's reference to A follows A's new SOP Instance UID.
    CHECK(valuesB.value(QStringLiteral("(0008,1140)[0]/(0008,1155)")) == a->summary.sopInstanceUid);
    CHECK(valuesB.value(QStringLiteral("(0008,1140)[0]/(0008,1150)")) == kSopClass); // classes are kept
    CHECK(a->summary.sopInstanceUid != b->summary.sopInstanceUid);
}

TEST_CASE("inputs are never modified and outputs never overwritten", "[deid]")
{
    Case c;
    const QByteArray before = bytesOf(c.inputA);
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets(QByteArray(32, 's')));
    REQUIRE(engine.deidentify(c.inputA, c.output).has_value());
    CHECK(bytesOf(c.inputA) == before);
    auto again = engine.deidentify(c.inputA, c.output);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
}

TEST_CASE("a broken input gets a clear error and leaves nothing in the output folder", "[deid]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("broken.dcm"));
    const QByteArray full = minimalImageFile(16, 16);
    writeFile(input, full.left(full.size() - 100));
    const QString output = dir.filePath(QStringLiteral("out"));
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets(QByteArray(32, 's')));
    auto report = engine.deidentify(input, output);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().code == ErrorCode::Malformed);
    CHECK(report.error().message.contains(input));
    CHECK(QDir(output).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("every Table E.1-1 attribute in the input follows its resolved action", "[deid]")
{
    Case c;
    const deid::CaseSecrets secrets(QByteArray(32, 's'));
    for (const bool defaults : {false, true}) {
        INFO((defaults ? "default profile" : "basic profile"));
        const deid::DeidProfile profile = defaults ? deid::DeidProfile::defaults() : deid::DeidProfile();
        const deid::HeaderDeidentifier engine(profile, secrets);
        QTemporaryDir out;
        auto report = engine.deidentify(c.inputA, out.path());
        REQUIRE(report.has_value());
        auto inputViews = dicom::listAttributes(c.inputA);
        REQUIRE(inputViews.has_value());
        const auto output = valuesOf(report->output);
        int checked = 0;
        for (const auto& view : *inputViews) {
            const deid::TableRow* row = deid::ActionTable::builtIn().find(view.path.tag());
            if (!row || view.path.steps().size() > 1 && !output.contains(view.path.toString().section(u'/', 0, 0)))
                continue;
            ++checked;
            const QString key = view.path.toString();
            INFO(key.toStdString() << " " << row->keyword.toStdString());
            switch (deid::ActionTable::resolve(*row, profile)) {
            case deid::Action::Remove:
                CHECK_FALSE(output.contains(key));
                break;
            case deid::Action::Empty:
                CHECK(output.contains(key));
                CHECK(output.value(key).isEmpty());
                break;
            case deid::Action::Keep:
                CHECK(output.value(key) == view.text);
                break;
            case deid::Action::Uid:
                if (view.isSequence)
                    CHECK(output.contains(key));
                else
                    CHECK(output.value(key) == secrets.remapUid(view.text));
                break;
            case deid::Action::Dummy:
                CHECK(output.contains(key));
                CHECK(output.value(key) != view.text);
                break;
            case deid::Action::Clean:
                CHECK(output.contains(key));
                // Dates and times move; sequences are cleaned inside.
                if (!view.isSequence)
                    CHECK(output.value(key) != view.text);
                break;
            }
        }
        CHECK(checked >= 15);
    }
}
