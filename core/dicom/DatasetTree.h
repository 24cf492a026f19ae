#pragma once

#include "core/common/Error.h"
#include "core/dicom/Tag.h"

#include <QList>
#include <QString>

namespace consilium::dicom {

/// One node of a file's attributes as a tree, for the tag browser: a data element, or an item of
/// a sequence (PS3.5 7.5) whose children are the item's elements. Sequences have their items as
/// children. A plain value, free of DCMTK.
struct DatasetNode {
    enum class Kind {
        Root, ///< the whole file: File Meta Information, then the dataset
        Element, ///< a data element (a sequence when `vr` is "SQ")
        Item, ///< item `itemIndex` of the parent sequence
    };
    Kind kind = Kind::Root;
    Tag tag; ///< elements only
    QString keyword; ///< PS3.6 keyword ("PatientName"); empty for unknown private tags
    QString vr; ///< two letters, as read
    /// The value for display: text as UTF-8 (the file's character set converted), numbers
    /// separated by '\', long or binary values summarised ("(65536 bytes)").
    QString value;
    quint32 length = 0; ///< value length in bytes as stored (undefined length: 0xFFFFFFFF)
    int itemIndex = -1; ///< items only, 0-based
    bool isMeta = false; ///< group 0002 (File Meta Information, PS3.10 7.1)
    QList<DatasetNode> children;

    [[nodiscard]] bool isSequence() const { return kind == Kind::Element && vr == QLatin1String("SQ"); }
};

/// Reads every attribute of a DICOM file into a tree: File Meta Information first, then the
/// dataset in file order, sequences with their items. Large values (Pixel Data, LUT data) are
/// not loaded: the node says how many bytes they hold. Fails with a clear message for files
/// that are not DICOM. Thread-safe for distinct calls.
Result<DatasetNode> readDatasetTree(const QString& path);

} // namespace consilium::dicom
