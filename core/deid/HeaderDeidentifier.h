#pragma once

#include "core/common/Error.h"
#include "core/deid/ActionTable.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/deid/PixelRedactor.h"
#include "core/dicom/DatasetRewriter.h"

#include <QString>

#include <utility>
#include <vector>

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

/// One attribute of the input, or one the output gained, and what happened to it. Never a
/// value: a report must not carry the PHI it removed.
struct AttributeRecord {
    dicom::TagPath path; ///< where it sits; text form e.g. "(0008,1140)[0]/(0008,1155)"
    QString keyword; ///< Table E.1-1's keyword when the attribute is listed there, else empty
    QString vr;
    QString outcome; ///< "removed", "emptied", "replaced", "kept" or "added"
    /// What decided it: "E.1-1 X", "option: retain patient characteristics (K)", "private tag
    /// removed", "safe private kept (option: retain safe private)", "not in E.1-1: kept"...
    QString rule;
};

/// What de-identifying one file did (counts and names only: a report never carries PHI).
struct DeidFileReport {
    QString input;
    QString output;
    dicom::RewriteSummary summary;
    PixelRedaction redaction; ///< what was applied (regions empty: pixels copied untouched)
    QString burnedInAnnotation; ///< "NO" when this run set it; empty when left as it was
    /// Every attribute visited at every depth (contents of removed sequences go with them), in
    /// file order, then the attributes the de-identification record added.
    QList<AttributeRecord> attributes;
    /// Header residual risks: free text kept (cleaned) or identifying text kept by an option,
    /// free text the table does not list. Paths and keywords only.
    QStringList risks;
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
    /// (compressed inputs are decoded and encoded again losslessly, in their own syntax when
    /// it is lossless and DCMTK can encode it, else Explicit VR Little Endian; see
    /// dicom::PixelEditSummary for what the report says about lossy sources). A region outside
    /// the image fails the file, and nothing is written.
    Result<DeidFileReport> deidentify(const QString& input, const QString& outputFolder,
                                      const PixelRedaction& redaction) const;

    /// The decision for one attribute, given what the dataset taught the cleaner (testable).
    [[nodiscard]] dicom::AttributeDecision decide(const dicom::AttributeView& view, const class TextCleaner& cleaner) const;
    /// The table action for an attribute, before VR-specific handling (Keep for unlisted ones).
    [[nodiscard]] Action actionFor(const dicom::AttributeView& view) const;

    [[nodiscard]] const DeidProfile& profile() const { return m_profile; }

    /// actionFor() with the reason, as the report states it (AttributeRecord::rule).
    [[nodiscard]] std::pair<Action, QString> ruling(const dicom::AttributeView& view) const;

private:
    /// ruling() with the Table E.1-1 row it came from (nullptr when none).
    struct Ruling {
        Action action = Action::Keep;
        QString rule;
        const TableRow* row = nullptr;
    };
    [[nodiscard]] Ruling rule(const dicom::AttributeView& view) const;
    [[nodiscard]] dicom::Dataset additions() const;
    [[nodiscard]] dicom::AttributeDecision decide(const dicom::AttributeView& view, Action action,
                                                  const class TextCleaner& cleaner) const;

    DeidProfile m_profile;
    CaseSecrets m_secrets;
    const ActionTable& m_table;
    /// ActionTable::resolve and ::explain for every row (by its index), once: both are asked
    /// for every attribute of every file.
    std::vector<std::pair<Action, QString>> m_rowRulings;
    dicom::Dataset m_additions; ///< additions(), made once
};

} // namespace consilium::deid
