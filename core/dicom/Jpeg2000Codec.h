#pragma once

// Internal to core/dicom: JPEG 2000 (PS3.5 A.4.4, transfer syntaxes 1.2.840.10008.1.2.4.90 and
// .91) decoded with OpenJPEG, which DCMTK 3.6.7's open-source edition lacks. Never include it
// from outside this module.

#include "core/common/Error.h"
#include "core/dicom/PixelAttributes.h"

#include <dcmtk/dcmdata/dcdatset.h>

namespace consilium::dicom::detail {

/// True for the two JPEG 2000 Image Compression transfer syntaxes this codec decodes.
bool isJpeg2000(const QString& transferSyntaxUid);

/// Decodes frame `index` of a JPEG 2000 encapsulated Pixel Data element: monochrome frames as
/// stored values (the codestream's own precision and signedness, PS3.5 A.4.4 — which wins over
/// a header that disagrees), colour frames (RGB, YBR_RCT, YBR_ICT; OpenJPEG undoes the
/// component transform) as 8-bit RGB. Fails with the reason OpenJPEG gives.
Result<imaging::Frame> decodeJpeg2000Frame(DcmDataset& dataset, const PixelLayout& layout, int index);

} // namespace consilium::dicom::detail
