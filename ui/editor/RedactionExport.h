#pragma once

#include "core/common/Error.h"
#include "core/deid/PixelRedactor.h"

#include <QList>
#include <QString>

namespace consilium::ui {

/// Writes the de-identified derivative of `input` into `folder` with `regions` burned into its
/// pixels in `style`, and returns the written file. DICOM goes through core/deid's
/// HeaderDeidentifier (PS3.15 Annex E, Consilium's default options, a fresh case secret),
/// photos through its PhotoDeidentifier (pixels only, no metadata); both redact with
/// PixelRedactor. The input is never modified; the output cannot be "un-redacted" — the
/// original values are not in it. Runs off the GUI thread (a pure function of its arguments).
Result<QString> exportRedactedCopy(const QString& input, const QString& folder,
                                   const QList<deid::RedactionRegion>& regions, deid::RedactionStyle style);

} // namespace consilium::ui
