#pragma once

#include "core/common/Error.h"
#include "core/dicom/Dataset.h"
#include "core/dicom/PixelEditing.h"
#include "core/dicom/Tag.h"

#include <QString>

#include <functional>
#include <optional>

namespace consilium::dicom {

/// What a rewrite callback sees of one attribute, at any depth.
struct AttributeView {
    TagPath path;
    QString vr;             ///< two-letter VR as found in the file (or DCMTK's dictionary)
    QString text;           ///< string VRs: the value, converted to UTF-8; empty otherwise
    bool isSequence = false;
    QString privateCreator; ///< for private data elements: their block's creator, else empty
    quint32 length = 0;     ///< value length in bytes as stored
    /// False when the file's character set could not be converted: `text` is then a Latin-1
    /// reading of unknown bytes, good for matching but not for rewriting.
    bool textDecoded = true;
};

/// What to do with one attribute.
struct AttributeDecision {
    enum class Action {
        Keep,    ///< leave it (sequences: descend into their items)
        Remove,  ///< delete it, sequences with everything inside
        Empty,   ///< keep the attribute with a zero-length value (sequences: no items)
        Replace, ///< string VRs only: set `value`
    };
    Action action = Action::Keep;
    QString value;
};

using AttributeDecider = std::function<AttributeDecision(const AttributeView&)>;
/// Sees every attribute before any decision is made (e.g. to learn the patient's name before
/// cleaning a description that comes earlier in tag order).
using AttributeInspector = std::function<void(const AttributeView&)>;

/// What a rewrite did, for the report (no values: reports must not carry PHI).
struct RewriteSummary {
    int visited = 0;
    int removed = 0;
    int emptied = 0;
    int replaced = 0;
    QString transferSyntaxUid; ///< of the output (deflated inputs are written inflated)
    QString sopClassUid;
    QString sopInstanceUid; ///< after the rewrite (so a remapped UID is the new one)
    QString modality;
    bool hasPixelData = false;
    /// What a PixelEditor did (all false without one).
    PixelEditSummary pixelEdit;
};

/// Reads `input`, asks `decide` about every attribute (File Meta excluded: it is rebuilt from
/// the dataset on writing), applies the decisions, sets `additions` at the top level (e.g. Patient
/// Identity Removed), and writes `output` in the input's transfer syntax — pixel data, compressed
/// or not, is carried over untouched (a deflated file is written inflated: deflate is transport
/// compression, PS3.5 A.5). Text is converted to UTF-8 (Specific Character Set ISO_IR 192) so
/// every remaining value keeps its meaning; when the input's character set cannot be converted,
/// text is left as it was and views say so (AttributeView::textDecoded).
///
/// The output gets its name only once complete (an unnamed file linked into place, else a hidden
/// partial file beside it): a failure leaves nothing under `output`. `input` is only read; `output` must not be
/// `input`. Thread-safe for distinct files.
Result<RewriteSummary> rewriteDicomFile(const QString& input, const QString& output, const AttributeDecider& decide,
                                        const Dataset& additions = {}, const AttributeInspector& inspect = {});

/// Every attribute of a file, depth first in file order (File Meta excluded), as a rewrite
/// callback would see them. For reports, tests and the tag browser.
Result<QList<AttributeView>> listAttributes(const QString& path);

/// Chooses the output path once the rewrite is done (e.g. named after the new SOP Instance UID,
/// because input file names can carry a patient's name).
using OutputNamer = std::function<Result<QString>(const RewriteSummary&)>;

/// As above, with the output path chosen by `outputFor` after the decisions are applied.
/// With `editPixels`, the Pixel Data is brought into native form and edited before writing
/// (PixelEditing.h): a compressed input is decoded, edited and encoded again losslessly (in its
/// own syntax where DCMTK can, else Explicit VR Little Endian), and an error from the editor
/// abandons the file.
Result<RewriteSummary> rewriteDicomFile(const QString& input, const OutputNamer& outputFor,
                                        const AttributeDecider& decide, const Dataset& additions = {},
                                        const AttributeInspector& inspect = {}, const PixelEditor& editPixels = {});

} // namespace consilium::dicom
