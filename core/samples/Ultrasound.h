#pragma once

#include "core/common/Error.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"

namespace consilium::samples {

/// Writes us/US0001.dcm: a 30-frame RGB ultrasound cine (US Multi-frame Image Storage) of a
/// sector scan with a pulsating vessel, with the patient's name, ID, study date and time and
/// the institution burned into every frame (Burned In Annotation YES), a Sequence of
/// Ultrasound Regions (PS3.3 C.8.5.5) calibrating the sector in cm, and its variants.
Result<void> writeUltrasound(const SyntheticIdentity& identity, SampleOutput& output);

} // namespace consilium::samples
