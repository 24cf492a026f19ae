#pragma once

#include "core/common/CancellationToken.h"
#include "core/dicom/SeriesIndex.h"

#include <QStringList>

namespace consilium::dicom {

/// What opening files and folders found: the series to show and the files that cannot be.
struct SeriesScan {
    QList<ImageSeries> series;
    QStringList problems; ///< "path: reason", for the user
};

/// What the viewer does when the user opens paths: DICOMDIR media become the files they
/// reference, folders are walked recursively, every file's header is read in parallel (pixel
/// data stays on disk), photos become series of their own, and images are grouped and ordered
/// by buildSeries. Blocks the calling thread (run it on a pool thread); returns early, with
/// what it has, once `token` is cancelled. Thread-safe.
SeriesScan scanSeries(const QStringList& paths, const CancellationToken& token = {});

} // namespace consilium::dicom
