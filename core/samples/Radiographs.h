#pragma once

#include "core/common/Error.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"

namespace consilium::samples {

/// Writes two chest-radiograph-like projections of the same synthetic chest, each with the
/// patient's name and ID in an overlay plane (6000), and their variants:
/// - cr/CR0001.dcm: Computed Radiography, MONOCHROME1 (PS3.3 C.7.6.3.1.2: the minimum value is
///   white), ImagerPixelSpacing only, so measurements are at the detector plane;
/// - dx/DX0001.dcm: Digital X-Ray For Presentation, MONOCHROME2, ImagerPixelSpacing with the
///   source distances and EstimatedRadiographicMagnificationFactor (PS3.3 C.8.11.7), so a
///   viewer can correct to the patient plane.
Result<void> writeRadiographs(const SyntheticIdentity& identity, SampleOutput& output);

} // namespace consilium::samples
