#pragma once

#include "core/common/Error.h"

#include <QStringList>

namespace consilium::dicom {

/// True for a file named DICOMDIR (any case): the media directory of PS3.10 8.
bool isDicomDirName(const QString& path);

/// The DICOMDIR directly inside `folder` (any case), or empty.
QString dicomDirIn(const QString& folder);

/// What a DICOMDIR references (PS3.3 F.3, Basic Directory IOD): every active directory record's
/// Referenced File ID (0004,1500), resolved against the DICOMDIR's folder. The File ID's
/// components are matched case-insensitively when the exact name is absent — media written
/// with upper-case names are often read back from file systems that changed their case.
struct DicomDirContents {
    QStringList files; ///< existing files, in record order, without duplicates
    QStringList problems; ///< "path: reason" for references that lead nowhere
};

/// Reads a DICOMDIR. Fails when the file cannot be read or is not a Media Storage Directory.
/// Thread-safe.
Result<DicomDirContents> readDicomDir(const QString& path);

/// Replaces, in what the user opened, each DICOMDIR file and each folder that holds one at its
/// top with the files the DICOMDIR references; everything else is kept as given. Problems
/// (unreadable DICOMDIRs, missing references) are appended to `problems`. Thread-safe.
QStringList expandDicomDirs(const QStringList& paths, QStringList& problems);

} // namespace consilium::dicom
