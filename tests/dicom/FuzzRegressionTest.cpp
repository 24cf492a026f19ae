// Inputs found by the fuzz targets (tests/fuzz, scripts/fuzz.sh) that crashed or exhausted memory,
// rebuilt byte by byte in the shape the fuzzer found (no real file, no PHI): each must now be
// refused with a clear error. docs/bench.md, "Fuzzing", lists the findings.

#include "core/dicom/DatasetRewriter.h"
#include "core/dicom/DeflateGuard.h"
#include "core/dicom/ImageDecoder.h"
#include "core/dicom/InstanceSummary.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

using namespace consilium;
using namespace consilium::test;

namespace {

const QString kSecondaryCapture = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
const QString kInstance = QStringLiteral("1.2.826.0.1.3680043.10.1234.1");

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// One RLE frame of a 2x2 8-bit RGB image: a 64-byte header (PS3.5 G.5) with three segment
// offsets, then three segments each a literal run of 4 bytes (control byte 3, G.3.1).
QByteArray rleFrame(quint32 thirdOffset = 74)
{
    QByteArray frame = le32(3) + le32(64) + le32(69) + le32(thirdOffset);
    frame.append(QByteArray(64 - frame.size(), '\0'));
    for (const char value : {'\x10', '\x80', '\xf0'})
        frame.append('\x03').append(QByteArray(4, value));
    frame.append('\0'); // even fragment length
    return frame;
}

// A two-frame RLE Lossless RGB image; the second frame's header is `second`.
QByteArray rleImage(const QByteArray& second)
{
    DicomBytes dataset;
    dataset.string(0x0008, 0x0016, "UI", kSecondaryCapture)
        .string(0x0008, 0x0018, "UI", kInstance)
        .string(0x0008, 0x0060, "CS", QStringLiteral("OT"))
        .us(0x0028, 0x0002, 3)
        .string(0x0028, 0x0004, "CS", QStringLiteral("RGB"))
        .us(0x0028, 0x0006, 0)
        .string(0x0028, 0x0008, "IS", QStringLiteral("2"))
        .us(0x0028, 0x0010, 2)
        .us(0x0028, 0x0011, 2)
        .us(0x0028, 0x0100, 8)
        .us(0x0028, 0x0101, 8)
        .us(0x0028, 0x0102, 7)
        .us(0x0028, 0x0103, 0);
    const QByteArray first = rleFrame();
    QByteArray pixels = QByteArray::fromHex("e07f10004f420000ffffffff");
    pixels += QByteArray::fromHex("feff00e0") + le32(8) + le32(0) + le32(quint32(8 + first.size()));
    for (const QByteArray& frame : {first, second})
        pixels += QByteArray::fromHex("feff00e0") + le32(quint32(frame.size())) + frame;
    pixels += QByteArray::fromHex("feffdde000000000");
    return dataset.part10(kSecondaryCapture, kInstance, QStringLiteral("1.2.840.10008.1.2.5")) + pixels;
}

// Raw deflate (RFC 1951) of `bytes`: qCompress's zlib stream without its 4-byte size prefix,
// 2-byte zlib header and 4-byte Adler-32 trailer.
QByteArray rawDeflate(const QByteArray& bytes)
{
    const QByteArray zlib = qCompress(bytes);
    return zlib.mid(6, zlib.size() - 10);
}

// A Deflated Explicit VR Little Endian file (PS3.5 A.5) whose dataset is `dataset`.
QByteArray deflatedFile(const QByteArray& dataset)
{
    return DicomBytes().part10(kSecondaryCapture, kInstance, QStringLiteral("1.2.840.10008.1.2.1.99"))
           + rawDeflate(dataset);
}

QByteArray be16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// A JPEG 2000 codestream main header (ITU-T T.800 A.5, A.6) declaring a `size` x `size` 8-bit
// single-component image in one tile, then an empty tile-part.
QByteArray j2kCodestream(quint32 size)
{
    QByteArray j2k = QByteArray::fromHex("ff4f"); // SOC
    j2k += QByteArray::fromHex("ff51") + be16(41) + be16(0) + be32(size) + be32(size) + be32(0) + be32(0) + be32(size)
           + be32(size) + be32(0) + be32(0) + be16(1) + QByteArray::fromHex("070101"); // SIZ
    j2k += QByteArray::fromHex("ff52") + be16(12)
           + QByteArray::fromHex("00"
                                 "00"
                                 "0001"
                                 "00"
                                 "05"
                                 "04"
                                 "04"
                                 "00"
                                 "01"); // COD
    j2k += QByteArray::fromHex("ff5c") + be16(19) + QByteArray::fromHex("40") + QByteArray(16, '\x48'); // QCD
    j2k += QByteArray::fromHex("ff90") + be16(10) + be16(0) + be32(14) + QByteArray::fromHex("0001"); // SOT
    j2k += QByteArray::fromHex("ff93"
                               "ffd9"); // SOD, EOC
    return j2k;
}

// A 2x2 JPEG 2000 Lossless single-frame image whose one fragment is `codestream`.
QByteArray j2kImage(QByteArray codestream)
{
    if (codestream.size() % 2 != 0)
        codestream.append('\0');
    DicomBytes dataset;
    dataset.string(0x0008, 0x0016, "UI", kSecondaryCapture)
        .string(0x0008, 0x0018, "UI", kInstance)
        .string(0x0008, 0x0060, "CS", QStringLiteral("OT"))
        .us(0x0028, 0x0002, 1)
        .string(0x0028, 0x0004, "CS", QStringLiteral("MONOCHROME2"))
        .us(0x0028, 0x0010, 2)
        .us(0x0028, 0x0011, 2)
        .us(0x0028, 0x0100, 8)
        .us(0x0028, 0x0101, 8)
        .us(0x0028, 0x0102, 7)
        .us(0x0028, 0x0103, 0);
    const QByteArray pixels = QByteArray::fromHex("e07f10004f420000ffffffff") + QByteArray::fromHex("feff00e0")
                              + le32(0) + QByteArray::fromHex("feff00e0") + le32(quint32(codestream.size()))
                              + codestream + QByteArray::fromHex("feffdde000000000");
    return dataset.part10(kSecondaryCapture, kInstance, QStringLiteral("1.2.840.10008.1.2.4.90")) + pixels;
}

QByteArray identification()
{
    return DicomBytes()
        .string(0x0008, 0x0016, "UI", kSecondaryCapture)
        .string(0x0008, 0x0018, "UI", kInstance)
        .string(0x0010, 0x0010, "PN", QStringLiteral("Fuzz^Regression"))
        .bytes();
}

} // namespace

TEST_CASE("fuzz regression: an RLE segment offset outside its fragment is refused, not read", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString valid = dir.filePath(QStringLiteral("valid.dcm"));
    writeFile(valid, rleImage(rleFrame()));
    const auto decoded = dicom::decodeFrame(valid, 1);
    INFO((decoded ? std::string() : decoded.error().message.toStdString()));
    REQUIRE(decoded.has_value());
    CHECK(decoded->width == 2);
    CHECK(decoded->height == 2);

    // fuzz_dicom: the third segment of frame 2 claimed to start 4 GB away (DCMTK 3.6.7 read there).
    const QString broken = dir.filePath(QStringLiteral("broken.dcm"));
    writeFile(broken, rleImage(rleFrame(0xff000040u)));
    for (const int index : {0, 1}) {
        const auto frame = dicom::decodeFrame(broken, index);
        REQUIRE_FALSE(frame.has_value());
        CHECK(frame.error().code == ErrorCode::Malformed);
        CHECK(frame.error().message.contains(QLatin1String("RLE fragment 2")));
    }
}

TEST_CASE("fuzz regression: a deflated dataset declaring a 3 GB value is refused before allocation", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // A well-formed deflated file still reads.
    const QString valid = dir.filePath(QStringLiteral("valid.dcm"));
    writeFile(valid, deflatedFile(identification()));
    const auto summary = dicom::readInstanceSummary(valid);
    INFO((summary ? std::string() : summary.error().message.toStdString()));
    REQUIRE(summary.has_value());
    CHECK(summary->patientName == QStringLiteral("Fuzz^Regression"));

    // fuzz_deid: an OB value declaring 0xBCBCBCBC bytes in a stream that inflates to a few
    // hundred; DCMTK allocated the declared length at once.
    const QByteArray bomb = identification()
                            + QByteArray::fromHex("41414141"
                                                  "4f42"
                                                  "0000")
                            + le32(0xBCBCBCBCu) + QByteArray(256, '\xbc');
    const QString broken = dir.filePath(QStringLiteral("bomb.dcm"));
    writeFile(broken, deflatedFile(bomb));
    const auto refusedSummary = dicom::readInstanceSummary(broken);
    REQUIRE_FALSE(refusedSummary.has_value());
    CHECK(refusedSummary.error().code == ErrorCode::Malformed);
    const auto refusedRewrite =
        dicom::rewriteDicomFile(broken, dir.filePath(QStringLiteral("out.dcm")),
                                [](const dicom::AttributeView&) { return dicom::AttributeDecision{}; });
    REQUIRE_FALSE(refusedRewrite.has_value());
    CHECK(refusedRewrite.error().code == ErrorCode::Malformed);
    CHECK_FALSE(dicom::decodeFrame(broken).has_value());
}

TEST_CASE("fuzz regression: the deflated-length walk steps into sequences and checks nested values", "[dicom]")
{
    // (0040,A730) SQ undefined length > item undefined length > (0010,0010) PN claiming 200 bytes.
    const QByteArray nested = QByteArray::fromHex("4000"
                                                  "30a7"
                                                  "5351"
                                                  "0000"
                                                  "ffffffff"
                                                  "feff"
                                                  "00e0"
                                                  "ffffffff"
                                                  "1000"
                                                  "1000"
                                                  "504e"
                                                  "c800")
                              + QByteArray(10, 'x');
    CHECK_FALSE(dicom::detail::checkExplicitLittleEndianLengths(nested).has_value());
    CHECK(dicom::detail::checkExplicitLittleEndianLengths(identification()).has_value());
}

TEST_CASE("fuzz regression: a JPEG 2000 codestream declaring a huge image is refused before decoding", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // fuzz_dicom: the SIZ marker of a 7 kB file declared an image OpenJPEG allocated 17 GB for,
    // while the DICOM header said otherwise.
    const QString path = dir.filePath(QStringLiteral("j2k.dcm"));
    writeFile(path, j2kImage(j2kCodestream(60000)));
    const auto frame = dicom::decodeFrame(path);
    REQUIRE_FALSE(frame.has_value());
    CHECK(frame.error().message.contains(QLatin1String("60000 x 60000, the header says 2 x 2")));
}

TEST_CASE("fuzz regression: the deflate guard passes a real deflated file (corpus)", "[dicom]")
{
    // pydicom's image_dfl.dcm, the one Deflated Explicit VR Little Endian file of ../shared/dicom.
    const QString path = corpusDir() + QStringLiteral("/files/pydicom/image_dfl.dcm");
    if (corpusDir().isEmpty() || !QFileInfo::exists(path)) {
        WARN("skipped: ../shared/dicom/files/pydicom/image_dfl.dcm is not there");
        return;
    }
    CHECK(dicom::detail::checkDeflatedLengths(path).has_value());
    const auto summary = dicom::readInstanceSummary(path);
    INFO((summary ? std::string() : summary.error().message.toStdString()));
    REQUIRE(summary.has_value());
    CHECK(summary->transferSyntaxUid == QStringLiteral("1.2.840.10008.1.2.1.99"));
    CHECK(dicom::decodeFrame(path).has_value());
}
