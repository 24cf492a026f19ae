#pragma once

#include "core/common/Error.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"

namespace consilium::samples {

/// Writes mr/MR0001.dcm: an Enhanced MR Image Storage object (PS3.3 A.36.2) of 20 axial
/// frames of a head-like phantom, 256 x 256, 12 bits stored, with shared (pixel measures, plane
/// orientation, frame type, pixel value transformation, VOI) and per-frame (frame content,
/// plane position) functional groups and a stack dimension index, and its variants. The frame
/// acquisition date-times inside the per-frame groups are planted PHI.
Result<void> writeMrMultiFrame(const SyntheticIdentity& identity, SampleOutput& output);

} // namespace consilium::samples
