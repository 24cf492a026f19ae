#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace consilium::test {

/// Builds DICOM files byte by byte (Explicit VR Little Endian, PS3.5 7.1.2), so malformed
/// inputs can be made exactly as broken as a test needs, without any DICOM library.
class DicomBytes
{
public:
    /// Appends one element with an explicit VR. Pads odd-length values as PS3.5 6.2 requires
    /// unless `pad` is false (to build deliberately broken files).
    DicomBytes& element(uint16_t group, uint16_t elem, const char vr[2], const QByteArray& value, bool pad = true);
    DicomBytes& string(uint16_t group, uint16_t elem, const char vr[2], const QString& value);
    DicomBytes& us(uint16_t group, uint16_t elem, uint16_t value);

    /// The dataset bytes appended so far.
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

    /// A complete Part 10 file: preamble, "DICM", File Meta group with the given transfer
    /// syntax and SOP identification, then this dataset.
    [[nodiscard]] QByteArray part10(const QString& sopClassUid, const QString& sopInstanceUid,
                                    const QString& transferSyntaxUid = QStringLiteral("1.2.840.10008.1.2.1")) const;

private:
    QByteArray m_bytes;
};

/// A small valid secondary-capture image (8-bit MONOCHROME2, rows x cols) as a Part 10 file.
QByteArray minimalImageFile(int rows = 4, int cols = 6, const QString& patientName = QStringLiteral("Test^Minimal"));

/// Writes bytes to a file, failing the test on error.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace consilium::test
