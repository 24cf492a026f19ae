#pragma once

// Internal to core/dicom: stored pixel values out of decoded pixel cells. Never include it from
// outside this module.

#include "core/dicom/PixelAttributes.h"
#include "core/imaging/Frame.h"

#include <dcmtk/ofstd/oftypes.h>

#include <cstddef>

namespace consilium::dicom::detail {

/// Fills `frame.stored` with the rows x columns stored values of one uncompressed monochrome
/// frame (PS3.5 8.1.1 and 8.2): the Bits Stored bits ending at High Bit, two's complement when
/// Pixel Representation is 1; 1-bit data packed least significant bit first. `cells` (`size`
/// bytes) is in local byte order as DCMTK delivers it; cells past its end read as 0.
///
/// Sets `frame.minStored` / `frame.maxStored` in the same pass (padding left out, so the
/// frame's padding attributes must be read first): one pass over the pixels, not two.
void extractStoredValues(const Uint8* cells, size_t size, const PixelLayout& layout, imaging::Frame& frame);

} // namespace consilium::dicom::detail
