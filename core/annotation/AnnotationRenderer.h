#pragma once

#include "core/annotation/Calibration.h"
#include "core/annotation/Shape.h"
#include "core/common/Error.h"
#include "core/imaging/Frame.h"

#include <QImage>
#include <QPointF>

#include <vector>

class QPainter;

namespace consilium::annotation {

/// How image coordinates reach the painter and what the labels measure with.
struct RenderContext {
    /// Output = offset + zoom * image coordinates. With the pixel convention of Shape.h this is
    /// exact at every zoom: image pixel (c, r) covers output [offset + z*c, offset + z*(c+1)).
    double zoom = 1.0;
    QPointF offset;
    Calibration calibration; ///< for measurement labels
    const imaging::Frame* frame = nullptr; ///< for ROI statistics in labels; may be null
    bool drawLabels = true;
};

/// Paints `shapes` with `painter` (device coordinates = output pixels). Line widths and font
/// sizes are in output pixels. Text needs a QGuiApplication (Qt's font database).
void paintShapes(QPainter& painter, const std::vector<Shape>& shapes, const RenderContext& context);

/// `image` (a rendered frame, e.g. imaging::renderFrame) enlarged by context.zoom with square
/// pixels (nearest neighbour, as a viewer shows them) and `shapes` burned in, in ARGB32.
/// context.offset is ignored (the image starts at 0, 0). Fails (InvalidArgument) for a zoom
/// that is not positive or an output larger than 16384 pixels a side.
Result<QImage> renderAnnotated(const QImage& image, const std::vector<Shape>& shapes, const RenderContext& context);

} // namespace consilium::annotation
