#include "core/dicom/DatasetRewriter.h"

#include "core/dicom/DcmtkSupport.h"
#include "core/dicom/DeflateGuard.h"
#include "core/dicom/PixelDataEdit.h"
#include "core/dicom/RewrittenFileWriter.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrat.h>

#include <QDir>
#include <QFileInfo>

#include <array>
#include <vector>

namespace consilium::dicom {

namespace {

const QString kDomain = QStringLiteral("dicom");

// Values above this size stay in the input file until the output is written (pixel data).
constexpr Uint32 kMaxLoadedValueLength = 64 * 1024;

// Every attribute's view names its VR: the names are made into QStrings once, because a
// conversion per attribute was a measurable share of a header rewrite (docs/bench.md).
QString vrNameOf(DcmEVR evr)
{
    constexpr int kCount = int(EVR_UNKNOWN2B) + 1;
    static const std::array<QString, kCount> names = [] {
        std::array<QString, kCount> all;
        for (int i = 0; i < kCount; ++i)
            all[size_t(i)] = QString::fromLatin1(DcmVR(DcmEVR(i)).getVRName());
        return all;
    }();
    const int index = int(evr);
    return index >= 0 && index < kCount ? names[size_t(index)] : QString::fromLatin1(DcmVR(evr).getVRName());
}

AttributeView viewOf(DcmElement& element, TagPath path, bool textDecoded)
{
    const DcmTag& dcmTag = element.getTag();
    AttributeView view;
    view.path = std::move(path);
    view.vr = vrNameOf(element.getVR());
    view.isSequence = element.ident() == EVR_SQ;
    view.length = element.getLength();
    if (const char* creator = dcmTag.getPrivateCreator())
        view.privateCreator = QString::fromUtf8(creator);
    view.textDecoded = textDecoded;
    if (element.isaString() && !view.isSequence) {
        OFString value;
        if (element.getOFStringArray(value).good()) {
            const auto length = static_cast<qsizetype>(value.length());
            view.text = textDecoded ? QString::fromUtf8(value.c_str(), length) : QString::fromLatin1(value.c_str(), length);
        }
    }
    return view;
}

TagPath pathOf(DcmElement& element, const TagPath& sequencePath, int itemIndex)
{
    const Tag tag{element.getTag().getGTag(), element.getTag().getETag()};
    return sequencePath.isEmpty() ? TagPath(tag) : sequencePath.child(itemIndex, tag);
}

// One attribute as the callbacks see it, and how many attributes its items hold at every depth
// (so a walk that does not descend can step over them).
struct Visit {
    AttributeView view;
    size_t descendants = 0;
};

// Every attribute, depth first in file order: made once and shared by the inspector and the
// decisions, instead of converting each value twice. Elements are stepped through with
// nextInContainer(), which follows the list's cursor, rather than getElement(i), which counts
// from the start of the list each time.
void collectViews(DcmItem& item, const TagPath& sequencePath, int itemIndex, bool textDecoded,
                  std::vector<Visit>& visits)
{
    for (DcmObject* object = item.nextInContainer(nullptr); object; object = item.nextInContainer(object)) {
        auto* element = static_cast<DcmElement*>(object);
        const size_t at = visits.size();
        visits.push_back(Visit{viewOf(*element, pathOf(*element, sequencePath, itemIndex), textDecoded), 0});
        if (visits[at].view.isSequence) {
            const TagPath path = visits[at].view.path; // visits may reallocate below
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long i = 0; i < sequence->card(); ++i)
                collectViews(*sequence->getItem(i), path, static_cast<int>(i), textDecoded, visits);
        }
        visits[at].descendants = visits.size() - at - 1;
    }
}

// Loads a file for rewriting: values stay on disk where possible, text becomes UTF-8 when the
// character set allows. Deflated files are read whole (a deflate stream cannot be re-read
// lazily). Fails for transfer syntaxes DCMTK 3.6.7 does not know (HTJ2K, ...) with their UID.
struct LoadedFile {
    DcmFileFormat fileFormat;
    bool textDecoded = true;
};

Result<void> loadForRewrite(const QString& input, LoadedFile& loaded)
{
    if (auto guarded = detail::checkDeflatedLengths(input); !guarded)
        return tl::unexpected(guarded.error());
    OFCondition status = loaded.fileFormat.loadFile(detail::toFilename(input), EXS_Unknown, EGL_noChange,
                                                    kMaxLoadedValueLength, ERM_autoDetect);
    if (status.bad())
        return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot read")));
    DcmDataset* dataset = loaded.fileFormat.getDataset();
    if (!dataset->tagExists(DCM_SOPClassUID) && !dataset->tagExists(DCM_SOPInstanceUID))
        return fail(kDomain, ErrorCode::Malformed, QStringLiteral("not a DICOM image or object"));
    const QString declared = detail::stringValue(*loaded.fileFormat.getMetaInfo(), DCM_TransferSyntaxUID);
    if (!declared.isEmpty() && DcmXfer(declared.toLatin1().constData()).getXfer() == EXS_Unknown) {
        return fail(kDomain, ErrorCode::Unsupported,
                    QStringLiteral("unsupported transfer syntax %1").arg(detail::transferSyntaxName(declared)));
    }
    if (dataset->getOriginalXfer() == EXS_Unknown)
        return fail(kDomain, ErrorCode::Unsupported, QStringLiteral("unknown transfer syntax"));
    if (DcmXfer(dataset->getOriginalXfer()).getStreamCompression() != ESC_none) {
        if (status = dataset->loadAllDataIntoMemory(); status.bad())
            return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot inflate")));
    }
    if (dataset->convertToUTF8().bad()) {
        // Conversion may have stopped half-way; start again from the untouched bytes.
        loaded.fileFormat.clear();
        status = loaded.fileFormat.loadFile(detail::toFilename(input), EXS_Unknown, EGL_noChange, kMaxLoadedValueLength,
                                            ERM_autoDetect);
        if (status.bad())
            return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot read")));
        if (DcmXfer(loaded.fileFormat.getDataset()->getOriginalXfer()).getStreamCompression() != ESC_none)
            (void)loaded.fileFormat.getDataset()->loadAllDataIntoMemory();
        loaded.textDecoded = false;
    }
    return {};
}

// Applies the decisions, reading the views collectViews() made of the same dataset in the same
// order: a sequence that is not kept as it is takes its items' views with it.
struct Walker {
    const AttributeDecider& decide;
    RewriteSummary& summary;
    const std::vector<Visit>& visits;
    size_t next = 0;

    void walk(DcmItem& item)
    {
        DcmObject* object = item.nextInContainer(nullptr);
        while (object) {
            auto* element = static_cast<DcmElement*>(object);
            const Visit& visit = visits[next++];
            const AttributeView& view = visit.view;
            ++summary.visited;
            const AttributeDecision decision = decide(view);
            if (decision.action == AttributeDecision::Action::Keep && view.isSequence) {
                auto* sequence = static_cast<DcmSequenceOfItems*>(element);
                for (unsigned long i = 0; i < sequence->card(); ++i)
                    walk(*sequence->getItem(i));
            } else {
                next += visit.descendants;
            }
            switch (decision.action) {
            case AttributeDecision::Action::Keep:
                break;
            case AttributeDecision::Action::Remove: {
                DcmObject* following = item.nextInContainer(element);
                delete item.remove(element);
                ++summary.removed;
                object = following;
                continue;
            }
            case AttributeDecision::Action::Empty:
                if (view.isSequence)
                    static_cast<DcmSequenceOfItems*>(element)->clear();
                else
                    element->clear();
                ++summary.emptied;
                break;
            case AttributeDecision::Action::Replace:
                if (element->isaString() && !view.isSequence) {
                    element->putString(decision.value.toUtf8().constData());
                    ++summary.replaced;
                } else {
                    // Only strings can take a replacement; anything else is emptied, never kept.
                    if (view.isSequence)
                        static_cast<DcmSequenceOfItems*>(element)->clear();
                    else
                        element->clear();
                    ++summary.emptied;
                }
                break;
            }
            object = item.nextInContainer(element);
        }
    }
};

OFCondition insertElement(DcmItem& target, const Element& element)
{
    const DcmTagKey key(element.tag.group, element.tag.element);
    switch (vrKind(element.vr)) {
    case VrKind::Text:
        return target.putAndInsertString(key, element.text.toUtf8().constData());
    case VrKind::Numbers: {
        if (element.numbers.empty())
            return target.insertEmptyElement(key);
        if (element.vr == Vr::US)
            return target.putAndInsertUint16(key, static_cast<Uint16>(element.numbers.front()));
        if (element.vr == Vr::UL)
            return target.putAndInsertUint32(key, static_cast<Uint32>(element.numbers.front()));
        return target.putAndInsertFloat64(key, element.numbers.front());
    }
    case VrKind::Bytes:
        return target.putAndInsertUint8Array(key, reinterpret_cast<const Uint8*>(element.bytes.constData()),
                                             static_cast<unsigned long>(element.bytes.size()));
    case VrKind::Items: {
        target.findAndDeleteElement(key);
        OFCondition status = target.insertEmptyElement(key);
        for (size_t i = 0; status.good() && i < element.items.size(); ++i) {
            DcmItem* item = nullptr;
            status = target.findOrCreateSequenceItem(key, item, static_cast<long>(i));
            for (const Element& child : element.items[i].elements()) {
                if (status.good())
                    status = insertElement(*item, child);
            }
        }
        return status;
    }
    }
    return EC_IllegalCall;
}

} // namespace

Result<QList<AttributeView>> listAttributes(const QString& path)
{
    detail::ensureDcmtkInitialised();
    LoadedFile loaded;
    if (auto ok = loadForRewrite(path, loaded); !ok)
        return tl::unexpected(ok.error().withContext(path));
    std::vector<Visit> visits;
    collectViews(*loaded.fileFormat.getDataset(), TagPath(), -1, loaded.textDecoded, visits);
    QList<AttributeView> views;
    views.reserve(qsizetype(visits.size()));
    for (Visit& visit : visits)
        views.append(std::move(visit.view));
    return views;
}

Result<RewriteSummary> rewriteDicomFile(const QString& input, const QString& output, const AttributeDecider& decide,
                                        const Dataset& additions, const AttributeInspector& inspect)
{
    return rewriteDicomFile(
        input, [&output](const RewriteSummary&) -> Result<QString> { return output; }, decide, additions, inspect);
}

Result<RewriteSummary> rewriteDicomFile(const QString& input, const OutputNamer& outputFor,
                                        const AttributeDecider& decide, const Dataset& additions,
                                        const AttributeInspector& inspect, const PixelEditor& editPixels)
{
    detail::ensureDcmtkInitialised();
    const QFileInfo inputInfo(input);
    if (!inputInfo.isFile())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no such file"));
    LoadedFile loaded;
    if (auto ok = loadForRewrite(input, loaded); !ok)
        return tl::unexpected(ok.error());
    DcmFileFormat& fileFormat = loaded.fileFormat;
    DcmDataset& dataset = *fileFormat.getDataset();
    // Deflate is transport compression: the output is written inflated (PS3.5 A.5).
    E_TransferSyntax xfer = DcmXfer(dataset.getOriginalXfer()).getStreamCompression() != ESC_none
                                ? EXS_LittleEndianExplicit
                                : dataset.getOriginalXfer();

    RewriteSummary summary;
    summary.transferSyntaxUid = QString::fromLatin1(DcmXfer(xfer).getXferID());
    summary.sopClassUid = detail::stringValue(dataset, DCM_SOPClassUID);
    summary.modality = detail::stringValue(dataset, DCM_Modality);
    summary.hasPixelData = dataset.tagExists(DCM_PixelData);
    std::vector<Visit> visits;
    collectViews(dataset, TagPath(), -1, loaded.textDecoded, visits);
    if (inspect) {
        for (const Visit& visit : visits)
            inspect(visit.view);
    }
    Walker{decide, summary, visits}.walk(dataset);

    for (const Element& element : additions.elements()) {
        if (const OFCondition status = insertElement(dataset, element); status.bad()) {
            return tl::unexpected(
                detail::toError(status, ErrorCode::Internal, QStringLiteral("cannot set %1").arg(element.tag.toString())));
        }
    }
    summary.sopInstanceUid = detail::stringValue(dataset, DCM_SOPInstanceUID);
    if (editPixels) {
        auto edited = detail::editPixelData(dataset, xfer, editPixels);
        if (!edited)
            return tl::unexpected(edited.error());
        summary.pixelEdit = *edited;
        summary.transferSyntaxUid = QString::fromLatin1(DcmXfer(xfer).getXferID());
    }

    const auto output = outputFor(summary);
    if (!output)
        return tl::unexpected(output.error());
    const QFileInfo outputInfo(*output);
    if (outputInfo.exists() && outputInfo.canonicalFilePath() == inputInfo.canonicalFilePath())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("%1: refusing to overwrite the input").arg(*output));
    if (outputInfo.exists())
        return fail(kDomain, ErrorCode::AlreadyExists, QStringLiteral("%1 already exists").arg(*output));
    if (!QDir().mkpath(outputInfo.absolutePath()))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create folder %1").arg(outputInfo.absolutePath()));
    if (auto written = detail::writeRewrittenFile(fileFormat, xfer, *output); !written)
        return tl::unexpected(written.error());
    return summary;
}

} // namespace consilium::dicom
