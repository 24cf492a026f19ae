#pragma once

#include "core/common/Error.h"
#include "core/deid/HeaderDeidentifier.h"

#include <QList>
#include <QString>

namespace consilium::ui {

/// Writes the de-identified derivative of `input` into `folder` with `regions` burned into its
/// pixels in `style`: core/deid's HeaderDeidentifier (PS3.15 Annex E with Consilium's default
/// options and a fresh case secret) with its PixelRedactor. The input is never modified; the
/// output cannot be "un-redacted" — the original values are gone from it. Runs off the GUI
/// thread (pure function of its arguments).
Result<deid::DeidFileReport> exportRedactedCopy(const QString& input, const QString& folder,
                                                const QList<deid::RedactionRegion>& regions,
                                                deid::RedactionStyle style);

} // namespace consilium::ui
