#include "core/dicom/InstanceSummary.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::test;

namespace {

struct TempFile {
    QTemporaryDir dir;
    QString path;
    explicit TempFile(const QByteArray& bytes, const QString& name = QStringLiteral("file.dcm"))
        : path(dir.filePath(name))
    {
        REQUIRE(dir.isValid());
        writeFile(path, bytes);
    }
};

} // namespace

TEST_CASE("a minimal Part 10 image is summarised from its header", "[dicom]")
{
    TempFile file(minimalImageFile(4, 6, QStringLiteral("Doe^Jane")));
    const auto summary = dicom::readInstanceSummary(file.path);
    REQUIRE(summary.has_value());
    CHECK(summary->patientName == QStringLiteral("Doe^Jane"));
    CHECK(summary->patientId == QStringLiteral("ID-0001"));
    CHECK(summary->modality == QStringLiteral("OT"));
    CHECK(summary->rows == 4);
    CHECK(summary->columns == 6);
    CHECK(summary->frames == 1);
    CHECK(summary->bitsAllocated == 8);
    CHECK(summary->bitsStored == 8);
    CHECK(summary->seriesNumber == 3);
    CHECK(summary->photometricInterpretation == QStringLiteral("MONOCHROME2"));
    CHECK(summary->transferSyntaxUid == QStringLiteral("1.2.840.10008.1.2.1"));
    CHECK(summary->transferSyntaxName == QStringLiteral("Little Endian Explicit"));
    CHECK(summary->hasPixelData);
}

TEST_CASE("files that are not DICOM get a clear error", "[dicom]")
{
    const auto [bytes, expected] = GENERATE(table<QByteArray, QString>({
        {QByteArray(), QStringLiteral("empty")},
        {QByteArray("hello, this is a text file\n"), QStringLiteral("not a DICOM file")},
        {QByteArray(300, '\xff'), QStringLiteral("not a DICOM file")},
        {QByteArray("\x89PNG\r\n\x1a\n0000000000000000", 24), QStringLiteral("not a DICOM file")},
    }));
    TempFile file(bytes);
    const auto summary = dicom::readInstanceSummary(file.path);
    REQUIRE_FALSE(summary.has_value());
    CHECK(summary.error().code == ErrorCode::Malformed);
    CHECK(summary.error().message.contains(expected));
}

TEST_CASE("a file cut at any byte is either still a valid shorter file or a clear error", "[dicom]")
{
    const QByteArray full = minimalImageFile(8, 8);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cut.dcm"));
    int failures = 0;
    for (qsizetype length = 0; length < full.size(); ++length) {
        writeFile(path, full.left(length));
        const auto summary = dicom::readInstanceSummary(path);
        if (!summary) {
            ++failures;
            INFO("cut at " << length << ": " << summary.error().message.toStdString());
            CHECK(summary.error().code == ErrorCode::Malformed);
            CHECK_FALSE(summary.error().message.isEmpty());
        }
    }
    // Most cut points fall inside an element; those must be reported, not silently accepted.
    CHECK(failures > full.size() / 2);
}

TEST_CASE("a length field claiming gigabytes is reported without allocating it", "[dicom]")
{
    DicomBytes data;
    data.string(0x0008, 0x0016, "UI", QStringLiteral("1.2.840.10008.5.1.4.1.1.7"))
        .string(0x0008, 0x0018, "UI", QStringLiteral("2.25.99"));
    QByteArray bytes = data.part10(QStringLiteral("1.2.840.10008.5.1.4.1.1.7"), QStringLiteral("2.25.99"));
    // (7FE0,0010) OB with length 0xFFFFFFF0 and only a few bytes behind it.
    bytes.append(QByteArray("\xe0\x7f\x10\x00OB\x00\x00\xf0\xff\xff\xff", 12));
    bytes.append(QByteArray(16, '\x01'));
    TempFile file(bytes);
    const auto summary = dicom::readInstanceSummary(file.path);
    REQUIRE_FALSE(summary.has_value());
    CHECK(summary.error().code == ErrorCode::Malformed);
}

TEST_CASE("a dataset without File Meta is accepted only with SOP identification", "[dicom]")
{
    DicomBytes withSop;
    withSop.string(0x0008, 0x0016, "UI", QStringLiteral("1.2.840.10008.5.1.4.1.1.7"))
        .string(0x0008, 0x0018, "UI", QStringLiteral("2.25.7"))
        .string(0x0008, 0x0060, "CS", QStringLiteral("OT"));
    TempFile good(withSop.bytes());
    const auto summary = dicom::readInstanceSummary(good.path);
    REQUIRE(summary.has_value());
    CHECK(summary->sopInstanceUid == QStringLiteral("2.25.7"));
    CHECK(summary->frames == 0);
    CHECK_FALSE(summary->hasPixelData);

    DicomBytes withoutSop;
    withoutSop.string(0x0010, 0x0010, "PN", QStringLiteral("Nobody"));
    TempFile bad(withoutSop.bytes());
    const auto rejected = dicom::readInstanceSummary(bad.path);
    REQUIRE_FALSE(rejected.has_value());
    CHECK(rejected.error().message.contains(QStringLiteral("not a DICOM file")));
}

TEST_CASE("missing paths and folders are errors that say so", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto missing = dicom::readInstanceSummary(dir.filePath(QStringLiteral("nope.dcm")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);

    const auto folder = dicom::readInstanceSummary(dir.path());
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("parallel summaries come back in the order asked, one per file", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        const QString path = dir.filePath(QStringLiteral("f%1.dcm").arg(i, 3, 10, QLatin1Char('0')));
        writeFile(path, i % 5 == 0 ? QByteArray("junk") : minimalImageFile(2 + i, 3));
        files.append(path);
    }
    const auto entries = dicom::readInstanceSummaries(files);
    REQUIRE(entries.size() == files.size());
    for (int i = 0; i < files.size(); ++i) {
        CHECK(entries[i].path == files[i]);
        CHECK(entries[i].summary.has_value() == (i % 5 != 0));
        if (entries[i].summary)
            CHECK(entries[i].summary->rows == 2 + i);
    }

    CancellationToken token;
    token.cancel();
    const auto cancelled = dicom::readInstanceSummaries(files, token);
    REQUIRE(cancelled.size() == files.size());
    CHECK(cancelled.first().summary.error().code == ErrorCode::Cancelled);
}
