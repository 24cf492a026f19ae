#pragma once

#include "core/common/Error.h"
#include "core/dicom/Tag.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace consilium::dicom {

// clang-format off
/// Value Representations (PS3.5 6.2) that a Dataset can hold.
enum class Vr {
    AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OW, PN, SH, SL, SQ, SS, ST, TM, UC, UI, UL, UN,
    UR, US, UT,
};
// clang-format on

/// The two-letter name of a VR ("PN").
QString vrName(Vr vr);

/// How a VR's value is held in an Element.
enum class VrKind {
    Text, ///< character string VRs: Element::text
    Numbers, ///< US, SS, UL, SL, FL, FD and AT: Element::numbers
    Bytes, ///< OB, OD, OF, OL, OW, UN: Element::bytes
    Items, ///< SQ: Element::items
};
VrKind vrKind(Vr vr);

class Dataset;

/// One attribute: its tag, its VR and its value in the one member its VR uses (see VrKind).
struct Element {
    Tag tag;
    Vr vr = Vr::UN;
    QString text; ///< all values joined with '\' (PS3.5 6.4); no padding
    std::vector<double> numbers; ///< binary numbers; AT values as (group << 16) | element
    QByteArray bytes; ///< little-endian bytes (PS3.5 7.3), as they appear in the file
    std::vector<Dataset> items; ///< sequence items, in order
};

/// Native (uncompressed) pixel data with what PS3.3 C.7.6.3 (Image Pixel Module) says about it.
struct ImagePixels {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1; ///< 1 (monochrome) or 3 (RGB)
    int bitsAllocated = 8; ///< 8 or 16
    int bitsStored = 8; ///< High Bit is bitsStored - 1
    bool isSigned = false; ///< Pixel Representation 1: two's complement
    QString photometricInterpretation = QStringLiteral("MONOCHROME2");
    /// frame after frame, row after row, colour-by-pixel (Planar Configuration 0); 16-bit
    /// samples little-endian. Exactly rows * columns * frames * samplesPerPixel * bytes per sample.
    QByteArray data;
};

/// One overlay plane stored in its own Overlay Data (PS3.3 C.9.2), never in unused pixel bits.
struct OverlayPlane {
    int index = 0; ///< 0..15: repeating group 6000 + 2 * index
    int rows = 0;
    int columns = 0;
    int originRow = 1; ///< 1-based image row of the overlay's first row (PS3.3 C.9.2.1.1)
    int originColumn = 1;
    QString type = QStringLiteral("G"); ///< G (graphics) or R (region of interest)
    QString description; ///< Overlay Description (60xx,0022), omitted when empty
    QString label; ///< Overlay Label (60xx,1500), omitted when empty
    QByteArray bits; ///< rows * columns bytes, row after row; non-zero means the overlay is on
};

/// An in-memory DICOM dataset built attribute by attribute: the input of writeDicomFile().
/// A value type with no DCMTK inside, so any module can build or edit datasets (the sample
/// generator, de-identified derivatives). Attributes are kept in ascending tag order, as
/// PS3.5 7.1 requires in a file; setting an attribute that exists replaces it.
/// Not thread-safe; copies are independent (pixel data is shared until written to).
class Dataset {
public:
    /// A string attribute. Several values are joined with '\' by the caller or by setStrings().
    /// Text is stored as given; the file's Specific Character Set (0008,0005) must cover it.
    Dataset& setString(Tag tag, Vr vr, const QString& value);
    Dataset& setStrings(Tag tag, Vr vr, const QStringList& values);
    /// A binary-number attribute (US, SS, UL, SL, FL, FD; AT as (group << 16) | element).
    Dataset& setNumbers(Tag tag, Vr vr, std::vector<double> values);
    Dataset& setNumber(Tag tag, Vr vr, double value) { return setNumbers(tag, vr, {value}); }
    /// An OB/OD/OF/OL/OW/UN attribute from its little-endian bytes.
    Dataset& setBytes(Tag tag, Vr vr, QByteArray bytes);
    /// A sequence with the given items (an empty vector writes an empty sequence).
    Dataset& setSequence(Tag tag, std::vector<Dataset> items);
    /// Appends an empty item to sequence `tag` (created when absent) and returns it for filling.
    /// The reference stays valid until this sequence is changed again.
    Dataset& appendItem(Tag tag);

    /// Sets the Image Pixel Module attributes and Pixel Data (7FE0,0010) — OB for 8-bit, OW for
    /// 16-bit samples. Number of Frames is set when there is more than one frame (multi-frame
    /// IODs that require it for one frame set it themselves). Fails on inconsistent sizes.
    Result<void> setImagePixels(const ImagePixels& pixels);
    /// Sets one overlay plane: its attributes and its bit-packed Overlay Data (PS3.5 8.1.2:
    /// first pixel in the least significant bit). Fails on inconsistent sizes.
    Result<void> setOverlay(const OverlayPlane& overlay);

    /// Removes an attribute; false when it was not there.
    bool remove(Tag tag);
    [[nodiscard]] const Element* find(Tag tag) const;
    [[nodiscard]] bool contains(Tag tag) const { return find(tag) != nullptr; }
    /// The text of a string attribute, or an empty string.
    [[nodiscard]] QString text(Tag tag) const;
    /// All attributes in ascending tag order.
    [[nodiscard]] const std::vector<Element>& elements() const { return m_elements; }

private:
    Element& upsert(Tag tag, Vr vr);

    std::vector<Element> m_elements;
};

} // namespace consilium::dicom
