#include "core/dicom/DicomDir.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace consilium::dicom {

namespace {

const QString kDomain = QStringLiteral("dicom");

// One component of a File ID inside `folder`: the exact name, else the only entry that matches
// it ignoring case; empty when there is none.
QString resolveComponent(const QDir& folder, const QString& component)
{
    if (folder.exists(component))
        return folder.filePath(component);
    const QStringList entries = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        if (entry.compare(component, Qt::CaseInsensitive) == 0)
            return folder.filePath(entry);
    }
    return {};
}

// PS3.10 8.5: File ID components are separated by '\' (the CS multi-value delimiter), at most
// eight, each of upper-case letters, digits and '_'. Leniently, '/' separates too.
QString resolveFileId(const QString& root, const QString& fileId, QString& error)
{
    const QStringList components = QString(fileId).replace(u'/', u'\\').split(u'\\', Qt::SkipEmptyParts);
    if (components.isEmpty()) {
        error = QStringLiteral("empty Referenced File ID");
        return {};
    }
    QString current = root;
    for (const QString& raw : components) {
        const QString component = raw.trimmed();
        if (component == QLatin1String("..") || component == QLatin1String(".")) {
            error = QStringLiteral("Referenced File ID %1 leaves the media's folder").arg(fileId);
            return {};
        }
        current = resolveComponent(QDir(current), component);
        if (current.isEmpty()) {
            error = QStringLiteral("%1 is referenced by the DICOMDIR but missing")
                        .arg(QDir::toNativeSeparators(QDir(root).filePath(components.join(u'/'))));
            return {};
        }
    }
    if (!QFileInfo(current).isFile()) {
        error = QStringLiteral("%1 is not a file").arg(QDir::toNativeSeparators(current));
        return {};
    }
    return QDir::cleanPath(current);
}

} // namespace

bool isDicomDirName(const QString& path)
{
    return QFileInfo(path).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

QString dicomDirIn(const QString& folder)
{
    const QString found = resolveComponent(QDir(folder), QStringLiteral("DICOMDIR"));
    return !found.isEmpty() && QFileInfo(found).isFile() ? found : QString();
}

Result<DicomDirContents> readDicomDir(const QString& path)
{
    detail::ensureDcmtkInitialised();
    DcmFileFormat file;
    // Plain dataset reading rather than DcmDicomDir: it neither needs write access nor
    // "repairs" anything, and a flat walk of the record sequence finds every reference.
    const OFCondition status =
        file.loadFile(detail::toFilename(path), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect);
    if (status.bad()) {
        return tl::unexpected(
            detail::toError(status, ErrorCode::Malformed,
                            QStringLiteral("%1: cannot read the DICOMDIR").arg(QDir::toNativeSeparators(path))));
    }
    const QString sopClass = detail::stringValue(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID);
    DcmSequenceOfItems* records = nullptr;
    if (file.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || records == nullptr) {
        if (sopClass != QLatin1String(UID_MediaStorageDirectoryStorage))
            return fail(kDomain, ErrorCode::Malformed,
                        QStringLiteral("%1: not a DICOMDIR (no Directory Record Sequence)")
                            .arg(QDir::toNativeSeparators(path)));
        return DicomDirContents{};
    }
    const QString root = QFileInfo(path).absolutePath();
    DicomDirContents contents;
    QSet<QString> seen;
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem* record = records->getItem(i);
        // Record In-use Flag 0x0000: an inactive record (PS3.10 8.6, retired but still found).
        Uint16 inUse = 0xFFFF;
        if (record->findAndGetUint16(DCM_RecordInUseFlag, inUse).good() && inUse == 0)
            continue;
        const QString fileId = detail::stringValue(*record, DCM_ReferencedFileID);
        if (fileId.isEmpty())
            continue; // patient, study and series records reference no file
        QString error;
        const QString resolved = resolveFileId(root, fileId, error);
        if (resolved.isEmpty()) {
            contents.problems << error;
            continue;
        }
        if (!seen.contains(resolved)) {
            seen.insert(resolved);
            contents.files << resolved;
        }
    }
    return contents;
}

QStringList expandDicomDirs(const QStringList& paths, QStringList& problems)
{
    QStringList expanded;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        QString dicomDir;
        if (info.isFile() && isDicomDirName(path))
            dicomDir = path;
        else if (info.isDir())
            dicomDir = dicomDirIn(path);
        if (dicomDir.isEmpty()) {
            expanded << path;
            continue;
        }
        auto contents = readDicomDir(dicomDir);
        if (!contents) {
            problems << contents.error().message;
            // A broken DICOMDIR must not hide the images beside it: scan the folder instead.
            if (info.isDir())
                expanded << path;
            continue;
        }
        problems << contents->problems;
        expanded << contents->files;
    }
    return expanded;
}

} // namespace consilium::dicom
