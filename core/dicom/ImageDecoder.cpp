#include "core/dicom/ImageDecoder.h"

#include "core/dicom/DcmtkSupport.h"
#include "core/dicom/DeflateGuard.h"
#include "core/dicom/FileMetaPeek.h"
#include "core/dicom/InstanceSummary.h"
#include "core/dicom/Jpeg2000Codec.h"
#include "core/dicom/OverlayReader.h"
#include "core/dicom/PixelAttributes.h"
#include "core/dicom/StoredValues.h"
#include "core/imaging/PhotoReader.h"

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimage/diregist.h> // registers colour support with DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QFile>
#include <QHash>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <vector>

namespace consilium::dicom {

namespace {

// As in readInstanceSummary(): long values (Pixel Data) stay on disk until a frame is read.
constexpr Uint32 kMaxLoadedValueLength = 4096;

Error unsupported(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Unsupported, message};
}

Error malformed(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Malformed, message};
}

std::optional<double> floatAt(DcmItem& item, const DcmTagKey& tag, unsigned long pos)
{
    Float64 value = 0.0;
    if (item.findAndGetFloat64(tag, value, pos).good() && std::isfinite(value))
        return value;
    return std::nullopt;
}

template <size_t N>
std::optional<std::array<double, N>> floatArray(DcmItem& item, const DcmTagKey& tag)
{
    std::array<double, N> values{};
    for (size_t i = 0; i < N; ++i) {
        const auto value = floatAt(item, tag, static_cast<unsigned long>(i));
        if (!value)
            return std::nullopt;
        values[i] = *value;
    }
    return values;
}

// The Transfer Syntax UID of the File Meta Information alone (PS3.10 7.1), for naming the
// compression of a file whose dataset cannot be parsed.
QString metaTransferSyntax(const QString& path)
{
    DcmMetaInfo meta;
    if (meta.loadFile(detail::toFilename(path)).bad())
        return {};
    return detail::stringValue(meta, DCM_TransferSyntaxUID);
}

bool canDecode(const QString& transferSyntaxUid)
{
    if (transferSyntaxUid.isEmpty())
        return true; // no File Meta: DCMTK guesses a native syntax
    if (detail::isJpeg2000(transferSyntaxUid))
        return true; // OpenJPEG (Jpeg2000Codec.h)
    const DcmXfer xfer(transferSyntaxUid.toLatin1().constData());
    return xfer.getXfer() != EXS_Unknown
        && (!xfer.isEncapsulated() || DcmCodecList::canChangeCoding(xfer.getXfer(), EXS_LittleEndianExplicit));
}

Error cannotDecode(const QString& transferSyntaxUid)
{
    return unsupported(QStringLiteral("the transfer syntax %1 cannot be decoded by this version")
                           .arg(describeTransferSyntax(transferSyntaxUid)));
}

Result<std::unique_ptr<DcmFileFormat>> loadFile(const QString& path, const DcmTagKey& stopAt = DcmTagKey())
{
    if (auto guarded = detail::checkDeflatedLengths(path); !guarded)
        return tl::unexpected(guarded.error());
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition status = stopAt == DcmTagKey()
        ? file->loadFile(detail::toFilename(path), EXS_Unknown, EGL_noChange, kMaxLoadedValueLength, ERM_autoDetect)
        : file->loadFileUntilTag(detail::toFilename(path), EXS_Unknown, EGL_noChange, kMaxLoadedValueLength,
                                 ERM_autoDetect, stopAt);
    if (status.bad())
        return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot read the file")));
    return file;
}

Result<imaging::Frame> decodeMonochrome(DcmDataset& dataset, const detail::PixelLayout& layout, int index)
{
    DcmElement* pixelData = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
        return tl::unexpected(unsupported(QStringLiteral("the object holds no Pixel Data")));
    if (layout.samplesPerPixel != 1)
        return tl::unexpected(malformed(QStringLiteral("a monochrome image must have one sample per pixel")));
    if (layout.bitsAllocated != 1 && layout.bitsAllocated != 8 && layout.bitsAllocated != 16
        && layout.bitsAllocated != 32) {
        return tl::unexpected(
            unsupported(QStringLiteral("Bits Allocated %1 is not supported").arg(layout.bitsAllocated)));
    }
    Uint32 frameSize = 0;
    OFCondition status = pixelData->getUncompressedFrameSize(&dataset, frameSize);
    if (status.bad() || frameSize == 0)
        return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot size a frame")));
    // Not zero-filled: DCMTK writes every byte of the frame or fails.
    const Uint32 bufferSize = frameSize + (frameSize & 1u);
    const std::unique_ptr<Uint8[]> buffer(new Uint8[bufferSize]);
    buffer[bufferSize - 1] = 0;
    Uint32 startFragment = 0;
    OFString colourModel;
    DcmFileCache cache;
    status = pixelData->getUncompressedFrame(&dataset, static_cast<Uint32>(index), startFragment, buffer.get(),
                                             bufferSize, colourModel, &cache);
    if (status.bad())
        return tl::unexpected(detail::toError(
            status, ErrorCode::Malformed,
            QStringLiteral("cannot decode frame %1 (%2)")
                .arg(index + 1)
                .arg(QString::fromLatin1(DcmXfer(dataset.getOriginalXfer()).getXferName()))));

    imaging::Frame frame;
    frame.kind = imaging::Frame::Kind::Monochrome;
    frame.width = layout.columns;
    frame.height = layout.rows;
    // Padding first: the extraction leaves it out of the range it computes in the same pass.
    detail::readDisplayAttributes(dataset, index, layout, frame);
    detail::extractStoredValues(buffer.get(), frameSize, layout, frame);
    detail::readEmbeddedOverlays(dataset, layout, buffer.get(), frameSize, frame);
    return frame;
}

Result<imaging::Frame> decodeColour(DcmDataset& dataset, const detail::PixelLayout& layout, int index)
{
    // Colour models (RGB either planar configuration, YBR_FULL, YBR_FULL_422, PALETTE COLOR
    // with normal or segmented tables) are converted to RGB by DCMTK's dcmimage.
    DicomImage image(&dataset, dataset.getOriginalXfer(), CIF_UsePartialAccessToPixelData,
                     static_cast<unsigned long>(index), 1);
    if (image.getStatus() != EIS_Normal) {
        return tl::unexpected(malformed(QStringLiteral("cannot decode the %1 image (%2)")
                                            .arg(layout.photometric,
                                                 QString::fromLatin1(DicomImage::getString(image.getStatus())))));
    }
    const int width = static_cast<int>(image.getWidth());
    const int height = static_cast<int>(image.getHeight());
    const auto* rgb = static_cast<const char*>(image.getOutputData(8, 0, 0));
    if (!rgb || width <= 0 || height <= 0)
        return tl::unexpected(malformed(QStringLiteral("cannot render the %1 image").arg(layout.photometric)));
    imaging::Frame frame;
    frame.kind = imaging::Frame::Kind::Colour;
    frame.width = width;
    frame.height = height;
    if (image.isMonochrome()) { // e.g. a colour model DCMTK reduced to grey: show it as grey RGB
        frame.rgb.resize(qsizetype(width) * height * 3);
        for (qsizetype i = 0; i < qsizetype(width) * height; ++i)
            std::fill_n(frame.rgb.data() + i * 3, 3, rgb[i]);
    } else {
        frame.rgb = QByteArray(rgb, qsizetype(width) * height * 3);
    }
    return frame;
}

// A native (uncompressed) file whose Pixel Data is cut short: DCMTK refuses the whole file,
// but the header and the rows that did arrive are valid. Parse the header alone (everything
// before the Pixel Data element), read what is there, and say what is missing.
// DCMTK 3.6.7's RLE decoder trusts the segment offsets of each frame's RLE header: an offset past
// the end of its fragment makes it read far outside the buffer (found by tests/fuzz/fuzz_dicom).
// So every frame's header is checked first, against PS3.5 Annex G.5: one fragment per frame
// (A.4.2), a 64-byte header of 16 little-endian 32-bit values — the number of segments (1..15),
// then the segment offsets, the first 64 — each offset inside the fragment and none going back.
Result<void> checkRleHeaders(DcmDataset& dataset)
{
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || element == nullptr)
        return {};
    auto* pixelData = OFstatic_cast(DcmPixelData*, element);
    DcmPixelSequence* sequence = nullptr;
    if (pixelData->getEncapsulatedRepresentation(EXS_RLELossless, nullptr, sequence).bad() || sequence == nullptr)
        return tl::unexpected(malformed(QStringLiteral("RLE Pixel Data is not encapsulated")));
    // Item 0 is the Basic Offset Table; each later item is one frame.
    for (unsigned long i = 1; i < sequence->card(); ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* bytes = nullptr;
        if (sequence->getItem(item, i).bad() || item == nullptr || item->getUint8Array(bytes).bad())
            return tl::unexpected(malformed(QStringLiteral("RLE fragment %1 cannot be read").arg(i)));
        const Uint32 length = item->getLength();
        const auto word = [bytes](size_t k) {
            return Uint32(bytes[4 * k]) | Uint32(bytes[4 * k + 1]) << 8 | Uint32(bytes[4 * k + 2]) << 16
                   | Uint32(bytes[4 * k + 3]) << 24;
        };
        if (bytes == nullptr || length < 64)
            return tl::unexpected(malformed(QStringLiteral("RLE fragment %1 is shorter than its header").arg(i)));
        const Uint32 segments = word(0);
        if (segments < 1 || segments > 15 || word(1) != 64)
            return tl::unexpected(malformed(QStringLiteral("RLE fragment %1 has an invalid header").arg(i)));
        Uint32 previous = 64;
        for (Uint32 k = 1; k <= segments; ++k) {
            const Uint32 offset = word(k);
            if (offset < previous || offset >= length)
                return tl::unexpected(
                    malformed(QStringLiteral("RLE fragment %1: segment %2 starts outside the fragment").arg(i).arg(k)));
            previous = offset;
        }
    }
    return {};
}

Result<imaging::Frame> recoverTruncated(const QString& path, int index, const Error& original)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(original);
    const QByteArray bytes = file.readAll();
    // The last (7FE0,0010) in little-endian order followed by OB/OW (explicit VR, PS3.5 7.1.2)
    // or by a 4-byte length (implicit VR, PS3.5 7.1.3).
    const QByteArray tag("\xE0\x7F\x10\x00", 4);
    const qsizetype at = bytes.lastIndexOf(tag);
    if (at < 132)
        return tl::unexpected(original);
    const QByteArray vr = bytes.mid(at + 4, 2);
    const bool explicitVr = vr == "OW" || vr == "OB";
    const qsizetype valueStart = at + (explicitVr ? 12 : 8);
    if (valueStart > bytes.size())
        return tl::unexpected(original);
    QTemporaryFile header;
    if (!header.open() || header.write(bytes.left(at)) != at || !header.flush())
        return tl::unexpected(original);
    auto headerFile = loadFile(header.fileName());
    if (!headerFile)
        return tl::unexpected(original);
    DcmDataset& dataset = *(*headerFile)->getDataset();
    const E_TransferSyntax xfer = dataset.getOriginalXfer();
    const detail::PixelLayout layout = detail::readPixelLayout(dataset);
    if (DcmXfer(xfer).isEncapsulated() || xfer == EXS_BigEndianExplicit || !layout.isMonochrome()
        || layout.rows <= 0 || layout.columns <= 0 || layout.bitsAllocated % 8 != 0 || index >= layout.frames)
        return tl::unexpected(original);
    const qsizetype rowBytes = qsizetype(layout.columns) * (layout.bitsAllocated / 8);
    const qsizetype frameBytes = rowBytes * layout.rows;
    const qsizetype frameStart = valueStart + frameBytes * index;
    const qsizetype available = std::clamp<qsizetype>(bytes.size() - frameStart, 0, frameBytes);
    const int rowsPresent = static_cast<int>(available / rowBytes);
    if (rowsPresent == 0) {
        return tl::unexpected(malformed(QStringLiteral("the file is truncated: frame %1 has no pixel data left")
                                            .arg(index + 1)));
    }
    std::vector<Uint8> buffer(static_cast<size_t>(frameBytes), 0);
    std::copy_n(bytes.constData() + frameStart, rowsPresent * rowBytes, buffer.begin());

    imaging::Frame frame;
    frame.width = layout.columns;
    frame.height = layout.rows;
    detail::extractStoredValues(buffer.data(), buffer.size(), layout, frame);
    detail::readEmbeddedOverlays(dataset, layout, buffer.data(), buffer.size(), frame);
    detail::readDisplayAttributes(dataset, index, layout, frame);
    // The range comes from the rows that exist; missing rows show as its minimum.
    const std::vector<qint32> all = frame.stored;
    frame.stored.resize(size_t(rowsPresent) * size_t(layout.columns));
    frame.updateRange();
    frame.stored = all;
    std::fill(frame.stored.begin() + qsizetype(rowsPresent) * layout.columns, frame.stored.end(), frame.minStored);
    if (rowsPresent + 1 == layout.rows) {
        frame.incomplete = QStringLiteral("Truncated file: row %1 of %1 is missing").arg(layout.rows);
    } else if (rowsPresent < layout.rows) {
        frame.incomplete = QStringLiteral("Truncated file: rows %1 to %2 of %2 are missing")
                               .arg(rowsPresent + 1)
                               .arg(layout.rows);
    }
    return frame;
}

// Everything after the file is parsed: the frame of `dataset`, whose syntax is
// `transferSyntaxUid`, with its geometry and overlays.
Result<imaging::Frame> decodeDataset(DcmDataset& dataset, const QString& transferSyntaxUid, int index)
{
    const detail::PixelLayout layout = detail::readPixelLayout(dataset);
    if (layout.rows <= 0 || layout.columns <= 0)
        return tl::unexpected(malformed(QStringLiteral("the image has no Rows or Columns")));
    if (index < 0 || index >= layout.frames)
        return fail(QStringLiteral("dicom"), ErrorCode::InvalidArgument,
                    QStringLiteral("frame %1 does not exist (the image has %2)").arg(index + 1).arg(layout.frames));
    const bool jpeg2000 = detail::isJpeg2000(transferSyntaxUid);
    if (!jpeg2000 && DcmXfer(transferSyntaxUid.toLatin1().constData()).getXfer() == EXS_RLELossless) {
        if (auto checked = checkRleHeaders(dataset); !checked)
            return tl::unexpected(checked.error());
    }
    Result<imaging::Frame> frame = jpeg2000                ? detail::decodeJpeg2000Frame(dataset, layout, index)
                                   : layout.isMonochrome() ? decodeMonochrome(dataset, layout, index)
                                                           : decodeColour(dataset, layout, index);
    if (frame) {
        detail::readGeometry(dataset, index, *frame);
        detail::readSeparateOverlays(dataset, index, *frame);
    }
    return frame;
}

} // namespace

std::optional<double> ImageInfo::slicePosition() const
{
    if (!position || !orientation)
        return std::nullopt;
    const auto& o = *orientation;
    // The slice normal is row direction x column direction (PS3.3 C.7.6.2.1.1).
    const double nx = o[1] * o[5] - o[2] * o[4];
    const double ny = o[2] * o[3] - o[0] * o[5];
    const double nz = o[0] * o[4] - o[1] * o[3];
    const auto& p = *position;
    return p[0] * nx + p[1] * ny + p[2] * nz;
}

QString describeTransferSyntax(const QString& uid)
{
    // Syntaxes newer than DCMTK 3.6.7's dictionary, or that it lists without a decoder.
    static const QHash<QString, QString> names{
        {QStringLiteral("1.2.840.10008.1.2.4.90"), QStringLiteral("JPEG 2000 Image Compression (Lossless Only)")},
        {QStringLiteral("1.2.840.10008.1.2.4.91"), QStringLiteral("JPEG 2000 Image Compression")},
        {QStringLiteral("1.2.840.10008.1.2.4.92"), QStringLiteral("JPEG 2000 Part 2 Multi-component (Lossless Only)")},
        {QStringLiteral("1.2.840.10008.1.2.4.93"), QStringLiteral("JPEG 2000 Part 2 Multi-component")},
        {QStringLiteral("1.2.840.10008.1.2.4.201"), QStringLiteral("High-Throughput JPEG 2000 (Lossless Only)")},
        {QStringLiteral("1.2.840.10008.1.2.4.202"), QStringLiteral("High-Throughput JPEG 2000 with RPCL Options (Lossless Only)")},
        {QStringLiteral("1.2.840.10008.1.2.4.203"), QStringLiteral("High-Throughput JPEG 2000")},
        {QStringLiteral("1.2.840.10008.1.2.8.1"), QStringLiteral("Deflated Image Frame Compression")},
    };
    if (const auto it = names.constFind(uid); it != names.constEnd())
        return *it + QStringLiteral(" (") + uid + u')';
    if (uid.startsWith(QLatin1String("1.2.840.10008.1.2.4.10")))
        return QStringLiteral("MPEG/HEVC video (") + uid + u')';
    return detail::transferSyntaxName(uid);
}

Result<ImageInfo> readImageInfo(const QString& path)
{
    const auto summary = readInstanceSummary(path);
    if (!summary && summary.error().message.contains(QLatin1String("truncated"))) {
        // Pixel Data cut short: still an image the viewer can show in part (decodeFrame).
        const auto partial = recoverTruncated(path, 0, summary.error());
        if (!partial)
            return tl::unexpected(summary.error());
        ImageInfo info;
        info.path = path;
        info.rows = partial->height;
        info.columns = partial->width;
        return info;
    }
    if (!summary)
        return tl::unexpected(summary.error());
    if (!summary->hasPixelData) {
        const QString what = summary->modality.isEmpty() ? QStringLiteral("this object") : summary->modality + QStringLiteral(" object");
        return tl::unexpected(unsupported(QStringLiteral("no image: %1 holds no Pixel Data").arg(what)));
    }
    ImageInfo info;
    info.path = path;
    info.modality = summary->modality;
    info.patientName = summary->patientName;
    info.studyInstanceUid = summary->studyInstanceUid;
    info.studyDescription = summary->studyDescription;
    info.seriesInstanceUid = summary->seriesInstanceUid;
    info.seriesDescription = summary->seriesDescription;
    info.seriesNumber = summary->seriesNumber;
    info.instanceNumber = summary->instanceNumber;
    info.rows = summary->rows;
    info.columns = summary->columns;
    info.frames = std::max(1, summary->frames);
    info.photometricInterpretation = summary->photometricInterpretation;
    info.transferSyntaxUid = summary->transferSyntaxUid;
    info.transferSyntaxName = describeTransferSyntax(summary->transferSyntaxUid);

    auto file = loadFile(path, DCM_PixelData);
    if (!file)
        return info; // the summary was readable; geometry is a bonus
    DcmDataset& dataset = *(*file)->getDataset();
    info.position = floatArray<3>(dataset, DCM_ImagePositionPatient);
    info.orientation = floatArray<6>(dataset, DCM_ImageOrientationPatient);
    info.pixelSpacing = floatArray<2>(dataset, DCM_PixelSpacing);
    // Cine timing, PS3.3 C.7.6.5: Frame Time, else Cine Rate / Recommended Display Frame Rate.
    if (const auto frameTime = floatAt(dataset, DCM_FrameTime, 0); frameTime && *frameTime > 0)
        info.frameTimeMs = *frameTime;
    else if (const auto rate = floatAt(dataset, DCM_CineRate, 0); rate && *rate > 0)
        info.frameTimeMs = 1000.0 / *rate;
    else if (const auto display = floatAt(dataset, DCM_RecommendedDisplayFrameRate, 0); display && *display > 0)
        info.frameTimeMs = 1000.0 / *display;
    return info;
}

Result<imaging::Frame> decodeFrame(const QString& path, int index)
{
    detail::ensureDcmtkInitialised();
    // The common case parses the file once: a Part 10 file (PS3.10 7.1) in a syntax we decode,
    // not deflated (DeflateGuard.h must see those first). Anything else — and any failure on
    // the way — takes the careful path below, whose checks name what is wrong.
    const detail::FileMetaPeek peek = detail::peekFileMeta(path);
    if (peek.part10 && !peek.transferSyntaxUid.isEmpty() && !detail::isDeflated(peek.transferSyntaxUid)
        && canDecode(peek.transferSyntaxUid)) {
        auto file = std::make_unique<DcmFileFormat>();
        if (file->loadFile(detail::toFilename(path), EXS_Unknown, EGL_noChange, kMaxLoadedValueLength, ERM_autoDetect)
                .good()
            && file->getDataset()->tagExists(DCM_PixelData)
            && detail::stringValue(*file->getMetaInfo(), DCM_TransferSyntaxUID) == peek.transferSyntaxUid) {
            return decodeDataset(*file->getDataset(), peek.transferSyntaxUid, index);
        }
    }

    const auto summary = readInstanceSummary(path);
    if (!summary) {
        // A dataset DCMTK cannot parse in a syntax it does not know (HTJ2K, Deflated Image
        // Frame Compression): the syntax is the clearer reason.
        if (const QString syntax = metaTransferSyntax(path); !canDecode(syntax))
            return tl::unexpected(cannotDecode(syntax));
        if (summary.error().message.contains(QLatin1String("truncated")))
            return recoverTruncated(path, index, summary.error());
        return tl::unexpected(summary.error());
    }
    if (!summary->hasPixelData)
        return tl::unexpected(unsupported(QStringLiteral("no image: the object holds no Pixel Data")));
    // Name the compression we cannot decode rather than failing somewhere inside DCMTK.
    if (!canDecode(summary->transferSyntaxUid))
        return tl::unexpected(cannotDecode(summary->transferSyntaxUid));

    auto file = loadFile(path);
    if (!file)
        return tl::unexpected(file.error());
    return decodeDataset(*(*file)->getDataset(), summary->transferSyntaxUid, index);
}

Result<imaging::Frame> loadFrame(const QString& path, int index)
{
    auto frame = decodeFrame(path, index);
    if (frame || index != 0 || frame.error().code != ErrorCode::Malformed || !imaging::isPhoto(path))
        return frame;
    return imaging::readPhoto(path);
}

} // namespace consilium::dicom
