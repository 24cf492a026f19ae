#include "core/dicom/DatasetTree.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>

namespace consilium::dicom {

namespace {

const QString kDomain = QStringLiteral("dicom");

// Values longer than this stay on disk (Pixel Data, LUT Data, waveforms): a browser shows
// their size, not their bytes, and opening a 500 MB multi-frame must stay instant.
constexpr Uint32 kMaxLoadedValueLength = 4096;
// A numeric value with more values than this is cut, and says how many it has.
constexpr unsigned long kMaxShownValues = 32;
constexpr qsizetype kMaxShownChars = 1024;

bool isBulkVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_OB:
    case EVR_OW:
    case EVR_OF:
    case EVR_OD:
    case EVR_OL:
    case EVR_OV:
    case EVR_UN:
    case EVR_ox:
    case EVR_px:
    case EVR_PixelData:
    case EVR_OverlayData:
        return true;
    default:
        return false;
    }
}

QString decode(const OFString& value, bool textDecoded)
{
    const QByteArray bytes(value.c_str(), static_cast<qsizetype>(value.length()));
    QString text = textDecoded ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(bytes);
    return text;
}

QString valueOf(DcmElement& element, bool textDecoded)
{
    const Uint32 length = element.getLength();
    if (isBulkVr(element.ident()) || length > kMaxLoadedValueLength) {
        return QStringLiteral("(%1 bytes)").arg(length);
    }
    if (element.isaString()) {
        OFString value;
        if (element.getOFStringArray(value).bad())
            return {};
        QString text = decode(value, textDecoded).trimmed();
        if (text.size() > kMaxShownChars)
            text = text.left(kMaxShownChars) + QStringLiteral("…");
        return text;
    }
    // Binary numbers (US, SS, UL, FL, FD, AT, ...): each value as DCMTK prints it.
    const unsigned long count = element.getVM();
    QStringList values;
    for (unsigned long i = 0; i < std::min(count, kMaxShownValues); ++i) {
        OFString value;
        if (element.getOFString(value, i).bad())
            break;
        values << QString::fromLatin1(value.c_str());
    }
    QString text = values.join(u'\\');
    if (count > kMaxShownValues)
        text += QStringLiteral("\\… (%1 values)").arg(count);
    return text;
}

QString keywordOf(DcmTag tag)
{
    const char* name = tag.getTagName();
    if (name == nullptr || qstrcmp(name, DcmTag_ERROR_TagName) == 0)
        return {};
    return QString::fromLatin1(name);
}

void addElements(DcmItem& item, bool isMeta, bool textDecoded, DatasetNode& parent);

DatasetNode nodeOf(DcmElement& element, bool isMeta, bool textDecoded)
{
    DatasetNode node;
    node.kind = DatasetNode::Kind::Element;
    const DcmTag& dcmTag = element.getTag();
    node.tag = Tag{dcmTag.getGTag(), dcmTag.getETag()};
    node.keyword = keywordOf(dcmTag);
    node.vr = QString::fromLatin1(DcmVR(element.getVR()).getVRName());
    node.length = element.getLength();
    node.isMeta = isMeta;
    if (element.ident() == EVR_SQ) {
        auto& sequence = static_cast<DcmSequenceOfItems&>(element);
        for (unsigned long i = 0; i < sequence.card(); ++i) {
            DatasetNode itemNode;
            itemNode.kind = DatasetNode::Kind::Item;
            itemNode.itemIndex = static_cast<int>(i);
            itemNode.isMeta = isMeta;
            addElements(*sequence.getItem(i), isMeta, textDecoded, itemNode);
            node.children.append(std::move(itemNode));
        }
    } else {
        node.value = valueOf(element, textDecoded);
    }
    return node;
}

void addElements(DcmItem& item, bool isMeta, bool textDecoded, DatasetNode& parent)
{
    for (unsigned long index = 0; index < item.card(); ++index) {
        if (DcmElement* element = item.getElement(index))
            parent.children.append(nodeOf(*element, isMeta, textDecoded));
    }
}

Result<void> load(const QString& path, DcmFileFormat& file)
{
    const OFCondition status =
        file.loadFile(detail::toFilename(path), EXS_Unknown, EGL_noChange, kMaxLoadedValueLength, ERM_autoDetect);
    if (status.bad())
        return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot read")));
    DcmDataset* dataset = file.getDataset();
    if (dataset->card() == 0)
        return fail(kDomain, ErrorCode::Malformed, QStringLiteral("not a DICOM file: no attributes"));
    // A deflate stream cannot be re-read lazily (PS3.5 A.5): inflate it now.
    if (dataset->getOriginalXfer() != EXS_Unknown
        && DcmXfer(dataset->getOriginalXfer()).getStreamCompression() != ESC_none) {
        if (const OFCondition inflated = dataset->loadAllDataIntoMemory(); inflated.bad())
            return tl::unexpected(detail::toError(inflated, ErrorCode::Malformed, QStringLiteral("cannot inflate")));
    }
    return {};
}

} // namespace

Result<DatasetNode> readDatasetTree(const QString& path)
{
    detail::ensureDcmtkInitialised();
    DcmFileFormat file;
    if (auto loaded = load(path, file); !loaded)
        return tl::unexpected(loaded.error());
    bool textDecoded = true;
    if (file.getDataset()->convertToUTF8().bad()) {
        // Conversion may have stopped half-way: read the untouched bytes again, as Latin-1.
        file.clear();
        if (auto loaded = load(path, file); !loaded)
            return tl::unexpected(loaded.error());
        textDecoded = false;
    }
    DatasetNode root;
    addElements(*file.getMetaInfo(), true, textDecoded, root);
    addElements(*file.getDataset(), false, textDecoded, root);
    return root;
}

} // namespace consilium::dicom
