#pragma once

#include "core/common/Error.h"
#include "core/deid/ActionTable.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/deid/PixelRedactor.h"
#include "core/dicom/DatasetRewriter.h"

#include <QString>

namespace consilium::deid {

/// What to do to the pixels of one file while its header is de-identified.
struct PixelRedaction {
    QList<RedactionRegion> regions; ///< checked against the image; none: pixels untouched
    RedactionStyle style = RedactionStyle::Fill;
    /// Every region of text OCR detected in every frame is among `regions`: only then is Burned
    /// In Annotation set to NO (PS3.3 C.7.6.1.1.5 — it describes what the pixels still carry).
    bool allDetectedTextRedacted = false;
    /// Residual risks to report (e.g. frames not scanned for text); carries no PHI.
    QStringList notes;
};

/// What de-identifying one file did (counts and names only: a report never carries PHI).
struct DeidFileReport {
    QString input;
    QString output;
    dicom::RewriteSummary summary;
    PixelRedaction redaction; ///< what was applied (regions empty: pixels copied untouched)
    QString burnedInAnnotation; ///< "NO" when this run set it; empty when left as it was
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
    /// The same, redacting `redaction.regions` in the pixel data of every affected frame
    /// (compressed inputs are decoded and written as Explicit VR Little Endian; see
    /// dicom::PixelEditSummary for what the report says about lossy sources). A region outside
    /// the image fails the file, and nothing is written.
    Result<DeidFileReport> deidentify(const QString& input, const QString& outputFolder,
                                      const PixelRedaction& redaction) const;

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
