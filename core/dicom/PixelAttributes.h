#pragma once

// Internal to core/dicom: reads the attributes of PS3.3 C.11 (modality and VOI transforms) and
// C.7.6.3 (Image Pixel) from a DCMTK dataset. Never include it from outside this module.

#include "core/imaging/Frame.h"

#include <dcmtk/dcmdata/dcitem.h>

namespace consilium::dicom::detail {

/// The Image Pixel Module attributes that say how to read stored values (PS3.3 C.7.6.3).
struct PixelLayout {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = 0;
    bool isSigned = false;
    QString photometric;

    [[nodiscard]] bool isMonochrome() const
    {
        return photometric == QLatin1String("MONOCHROME1") || photometric == QLatin1String("MONOCHROME2");
    }
};

/// Reads the layout, correcting what PS3.5 8.1.1 allows to be derived (High Bit, Bits Stored).
PixelLayout readPixelLayout(DcmItem& dataset);

/// Fills the monochrome display attributes of `frame` for frame `index`: modality transform,
/// windows, VOI LUTs, padding, polarity. Top-level attributes first, then the Shared and
/// Per-Frame Functional Groups of enhanced objects (PS3.3 C.7.6.16.2.9, C.7.6.16.2.10).
void readDisplayAttributes(DcmItem& dataset, int index, const PixelLayout& layout, imaging::Frame& frame);

/// Fills the geometry of `frame` for frame `index`: Image Orientation (Patient) and the pixel
/// spacing, top level first, then the Plane Orientation and Pixel Measures functional groups of
/// enhanced objects (PS3.3 C.7.6.16.2.1, C.7.6.16.2.4); Imager Pixel Spacing when there is no
/// Pixel Spacing.
void readGeometry(DcmItem& dataset, int index, imaging::Frame& frame);

} // namespace consilium::dicom::detail
