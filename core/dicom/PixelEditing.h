#pragma once

#include "core/common/Error.h"

#include <QString>

#include <functional>

namespace consilium::dicom {

/// The uncompressed pixel data of every frame of an object, as stored (PS3.5 8.1.1, 8.2),
/// for editing in place: frames one after the other, samples in the object's planar
/// configuration, multi-byte samples in the machine's (little-endian) order.
struct NativePixels {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1;
    int bitsAllocated = 8; ///< 8, 16 or 32 (1-bit data is refused before an editor sees it)
    int bitsStored = 8;
    int highBit = 7;
    bool isSigned = false;
    int planarConfiguration = 0; ///< 0: R G B R G B...; 1: all R, then all G, then all B
    QString photometric; ///< MONOCHROME1, MONOCHROME2, RGB, YBR_FULL, PALETTE COLOR...
    unsigned char* data = nullptr;
    qsizetype size = 0;

    [[nodiscard]] qsizetype frameBytes() const
    {
        return qsizetype(rows) * columns * samplesPerPixel * (bitsAllocated / 8);
    }
    [[nodiscard]] unsigned char* frame(int index) const { return data + frameBytes() * index; }
    [[nodiscard]] bool isMonochrome() const
    {
        return photometric == QLatin1String("MONOCHROME1") || photometric == QLatin1String("MONOCHROME2");
    }
};

/// Changes the pixels of an object during a rewrite (e.g. redaction). Returns an error to
/// abandon the whole rewrite: nothing is written then.
using PixelEditor = std::function<Result<void>(NativePixels&)>;

/// What giving a rewrite a PixelEditor did to the Pixel Data, for the report.
struct PixelEditSummary {
    bool edited = false;
    /// The input was compressed: it was decoded, edited and encoded again losslessly — in its
    /// own syntax when that is lossless and DCMTK 3.6.7 can encode it (RLE, JPEG-LS lossless,
    /// JPEG lossless Process 14 and SV1: `syntaxKept`), else Explicit VR Little Endian (lossy
    /// sources, JPEG 2000).
    bool reencoded = false;
    /// The output is in the input's (lossless, compressed) transfer syntax.
    bool syntaxKept = false;
    /// Uncompressed YBR_FULL_422 (two pixels sharing Cb Cr) was expanded to YBR_FULL, losslessly,
    /// so a region edge between the two pixels of a pair changes nothing outside the region.
    bool expandedChroma = false;
    /// The input had been through lossy compression (a lossy transfer syntax, or Lossy Image
    /// Compression 01 in its header): the output says so too (PS3.3 C.7.6.1.1.5).
    bool sourceLossy = false;
    QString sourceTransferSyntaxUid;
    /// What happened to the encoding, in words for a report (empty when nothing was decoded);
    /// for a lossy source it says that lossy data was re-encoded and is no longer the original
    /// lossy stream.
    QString note;
};

} // namespace consilium::dicom
