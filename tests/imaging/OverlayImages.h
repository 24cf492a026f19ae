#pragma once

#include "core/dicom/DatasetWriter.h"

#include <QString>

namespace consilium::test {

/// The overlay of writeSliceWithSeparateOverlay: a square frame, one pixel wide, kOverlaySize
/// pixels a side, its first pixel at the 1-based image position (kOverlayOriginRow,
/// kOverlayOriginColumn), labelled "MARK".
constexpr int kOverlaySize = 24;
constexpr int kOverlayOriginRow = 11;
constexpr int kOverlayOriginColumn = 21;

/// A 64 x 64 phantom CT slice with overlay plane 6000 in its own Overlay Data.
void writeSliceWithSeparateOverlay(const QString& path);

/// A 64 x 64 phantom CT slice (12 bits stored in 16) whose overlay plane 6002 lives in bit 15
/// of the pixel cells: on in the square of rows and columns 2..5. Written in `syntax` (the
/// lossless encoders compress whole cells, overlay bit included).
void writeSliceWithEmbeddedOverlay(const QString& path,
                                   dicom::TransferSyntax syntax = dicom::TransferSyntax::ExplicitVrLittleEndian);

} // namespace consilium::test
