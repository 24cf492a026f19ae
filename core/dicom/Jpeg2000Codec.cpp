#include "core/dicom/Jpeg2000Codec.h"

#include "core/dicom/OverlayReader.h"
#include "core/dicom/StoredValues.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace consilium::dicom::detail {

namespace {

Error failure(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Malformed, message};
}

// An in-memory source for OpenJPEG's stream API.
struct MemorySource {
    const std::vector<Uint8>* bytes = nullptr;
    OPJ_SIZE_T offset = 0;
};

OPJ_SIZE_T readSource(void* buffer, OPJ_SIZE_T count, void* user)
{
    auto* source = static_cast<MemorySource*>(user);
    const OPJ_SIZE_T left = source->bytes->size() - source->offset;
    if (left == 0)
        return static_cast<OPJ_SIZE_T>(-1);
    const OPJ_SIZE_T n = std::min(count, left);
    std::memcpy(buffer, source->bytes->data() + source->offset, n);
    source->offset += n;
    return n;
}

OPJ_OFF_T skipSource(OPJ_OFF_T count, void* user)
{
    auto* source = static_cast<MemorySource*>(user);
    const auto target = std::clamp<OPJ_OFF_T>(OPJ_OFF_T(source->offset) + count, 0, OPJ_OFF_T(source->bytes->size()));
    const OPJ_OFF_T moved = target - OPJ_OFF_T(source->offset);
    source->offset = static_cast<OPJ_SIZE_T>(target);
    return moved;
}

OPJ_BOOL seekSource(OPJ_OFF_T position, void* user)
{
    auto* source = static_cast<MemorySource*>(user);
    if (position < 0 || position > OPJ_OFF_T(source->bytes->size()))
        return OPJ_FALSE;
    source->offset = static_cast<OPJ_SIZE_T>(position);
    return OPJ_TRUE;
}

void quiet(const char*, void*) {}

bool startsCodestream(const Uint8* data, Uint32 length)
{
    // SOC then SIZ (ISO/IEC 15444-1 A.4.1, A.5.1), or the JP2 signature box.
    return length >= 4 && ((data[0] == 0xFF && data[1] == 0x4F && data[2] == 0xFF && data[3] == 0x51)
                           || (data[0] == 0x00 && data[1] == 0x00 && data[2] == 0x00 && data[3] == 0x0C));
}

// The bytes of frame `index`: fragments grouped by the codestream start each frame begins with
// (PS3.5 A.4: a frame may span fragments; a fragment never holds two frames).
Result<std::vector<Uint8>> frameBytes(DcmDataset& dataset, int index)
{
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return tl::unexpected(failure(QStringLiteral("the object holds no Pixel Data")));
    auto* pixelData = static_cast<DcmPixelData*>(element);
    DcmPixelSequence* sequence = nullptr;
    if (pixelData->getEncapsulatedRepresentation(dataset.getOriginalXfer(), nullptr, sequence).bad() || !sequence)
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 Pixel Data is not encapsulated")));
    int frame = -1;
    std::vector<Uint8> bytes;
    const unsigned long items = sequence->card();
    for (unsigned long i = 1; i < items; ++i) { // item 0 is the Basic Offset Table
        DcmPixelItem* item = nullptr;
        if (sequence->getItem(item, i).bad() || !item)
            break;
        Uint8* data = nullptr;
        if (item->getUint8Array(data).bad() || !data)
            continue;
        const Uint32 length = item->getLength();
        if (startsCodestream(data, length) || frame < 0)
            ++frame;
        if (frame == index)
            bytes.insert(bytes.end(), data, data + length);
        else if (frame > index)
            break;
    }
    if (bytes.empty())
        return tl::unexpected(failure(QStringLiteral("frame %1 has no JPEG 2000 data").arg(index + 1)));
    return bytes;
}

// 16384 x 16384 monochrome, or 8192 x 8192 RGBA: larger frames are refused rather than allocated.
constexpr qint64 kMaxJpeg2000Samples = qint64(1) << 28;

struct CodecDeleter {
    void operator()(opj_codec_t* codec) const { opj_destroy_codec(codec); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* stream) const { opj_stream_destroy(stream); }
};
struct ImageDeleter {
    void operator()(opj_image_t* image) const { opj_image_destroy(image); }
};

// Overlay planes in the unused high bits of the pixel cells (Overlay Bits Allocated 60xx,0100
// and Overlay Bit Position 60xx,0102 of PS3.3 C.9.2; retired in PS3.5 8.1.2): a codestream that kept those bits carries
// more bits per sample (SIZ precision) than Bits Stored, so its samples are the whole cells. Then, as for native data,
// the planes are read from the cells and the stored values are the Bits Stored bits ending at High Bit, per the header.
bool holdsWholeCells(DcmDataset& dataset, const PixelLayout& layout, const opj_image_comp_t& samples)
{
    return (layout.bitsAllocated == 8 || layout.bitsAllocated == 16) && int(samples.prec) > layout.bitsStored
           && int(samples.prec) <= layout.bitsAllocated && hasOverlayGroups(dataset);
}

// For holdsWholeCells(): the planes from the cells, then the stored values. False, with
// `frame` left as it was, when no plane lives in the cells.
bool readCells(DcmDataset& dataset, const PixelLayout& layout, const opj_image_comp_t& samples, imaging::Frame& frame)
{
    // The cells in local byte order, as DCMTK delivers native frames: each sample's low
    // Bits Allocated bits (two's complement for a signed codestream).
    const size_t count = size_t(samples.w) * size_t(samples.h);
    const size_t cellBytes = size_t(layout.bitsAllocated / 8);
    std::vector<Uint8> cells(count * cellBytes);
    for (size_t i = 0; i < count; ++i) {
        const auto cell = static_cast<Uint16>(samples.data[i]);
        if (cellBytes == 2)
            std::memcpy(cells.data() + i * 2, &cell, 2);
        else
            cells[i] = static_cast<Uint8>(cell);
    }
    const qsizetype before = frame.overlays.size();
    readEmbeddedOverlays(dataset, layout, cells.data(), cells.size(), frame);
    if (frame.overlays.size() == before)
        return false; // high bits, but no plane there: the samples as they are
    extractStoredValues(cells.data(), cells.size(), layout, frame);
    return true;
}

} // namespace

bool isJpeg2000(const QString& transferSyntaxUid)
{
    return transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.4.90")
        || transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.4.91");
}

Result<imaging::Frame> decodeJpeg2000Frame(DcmDataset& dataset, const PixelLayout& layout, int index)
{
    auto bytes = frameBytes(dataset, index);
    if (!bytes)
        return tl::unexpected(bytes.error());
    const bool jp2 = (*bytes)[0] == 0x00; // a JP2 file wrapped where a codestream belongs
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    opj_set_error_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters))
        return tl::unexpected(failure(QStringLiteral("cannot set up the JPEG 2000 decoder")));

    MemorySource source{&*bytes, 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    opj_stream_set_user_data(stream.get(), &source, nullptr);
    opj_stream_set_user_data_length(stream.get(), bytes->size());
    opj_stream_set_read_function(stream.get(), readSource);
    opj_stream_set_skip_function(stream.get(), skipSource);
    opj_stream_set_seek_function(stream.get(), seekSource);

    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw))
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 codestream header is invalid")));
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    // OpenJPEG allocates what the SIZ marker declares before decoding a byte (a 7 kB file asked
    // for 17 GB; found by tests/fuzz/fuzz_dicom). So the declared size must be the DICOM header's
    // before decoding, and the frame no larger than kMaxJpeg2000Samples.
    if (image->numcomps < 1 || image->numcomps > 4 || image->comps[0].dx == 0 || image->comps[0].dy == 0)
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 codestream header is invalid")));
    const auto ceilDiv = [](OPJ_UINT32 a, OPJ_UINT32 b) { return qint64((quint64(a) + b - 1) / b); };
    const qint64 declaredWidth = ceilDiv(image->x1, image->comps[0].dx) - ceilDiv(image->x0, image->comps[0].dx);
    const qint64 declaredHeight = ceilDiv(image->y1, image->comps[0].dy) - ceilDiv(image->y0, image->comps[0].dy);
    if (declaredWidth != layout.columns || declaredHeight != layout.rows)
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 image is %1 x %2, the header says %3 x %4")
                                          .arg(declaredWidth)
                                          .arg(declaredHeight)
                                          .arg(layout.columns)
                                          .arg(layout.rows)));
    if (declaredWidth * declaredHeight * image->numcomps > kMaxJpeg2000Samples)
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 frame is too large (%1 x %2 x %3 samples)")
                                          .arg(declaredWidth)
                                          .arg(declaredHeight)
                                          .arg(image->numcomps)));
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 codestream is damaged")));
    if (image->numcomps < 1 || !image->comps[0].data)
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 codestream has no components")));

    const opj_image_comp_t& first = image->comps[0];
    const int width = static_cast<int>(first.w);
    const int height = static_cast<int>(first.h);
    if (width != layout.columns || height != layout.rows)
        return tl::unexpected(failure(QStringLiteral("the JPEG 2000 image is %1 x %2, the header says %3 x %4")
                                          .arg(width).arg(height).arg(layout.columns).arg(layout.rows)));
    imaging::Frame frame;
    frame.width = width;
    frame.height = height;
    const size_t count = size_t(width) * size_t(height);
    if (layout.isMonochrome()) {
        frame.kind = imaging::Frame::Kind::Monochrome;
        // The codestream's signedness (SIZ Ssiz) is what the samples are; a Pixel
        // Representation that disagrees is a known writer bug (PS3.5 A.4.4, NOTE).
        PixelLayout actual = layout;
        actual.isSigned = first.sgnd != 0;
        const bool cells = holdsWholeCells(dataset, layout, first);
        // Whole cells: the header's Bits Stored and Pixel Representation say what the samples are.
        readDisplayAttributes(dataset, index, cells ? layout : actual, frame);
        if (cells && readCells(dataset, layout, first, frame))
            return frame;
        frame.stored.assign(first.data, first.data + count);
        frame.updateRange();
        return frame;
    }
    if (image->numcomps < 3)
        return tl::unexpected(failure(QStringLiteral("a colour JPEG 2000 image needs three components")));
    frame.kind = imaging::Frame::Kind::Colour;
    frame.rgb.resize(qsizetype(count) * 3);
    for (int c = 0; c < 3; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        const int shift = std::max(0, static_cast<int>(comp.prec) - 8);
        const int offset = comp.sgnd ? (1 << (comp.prec - 1)) : 0;
        for (size_t i = 0; i < count; ++i)
            frame.rgb[qsizetype(i) * 3 + c] = static_cast<char>(std::clamp((comp.data[i] + offset) >> shift, 0, 255));
    }
    return frame;
}

} // namespace consilium::dicom::detail
