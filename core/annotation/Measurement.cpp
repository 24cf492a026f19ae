#include "core/annotation/Measurement.h"

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace consilium::annotation {

namespace {

QPointF scaled(QPointF v, const Scale& scale)
{
    return {v.x() * scale.mmPerPixelX, v.y() * scale.mmPerPixelY};
}

double norm(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

/// The angle between two vectors in degrees, 0..180; 0 when either is zero.
double vectorAngle(QPointF u, QPointF v)
{
    const double nu = norm(u);
    const double nv = norm(v);
    if (nu == 0.0 || nv == 0.0)
        return 0.0;
    // atan2 of cross and dot is accurate near 0 and 180 degrees, where acos is not.
    const double cross = u.x() * v.y() - u.y() * v.x();
    const double dot = u.x() * v.x() + u.y() * v.y();
    return std::atan2(std::abs(cross), dot) * 180.0 / std::numbers::pi;
}

QRectF boundingBox(const Shape& shape)
{
    return QRectF(shape.points[0], shape.points[1]).normalized();
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString withUnit(double value, const QString& unit)
{
    return unit.isEmpty() ? number(value) : number(value) + u' ' + unit;
}

} // namespace

QString Measurement::unit() const
{
    const bool mm = scale.isCalibrated();
    switch (quantity) {
    case Quantity::None:
        return {};
    case Quantity::Length:
        return mm ? QStringLiteral("mm") : QStringLiteral("px");
    case Quantity::Angle:
        return QStringLiteral("°");
    case Quantity::Area:
        return mm ? QStringLiteral("mm²") : QStringLiteral("px²");
    }
    return {};
}

QStringList Measurement::labelLines() const
{
    QStringList lines;
    const QString calibration = QStringLiteral(" (") + scale.name() + u')';
    switch (quantity) {
    case Quantity::None:
        return lines;
    case Quantity::Length:
        lines.append(number(value) + u' ' + unit() + calibration);
        break;
    case Quantity::Angle:
        // An angle is a ratio of lengths: no calibration to name (an anisotropic spacing is
        // applied when known, see angleDegrees()).
        lines.append(number(value) + unit());
        break;
    case Quantity::Area:
        lines.append(QStringLiteral("area ") + number(value) + u' ' + unit() + calibration);
        break;
    }
    if (statistics) {
        lines.append(QStringLiteral("mean ") + withUnit(statistics->mean, statistics->unit) + QStringLiteral(", SD ")
                     + number(statistics->standardDeviation));
        lines.append(QStringLiteral("min ") + number(statistics->minimum) + QStringLiteral(", max ")
                     + withUnit(statistics->maximum, statistics->unit) + QStringLiteral(", ")
                     + QString::number(statistics->pixelCount) + QStringLiteral(" px"));
    }
    return lines;
}

double lengthOf(QPointF a, QPointF b, const Scale& scale)
{
    return norm(scaled(b - a, scale));
}

double angleDegrees(QPointF a, QPointF vertex, QPointF b, const Scale& scale)
{
    return vectorAngle(scaled(a - vertex, scale), scaled(b - vertex, scale));
}

double cobbAngleDegrees(QPointF p0, QPointF p1, QPointF p2, QPointF p3, const Scale& scale)
{
    const double angle = vectorAngle(scaled(p1 - p0, scale), scaled(p3 - p2, scale));
    // Lines, not rays: the endplates' direction does not matter.
    return std::min(angle, 180.0 - angle);
}

double areaOf(const Shape& shape, const Scale& scale)
{
    const double unitArea = scale.mmPerPixelX * scale.mmPerPixelY;
    switch (shape.kind) {
    case ShapeKind::Ellipse:
        if (shape.points.size() == 2) {
            const QRectF box = boundingBox(shape);
            return std::numbers::pi * (box.width() / 2.0) * (box.height() / 2.0) * unitArea;
        }
        return 0.0;
    case ShapeKind::Rectangle:
        if (shape.points.size() == 2) {
            const QRectF box = boundingBox(shape);
            return box.width() * box.height() * unitArea;
        }
        return 0.0;
    case ShapeKind::Polygon:
    case ShapeKind::Freehand: {
        double twice = 0.0;
        const qsizetype n = shape.points.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF& p = shape.points[i];
            const QPointF& q = shape.points[(i + 1) % n];
            twice += p.x() * q.y() - q.x() * p.y();
        }
        return std::abs(twice) / 2.0 * unitArea;
    }
    default:
        return 0.0;
    }
}

bool regionContains(const Shape& shape, QPointF p)
{
    switch (shape.kind) {
    case ShapeKind::Ellipse: {
        if (shape.points.size() != 2)
            return false;
        const QRectF box = boundingBox(shape);
        const double a = box.width() / 2.0;
        const double b = box.height() / 2.0;
        if (a <= 0.0 || b <= 0.0)
            return false;
        const double u = (p.x() - box.center().x()) / a;
        const double v = (p.y() - box.center().y()) / b;
        return u * u + v * v <= 1.0;
    }
    case ShapeKind::Rectangle: {
        if (shape.points.size() != 2)
            return false;
        const QRectF box = boundingBox(shape);
        return p.x() >= box.left() && p.x() <= box.right() && p.y() >= box.top() && p.y() <= box.bottom();
    }
    case ShapeKind::Polygon:
    case ShapeKind::Freehand: {
        // Even-odd rule by ray casting to +x (W. R. Franklin's PNPOLY).
        bool inside = false;
        const qsizetype n = shape.points.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF& a = shape.points[i];
            const QPointF& b = shape.points[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
        return inside;
    }
    default:
        return false;
    }
}

Result<RoiStatistics> roiStatistics(const Shape& shape, const imaging::Frame& frame)
{
    if (!isRegion(shape.kind))
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("Only ellipses, rectangles and polygons have ROI statistics."));
    if (!frame.isMonochrome())
        return fail(QStringLiteral("annotation"), ErrorCode::Unsupported,
                    QStringLiteral("A colour image has no modality values to measure."));
    if (frame.isNull() || shape.points.isEmpty())
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument, QStringLiteral("The region is empty."));

    // Only the pixels of the bounding box can have their centres inside.
    double left = shape.points[0].x();
    double right = left;
    double top = shape.points[0].y();
    double bottom = top;
    for (const QPointF& p : shape.points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const auto clampTo = [](double v, int hi) {
        return static_cast<int>(std::clamp(v, -1.0, static_cast<double>(hi)));
    };
    const int c0 = clampTo(std::floor(left - 0.5), frame.width - 1);
    const int c1 = clampTo(std::ceil(right - 0.5), frame.width - 1);
    const int r0 = clampTo(std::floor(top - 0.5), frame.height - 1);
    const int r1 = clampTo(std::ceil(bottom - 0.5), frame.height - 1);

    RoiStatistics stats;
    stats.unit = frame.modality.unit;
    // Welford's running mean and variance: stable for large regions of large values.
    double mean = 0.0;
    double m2 = 0.0;
    const bool polygon = shape.kind == ShapeKind::Polygon || shape.kind == ShapeKind::Freehand;
    std::vector<double> crossings;
    for (int r = std::max(r0, 0); r <= r1; ++r) {
        // Polygons row by row: the edges' crossings of the row's centre line, found once per
        // row, decide every pixel of the row (O(points) per row rather than per pixel). The
        // crossing formula and comparison are regionContains()'s, so the two agree exactly.
        if (polygon) {
            crossings.clear();
            const double y = r + 0.5;
            const qsizetype n = shape.points.size();
            for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
                const QPointF& a = shape.points[i];
                const QPointF& b = shape.points[j];
                if ((a.y() > y) != (b.y() > y))
                    crossings.push_back((b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x());
            }
            std::sort(crossings.begin(), crossings.end());
        }
        for (int c = std::max(c0, 0); c <= c1; ++c) {
            if (polygon) {
                // Inside (even-odd) when an odd number of crossings lie strictly right of x.
                const double x = c + 0.5;
                const auto right = crossings.end() - std::upper_bound(crossings.begin(), crossings.end(), x);
                if (right % 2 == 0)
                    continue;
            } else if (!regionContains(shape, QPointF(c + 0.5, r + 0.5))) {
                continue;
            }
            const qint32 stored = frame.storedAt(c, r);
            if (frame.isPadding(stored))
                continue;
            const double value = frame.modality.apply(stored);
            if (stats.pixelCount == 0) {
                stats.minimum = value;
                stats.maximum = value;
            }
            stats.minimum = std::min(stats.minimum, value);
            stats.maximum = std::max(stats.maximum, value);
            ++stats.pixelCount;
            const double delta = value - mean;
            mean += delta / static_cast<double>(stats.pixelCount);
            m2 += delta * (value - mean);
        }
    }
    if (stats.pixelCount == 0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("The region contains no pixel centre of the image."));
    stats.mean = mean;
    stats.standardDeviation = std::sqrt(m2 / static_cast<double>(stats.pixelCount));
    return stats;
}

Measurement measure(const Shape& shape, const Calibration& calibration, const imaging::Frame* frame)
{
    Measurement m;
    const QList<QPointF>& p = shape.points;
    switch (shape.kind) {
    case ShapeKind::Ruler:
        if (p.size() == 2) {
            m.quantity = Measurement::Quantity::Length;
            m.scale = calibration.scaleFor(p);
            m.value = lengthOf(p[0], p[1], m.scale);
        }
        break;
    case ShapeKind::Angle:
        if (p.size() == 3) {
            m.quantity = Measurement::Quantity::Angle;
            m.scale = calibration.scaleFor(p);
            m.value = angleDegrees(p[0], p[1], p[2], m.scale);
        }
        break;
    case ShapeKind::CobbAngle:
        if (p.size() == 4) {
            m.quantity = Measurement::Quantity::Angle;
            m.scale = calibration.scaleFor(p);
            m.value = cobbAngleDegrees(p[0], p[1], p[2], p[3], m.scale);
        }
        break;
    case ShapeKind::Ellipse:
    case ShapeKind::Rectangle:
    case ShapeKind::Polygon:
    case ShapeKind::Freehand: {
        m.quantity = Measurement::Quantity::Area;
        // The region's extent decides its calibration (an ultrasound region must hold it all).
        QList<QPointF> extent = p;
        if (shape.kind != ShapeKind::Polygon && shape.kind != ShapeKind::Freehand && p.size() == 2)
            extent = {p[0], p[1], QPointF(p[0].x(), p[1].y()), QPointF(p[1].x(), p[0].y())};
        m.scale = calibration.scaleFor(extent);
        m.value = areaOf(shape, m.scale);
        if (frame) {
            Result<RoiStatistics> stats = roiStatistics(shape, *frame);
            if (stats)
                m.statistics = *stats;
            else
                m.statisticsUnavailable = stats.error().message;
        }
        break;
    }
    case ShapeKind::Arrow:
    case ShapeKind::Text:
    case ShapeKind::Point:
        break;
    }
    return m;
}

} // namespace consilium::annotation
