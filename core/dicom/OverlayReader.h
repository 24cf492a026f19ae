#pragma once

// Internal to core/dicom: reads the overlay planes of PS3.3 C.9.2 (repeating groups 6000-601E)
// from a DCMTK dataset. Never include it from outside this module.

#include "core/dicom/PixelAttributes.h"
#include "core/imaging/Frame.h"

#include <dcmtk/dcmdata/dcitem.h>

#include <vector>

namespace consilium::dicom::detail {

/// Appends to `frame` the overlay planes that apply to frame `index` (0-based) and are stored in
/// their own Overlay Data (60xx,3000); multi-frame overlays (Number of Frames in Overlay, Image
/// Frame Origin) contribute the bitmap of that frame.
void readSeparateOverlays(DcmItem& dataset, int index, imaging::Frame& frame);

/// Appends the planes without Overlay Data whose bits sit in the pixel cells (Overlay Bits
/// Allocated equal to Bits Allocated, Overlay Bit Position above High Bit; retired in PS3.5
/// 8.1.2 but still written by older modalities). `cells` is the uncompressed frame as DCMTK
/// delivers it (local byte order).
void readEmbeddedOverlays(DcmItem& dataset, const PixelLayout& layout, const std::vector<Uint8>& cells,
                          imaging::Frame& frame);

} // namespace consilium::dicom::detail
