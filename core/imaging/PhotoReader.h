#pragma once

#include "core/common/Error.h"
#include "core/imaging/Frame.h"

#include <QString>

namespace consilium::imaging {

/// True when Qt can read `path` as an ordinary picture (JPEG, PNG, TIFF, ...), judged from its
/// content rather than its name.
bool isPhoto(const QString& path);

/// Reads a photo as a colour Frame with its EXIF orientation applied (a phone picture taken
/// upright shows upright). Errors name the reason (unreadable, unsupported format, corrupt).
/// Thread-safe.
Result<Frame> readPhoto(const QString& path);

} // namespace consilium::imaging
