// The dataset-writing API: build a Dataset, write it in every transfer syntax, read it back
// by tag path.

#include "core/dicom/DatasetWriter.h"
#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetReader.h"
#include "core/dicom/InstanceSummary.h"
#include "core/dicom/Tag.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace consilium;
using dicom::Tag;
using dicom::Vr;

namespace {

constexpr Tag kSopClass{0x0008, 0x0016};
constexpr Tag kSopInstance{0x0008, 0x0018};
constexpr Tag kPatientName{0x0010, 0x0010};
constexpr Tag kPixelData{0x7FE0, 0x0010};

// A small 16-bit signed image with a nested sequence, a private block and an overlay.
dicom::Dataset sampleDataset(int frames = 1, int bitsAllocated = 16)
{
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0005}, Vr::CS, QStringLiteral("ISO_IR 192"));
    ds.setString(kSopClass, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
    ds.setString(kSopInstance, Vr::UI, QStringLiteral("2.25.42"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
    ds.setString(kPatientName, Vr::PN, QStringLiteral("MÜLLER^JÜRGEN"));
    ds.setString({0x0020, 0x000D}, Vr::UI, QStringLiteral("2.25.43"));
    ds.setString({0x0020, 0x000E}, Vr::UI, QStringLiteral("2.25.44"));
    ds.setStrings({0x0028, 0x0030}, Vr::DS, {QStringLiteral("0.5"), QStringLiteral("0.25")});
    dicom::Dataset& request = ds.appendItem({0x0040, 0x0275});
    request.setString({0x0040, 0x0007}, Vr::LO, QStringLiteral("Nested description"));
    ds.appendItem({0x0040, 0x0275}).setString({0x0040, 0x0007}, Vr::LO, QStringLiteral("Second item"));
    ds.setString({0x0011, 0x0010}, Vr::LO, QStringLiteral("TEST CREATOR"));
    ds.setString({0x0011, 0x1001}, Vr::LO, QStringLiteral("private value"));
    ds.setNumbers({0x0018, 0x602C}, Vr::FD, {0.03});
    ds.setNumber({0x0028, 0x0009}, Vr::AT, double((0x0018u << 16) | 0x1063u));

    dicom::ImagePixels pixels;
    pixels.rows = 6;
    pixels.columns = 8;
    pixels.frames = frames;
    pixels.bitsAllocated = bitsAllocated;
    pixels.bitsStored = bitsAllocated == 16 ? 16 : 8;
    pixels.isSigned = bitsAllocated == 16;
    for (int i = 0; i < 6 * 8 * frames; ++i) {
        if (bitsAllocated == 16) {
            const auto value = static_cast<quint16>(static_cast<qint16>(i * 37 - 900));
            pixels.data.append(static_cast<char>(value & 0xFF));
            pixels.data.append(static_cast<char>(value >> 8));
        } else {
            pixels.data.append(static_cast<char>(i * 5));
        }
    }
    REQUIRE(ds.setImagePixels(pixels).has_value());

    dicom::OverlayPlane overlay;
    overlay.rows = 6;
    overlay.columns = 8;
    overlay.bits = QByteArray(48, '\0');
    overlay.bits[0] = 1;
    overlay.bits[9] = 1;
    overlay.label = QStringLiteral("label");
    REQUIRE(ds.setOverlay(overlay).has_value());
    return ds;
}

} // namespace

TEST_CASE("tag paths parse, print and reject malformed text", "[dicom]")
{
    const auto nested = dicom::TagPath::parse(QStringLiteral("(0040,0275)[1]/(0040,0007)"));
    REQUIRE(nested.has_value());
    CHECK(nested->steps().size() == 2);
    CHECK(nested->steps()[0].item == 1);
    CHECK(nested->tag() == Tag{0x0040, 0x0007});
    CHECK(nested->toString() == QStringLiteral("(0040,0275)[1]/(0040,0007)"));
    CHECK(dicom::TagPath(Tag{0x0040, 0x0275}).child(0, {0x0008, 0x0050}).toString()
          == QStringLiteral("(0040,0275)[0]/(0008,0050)"));
    CHECK(dicom::TagPath(Tag{0x7fe0, 0x0010}).toString() == QStringLiteral("(7FE0,0010)"));

    for (const QString& bad : {QString(), QStringLiteral("0010,0010"), QStringLiteral("(0010,0010)[0]"),
                               QStringLiteral("(0040,0275)/(0040,0007)"), QStringLiteral("(00G0,0010)")}) {
        INFO(bad.toStdString());
        const auto parsed = dicom::TagPath::parse(bad);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("a dataset keeps attributes in tag order and replaces on set", "[dicom]")
{
    dicom::Dataset ds;
    ds.setString({0x0010, 0x0020}, Vr::LO, QStringLiteral("b"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("a"));
    ds.setString({0x0010, 0x0020}, Vr::LO, QStringLiteral("c"));
    REQUIRE(ds.elements().size() == 2);
    CHECK(ds.elements()[0].tag == Tag{0x0008, 0x0060});
    CHECK(ds.text({0x0010, 0x0020}) == QStringLiteral("c"));
    CHECK(ds.remove({0x0008, 0x0060}));
    CHECK_FALSE(ds.contains({0x0008, 0x0060}));

    dicom::ImagePixels wrong;
    wrong.rows = 2;
    wrong.columns = 2;
    wrong.data = QByteArray(3, '\0');
    const auto result = ds.setImagePixels(wrong);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.contains(QStringLiteral("3 bytes")));
}

TEST_CASE("every transfer syntax writes a file that reads back", "[dicom]")
{
    using dicom::TransferSyntax;
    const auto [syntax, bits] = GENERATE(table<TransferSyntax, int>({
        {TransferSyntax::ExplicitVrLittleEndian, 16},
        {TransferSyntax::JpegBaseline, 8},
        {TransferSyntax::JpegExtended, 16},
        {TransferSyntax::JpegLossless, 16},
        {TransferSyntax::JpegLsLossless, 16},
        {TransferSyntax::RleLossless, 16},
        {TransferSyntax::JpegLsLossless, 8},
    }));
    INFO(dicom::transferSyntaxUid(syntax).toStdString());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.dcm"));
    REQUIRE(dicom::writeDicomFile(path, sampleDataset(3, bits), syntax).has_value());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".partial")));

    const auto summary = dicom::readInstanceSummary(path);
    REQUIRE(summary.has_value());
    CHECK(summary->transferSyntaxUid == dicom::transferSyntaxUid(syntax));
    CHECK(summary->rows == 6);
    CHECK(summary->columns == 8);
    CHECK(summary->frames == 3);
    CHECK(summary->patientName == QStringLiteral("MÜLLER^JÜRGEN"));
    CHECK(summary->sopInstanceUid == QStringLiteral("2.25.42")); // never replaced by the encoder

    const auto reader = dicom::DatasetReader::open(path);
    REQUIRE(reader.has_value());
    CHECK(reader->string(*dicom::TagPath::parse(QStringLiteral("(0040,0275)[1]/(0040,0007)")))
          == QStringLiteral("Second item"));
    CHECK(reader->string(Tag{0x0011, 0x1001}) == QStringLiteral("private value"));
    CHECK(reader->itemCount(Tag{0x0040, 0x0275}) == 2);
    CHECK(reader->string(Tag{0x6000, 0x1500}) == QStringLiteral("label"));
    if (!dicom::isLossy(syntax))
        CHECK(reader->string(Tag{0x0008, 0x0008}).value_or(QString()).isEmpty()); // no DERIVED added
}

TEST_CASE("native values read back byte for byte", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("native.dcm"));
    const dicom::Dataset ds = sampleDataset();
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian).has_value());

    const auto reader = dicom::DatasetReader::open(path);
    REQUIRE(reader.has_value());
    CHECK(reader->bytes(kPixelData) == ds.find(kPixelData)->bytes);
    // PS3.5 8.1.2: pixel 0 in bit 0 of byte 0, pixel 9 in bit 1 of byte 1.
    const auto overlay = reader->bytes(Tag{0x6000, 0x3000});
    REQUIRE(overlay.has_value());
    REQUIRE(overlay->size() == 6);
    CHECK(static_cast<quint8>(overlay->at(0)) == 0x01);
    CHECK(static_cast<quint8>(overlay->at(1)) == 0x02);
    CHECK(reader->string(Tag{0x0028, 0x0030}) == QStringLiteral("0.5\\0.25"));
    CHECK(reader->string(Tag{0x0028, 0x0103}) == QStringLiteral("1"));
    CHECK(reader->string(Tag{0x0028, 0x0009}) == QStringLiteral("(0018,1063)"));

    const auto missing = reader->string(*dicom::TagPath::parse(QStringLiteral("(0040,0275)[5]/(0040,0007)")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("2 item(s)")));
    CHECK_FALSE(reader->contains(Tag{0x0010, 0x0030}));
}

TEST_CASE("the same dataset always gives the same bytes", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto syntax : {dicom::TransferSyntax::JpegExtended, dicom::TransferSyntax::JpegLsLossless,
                              dicom::TransferSyntax::RleLossless}) {
        const QString a = dir.filePath(QStringLiteral("a.dcm"));
        const QString b = dir.filePath(QStringLiteral("b.dcm"));
        REQUIRE(dicom::writeDicomFile(a, sampleDataset(2), syntax, {90, true}).has_value());
        REQUIRE(dicom::writeDicomFile(b, sampleDataset(2), syntax, {90, true}).has_value());
        QFile fa(a);
        QFile fb(b);
        REQUIRE(fa.open(QIODevice::ReadOnly));
        REQUIRE(fb.open(QIODevice::ReadOnly));
        CHECK(fa.readAll() == fb.readAll());
    }
}

TEST_CASE("writing fails with the path and the reason", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("exists.dcm"));
    test::writeFile(existing, "x");

    const auto refused =
        dicom::writeDicomFile(existing, sampleDataset(), dicom::TransferSyntax::ExplicitVrLittleEndian);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(refused.error().message.contains(existing));

    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/x.dcm"));
    const auto missing = dicom::writeDicomFile(nowhere, sampleDataset(), dicom::TransferSyntax::ExplicitVrLittleEndian);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(nowhere));

    dicom::Dataset anonymous = sampleDataset();
    anonymous.remove(kSopInstance);
    const auto noUid = dicom::writeDicomFile(dir.filePath(QStringLiteral("n.dcm")), anonymous,
                                             dicom::TransferSyntax::ExplicitVrLittleEndian);
    REQUIRE_FALSE(noUid.has_value());
    CHECK(noUid.error().code == ErrorCode::InvalidArgument);

    dicom::Dataset noPixels = sampleDataset();
    noPixels.remove(kPixelData);
    const auto nothingToCompress =
        dicom::writeDicomFile(dir.filePath(QStringLiteral("p.dcm")), noPixels, dicom::TransferSyntax::RleLossless);
    REQUIRE_FALSE(nothingToCompress.has_value());
    CHECK(nothingToCompress.error().code == ErrorCode::InvalidArgument);
}
