#include "core/dicom/InstanceSummary.h"

#include "core/dicom/DcmtkSupport.h"
#include "core/dicom/DeflateGuard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace consilium::dicom {

namespace {

// Values longer than this stay on disk while the header is read (PS3.5 7.1: lengths are
// explicit, so DCMTK can skip them): pixel data is never loaded to summarise a file, and a
// hostile length field cannot make us allocate gigabytes.
constexpr Uint32 kMaxLoadedValueLength = 4096;

Error malformed(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::Malformed, message};
}

// PS3.10 7.1: a DICOM file starts with a 128-byte preamble and the magic "DICM".
bool hasPart10Preamble(QFile& file)
{
    const QByteArray head = file.read(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
}

} // namespace

Result<InstanceSummary> readInstanceSummary(const QString& path)
{
    detail::ensureDcmtkInitialised();

    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("dicom"), ErrorCode::NotFound, QStringLiteral("no such file"));
    if (!info.isFile())
        return fail(QStringLiteral("dicom"), ErrorCode::InvalidArgument, QStringLiteral("not a regular file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("dicom"), ErrorCode::IoError, QStringLiteral("cannot open: ") + file.errorString());
    if (file.size() == 0)
        return tl::unexpected(malformed(QStringLiteral("not a DICOM file (empty)")));
    const bool part10 = hasPart10Preamble(file);
    file.close();

    if (auto guarded = detail::checkDeflatedLengths(path); !guarded)
        return tl::unexpected(guarded.error());
    DcmFileFormat fileFormat;
    OFCondition status = fileFormat.loadFile(detail::toFilename(path), EXS_Unknown, EGL_noChange,
                                             kMaxLoadedValueLength, part10 ? ERM_autoDetect : ERM_dataset);
    // A bare dataset carries no transfer syntax and DCMTK's guess can be wrong (it reads
    // pydicom's no_meta.dcm as big endian). Try the syntaxes PS3.5 allows, most common first.
    for (const E_TransferSyntax guess : {EXS_LittleEndianImplicit, EXS_LittleEndianExplicit, EXS_BigEndianExplicit}) {
        if (part10 || status.good())
            break;
        fileFormat.clear();
        status = fileFormat.loadFile(detail::toFilename(path), guess, EGL_noChange, kMaxLoadedValueLength, ERM_dataset);
    }
    if (status.bad()) {
        if (!part10)
            return tl::unexpected(malformed(QStringLiteral("not a DICOM file (no DICM preamble and no readable dataset)")));
        if (status == EC_StreamNotifyClient || status == EC_ItemEnd || status == EC_SequEnd)
            return tl::unexpected(malformed(QStringLiteral("truncated DICOM file")));
        return tl::unexpected(detail::toError(status, ErrorCode::Malformed, QStringLiteral("cannot parse DICOM file")));
    }

    DcmDataset* dataset = fileFormat.getDataset();
    DcmMetaInfo* meta = fileFormat.getMetaInfo();

    // Without a preamble anything parses as "some elements"; insist on SOP identification
    // (PS3.3 C.12.1) before calling a headerless file DICOM.
    if (!part10 && !dataset->tagExists(DCM_SOPClassUID) && !dataset->tagExists(DCM_SOPInstanceUID))
        return tl::unexpected(malformed(QStringLiteral("not a DICOM file (no DICM preamble and no SOP identification)")));

    // Names in ISO 2022 / GB18030 / Latin-n become readable; a failure leaves the raw bytes.
    (void)dataset->convertToUTF8();

    InstanceSummary summary;
    summary.path = path;
    summary.patientName = detail::stringValue(*dataset, DCM_PatientName);
    summary.patientId = detail::stringValue(*dataset, DCM_PatientID);
    summary.studyInstanceUid = detail::stringValue(*dataset, DCM_StudyInstanceUID);
    summary.studyDate = detail::stringValue(*dataset, DCM_StudyDate);
    summary.studyDescription = detail::stringValue(*dataset, DCM_StudyDescription);
    summary.seriesInstanceUid = detail::stringValue(*dataset, DCM_SeriesInstanceUID);
    summary.seriesDescription = detail::stringValue(*dataset, DCM_SeriesDescription);
    summary.seriesNumber = detail::intValue(*dataset, DCM_SeriesNumber);
    summary.instanceNumber = detail::intValue(*dataset, DCM_InstanceNumber);
    summary.modality = detail::stringValue(*dataset, DCM_Modality);
    summary.sopClassUid = detail::stringValue(*dataset, DCM_SOPClassUID);
    summary.sopInstanceUid = detail::stringValue(*dataset, DCM_SOPInstanceUID);
    summary.rows = detail::intValue(*dataset, DCM_Rows);
    summary.columns = detail::intValue(*dataset, DCM_Columns);
    summary.bitsAllocated = detail::intValue(*dataset, DCM_BitsAllocated);
    summary.bitsStored = detail::intValue(*dataset, DCM_BitsStored);
    summary.photometricInterpretation = detail::stringValue(*dataset, DCM_PhotometricInterpretation);
    summary.hasPixelData = dataset->tagExists(DCM_PixelData) || dataset->tagExists(DCM_FloatPixelData)
                           || dataset->tagExists(DCM_DoubleFloatPixelData);
    summary.frames = summary.hasPixelData ? std::max(1, detail::intValue(*dataset, DCM_NumberOfFrames, 1)) : 0;

    summary.transferSyntaxUid = meta ? detail::stringValue(*meta, DCM_TransferSyntaxUID) : QString();
    if (summary.transferSyntaxUid.isEmpty()) {
        const DcmXfer original(dataset->getOriginalXfer());
        if (original.getXfer() != EXS_Unknown)
            summary.transferSyntaxUid = QString::fromLatin1(original.getXferID());
    }
    summary.transferSyntaxName = detail::transferSyntaxName(summary.transferSyntaxUid);
    return summary;
}

QList<ScanEntry> readInstanceSummaries(const QStringList& files, const CancellationToken& token)
{
    detail::ensureDcmtkInitialised();
    return QtConcurrent::blockingMapped<QList<ScanEntry>>(files, [token](const QString& path) {
        if (token.isCancelled())
            return ScanEntry{path, tl::unexpected(cancelledError(QStringLiteral("dicom")))};
        return ScanEntry{path, readInstanceSummary(path)};
    });
}

} // namespace consilium::dicom
