#pragma once

#include "core/samples/PhiCatalogue.h"
#include "core/samples/SyntheticIdentity.h"

#include <QString>

namespace consilium::samples {

/// What distinguishes one series and instance from another; the rest comes from the identity.
struct SeriesFacts {
    QString studyKey; ///< which StudyFacts of the identity
    QString modality;
    QString sopClassUid;
    QString seriesInstanceUid;
    int seriesNumber = 1;
    QString seriesDescription;
    QString sopInstanceUid;
    int instanceNumber = 1;
    QString bodyPartExamined;
    QString manufacturer;
    QString modelName;
    QString deviceSerialNumber;
    QString stationName;
    int minutesAfterStudyStart = 2; ///< series, acquisition and content times follow the study time
};

/// Adds the modules every sample object shares — SOP Common, Patient, General Study, Patient
/// Study, General Series, General Equipment, General Image timing, Request Attributes — and
/// plants synthetic PHI everywhere real files hide it (PS3.15 Annex E lists these places):
/// names, IDs, dates and times, addresses and phones of patient and physicians, institution,
/// accession number and study ID, device identifiers, free-text history and comments quoting
/// the patient, names and IDs inside nested sequences (Other Patient IDs, Request Attributes,
/// Referring Physician Identification) and a private block with a nested private sequence.
void addCommonHeaders(PlantedDataset& planted, const SyntheticIdentity& id, const SeriesFacts& series);

/// A decimal string (PS3.5 6.2 DS) for a value with `decimals` digits after the point,
/// formatted without locale or exponent: "0.75", "-191.625".
QString decimalString(double value, int decimals);

} // namespace consilium::samples
