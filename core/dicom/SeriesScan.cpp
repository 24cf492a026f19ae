#include "core/dicom/SeriesScan.h"

#include "core/dicom/DicomDir.h"
#include "core/dicom/FileScan.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/PhotoReader.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace consilium::dicom {

namespace {

struct ScanEntry {
    QString path;
    Result<ImageInfo> info;
    bool isPhoto = false;
};

} // namespace

SeriesScan scanSeries(const QStringList& paths, const CancellationToken& token)
{
    SeriesScan result;
    // DICOMDIR media open as what their directory references (PS3.10 8).
    const QStringList media = expandDicomDirs(paths, result.problems);
    auto files = expandPaths(media);
    if (!files) {
        result.problems << files.error().message;
        return result;
    }
    // A DICOMDIR met deeper in a folder is a directory, not an image: not worth a complaint.
    files->removeIf([](const QString& path) { return isDicomDirName(path); });
    // Headers only, in parallel, on a pool of this scan's own: the caller runs on a thread of the
    // global pool, and waiting there for work queued on that same pool deadlocks as soon as
    // every global thread is such a waiting scan (two quick File › Open on two cores).
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    const QList<ScanEntry> entries = QtConcurrent::blockingMapped(&pool, *files, [token](const QString& path) {
        ScanEntry entry{path, tl::unexpected(cancelledError(QStringLiteral("dicom"))), false};
        if (token.isCancelled())
            return entry;
        entry.info = readImageInfo(path);
        if (!entry.info && imaging::isPhoto(path))
            entry.isPhoto = true;
        return entry;
    });
    QList<ImageInfo> images;
    QList<ImageSeries> photos;
    for (const ScanEntry& entry : entries) {
        if (entry.info) {
            images.append(*entry.info);
        } else if (entry.isPhoto) {
            ImageSeries photo;
            photo.isPhoto = true;
            photo.description = QFileInfo(entry.path).fileName();
            photo.images.append(StackImage{entry.path, 0});
            photos.append(photo);
        } else if (!token.isCancelled()) {
            result.problems << entry.info.error().toString(QDir::toNativeSeparators(entry.path));
        }
    }
    result.series = buildSeries(images) + photos;
    return result;
}

} // namespace consilium::dicom
