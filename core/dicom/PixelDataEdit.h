#pragma once

// Internal to core/dicom: applies a PixelEditor to a DCMTK dataset during a rewrite. Never
// include it from outside this module.

#include "core/dicom/PixelEditing.h"

#include <dcmtk/dcmdata/dcdatset.h>

namespace consilium::dicom::detail {

/// Brings the Pixel Data of `dataset` into native form (decoding compressed data: DCMTK's
/// codecs, and OpenJPEG for JPEG 2000), hands it to `edit`, and sets `xfer` to the syntax the
/// output must be written in: the input's own when it is lossless and DCMTK can encode it
/// again (RLE, JPEG-LS lossless, JPEG lossless), else Explicit VR Little Endian. A lossy source
/// keeps Lossy Image Compression 01 with its method (PS3.3 C.7.6.1.1.5). Uncompressed
/// YBR_FULL_422 is expanded to YBR_FULL first (PixelEditSummary::expandedChroma).
Result<PixelEditSummary> editPixelData(DcmDataset& dataset, E_TransferSyntax& xfer, const PixelEditor& edit);

} // namespace consilium::dicom::detail
