#include "core/dicom/FileMetaPeek.h"

#include <QByteArray>
#include <QFile>

namespace consilium::dicom::detail {

namespace {

// Preamble (128 bytes) and "DICM" (PS3.10 7.1).
constexpr qsizetype kMetaStart = 132;
// The File Meta group of real files is a few hundred bytes; a longer one takes the slow path.
constexpr qsizetype kMaxMetaBytes = 4096;

quint16 u16(const char* p)
{
    return quint16(quint8(p[0]) | quint8(p[1]) << 8);
}

quint32 u32(const char* p)
{
    return quint32(u16(p)) | quint32(u16(p + 2)) << 16;
}

// PS3.5 7.1.2 (Table 7.1-1): these VRs have 2 reserved bytes and a 4-byte length.
bool hasLongLength(const char* vr)
{
    static const char* const kLong[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"};
    for (const char* candidate : kLong) {
        if (vr[0] == candidate[0] && vr[1] == candidate[1])
            return true;
    }
    return false;
}

} // namespace

FileMetaPeek peekFileMeta(const QString& path)
{
    FileMetaPeek peek;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return peek;
    const QByteArray head = file.read(kMetaStart + kMaxMetaBytes);
    if (head.size() < kMetaStart || head.mid(128, 4) != "DICM")
        return peek;
    peek.part10 = true;
    // The File Meta Information is always Explicit VR Little Endian (PS3.10 7.1).
    const char* data = head.constData();
    qsizetype at = kMetaStart;
    while (at + 8 <= head.size() && u16(data + at) == 0x0002) {
        const quint16 element = u16(data + at + 2);
        const bool longLength = hasLongLength(data + at + 4);
        const qsizetype header = longLength ? 12 : 8;
        if (at + header > head.size())
            break;
        const qsizetype length = longLength ? qsizetype(u32(data + at + 8)) : qsizetype(u16(data + at + 6));
        if (length < 0 || at + header + length > head.size())
            break;
        if (element == 0x0010) {
            QByteArray uid = head.mid(at + header, length);
            // UI values are padded with a trailing NUL (PS3.5 6.2); some writers pad with spaces.
            while (!uid.isEmpty() && (uid.back() == '\0' || uid.back() == ' '))
                uid.chop(1);
            peek.transferSyntaxUid = QString::fromLatin1(uid);
            break;
        }
        at += header + length;
    }
    return peek;
}

} // namespace consilium::dicom::detail
