#pragma once

#include <QString>

namespace consilium::test {

/// The stored value of writeJpeg2000SliceWithEmbeddedOverlay's image at (x, y): 12 bits.
constexpr int jpeg2000FixtureStored(int x, int y)
{
    return (x * 37 + y * 11) % 4096;
}

/// True where that image's overlay plane 6002 (bit 15 of the cells) is on: rows and columns 2..5.
constexpr bool jpeg2000FixtureOverlayOn(int x, int y)
{
    return x >= 2 && x <= 5 && y >= 2 && y <= 5;
}

/// A 64 x 64 MONOCHROME2 CT image in JPEG 2000 Image Compression (Lossless Only),
/// 1.2.840.10008.1.2.4.90: 16 bits allocated, 12 stored (high bit 11), and the old-style overlay
/// plane 6002 in bit 15 of the cells (Overlay Bits Allocated 16, Overlay Bit Position 15). The
/// codestream is encoded here with OpenJPEG (reversible 5/3, 16-bit precision), so it keeps
/// the overlay bit as a writer that compressed whole cells would.
void writeJpeg2000SliceWithEmbeddedOverlay(const QString& path);

} // namespace consilium::test
