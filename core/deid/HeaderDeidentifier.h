#pragma once

#include "core/common/Error.h"
#include "core/deid/ActionTable.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/dicom/DatasetRewriter.h"

#include <QString>

namespace consilium::deid {

/// What de-identifying one file did (counts and names only: a report never carries PHI).
struct DeidFileReport {
    QString input;
    QString output;
    dicom::RewriteSummary summary;
};

/// Applies PS3.15 Annex E to DICOM headers, one case at a time.
///
/// Every attribute at every depth gets the action of Table E.1-1 resolved for the profile
/// (see ActionTable). Beyond the table, conservatively: private attributes are removed unless
/// the Retain Safe Private option is on and they are on the safe list (docs/deid.md); person
/// names (PN) the table does not list are removed too. UIDs are remapped with the case's secret,
/// dates shifted by its offset, descriptors cleaned of the dataset's own identifying values.
/// The output records what was done: Patient Identity Removed, De-identification Method and its
/// code sequence, Longitudinal Temporal Information Modified.
///
/// Outputs are named after their new SOP Instance UID, because input file names can carry a
/// patient's name. Inputs are never modified. Immutable; thread-safe (files in parallel).
class HeaderDeidentifier
{
public:
    HeaderDeidentifier(DeidProfile profile, CaseSecrets secrets, const ActionTable& table = ActionTable::builtIn());

    /// De-identifies `input` into `outputFolder`/<new SOP Instance UID>.dcm.
    Result<DeidFileReport> deidentify(const QString& input, const QString& outputFolder) const;

    /// The decision for one attribute, given what the dataset taught the cleaner (testable).
    [[nodiscard]] dicom::AttributeDecision decide(const dicom::AttributeView& view, const class TextCleaner& cleaner) const;
    /// The table action for an attribute, before VR-specific handling (Keep for unlisted ones).
    [[nodiscard]] Action actionFor(const dicom::AttributeView& view) const;

    [[nodiscard]] const DeidProfile& profile() const { return m_profile; }

private:
    [[nodiscard]] dicom::Dataset additions() const;

    DeidProfile m_profile;
    CaseSecrets m_secrets;
    const ActionTable& m_table;
};

} // namespace consilium::deid
