#include "core/dicom/DatasetReader.h"

#include "core/dicom/DcmtkSupport.h"
#include "core/dicom/DeflateGuard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace consilium::dicom {

namespace {

// Values longer than this stay on disk until asked for (PS3.5 7.1 lengths are explicit, so
// DCMTK can skip them): opening a 30-frame cine costs no more than opening its header.
constexpr Uint32 kMaxLoadedValueLength = 4096;

Error readError(ErrorCode code, const QString& message)
{
    return Error{QStringLiteral("dicom"), code, message};
}

bool isBinaryBlob(DcmEVR vr)
{
    return vr == EVR_OB || vr == EVR_OW || vr == EVR_UN || vr == EVR_OF || vr == EVR_OD || vr == EVR_OL || vr == EVR_ox
        || vr == EVR_px;
}

} // namespace

struct DatasetReader::Impl {
    QString path;
    DcmFileFormat fileFormat;

    // The item holding the path's last attribute, or an error naming the missing step.
    Result<DcmItem*> parentOf(const TagPath& tagPath)
    {
        if (tagPath.isEmpty())
            return tl::unexpected(readError(ErrorCode::InvalidArgument, QStringLiteral("empty tag path")));
        DcmItem* item = fileFormat.getDataset();
        const QList<TagPathStep>& steps = tagPath.steps();
        for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
            const TagPathStep& step = steps[i];
            DcmSequenceOfItems* sequence = nullptr;
            if (item->findAndGetSequence(DcmTagKey(step.tag.group, step.tag.element), sequence).bad() || !sequence) {
                return tl::unexpected(
                    readError(ErrorCode::NotFound,
                              QStringLiteral("%1: no sequence %2").arg(tagPath.toString(), step.tag.toString())));
            }
            if (step.item < 0 || static_cast<unsigned long>(step.item) >= sequence->card()) {
                return tl::unexpected(readError(ErrorCode::NotFound,
                                                QStringLiteral("%1: sequence %2 has %3 item(s)")
                                                    .arg(tagPath.toString(), step.tag.toString())
                                                    .arg(sequence->card())));
            }
            item = sequence->getItem(static_cast<unsigned long>(step.item));
        }
        return item;
    }

    Result<DcmElement*> element(const TagPath& tagPath)
    {
        const Result<DcmItem*> parent = parentOf(tagPath);
        if (!parent)
            return tl::unexpected(parent.error());
        DcmElement* found = nullptr;
        const Tag tag = tagPath.tag();
        if ((*parent)->findAndGetElement(DcmTagKey(tag.group, tag.element), found, OFFalse).bad() || !found) {
            return tl::unexpected(
                readError(ErrorCode::NotFound, QStringLiteral("%1: no such attribute").arg(tagPath.toString())));
        }
        return found;
    }
};

DatasetReader::DatasetReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

DatasetReader::DatasetReader(DatasetReader&&) noexcept = default;
DatasetReader& DatasetReader::operator=(DatasetReader&&) noexcept = default;
DatasetReader::~DatasetReader() = default;

Result<DatasetReader> DatasetReader::open(const QString& path)
{
    detail::ensureDcmtkInitialised();
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return tl::unexpected(readError(ErrorCode::NotFound, shown + QStringLiteral(": no such file")));

    // PS3.10 7.1: a Part 10 file has a 128-byte preamble and "DICM"; otherwise try a bare dataset.
    QFile file(path);
    bool part10 = false;
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(132);
        part10 = head.size() == 132 && head.mid(128, 4) == "DICM";
    }
    file.close();

    if (auto guarded = detail::checkDeflatedLengths(path); !guarded)
        return tl::unexpected(guarded.error());
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    const OFCondition status = impl->fileFormat.loadFile(detail::toFilename(path), EXS_Unknown, EGL_noChange,
                                                         kMaxLoadedValueLength, part10 ? ERM_autoDetect : ERM_dataset);
    if (status.bad())
        return tl::unexpected(
            detail::toError(status, ErrorCode::Malformed, shown + QStringLiteral(": cannot parse DICOM file")));
    // Names in ISO 2022 / Latin-n become UTF-8; a failure leaves the raw bytes, read as Latin-1.
    (void)impl->fileFormat.getDataset()->convertToUTF8();
    return DatasetReader(std::move(impl));
}

QString DatasetReader::path() const
{
    return m_impl->path;
}

QString DatasetReader::transferSyntaxUid() const
{
    DcmMetaInfo* meta = m_impl->fileFormat.getMetaInfo();
    QString uid = meta ? detail::stringValue(*meta, DCM_TransferSyntaxUID) : QString();
    if (uid.isEmpty()) {
        const DcmXfer original(m_impl->fileFormat.getDataset()->getOriginalXfer());
        if (original.getXfer() != EXS_Unknown)
            uid = QString::fromLatin1(original.getXferID());
    }
    return uid;
}

bool DatasetReader::contains(const TagPath& path) const
{
    return m_impl->element(path).has_value();
}

Result<QString> DatasetReader::string(const TagPath& path) const
{
    const Result<DcmElement*> element = m_impl->element(path);
    if (!element)
        return tl::unexpected(element.error());
    const DcmEVR vr = (*element)->getTag().getEVR();
    if (vr == EVR_SQ || isBinaryBlob(vr) || (*element)->ident() == EVR_PixelData)
        return tl::unexpected(readError(ErrorCode::Unsupported,
                                        QStringLiteral("%1: not a text or number attribute").arg(path.toString())));
    OFString value;
    const OFCondition status = (*element)->getOFStringArray(value);
    if (status.bad() && status != EC_IllegalCall)
        return tl::unexpected(
            detail::toError(status, ErrorCode::Malformed, path.toString() + QStringLiteral(": unreadable value")));
    const QByteArray raw(value.c_str(), static_cast<qsizetype>(value.length()));
    QString text = QString::fromUtf8(raw);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(raw);
    return text;
}

Result<QByteArray> DatasetReader::bytes(const TagPath& path) const
{
    const Result<DcmElement*> element = m_impl->element(path);
    if (!element)
        return tl::unexpected(element.error());
    DcmElement* found = *element;
    const Tag tag = path.tag();
    if (tag == Tag{0x7FE0, 0x0010} && path.steps().size() == 1
        && DcmXfer(m_impl->fileFormat.getDataset()->getOriginalXfer()).isEncapsulated()) {
        return tl::unexpected(
            readError(ErrorCode::Unsupported,
                      QStringLiteral("%1: the pixel data is compressed; only native data can be read as bytes")
                          .arg(path.toString())));
    }
    const DcmEVR vr = found->getTag().getEVR();
    if (vr == EVR_OW) {
        Uint16* words = nullptr;
        if (found->getUint16Array(words).bad() || (!words && found->getLength() > 0))
            return tl::unexpected(
                readError(ErrorCode::IoError, path.toString() + QStringLiteral(": cannot load the value")));
        const unsigned long count = found->getLength() / 2;
        QByteArray out(static_cast<qsizetype>(count * 2), Qt::Uninitialized);
        for (unsigned long i = 0; i < count; ++i) {
            out[2 * static_cast<qsizetype>(i)] = static_cast<char>(words[i] & 0xFF);
            out[2 * static_cast<qsizetype>(i) + 1] = static_cast<char>(words[i] >> 8);
        }
        return out;
    }
    if (vr == EVR_OB || vr == EVR_UN) {
        Uint8* data = nullptr;
        if (found->getUint8Array(data).bad() || (!data && found->getLength() > 0))
            return tl::unexpected(
                readError(ErrorCode::IoError, path.toString() + QStringLiteral(": cannot load the value")));
        return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(found->getLength()));
    }
    return tl::unexpected(readError(ErrorCode::Unsupported,
                                    QStringLiteral("%1: VR %2 cannot be read as bytes")
                                        .arg(path.toString(), QString::fromLatin1(DcmVR(vr).getVRName()))));
}

Result<int> DatasetReader::itemCount(const TagPath& path) const
{
    const Result<DcmItem*> parent = m_impl->parentOf(path);
    if (!parent)
        return tl::unexpected(parent.error());
    DcmSequenceOfItems* sequence = nullptr;
    const Tag tag = path.tag();
    if ((*parent)->findAndGetSequence(DcmTagKey(tag.group, tag.element), sequence).bad() || !sequence)
        return tl::unexpected(
            readError(ErrorCode::NotFound, QStringLiteral("%1: no such sequence").arg(path.toString())));
    return static_cast<int>(sequence->card());
}

Result<QString> readAttribute(const QString& file, const TagPath& path)
{
    const Result<DatasetReader> reader = DatasetReader::open(file);
    if (!reader)
        return tl::unexpected(reader.error());
    Result<QString> value = reader->string(path);
    if (!value)
        return tl::unexpected(value.error().withContext(QDir::toNativeSeparators(file)));
    return value;
}

} // namespace consilium::dicom
