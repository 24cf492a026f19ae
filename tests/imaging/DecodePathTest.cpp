// The decoder's fast path (one parse of a Part 10 file, stored values and their range in one
// pass): the same values and range as the rules of PS3.5 8.1.1 and PS3.3 C.7.5.1.1.2 give when
// computed the slow, obvious way here; and a file without File Meta (the careful path) decodes
// to the same frame as its Part 10 twin.

#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>
#include <random>
#include <vector>

using namespace consilium;
using dicom::Vr;

namespace {

constexpr int kSize = 61; // odd: the vectorised loop's remainder is exercised too

struct Cells {
    QByteArray bytes; ///< little endian, 16 bits per cell
    std::vector<quint16> words;
};

// Random 16-bit cells: stored bits anywhere, garbage in the others, some cells set to `forced`
// (raw stored bits) so that padding occurs scattered through the image.
Cells randomCells(quint32 seed, const std::vector<quint16>& forced)
{
    std::mt19937 random(seed);
    Cells cells;
    for (int i = 0; i < kSize * kSize; ++i) {
        quint16 word = static_cast<quint16>(random() & 0xffffu);
        if (!forced.empty() && random() % 7 == 0)
            word = forced[random() % forced.size()];
        cells.words.push_back(word);
        cells.bytes.append(static_cast<char>(word & 0xff));
        cells.bytes.append(static_cast<char>(word >> 8));
    }
    return cells;
}

// PS3.5 8.1.1 done plainly: Bits Stored bits ending at High Bit, two's complement if signed.
qint32 storedValue(quint16 cell, int bitsStored, int highBit, bool isSigned)
{
    const int bits = (cell >> (highBit + 1 - bitsStored)) & ((1 << bitsStored) - 1);
    if (isSigned && (bits & (1 << (bitsStored - 1))))
        return bits - (1 << bitsStored);
    return bits;
}

QString writeImage(const QTemporaryDir& dir, const QString& name, const Cells& cells, int bitsStored, int highBit,
                   bool isSigned, std::optional<int> padding, std::optional<int> paddingLimit)
{
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.4711"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("CT"));
    dicom::ImagePixels pixels;
    pixels.rows = kSize;
    pixels.columns = kSize;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = bitsStored;
    pixels.isSigned = isSigned;
    pixels.data = cells.bytes;
    REQUIRE(ds.setImagePixels(pixels).has_value());
    ds.setNumber({0x0028, 0x0102}, Vr::US, highBit);
    const Vr paddingVr = isSigned ? Vr::SS : Vr::US;
    if (padding)
        ds.setNumber({0x0028, 0x0120}, paddingVr, *padding);
    if (paddingLimit)
        ds.setNumber({0x0028, 0x0121}, paddingVr, *paddingLimit);
    const QString path = dir.filePath(name);
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian, {.overwrite = true}));
    return path;
}

} // namespace

TEST_CASE("stored values and their range, padding left out, match PS3.5 8.1.1 computed plainly", "[imaging]")
{
    QTemporaryDir dir;
    struct Case {
        int bitsStored;
        int highBit;
        bool isSigned;
        std::optional<int> padding;
        std::optional<int> limit;
    };
    // Signed 12 bits at 13..2 with a padding range; unsigned 12 in the low bits with one padding
    // value; all 16 bits signed without padding; unsigned 10 bits with a range given high to low.
    for (const Case& c : {Case{12, 13, true, -2000, -1990}, Case{12, 11, false, 0, std::nullopt},
                          Case{16, 15, true, std::nullopt, std::nullopt}, Case{10, 9, false, 1000, 900}}) {
        INFO("bits stored " << c.bitsStored << ", high bit " << c.highBit << ", signed " << c.isSigned);
        // Cells whose stored bits are the padding bounds, so that padding really occurs.
        std::vector<quint16> forced;
        for (const std::optional<int>& bound : {c.padding, c.limit}) {
            if (bound)
                forced.push_back(
                    static_cast<quint16>((*bound & ((1 << c.bitsStored) - 1)) << (c.highBit + 1 - c.bitsStored)));
        }
        const Cells cells = randomCells(static_cast<quint32>(c.bitsStored * 100 + c.highBit), forced);
        const auto frame = dicom::decodeFrame(writeImage(dir, QStringLiteral("cells.dcm"), cells, c.bitsStored,
                                                         c.highBit, c.isSigned, c.padding, c.limit));
        REQUIRE(frame.has_value());
        REQUIRE(frame->stored.size() == cells.words.size());

        const int low = c.padding ? std::min(*c.padding, c.limit.value_or(*c.padding)) : 1;
        const int high = c.padding ? std::max(*c.padding, c.limit.value_or(*c.padding)) : 0;
        qint32 expectedMin = std::numeric_limits<qint32>::max();
        qint32 expectedMax = std::numeric_limits<qint32>::min();
        int padded = 0;
        bool same = true;
        for (size_t i = 0; i < cells.words.size(); ++i) {
            const qint32 value = storedValue(cells.words[i], c.bitsStored, c.highBit, c.isSigned);
            same = same && frame->stored[i] == value;
            if (value >= low && value <= high) {
                ++padded;
                continue;
            }
            expectedMin = std::min(expectedMin, value);
            expectedMax = std::max(expectedMax, value);
        }
        CHECK(same);
        CHECK(frame->minStored == expectedMin);
        CHECK(frame->maxStored == expectedMax);
        if (c.padding)
            CHECK(padded > 0); // the range really had padding to leave out
    }
}

TEST_CASE("a dataset without File Meta decodes to the same frame as its Part 10 file", "[imaging]")
{
    QTemporaryDir dir;
    const QByteArray part10 = test::minimalImageFile(5, 7);
    // PS3.10 7.1: preamble and "DICM" (132 bytes), then (0002,0000) (12 bytes) giving the length
    // of the rest of the File Meta group; the dataset follows.
    const auto groupLength = [&part10] {
        quint32 value = 0;
        for (int i = 3; i >= 0; --i)
            value = value << 8 | quint8(part10[132 + 8 + i]);
        return value;
    }();
    const QByteArray bare = part10.mid(132 + 12 + qsizetype(groupLength));
    const QString part10Path = dir.filePath(QStringLiteral("part10.dcm"));
    const QString barePath = dir.filePath(QStringLiteral("bare.dcm"));
    test::writeFile(part10Path, part10);
    test::writeFile(barePath, bare);

    const auto fromPart10 = dicom::decodeFrame(part10Path);
    const auto fromBare = dicom::decodeFrame(barePath);
    REQUIRE(fromPart10.has_value());
    INFO((fromBare ? std::string() : fromBare.error().message.toStdString()));
    REQUIRE(fromBare.has_value());
    CHECK(fromPart10->width == 7);
    CHECK(fromPart10->height == 5);
    CHECK(fromBare->width == fromPart10->width);
    CHECK(fromBare->height == fromPart10->height);
    CHECK(fromBare->stored == fromPart10->stored);
    CHECK(fromBare->minStored == fromPart10->minStored);
    CHECK(fromBare->maxStored == fromPart10->maxStored);
}
