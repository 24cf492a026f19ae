#include "core/dicom/PixelDataEdit.h"

#include "core/dicom/DcmtkSupport.h"
#include "core/dicom/Jpeg2000Codec.h"
#include "core/dicom/PixelAttributes.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcrlerp.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <QtEndian>

#include <algorithm>
#include <memory>
#include <vector>

namespace consilium::dicom::detail {

namespace {

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN,
              "NativePixels promises little-endian samples: DCMTK hands them over in machine order");

Error unsupported(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Unsupported, message};
}

Error malformed(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Malformed, message};
}

// PS3.3 C.7.6.1.1.5: the defined terms of Lossy Image Compression Method per transfer syntax.
QString lossyMethodFor(E_TransferSyntax xfer)
{
    switch (xfer) {
    case EXS_JPEGProcess1:
    case EXS_JPEGProcess2_4:
        return QStringLiteral("ISO_10918_1");
    case EXS_JPEGLSLossy:
        return QStringLiteral("ISO_14495_1");
    case EXS_JPEG2000:
        return QStringLiteral("ISO_15444_1");
    default:
        return {};
    }
}

// JPEG 2000, which DCMTK 3.6.7 cannot decode: every frame through OpenJPEG into a new native
// Pixel Data element (monochrome: stored values at the header's depth; colour: 8-bit RGB).
Result<void> decodeJpeg2000InPlace(DcmDataset& dataset)
{
    const PixelLayout layout = readPixelLayout(dataset);
    if (layout.rows <= 0 || layout.columns <= 0 || layout.frames <= 0)
        return tl::unexpected(malformed(QStringLiteral("the image has no Rows, Columns or frames")));
    const size_t pixels = size_t(layout.rows) * size_t(layout.columns);
    const bool wide = layout.isMonochrome() && layout.bitsAllocated > 8;
    std::vector<Uint8> bytes;
    std::vector<Uint16> words;
    for (int index = 0; index < layout.frames; ++index) {
        auto frame = decodeJpeg2000Frame(dataset, layout, index);
        if (!frame)
            return tl::unexpected(frame.error());
        if (frame->isMonochrome()) {
            const quint32 mask = layout.bitsStored >= 16 ? 0xffffu : ((1u << layout.bitsStored) - 1u);
            for (size_t i = 0; i < pixels; ++i) {
                const auto value = static_cast<quint32>(frame->stored[i]) & mask;
                if (wide)
                    words.push_back(static_cast<Uint16>(value));
                else
                    bytes.push_back(static_cast<Uint8>(value));
            }
        } else {
            bytes.insert(bytes.end(), frame->rgb.constData(), frame->rgb.constData() + frame->rgb.size());
        }
    }
    OFCondition status;
    if (wide) {
        status = dataset.putAndInsertUint16Array(DCM_PixelData, words.data(), static_cast<unsigned long>(words.size()));
    } else {
        if (bytes.size() % 2)
            bytes.push_back(0); // even value length (PS3.5 7.1.1)
        status = dataset.putAndInsertUint8Array(DCM_PixelData, bytes.data(), static_cast<unsigned long>(bytes.size()));
    }
    if (status.bad())
        return tl::unexpected(toError(status, ErrorCode::Internal, QStringLiteral("cannot store the decoded pixels")));
    if (layout.isMonochrome()) {
        dataset.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(layout.bitsStored - 1));
    } else {
        // OpenJPEG undid any component transform (YBR_RCT/YBR_ICT): the samples are RGB now.
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "RGB");
        dataset.putAndInsertUint16(DCM_SamplesPerPixel, 3);
        dataset.putAndInsertUint16(DCM_PlanarConfiguration, 0);
        dataset.putAndInsertUint16(DCM_BitsAllocated, 8);
        dataset.putAndInsertUint16(DCM_BitsStored, 8);
        dataset.putAndInsertUint16(DCM_HighBit, 7);
        dataset.putAndInsertUint16(DCM_PixelRepresentation, 0);
    }
    return {};
}

// Uncompressed YBR_FULL_422 (PS3.3 C.7.6.3.1.2) stores two luminance samples per Cb Cr pair:
// Y1 Y2 Cb Cr. A region edge may fall between the two pixels of a pair, so editing in that
// layout would change chroma outside the region. Expanding to YBR_FULL (each pixel its own
// Cb Cr, both pixels of a pair sharing the same values) loses nothing and lets the editor work
// pixel by pixel; the output says YBR_FULL.
Result<void> expandYbr422(DcmDataset& dataset, DcmElement& element)
{
    const PixelLayout layout = readPixelLayout(dataset);
    if (layout.bitsAllocated != 8 || layout.samplesPerPixel != 3 || layout.columns % 2 != 0) {
        return tl::unexpected(unsupported(QStringLiteral("uncompressed YBR_FULL_422 with Bits Allocated %1 and %2 "
                                                         "columns cannot be edited (8 bits, even columns expected)")
                                              .arg(layout.bitsAllocated)
                                              .arg(layout.columns)));
    }
    const int frames = std::max(1, layout.frames);
    const size_t pairsPerFrame = size_t(layout.rows) * size_t(layout.columns) / 2;
    const size_t needed = pairsPerFrame * 4 * size_t(frames);
    Uint8* data = nullptr;
    if (element.getUint8Array(data).bad() || !data || element.getLength() < needed) {
        return tl::unexpected(malformed(QStringLiteral("the YBR_FULL_422 Pixel Data holds %1 bytes, %2 are needed")
                                            .arg(element.getLength())
                                            .arg(needed)));
    }
    std::vector<Uint8> full(pairsPerFrame * 6 * size_t(frames));
    for (size_t pair = 0; pair < pairsPerFrame * size_t(frames); ++pair) {
        const Uint8* in = data + pair * 4;
        Uint8* out = full.data() + pair * 6;
        out[0] = in[0];
        out[1] = in[2];
        out[2] = in[3];
        out[3] = in[1];
        out[4] = in[2];
        out[5] = in[3];
    }
    if (const OFCondition status =
            dataset.putAndInsertUint8Array(DCM_PixelData, full.data(), static_cast<unsigned long>(full.size()));
        status.bad()) {
        return tl::unexpected(toError(status, ErrorCode::Internal, QStringLiteral("cannot store the expanded pixels")));
    }
    dataset.putAndInsertString(DCM_PhotometricInterpretation, "YBR_FULL");
    dataset.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    return {};
}

// The lossless syntaxes DCMTK 3.6.7 can encode again, with the parameters that make the
// encoder lossless. JPEG 2000 has no DCMTK encoder; lossy syntaxes are never re-encoded lossy.
std::unique_ptr<DcmRepresentationParameter> losslessParameters(E_TransferSyntax xfer)
{
    switch (xfer) {
    case EXS_RLELossless:
        return std::make_unique<DcmRLERepresentationParameter>();
    case EXS_JPEGLSLossless:
        return std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
    case EXS_JPEGProcess14SV1:
    case EXS_JPEGProcess14:
        return std::make_unique<DJ_RPLossless>(1, 0); // first-order prediction, no point transform
    default:
        return nullptr;
    }
}

// Encodes the edited native pixels in `target`. The other representations DCMTK still holds
// (the original compressed stream, with the unredacted pixels) are dropped first: choosing the
// target would otherwise simply select that original again.
bool encodeAgain(DcmDataset& dataset, E_TransferSyntax target)
{
    auto parameters = losslessParameters(target);
    if (!parameters)
        return false;
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element || element->ident() != EVR_PixelData)
        return false;
    auto* pixelData = static_cast<DcmPixelData*>(element);
    pixelData->removeAllButCurrentRepresentations();
    if (dataset.chooseRepresentation(target, parameters.get()).good() && dataset.canWriteXfer(target))
        return true;
    // The encoder refused (e.g. a bit depth it does not support): the native pixels are
    // still the current representation and are written Explicit VR Little Endian.
    return false;
}

} // namespace

Result<PixelEditSummary> editPixelData(DcmDataset& dataset, E_TransferSyntax& xfer, const PixelEditor& edit)
{
    PixelEditSummary summary;
    const E_TransferSyntax source = dataset.getOriginalXfer();
    const DcmXfer sourceXfer(source);
    summary.sourceTransferSyntaxUid = QString::fromLatin1(sourceXfer.getXferID());
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return tl::unexpected(unsupported(QStringLiteral("the object holds no Pixel Data to edit")));

    if (sourceXfer.isEncapsulated()) {
        if (isJpeg2000(summary.sourceTransferSyntaxUid)) {
            if (auto decoded = decodeJpeg2000InPlace(dataset); !decoded)
                return tl::unexpected(decoded.error());
        } else if (const OFCondition status = dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
                   status.bad()) {
            return tl::unexpected(toError(status, ErrorCode::Unsupported,
                                          QStringLiteral("cannot decode %1 to edit the pixels")
                                              .arg(transferSyntaxName(summary.sourceTransferSyntaxUid))));
        }
        summary.reencoded = true;
        xfer = EXS_LittleEndianExplicit;
        if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
            return tl::unexpected(malformed(QStringLiteral("the decoded Pixel Data is missing")));
    }
    if (const OFCondition status = element->loadAllDataIntoMemory(); status.bad())
        return tl::unexpected(toError(status, ErrorCode::Malformed, QStringLiteral("cannot read the Pixel Data")));

    // The layout after decoding: DCMTK's JPEG decoder turns YBR_FULL_422 into RGB.
    const PixelLayout layout = readPixelLayout(dataset);
    NativePixels pixels;
    pixels.rows = layout.rows;
    pixels.columns = layout.columns;
    pixels.frames = std::max(1, layout.frames);
    pixels.samplesPerPixel = layout.samplesPerPixel;
    pixels.bitsAllocated = layout.bitsAllocated;
    pixels.bitsStored = layout.bitsStored;
    pixels.highBit = layout.highBit;
    pixels.isSigned = layout.isSigned;
    pixels.photometric = layout.photometric;
    pixels.planarConfiguration = intValue(dataset, DCM_PlanarConfiguration, 0);
    if (pixels.rows <= 0 || pixels.columns <= 0)
        return tl::unexpected(malformed(QStringLiteral("the image has no Rows or Columns")));
    if (pixels.bitsAllocated != 8 && pixels.bitsAllocated != 16 && pixels.bitsAllocated != 32) {
        return tl::unexpected(
            unsupported(QStringLiteral("pixels with Bits Allocated %1 cannot be edited").arg(pixels.bitsAllocated)));
    }
    if (pixels.photometric == QLatin1String("YBR_FULL_422") && !sourceXfer.isEncapsulated()) {
        if (auto expanded = expandYbr422(dataset, *element); !expanded)
            return tl::unexpected(expanded.error());
        if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
            return tl::unexpected(malformed(QStringLiteral("the expanded Pixel Data is missing")));
        pixels.photometric = QStringLiteral("YBR_FULL");
        pixels.planarConfiguration = 0;
        summary.expandedChroma = true;
    }
    if (pixels.photometric.endsWith(QLatin1String("_422")) || pixels.photometric.endsWith(QLatin1String("_420"))) {
        return tl::unexpected(
            unsupported(QStringLiteral("uncompressed %1 pixels (chroma shared between pixels) cannot be edited")
                            .arg(pixels.photometric)));
    }
    Uint8* data = nullptr;
    if (const OFCondition status = element->getUint8Array(data); status.bad() || !data)
        return tl::unexpected(toError(status, ErrorCode::Malformed, QStringLiteral("cannot read the Pixel Data")));
    pixels.data = data;
    pixels.size = static_cast<qsizetype>(element->getLength());
    if (pixels.size < pixels.frameBytes() * pixels.frames) {
        return tl::unexpected(malformed(QStringLiteral("the Pixel Data holds %1 bytes, %2 frames of %3 x %4 need %5")
                                            .arg(pixels.size)
                                            .arg(pixels.frames)
                                            .arg(pixels.columns)
                                            .arg(pixels.rows)
                                            .arg(pixels.frameBytes() * pixels.frames)));
    }
    if (auto edited = edit(pixels); !edited)
        return tl::unexpected(edited.error());
    summary.edited = true;

    // PS3.3 C.7.6.1.1.5: once lossy, always lossy, whatever syntax carries the pixels now.
    summary.sourceLossy =
        sourceXfer.isLossy() || stringValue(dataset, DCM_LossyImageCompression) == QLatin1String("01");
    // A lossless source goes back into its own syntax when DCMTK can encode it; anything else
    // (lossy sources, whose original stream cannot be reproduced, and JPEG 2000) stays Explicit
    // VR Little Endian, which every reader decodes and nobody can take for the original stream.
    if (summary.reencoded && !sourceXfer.isLossy() && encodeAgain(dataset, source)) {
        xfer = source;
        summary.syntaxKept = true;
    }
    if (summary.reencoded) {
        const QString from = transferSyntaxName(summary.sourceTransferSyntaxUid);
        const QString to = transferSyntaxName(QString::fromLatin1(DcmXfer(xfer).getXferID()));
        if (summary.sourceLossy) {
            summary.note = QStringLiteral("lossy data was re-encoded: the %1 pixels were decoded, redacted and written "
                                          "losslessly as %2; the output is no longer the original lossy stream "
                                          "(Lossy Image Compression stays 01)")
                               .arg(from, to);
        } else if (summary.syntaxKept) {
            summary.note = QStringLiteral("pixels decoded, redacted and encoded again losslessly as %1").arg(from);
        } else {
            summary.note =
                QStringLiteral("pixels decoded from %1, redacted and written losslessly as %2 (DCMTK cannot encode "
                               "the original syntax)")
                    .arg(from, to);
        }
    }
    if (summary.sourceLossy && summary.reencoded) {
        dataset.putAndInsertString(DCM_LossyImageCompression, "01");
        const QString method = lossyMethodFor(source);
        if (!dataset.tagExistsWithValue(DCM_LossyImageCompressionMethod) && !method.isEmpty())
            dataset.putAndInsertString(DCM_LossyImageCompressionMethod, method.toLatin1().constData());
    }
    return summary;
}

} // namespace consilium::dicom::detail
