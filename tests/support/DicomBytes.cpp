#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace consilium::test {

namespace {

void put16(QByteArray& out, uint16_t v)
{
    out.append(static_cast<char>(v & 0xff));
    out.append(static_cast<char>(v >> 8));
}

void put32(QByteArray& out, uint32_t v)
{
    put16(out, static_cast<uint16_t>(v & 0xffff));
    put16(out, static_cast<uint16_t>(v >> 16));
}

bool hasLongLength(const char vr[2])
{
    // PS3.5 Table 7.1-1: these VRs have a reserved field and a 32-bit length.
    static const char* const longVrs[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"};
    for (const char* candidate : longVrs) {
        if (candidate[0] == vr[0] && candidate[1] == vr[1])
            return true;
    }
    return false;
}

} // namespace

DicomBytes& DicomBytes::element(uint16_t group, uint16_t elem, const char vr[2], const QByteArray& value, bool pad)
{
    QByteArray data = value;
    if (pad && data.size() % 2 != 0) {
        const bool binary = vr[0] == 'O' || vr[0] == 'U' && vr[1] == 'N';
        const bool uid = vr[0] == 'U' && vr[1] == 'I';
        data.append(binary || uid ? '\0' : ' ');
    }
    put16(m_bytes, group);
    put16(m_bytes, elem);
    m_bytes.append(vr[0]);
    m_bytes.append(vr[1]);
    if (hasLongLength(vr)) {
        put16(m_bytes, 0);
        put32(m_bytes, static_cast<uint32_t>(data.size()));
    } else {
        put16(m_bytes, static_cast<uint16_t>(data.size()));
    }
    m_bytes.append(data);
    return *this;
}

DicomBytes& DicomBytes::string(uint16_t group, uint16_t elem, const char vr[2], const QString& value)
{
    return element(group, elem, vr, value.toUtf8());
}

DicomBytes& DicomBytes::us(uint16_t group, uint16_t elem, uint16_t value)
{
    QByteArray data;
    put16(data, value);
    return element(group, elem, "US", data);
}

QByteArray DicomBytes::part10(const QString& sopClassUid, const QString& sopInstanceUid,
                              const QString& transferSyntaxUid) const
{
    DicomBytes meta;
    meta.element(0x0002, 0x0001, "OB", QByteArray("\x00\x01", 2))
        .string(0x0002, 0x0002, "UI", sopClassUid)
        .string(0x0002, 0x0003, "UI", sopInstanceUid)
        .string(0x0002, 0x0010, "UI", transferSyntaxUid)
        .string(0x0002, 0x0012, "UI", QStringLiteral("1.2.826.0.1.3680043.10.1078.1"));
    QByteArray groupLength;
    put32(groupLength, static_cast<uint32_t>(meta.bytes().size()));

    DicomBytes header;
    header.element(0x0002, 0x0000, "UL", groupLength);
    QByteArray file(128, '\0');
    file.append("DICM");
    file.append(header.bytes());
    file.append(meta.bytes());
    file.append(m_bytes);
    return file;
}

QByteArray minimalImageFile(int rows, int cols, const QString& patientName)
{
    const QString sopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.7"); // Secondary Capture
    const QString sopInstance = QStringLiteral("2.25.1234567890");
    QByteArray pixels(rows * cols, '\0');
    for (int i = 0; i < pixels.size(); ++i)
        pixels[i] = static_cast<char>(i * 7);
    DicomBytes data;
    data.string(0x0008, 0x0016, "UI", sopClass)
        .string(0x0008, 0x0018, "UI", sopInstance)
        .string(0x0008, 0x0060, "CS", QStringLiteral("OT"))
        .string(0x0010, 0x0010, "PN", patientName)
        .string(0x0010, 0x0020, "LO", QStringLiteral("ID-0001"))
        .string(0x0020, 0x000D, "UI", QStringLiteral("2.25.11"))
        .string(0x0020, 0x000E, "UI", QStringLiteral("2.25.12"))
        .string(0x0020, 0x0011, "IS", QStringLiteral("3"))
        .us(0x0028, 0x0002, 1)
        .string(0x0028, 0x0004, "CS", QStringLiteral("MONOCHROME2"))
        .us(0x0028, 0x0010, static_cast<uint16_t>(rows))
        .us(0x0028, 0x0011, static_cast<uint16_t>(cols))
        .us(0x0028, 0x0100, 8)
        .us(0x0028, 0x0101, 8)
        .us(0x0028, 0x0102, 7)
        .us(0x0028, 0x0103, 0)
        .element(0x7FE0, 0x0010, "OB", pixels);
    return data.part10(sopClass, sopInstance);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace consilium::test
