#pragma once

#include "core/common/Error.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"

namespace consilium::samples {

/// Writes photos/lesion.jpg: a 1200 x 900 clinical photo of a pigmented skin lesion beside a
/// millimetre ruler, with a patient label (name, MRN, birth date) in the picture and EXIF
/// metadata (camera make, model and serial, photographer, date and time, GPS position).
/// Pixels are computed here, not painted by QPainter, and encoded by QImage at a fixed quality,
/// so the file is the same on every machine with the same JPEG library.
Result<void> writeClinicalPhoto(const SyntheticIdentity& identity, SampleOutput& output);

} // namespace consilium::samples
