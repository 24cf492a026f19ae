#pragma once

#include "core/common/Error.h"

#include <QString>

namespace consilium::dicom {

/// Figures of `consilium-cli bench viewer` (docs/bench.md): the viewer's loading and display
/// path without the widgets, on one series, and DCMTK's plain DicomImage path on the same files.
struct ViewerBenchmarkResult {
    int slices = 0;
    int width = 0;
    int height = 0;
    qint64 rawPixelBytes = 0; ///< rows x columns x 2 bytes (16 bits allocated) x slices
    double indexMs = 0.0; ///< scanSeries: headers of every file read, grouped, ordered
    double firstImageMs = 0.0; ///< open to first image: index + decode + display LUT of the middle slice
    double windowRenderMs = 0.0; ///< median window/level re-render of one decoded slice
    double scrollImagesPerSecond = 0.0; ///< every slice in order, decoded with the viewer's prefetch
    qint64 peakRssBytes = 0; ///< the process's peak resident memory after our part (VmHWM)
    /// Per slice, one thread, over every slice of the series: ours (loadFrame + renderFrame)
    /// and DCMTK's (DicomImage + setWindow + getOutputData(8)), both from the file on disk to
    /// the 8-bit displayed image with the same window. Interleaved slice by slice (the order
    /// alternating) in `perSliceRounds` rounds over the series; the figures are the medians.
    int perSliceRounds = 0;
    double oursPerSliceMs = 0.0;
    double dcmtkPerSliceMs = 0.0;
    double oursPerSliceBestMs = 0.0; ///< the fastest round
    double dcmtkPerSliceBestMs = 0.0;
};

/// Runs the benchmark over the one series found in `folder` (the make-samples CT). Our part runs
/// first, so the peak memory figure is ours alone. Blocks for seconds; file contents are in the
/// page cache after the first pass (the figures are warm-cache figures).
Result<ViewerBenchmarkResult> benchmarkViewer(const QString& folder);

} // namespace consilium::dicom
