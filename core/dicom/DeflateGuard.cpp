#include "core/dicom/DeflateGuard.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QFile>

#include <zlib.h>

namespace consilium::dicom::detail {

namespace {

constexpr auto kDeflatedSyntax = "1.2.840.10008.1.2.1.99";

Error malformed(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Malformed, message};
}

quint16 u16(const char* p)
{
    return quint16(quint8(p[0]) | quint8(p[1]) << 8);
}

quint32 u32(const char* p)
{
    return quint32(u16(p)) | quint32(u16(p + 2)) << 16;
}

// Explicit VR encoding (PS3.5 7.1.2): these VRs have a 2-byte length; every other VR, unknown ones
// included (as DCMTK reads them), has 2 reserved bytes and a 4-byte length.
bool hasLongLength(const char* vr)
{
    static const char* const kShort[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO",
                                         "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"};
    for (const char* candidate : kShort) {
        if (vr[0] == candidate[0] && vr[1] == candidate[1])
            return false;
    }
    return true;
}

} // namespace

bool isDeflated(const QString& transferSyntaxUid)
{
    return transferSyntaxUid == QLatin1String(kDeflatedSyntax);
}

Result<void> checkExplicitLittleEndianLengths(const QByteArray& dataset)
{
    const char* data = dataset.constData();
    const qsizetype size = dataset.size();
    qsizetype at = 0;
    bool inFragments = false; // inside encapsulated Pixel Data: items hold bytes, not elements
    // Every element header is read in turn; sequences and items are stepped into rather than
    // skipped, so nested values are checked too. Only defined lengths matter here.
    while (at + 8 <= size) {
        const quint16 group = u16(data + at);
        quint32 length = 0;
        qsizetype header = 8;
        if (group == 0xFFFE) { // item, item and sequence delimiters: no VR (PS3.5 7.5)
            length = u32(data + at + 4);
            if (u16(data + at + 2) == 0xE0DD)
                inFragments = false;
            if (u16(data + at + 2) == 0xE000 && !inFragments) {
                at += header; // step into the item's content
                continue;
            }
        } else if (hasLongLength(data + at + 4)) {
            header = 12;
            if (at + header > size)
                break;
            length = u32(data + at + 8);
            if (data[at + 4] == 'S' && data[at + 5] == 'Q') {
                at += header; // step into the sequence's items
                continue;
            }
        } else {
            length = u16(data + at + 6);
        }
        at += header;
        if (length == 0xFFFFFFFFu) { // undefined length: its content follows as elements or items
            inFragments = group != 0xFFFE;
            continue;
        }
        if (qsizetype(length) > size - at)
            return tl::unexpected(
                malformed(QStringLiteral("a value declares %1 bytes but the inflated dataset has only %2 left")
                              .arg(length)
                              .arg(size - at)));
        at += qsizetype(length);
    }
    return {};
}

Result<void> checkDeflatedLengths(const QString& path)
{
    // The File Meta Information is read by DCMTK itself, exactly as loadFile() will read it
    // (damaged meta headers included), so the dataset starts where its stream stopped.
    ensureDcmtkInitialised();
    DcmInputFileStream metaStream(toFilename(path));
    if (metaStream.status().bad())
        return {}; // the caller's own open reports it
    DcmMetaInfo meta;
    meta.transferInit();
    (void)meta.read(metaStream, EXS_Unknown, EGL_noChange, 4096);
    meta.transferEnd();
    const qint64 datasetStart = qint64(metaStream.tell());
    if (stringValue(meta, DCM_TransferSyntaxUID) != QLatin1String(kDeflatedSyntax))
        return {};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The dataset is a raw deflate stream (RFC 1951, no zlib header): PS3.5 A.5.
    file.seek(datasetStart);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return tl::unexpected(malformed(QStringLiteral("cannot inflate the dataset")));
    QByteArray inflated;
    QByteArray input;
    int status = Z_OK;
    char out[65536];
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0) {
            input = file.read(65536);
            if (input.isEmpty())
                break; // truncated stream: what was inflated is checked, DCMTK reports the rest
            stream.next_in = reinterpret_cast<Bytef*>(input.data());
            stream.avail_in = uInt(input.size());
        }
        stream.next_out = reinterpret_cast<Bytef*>(out);
        stream.avail_out = sizeof out;
        const uInt before = stream.avail_in;
        status = inflate(&stream, Z_NO_FLUSH);
        // What was inflated before an error counts too: DCMTK reads those bytes before it fails.
        inflated.append(out, qsizetype(sizeof out - stream.avail_out));
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            break; // corrupt stream from here on: DCMTK reports it
        if (status == Z_BUF_ERROR && stream.avail_in == before && stream.avail_out == sizeof out)
            break; // no progress possible
        if (inflated.size() > kMaxInflatedBytes) {
            inflateEnd(&stream);
            return fail(QStringLiteral("dicom"), ErrorCode::Unsupported,
                        QStringLiteral("the deflated dataset inflates to more than 512 MiB"));
        }
    }
    inflateEnd(&stream);
    return checkExplicitLittleEndianLengths(inflated);
}

} // namespace consilium::dicom::detail
