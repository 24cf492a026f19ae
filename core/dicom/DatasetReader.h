#pragma once

#include "core/common/Error.h"
#include "core/dicom/Tag.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace consilium::dicom {

/// Reads attributes of one DICOM file by tag path, nested sequences and private tags included
/// ("(0040,0275)[0]/(0040,0007)", "(0011,1010)"). The file is parsed once at open(); long values
/// (pixel data, overlay data) stay on disk until bytes() asks for them.
/// Not thread-safe; use one reader per thread.
class DatasetReader {
public:
    /// Opens and parses a Part 10 file (or a bare dataset with SOP identification). Fails with
    /// the path and the reason.
    static Result<DatasetReader> open(const QString& path);

    DatasetReader(DatasetReader&&) noexcept;
    DatasetReader& operator=(DatasetReader&&) noexcept;
    ~DatasetReader();

    [[nodiscard]] QString path() const;
    /// The transfer syntax UID from the File Meta Information.
    [[nodiscard]] QString transferSyntaxUid() const;

    /// True when the attribute exists (even with an empty value).
    [[nodiscard]] bool contains(const TagPath& path) const;
    /// The value as text: string VRs as stored (all values joined with '\', converted to UTF-8
    /// from the Specific Character Set), binary numbers in decimal joined with '\'. NotFound when
    /// any step of the path is missing; Unsupported for sequences and OB/OW-like values.
    [[nodiscard]] Result<QString> string(const TagPath& path) const;
    /// The value's bytes in little-endian order, as native data appears in an Explicit VR Little
    /// Endian file: for OB/OW/UN and the like, including native Pixel Data and Overlay Data.
    /// Unsupported for encapsulated (compressed) pixel data.
    [[nodiscard]] Result<QByteArray> bytes(const TagPath& path) const;
    /// The number of items of a sequence.
    [[nodiscard]] Result<int> itemCount(const TagPath& path) const;

private:
    struct Impl;
    explicit DatasetReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Shorthand: opens `file` and reads one attribute as text.
Result<QString> readAttribute(const QString& file, const TagPath& path);

} // namespace consilium::dicom
