#include "core/samples/ExifWriter.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace consilium::samples {

namespace {

// TIFF 6.0 field types.
enum Type : quint16 { Byte = 1, Ascii = 2, Short = 3, Long = 4, Rational = 5, Undefined = 7 };

struct Entry {
    quint16 tag;
    quint16 type;
    quint32 count;
    QByteArray value; ///< little-endian, count * size of type
};

void put16(QByteArray& out, quint32 v)
{
    out.append(static_cast<char>(v & 0xFF));
    out.append(static_cast<char>((v >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

Entry ascii(quint16 tag, const QString& text)
{
    QByteArray value = text.toLatin1();
    value.append('\0');
    return {tag, Ascii, static_cast<quint32>(value.size()), value};
}

Entry shortValue(quint16 tag, quint16 v)
{
    QByteArray value;
    put16(value, v);
    return {tag, Short, 1, value};
}

Entry longValue(quint16 tag, quint32 v)
{
    QByteArray value;
    put32(value, v);
    return {tag, Long, 1, value};
}

Entry rationals(quint16 tag, const std::vector<std::pair<quint32, quint32>>& values)
{
    QByteArray value;
    for (const auto& [numerator, denominator] : values) {
        put32(value, numerator);
        put32(value, denominator);
    }
    return {tag, Rational, static_cast<quint32>(values.size()), value};
}

Entry bytes(quint16 tag, quint16 type, const QByteArray& value)
{
    return {tag, type, static_cast<quint32>(value.size()), value};
}

// Degrees, minutes and seconds (in thousandths) of an angle given in millionths of a degree:
// integer arithmetic, so the rationals are exact and identical everywhere.
std::vector<std::pair<quint32, quint32>> degreesMinutesSeconds(qint64 e6)
{
    const qint64 magnitude = e6 < 0 ? -e6 : e6;
    const qint64 degrees = magnitude / 1'000'000;
    const qint64 microMinutes = (magnitude % 1'000'000) * 60; // millionths of a minute
    const qint64 minutes = microMinutes / 1'000'000;
    const qint64 milliSeconds = (microMinutes % 1'000'000) * 60 / 1'000;
    return {{static_cast<quint32>(degrees), 1},
            {static_cast<quint32>(minutes), 1},
            {static_cast<quint32>(milliSeconds), 1000}};
}

// The size of an IFD with its out-of-line values, word-aligned.
quint32 ifdSize(const std::vector<Entry>& entries)
{
    quint32 size = 2 + 12 * static_cast<quint32>(entries.size()) + 4;
    for (const Entry& entry : entries) {
        if (entry.value.size() > 4)
            size += static_cast<quint32>(entry.value.size() + entry.value.size() % 2);
    }
    return size;
}

// One IFD at `offset` from the TIFF header: entries sorted by tag (TIFF 6.0 section 2), values
// of more than four bytes after the entries.
QByteArray serialiseIfd(std::vector<Entry> entries, quint32 offset)
{
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.tag < b.tag; });
    QByteArray ifd;
    QByteArray data;
    quint32 dataOffset = offset + 2 + 12 * static_cast<quint32>(entries.size()) + 4;
    put16(ifd, static_cast<quint32>(entries.size()));
    for (const Entry& entry : entries) {
        put16(ifd, entry.tag);
        put16(ifd, entry.type);
        put32(ifd, entry.count);
        if (entry.value.size() <= 4) {
            QByteArray inline4 = entry.value;
            inline4.append(QByteArray(4 - inline4.size(), '\0'));
            ifd.append(inline4);
        } else {
            put32(ifd, dataOffset + static_cast<quint32>(data.size()));
            data.append(entry.value);
            if (data.size() % 2 != 0)
                data.append('\0');
        }
    }
    put32(ifd, 0); // no next IFD (no thumbnail)
    return ifd + data;
}

} // namespace

QByteArray exifApp1Segment(const ExifFields& f)
{
    const QString stamp =
        f.date.toString(QStringLiteral("yyyy:MM:dd")) + u' ' + f.time.toString(QStringLiteral("HH:mm:ss"));

    std::vector<Entry> ifd0{
        ascii(0x010E, f.imageDescription),
        ascii(0x010F, f.make),
        ascii(0x0110, f.model),
        shortValue(0x0112, 1), // Orientation: top-left
        rationals(0x011A, {{72, 1}}),
        rationals(0x011B, {{72, 1}}),
        shortValue(0x0128, 2), // ResolutionUnit: inch
        ascii(0x0131, f.software),
        ascii(0x0132, stamp),
        ascii(0x013B, f.artist),
        longValue(0x8769, 0), // Exif IFD pointer, set below
        longValue(0x8825, 0), // GPS IFD pointer, set below
    };
    const std::vector<Entry> exif{
        bytes(0x9000, Undefined, QByteArrayLiteral("0232")),
        ascii(0x9003, stamp),
        ascii(0x9004, stamp),
        shortValue(0xA001, 1), // ColorSpace: sRGB
        longValue(0xA002, static_cast<quint32>(f.width)),
        longValue(0xA003, static_cast<quint32>(f.height)),
        ascii(0xA430, f.cameraOwnerName),
        ascii(0xA431, f.bodySerialNumber),
        ascii(0xA434, f.lensModel),
    };
    const QString gpsStamp = f.gpsDate.toString(QStringLiteral("yyyy:MM:dd"));
    const std::vector<Entry> gps{
        bytes(0x0000, Byte, QByteArray("\x02\x03\x00\x00", 4)), // GPSVersionID 2.3.0.0
        ascii(0x0001, f.latitudeE6 < 0 ? QStringLiteral("S") : QStringLiteral("N")),
        rationals(0x0002, degreesMinutesSeconds(f.latitudeE6)),
        ascii(0x0003, f.longitudeE6 < 0 ? QStringLiteral("W") : QStringLiteral("E")),
        rationals(0x0004, degreesMinutesSeconds(f.longitudeE6)),
        bytes(0x0005, Byte, QByteArray(1, static_cast<char>(f.altitudeMetres < 0 ? 1 : 0))),
        rationals(0x0006, {{static_cast<quint32>(std::abs(f.altitudeMetres)), 1}}),
        rationals(0x0007,
                  {{static_cast<quint32>(f.gpsTime.hour()), 1},
                   {static_cast<quint32>(f.gpsTime.minute()), 1},
                   {static_cast<quint32>(f.gpsTime.second()), 1}}),
        ascii(0x001D, gpsStamp),
    };

    // TIFF header, then IFD0, the Exif IFD and the GPS IFD one after the other.
    const quint32 ifd0Offset = 8;
    const quint32 exifOffset = ifd0Offset + ifdSize(ifd0);
    const quint32 gpsOffset = exifOffset + ifdSize(exif);
    for (Entry& entry : ifd0) {
        if (entry.tag == 0x8769)
            entry = longValue(0x8769, exifOffset);
        else if (entry.tag == 0x8825)
            entry = longValue(0x8825, gpsOffset);
    }
    QByteArray tiff("II*\0", 4);
    put32(tiff, ifd0Offset);
    tiff += serialiseIfd(ifd0, ifd0Offset);
    tiff += serialiseIfd(exif, exifOffset);
    tiff += serialiseIfd(gps, gpsOffset);

    QByteArray segment("\xFF\xE1", 2);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    // The length counts itself and the payload, big-endian (ISO 10918-1 B.1.1.4).
    const auto length = static_cast<quint32>(payload.size() + 2);
    segment.append(static_cast<char>(length >> 8));
    segment.append(static_cast<char>(length & 0xFF));
    return segment + payload;
}

Result<QByteArray> insertExif(const QByteArray& jpeg, const QByteArray& app1)
{
    if (jpeg.size() < 4 || static_cast<quint8>(jpeg[0]) != 0xFF || static_cast<quint8>(jpeg[1]) != 0xD8)
        return fail(QStringLiteral("samples"), ErrorCode::Malformed,
                    QStringLiteral("not a JPEG stream (no SOI marker)"));
    qsizetype rest = 2;
    // Skip a JFIF APP0 segment right after SOI.
    if (static_cast<quint8>(jpeg[2]) == 0xFF && static_cast<quint8>(jpeg[3]) == 0xE0 && jpeg.size() >= 6) {
        const qsizetype length = (static_cast<quint8>(jpeg[4]) << 8) | static_cast<quint8>(jpeg[5]);
        rest = 4 + length;
        if (rest > jpeg.size())
            return fail(QStringLiteral("samples"), ErrorCode::Malformed, QStringLiteral("truncated APP0 segment"));
    }
    return QByteArray(jpeg.left(2) + app1 + jpeg.mid(rest));
}

} // namespace consilium::samples
