#pragma once

#include "core/annotation/Calibration.h"
#include "core/annotation/Shape.h"
#include "core/common/Error.h"
#include "core/imaging/Frame.h"

#include <QPointF>
#include <QString>

#include <optional>

namespace consilium::annotation {

/// Statistics of the modality values (HU for CT, PS3.3 C.11.1) of the pixels whose centres lie
/// inside a region shape. Padding pixels (PS3.3 C.7.5.1.1.2) are left out.
struct RoiStatistics {
    qint64 pixelCount = 0;
    double mean = 0.0;
    double standardDeviation = 0.0; ///< population SD (divides by the count)
    double minimum = 0.0;
    double maximum = 0.0;
    QString unit; ///< the frame's modality unit ("HU"), empty when unitless
};

/// What a shape measures. Lengths and areas carry the scale (and so the calibration) used.
struct Measurement {
    enum class Quantity {
        None, ///< arrows, text, points
        Length, ///< ruler: mm, or px when uncalibrated
        Angle, ///< angle and Cobb angle: degrees
        Area, ///< regions: mm², or px² when uncalibrated
    };
    Quantity quantity = Quantity::None;
    double value = 0.0;
    Scale scale;
    std::optional<RoiStatistics> statistics; ///< regions measured with a monochrome frame
    QString statisticsUnavailable; ///< why there are no statistics for a region

    /// The unit of `value`: "mm", "px", "°", "mm²", "px²" or empty.
    [[nodiscard]] QString unit() const;
    /// The label drawn beside the shape, one line per fact: "12.3 mm (Pixel Spacing)",
    /// "45.0 px (uncalibrated)", "37.5°", "area 1256.6 mm² (Pixel Spacing)" followed by
    /// "mean 100.0 HU, SD 5.0", "min 83.0, max 117.0 HU, 2233 px". Empty for Quantity::None.
    [[nodiscard]] QStringList labelLines() const;
};

/// Measures `shape` with `calibration`; region statistics need the frame the shape is drawn on
/// (pass nullptr to skip them).
Measurement measure(const Shape& shape, const Calibration& calibration, const imaging::Frame* frame = nullptr);

/// Length of a..b in mm with the scale's spacing (px when uncalibrated).
double lengthOf(QPointF a, QPointF b, const Scale& scale);
/// The angle at `vertex` between the arms to a and b, in degrees (0..180), measured in physical
/// space when the scale is anisotropic.
double angleDegrees(QPointF a, QPointF vertex, QPointF b, const Scale& scale = {});
/// The Cobb angle: the acute angle (0..90 degrees) between line p0-p1 and line p2-p3.
double cobbAngleDegrees(QPointF p0, QPointF p1, QPointF p2, QPointF p3, const Scale& scale = {});
/// The area a region shape encloses, in mm² (px² uncalibrated): the ellipse's pi*a*b, the
/// rectangle's width*height, the polygon's shoelace area (a self-intersecting polygon gives
/// the net signed area's magnitude).
double areaOf(const Shape& shape, const Scale& scale);
/// True when image point `p` lies inside a region shape (boundary included for ellipses and
/// rectangles; even-odd rule for polygons). False for non-region shapes.
bool regionContains(const Shape& shape, QPointF p);
/// ROI statistics over the pixels whose centres (c + 0.5, r + 0.5) lie inside a region shape.
/// Fails (Unsupported) for colour frames, which have no modality values, and (InvalidArgument)
/// for non-region shapes or shapes that cover no pixel centre.
Result<RoiStatistics> roiStatistics(const Shape& shape, const imaging::Frame& frame);

} // namespace consilium::annotation
