#include "core/annotation/AnnotationRenderer.h"

#include "core/annotation/Measurement.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace consilium::annotation {

namespace {

constexpr double kMaxSide = 16384.0;

QPointF map(const RenderContext& context, QPointF p)
{
    return context.offset + p * context.zoom;
}

QPolygonF mapAll(const RenderContext& context, const QList<QPointF>& points)
{
    QPolygonF polygon;
    for (const QPointF& p : points)
        polygon.append(map(context, p));
    return polygon;
}

/// A unit vector perpendicular to a..b (zero for a point).
QPointF normalOf(QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    return length > 0.0 ? QPointF(-d.y() / length, d.x() / length) : QPointF();
}

void drawTick(QPainter& painter, QPointF at, QPointF normal, double halfLength)
{
    painter.drawLine(at - normal * halfLength, at + normal * halfLength);
}

void drawArrowHead(QPainter& painter, QPointF tail, QPointF head, double size, const QColor& colour)
{
    const QPointF d = head - tail;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0.0)
        return;
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = head - unit * size;
    const QPolygonF triangle{head, base + normal * (size / 2.5), base - normal * (size / 2.5)};
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(triangle);
    painter.restore();
}

/// Text with a dark outline so that it reads on any grey level.
void drawText(QPainter& painter, QPointF topLeft, const QStringList& lines, const Style& style)
{
    if (lines.isEmpty())
        return;
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(style.fontSize))));
    const QFontMetricsF metrics(font);
    QPainterPath path;
    double baseline = topLeft.y() + metrics.ascent();
    for (const QString& line : lines) {
        path.addText(QPointF(topLeft.x(), baseline), font, line);
        baseline += metrics.lineSpacing();
    }
    // Keep the label on the image: shift it back inside the device when it would overflow the
    // right or bottom edge (labels of shapes near the edge would otherwise be cut off).
    if (const QPaintDevice* device = painter.device(); device && painter.transform().isIdentity()) {
        const QRectF box = path.boundingRect();
        const double margin = 2.0;
        const double dx = std::min(0.0, device->width() - margin - box.right());
        const double dy = std::min(0.0, device->height() - margin - box.bottom());
        path.translate(std::max(dx, margin - box.left()), std::max(dy, margin - box.top()));
    }
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(QColor(0, 0, 0, 200), std::max(2.0, style.fontSize / 6.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.colour);
    painter.drawPath(path);
    painter.restore();
}

/// Where a shape's label goes: beside its last point for lines, below-right of a region's box.
QPointF labelAnchor(const QPolygonF& mapped, const Shape& shape)
{
    const QPointF gap(8.0, 8.0);
    if (isRegion(shape.kind)) {
        const QRectF box = mapped.boundingRect();
        return box.bottomRight() + gap;
    }
    if (shape.kind == ShapeKind::Angle)
        return mapped[1] + gap; // the vertex
    return mapped.last() + gap;
}

void paintShape(QPainter& painter, const Shape& shape, const RenderContext& context)
{
    if (!validateShape(shape))
        return; // never draw half a shape; documents validate on entry
    const QPolygonF p = mapAll(context, shape.points);
    const double width = shape.style.lineWidth;
    painter.setPen(QPen(shape.style.colour, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const double tick = std::max(4.0, 3.0 * width);

    switch (shape.kind) {
    case ShapeKind::Arrow: {
        const double head = std::max(10.0, 4.0 * width);
        const QPointF d = p[1] - p[0];
        const double length = std::hypot(d.x(), d.y());
        // The shaft stops inside the head so a wide pen does not blunt the tip.
        const QPointF shaftEnd = length > head ? p[1] - d / length * (head * 0.8) : p[0];
        painter.drawLine(p[0], shaftEnd);
        drawArrowHead(painter, p[0], p[1], head, shape.style.colour);
        break;
    }
    case ShapeKind::Text:
        drawText(painter, p[0], shape.text.split(u'\n'), shape.style);
        return;
    case ShapeKind::Point: {
        const double r = std::max(4.0, 2.0 * width);
        painter.drawEllipse(p[0], r, r);
        painter.drawLine(p[0] - QPointF(r * 1.8, 0), p[0] - QPointF(r, 0));
        painter.drawLine(p[0] + QPointF(r, 0), p[0] + QPointF(r * 1.8, 0));
        painter.drawLine(p[0] - QPointF(0, r * 1.8), p[0] - QPointF(0, r));
        painter.drawLine(p[0] + QPointF(0, r), p[0] + QPointF(0, r * 1.8));
        break;
    }
    case ShapeKind::Ruler: {
        painter.drawLine(p[0], p[1]);
        const QPointF normal = normalOf(p[0], p[1]);
        drawTick(painter, p[0], normal, tick);
        drawTick(painter, p[1], normal, tick);
        break;
    }
    case ShapeKind::Angle:
        painter.drawPolyline(p);
        break;
    case ShapeKind::CobbAngle:
        painter.drawLine(p[0], p[1]);
        painter.drawLine(p[2], p[3]);
        break;
    case ShapeKind::Ellipse:
        painter.drawEllipse(QRectF(p[0], p[1]).normalized());
        break;
    case ShapeKind::Rectangle:
        painter.drawRect(QRectF(p[0], p[1]).normalized());
        break;
    case ShapeKind::Polygon:
    case ShapeKind::Freehand:
        painter.drawPolygon(p);
        break;
    }

    if (!context.drawLabels)
        return;
    QStringList lines;
    if (!shape.text.isEmpty())
        lines.append(shape.text);
    lines.append(measure(shape, context.calibration, context.frame).labelLines());
    drawText(painter, labelAnchor(p, shape), lines, shape.style);
}

} // namespace

void paintShapes(QPainter& painter, const std::vector<Shape>& shapes, const RenderContext& context)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const Shape& shape : shapes)
        paintShape(painter, shape, context);
    painter.restore();
}

Result<QImage> renderAnnotated(const QImage& image, const std::vector<Shape>& shapes, const RenderContext& context)
{
    const double zoom = context.zoom;
    if (!std::isfinite(zoom) || zoom <= 0.0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("The zoom must be a positive number."));
    if (image.isNull())
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("There is no image to annotate."));
    const double outWidth = std::round(image.width() * zoom);
    const double outHeight = std::round(image.height() * zoom);
    if (outWidth > kMaxSide || outHeight > kMaxSide || outWidth < 1.0 || outHeight < 1.0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("At zoom %1 the image would be %2 x %3 pixels; the limit is 1 to %4 a side.")
                        .arg(zoom)
                        .arg(outWidth)
                        .arg(outHeight)
                        .arg(kMaxSide));

    QImage out(static_cast<int>(outWidth), static_cast<int>(outHeight), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::black);
    QPainter painter(&out);
    // The same mapping as the shapes (output = zoom * image), nearest neighbour: no half-pixel
    // shift between the pixels and what is drawn on them.
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.scale(zoom, zoom);
    painter.drawImage(QPointF(0.0, 0.0), image);
    painter.restore();
    RenderContext atOrigin = context;
    atOrigin.offset = QPointF();
    paintShapes(painter, shapes, atOrigin);
    painter.end();
    return out.convertToFormat(QImage::Format_ARGB32);
}

} // namespace consilium::annotation
