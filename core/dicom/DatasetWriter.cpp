#include "core/dicom/DatasetWriter.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrlerp.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimage/diregist.h> // colour support for DicomImage, which the lossy JPEG encoder renders through
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpeg/djrploss.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace consilium::dicom {

namespace {

Error writeError(ErrorCode code, const QString& path, const QString& message)
{
    return Error{QStringLiteral("dicom"), code, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message};
}

E_TransferSyntax toXfer(TransferSyntax syntax)
{
    switch (syntax) {
    case TransferSyntax::ExplicitVrLittleEndian:
        return EXS_LittleEndianExplicit;
    case TransferSyntax::JpegBaseline:
        return EXS_JPEGProcess1;
    case TransferSyntax::JpegExtended:
        return EXS_JPEGProcess2_4;
    case TransferSyntax::JpegLossless:
        return EXS_JPEGProcess14SV1;
    case TransferSyntax::JpegLsLossless:
        return EXS_JPEGLSLossless;
    case TransferSyntax::RleLossless:
        return EXS_RLELossless;
    }
    return EXS_LittleEndianExplicit;
}

// The representation parameter each encoder expects; null for native data.
std::unique_ptr<DcmRepresentationParameter> representationFor(TransferSyntax syntax, const WriteOptions& options)
{
    switch (syntax) {
    case TransferSyntax::ExplicitVrLittleEndian:
        return nullptr;
    case TransferSyntax::JpegBaseline:
    case TransferSyntax::JpegExtended:
        return std::make_unique<DJ_RPLossy>(std::clamp(options.jpegQuality, 1, 100));
    case TransferSyntax::JpegLossless:
        return std::make_unique<DJ_RPLossless>(1, 0); // Selection Value 1, no point transform
    case TransferSyntax::JpegLsLossless:
        return std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
    case TransferSyntax::RleLossless:
        return std::make_unique<DcmRLERepresentationParameter>();
    }
    return nullptr;
}

quint16 le16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<quint16>(static_cast<quint8>(bytes[at]) | (static_cast<quint8>(bytes[at + 1]) << 8));
}

quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return quint32(le16(bytes, at)) | (quint32(le16(bytes, at + 2)) << 16);
}

quint64 le64(const QByteArray& bytes, qsizetype at)
{
    return quint64(le32(bytes, at)) | (quint64(le32(bytes, at + 4)) << 32);
}

// Puts an OB/OW/OF/OD/OL/UN value. The Dataset holds file-order (little-endian) bytes; DCMTK
// holds words in host order and swaps on writing, so decode them first.
OFCondition putBytes(DcmElement& element, Vr vr, const QByteArray& bytes)
{
    switch (vr) {
    case Vr::OW: {
        if (bytes.size() % 2 != 0)
            return EC_InvalidValue;
        std::vector<Uint16> words(static_cast<size_t>(bytes.size() / 2));
        for (size_t i = 0; i < words.size(); ++i)
            words[i] = le16(bytes, 2 * static_cast<qsizetype>(i));
        return element.putUint16Array(words.data(), static_cast<unsigned long>(words.size()));
    }
    case Vr::OL:
    case Vr::OF: {
        if (bytes.size() % 4 != 0)
            return EC_InvalidValue;
        std::vector<Uint32> words(static_cast<size_t>(bytes.size() / 4));
        for (size_t i = 0; i < words.size(); ++i)
            words[i] = le32(bytes, 4 * static_cast<qsizetype>(i));
        if (vr == Vr::OL)
            return element.putUint32Array(words.data(), static_cast<unsigned long>(words.size()));
        std::vector<Float32> floats(words.size());
        std::memcpy(floats.data(), words.data(), words.size() * sizeof(Uint32));
        return element.putFloat32Array(floats.data(), static_cast<unsigned long>(floats.size()));
    }
    case Vr::OD: {
        if (bytes.size() % 8 != 0)
            return EC_InvalidValue;
        std::vector<Float64> values(static_cast<size_t>(bytes.size() / 8));
        for (size_t i = 0; i < values.size(); ++i) {
            const quint64 raw = le64(bytes, 8 * static_cast<qsizetype>(i));
            std::memcpy(&values[i], &raw, sizeof raw);
        }
        return element.putFloat64Array(values.data(), static_cast<unsigned long>(values.size()));
    }
    default:
        return element.putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()),
                                     static_cast<unsigned long>(bytes.size()));
    }
}

OFCondition putNumbers(DcmElement& element, Vr vr, const std::vector<double>& numbers)
{
    OFCondition status = EC_Normal;
    for (size_t i = 0; i < numbers.size() && status.good(); ++i) {
        const double value = numbers[i];
        const auto position = static_cast<unsigned long>(i);
        switch (vr) {
        case Vr::US:
            status = element.putUint16(static_cast<Uint16>(value), position);
            break;
        case Vr::SS:
            status = element.putSint16(static_cast<Sint16>(value), position);
            break;
        case Vr::UL:
            status = element.putUint32(static_cast<Uint32>(value), position);
            break;
        case Vr::SL:
            status = element.putSint32(static_cast<Sint32>(value), position);
            break;
        case Vr::FL:
            status = element.putFloat32(static_cast<Float32>(value), position);
            break;
        case Vr::FD:
            status = element.putFloat64(value, position);
            break;
        case Vr::AT: {
            const auto key = static_cast<quint32>(value);
            status = element.putTagVal(DcmTagKey(static_cast<Uint16>(key >> 16), static_cast<Uint16>(key & 0xFFFF)),
                                       position);
            break;
        }
        default:
            status = EC_IllegalCall;
            break;
        }
    }
    return status;
}

// Copies `dataset` into a DCMTK item, recursing into sequences. Returns the failing tag's text
// in `failedTag` on error.
OFCondition fillItem(DcmItem& target, const Dataset& dataset, QString& failedTag)
{
    for (const Element& element : dataset.elements()) {
        const QByteArray vr = vrName(element.vr).toLatin1();
        DcmTag tag(element.tag.group, element.tag.element, DcmVR(vr.constData()));
        DcmElement* created = nullptr;
        OFCondition status = DcmItem::newDicomElementWithVR(created, tag);
        std::unique_ptr<DcmElement> owned(created);
        if (status.good() && !owned)
            status = EC_MemoryExhausted;
        if (status.good()) {
            switch (vrKind(element.vr)) {
            case VrKind::Text: {
                const QByteArray text = element.text.toUtf8();
                status = owned->putString(text.constData(), static_cast<Uint32>(text.size()));
                break;
            }
            case VrKind::Numbers:
                status = putNumbers(*owned, element.vr, element.numbers);
                break;
            case VrKind::Bytes:
                status = putBytes(*owned, element.vr, element.bytes);
                break;
            case VrKind::Items: {
                auto* sequence = static_cast<DcmSequenceOfItems*>(owned.get());
                for (const Dataset& itemData : element.items) {
                    auto item = std::make_unique<DcmItem>();
                    status = fillItem(*item, itemData, failedTag);
                    if (status.bad())
                        return status; // failedTag names the nested attribute
                    status = sequence->append(item.release());
                    if (status.bad())
                        break;
                }
                break;
            }
            }
        }
        if (status.good())
            status = target.insert(owned.get(), OFTrue);
        if (status.bad()) {
            failedTag = element.tag.toString() + u' ' + vrName(element.vr);
            return status;
        }
        (void)owned.release(); // the item owns it now
    }
    return EC_Normal;
}

// DCMTK 3.6.7's JPEG-LS encoder pads an odd-length frame to an even fragment length (PS3.5
// A.4) with an uninitialised byte after the EOI marker, so two runs write different files.
// PS3.5 A.4 asks for a 00H pad: write it. Only for JPEG streams, which end at EOI (FFD9); an RLE
// segment may legitimately end in those bytes.
void zeroPaddingAfterEndOfImage(DcmDataset& dataset)
{
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return;
    auto* pixelData = static_cast<DcmPixelData*>(element);
    E_TransferSyntax current = EXS_Unknown;
    const DcmRepresentationParameter* parameter = nullptr;
    pixelData->getCurrentRepresentationKey(current, parameter);
    DcmPixelSequence* fragments = nullptr;
    if (pixelData->getEncapsulatedRepresentation(current, parameter, fragments).bad() || !fragments)
        return;
    for (unsigned long i = 1; i < fragments->card(); ++i) { // item 0 is the Basic Offset Table
        DcmPixelItem* fragment = nullptr;
        Uint8* bytes = nullptr;
        if (fragments->getItem(fragment, i).bad() || !fragment || fragment->getUint8Array(bytes).bad() || !bytes)
            continue;
        const Uint32 length = fragment->getLength();
        if (length >= 3 && bytes[length - 3] == 0xFF && bytes[length - 2] == 0xD9)
            bytes[length - 1] = 0x00;
    }
}

} // namespace

QString transferSyntaxUid(TransferSyntax syntax)
{
    return QString::fromLatin1(DcmXfer(toXfer(syntax)).getXferID());
}

bool isLossy(TransferSyntax syntax)
{
    return syntax == TransferSyntax::JpegBaseline || syntax == TransferSyntax::JpegExtended;
}

Result<void> writeDicomFile(const QString& path, const Dataset& dataset, TransferSyntax syntax,
                            const WriteOptions& options)
{
    detail::ensureDcmtkInitialised();

    if (dataset.text({0x0008, 0x0016}).isEmpty() || dataset.text({0x0008, 0x0018}).isEmpty()) {
        return tl::unexpected(writeError(ErrorCode::InvalidArgument, path,
                                         QStringLiteral("the dataset has no SOP Class UID or SOP Instance UID, "
                                                        "which the File Meta Information needs (PS3.10 7.1)")));
    }
    const QFileInfo target(path);
    if (target.exists() && !options.overwrite)
        return tl::unexpected(writeError(ErrorCode::AlreadyExists, path, QStringLiteral("the file already exists")));
    if (target.exists() && !target.isFile())
        return tl::unexpected(
            writeError(ErrorCode::AlreadyExists, path, QStringLiteral("exists and is not a regular file")));
    if (!target.absoluteDir().exists())
        return tl::unexpected(writeError(ErrorCode::NotFound, path, QStringLiteral("the folder does not exist")));

    DcmFileFormat fileFormat;
    DcmDataset* dcmDataset = fileFormat.getDataset();
    QString failedTag;
    OFCondition status = fillItem(*dcmDataset, dataset, failedTag);
    if (status.bad()) {
        return tl::unexpected(writeError(
            ErrorCode::InvalidArgument, path,
            QStringLiteral("cannot store attribute %1 (%2)").arg(failedTag, QString::fromLatin1(status.text()))));
    }

    const E_TransferSyntax xfer = toXfer(syntax);
    const std::unique_ptr<DcmRepresentationParameter> parameter = representationFor(syntax, options);
    const bool hasPixels = dcmDataset->tagExists(DCM_PixelData);
    if (DcmXfer(xfer).isEncapsulated()) {
        if (!hasPixels) {
            return tl::unexpected(writeError(ErrorCode::InvalidArgument, path,
                                             QStringLiteral("%1 needs pixel data to compress")
                                                 .arg(detail::transferSyntaxName(transferSyntaxUid(syntax)))));
        }
        status = dcmDataset->chooseRepresentation(xfer, parameter.get());
        if (status.bad() || !dcmDataset->canWriteXfer(xfer)) {
            const QString reason = status.bad() ? QString::fromLatin1(status.text())
                                                : QStringLiteral("no encoder accepted the pixel data");
            return tl::unexpected(writeError(ErrorCode::Unsupported, path,
                                             QStringLiteral("cannot encode the pixel data as %1 (%2)")
                                                 .arg(detail::transferSyntaxName(transferSyntaxUid(syntax)), reason)));
        }
        if (syntax != TransferSyntax::RleLossless)
            zeroPaddingAfterEndOfImage(*dcmDataset);
    }

    // Written next to the target and renamed into place: a failure never leaves a truncated
    // file under the real name. Sequences get explicit lengths; group lengths are not written
    // in the dataset (retired, PS3.5 7.2), only in the File Meta Information where they are required.
    const QString partial = path + QStringLiteral(".partial");
    status = fileFormat.saveFile(detail::toFilename(partial), xfer, EET_ExplicitLength, EGL_withoutGL, EPD_noChange, 0,
                                 0, EWM_createNewMeta);
    if (status.bad()) {
        QFile::remove(partial);
        return tl::unexpected(
            writeError(ErrorCode::IoError, path,
                       QStringLiteral("cannot write the file (%1)").arg(QString::fromLatin1(status.text()))));
    }
    if (target.exists() && !QFile::remove(path)) {
        QFile::remove(partial);
        return tl::unexpected(writeError(ErrorCode::IoError, path, QStringLiteral("cannot replace the existing file")));
    }
    QFile written(partial);
    if (!written.rename(path)) {
        const QString reason = written.errorString();
        QFile::remove(partial);
        return tl::unexpected(writeError(ErrorCode::IoError, path,
                                         QStringLiteral("cannot rename the written file into place: ") + reason));
    }
    return {};
}

} // namespace consilium::dicom
