#include "core/dicom/FileScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace consilium::dicom {

Result<QStringList> expandPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            return fail(QStringLiteral("dicom"), ErrorCode::NotFound,
                        QStringLiteral("%1: no such file or folder").arg(QDir::toNativeSeparators(path)));
        }
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(QDir::cleanPath(it.next()));
        } else {
            files.append(QDir::cleanPath(path));
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

} // namespace consilium::dicom
