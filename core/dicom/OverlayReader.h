#pragma once

// Internal to core/dicom: reads the overlay planes of PS3.3 C.9.2 (repeating groups 6000-601E)
// from a DCMTK dataset. Never include it from outside this module.

#include "core/dicom/PixelAttributes.h"
#include "core/imaging/Frame.h"

#include <dcmtk/dcmdata/dcitem.h>

#include <cstddef>

namespace consilium::dicom::detail {

/// Appends to `frame` the overlay planes that apply to frame `index` (0-based) and are stored in
/// their own Overlay Data (60xx,3000); multi-frame overlays (Number of Frames in Overlay, Image
/// Frame Origin) contribute the bitmap of that frame.
void readSeparateOverlays(DcmItem& dataset, int index, imaging::Frame& frame);

/// Appends the planes without Overlay Data whose bits sit in the pixel cells (Overlay Bits
/// Allocated equal to Bits Allocated, Overlay Bit Position outside the Bits Stored; retired in
/// PS3.5 8.1.2 but still written by older modalities). `cells` (`size` bytes) is the
/// uncompressed frame in local byte order: as DCMTK delivers native and DCMTK-decoded frames,
/// or as the JPEG 2000 decoder rebuilds it from the codestream's samples.
void readEmbeddedOverlays(DcmItem& dataset, const PixelLayout& layout, const Uint8* cells, size_t size,
                          imaging::Frame& frame);

/// True when the top level of `dataset` has any element of the overlay groups 6000-601E:
/// without one, there is nothing to read (a cheap check, one walk over the element list
/// instead of a search per plane and attribute).
bool hasOverlayGroups(DcmItem& dataset);

} // namespace consilium::dicom::detail
