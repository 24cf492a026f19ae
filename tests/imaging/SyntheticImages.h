#pragma once

#include "core/dicom/Dataset.h"

#include <QString>

namespace consilium::test {

/// Hounsfield units planted in every synthetic CT slice, each in its own region.
struct PhantomHu {
    static constexpr int air = -1000;   ///< outside the body
    static constexpr int water = 0;     ///< the body
    static constexpr int fat = -100;    ///< a square left of centre
    static constexpr int bone = 1000;   ///< a square that moves down one row per slice
};

/// Where the phantom's regions are in a `size` x `size` slice (pixel coordinates).
struct PhantomPoints {
    int airX = 2, airY = 2;
    int waterX, waterY;
    int fatX, fatY;
    int boneX, boneY; ///< inside the bone square of slice `slice`
};
PhantomPoints phantomPoints(int size, int slice);

/// One axial CT slice, `size` x `size`, 16-bit unsigned with 12 bits stored, Rescale Intercept
/// -1024 (stored = HU + 1024), a 400/0 window ("abdomen-ish") and Image Position (Patient)
/// z = slice * 2.5 mm. All slices share one Series Instance UID; SOP Instance UIDs and
/// Instance Numbers are `slice`-based.
dicom::Dataset ctPhantomSlice(int slice, int size = 128);

/// Writes `slices` phantom slices as Explicit VR Little Endian files named in an order that is
/// NOT the geometric one (so that ordering by position is really tested). Returns the folder.
void writeCtPhantomSeries(const QString& folder, int slices, int size = 128);

} // namespace consilium::test
