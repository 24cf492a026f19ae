#pragma once

#include "core/common/Error.h"

#include <QStringList>

namespace consilium::dicom {

/// Expands the paths a user gave (files and folders, folders recursively) into a sorted,
/// de-duplicated list of regular files. Hidden files and DICOMDIR are included; nothing is
/// opened. A path that does not exist fails the whole call with its name, so a typo is never
/// silently ignored.
Result<QStringList> expandPaths(const QStringList& paths);

} // namespace consilium::dicom
