#pragma once

#include "core/common/Error.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace consilium::annotation {

/// What a shape is. The number and meaning of its points depend on the kind (see Shape).
enum class ShapeKind {
    Arrow, ///< 2 points: tail, head
    Text, ///< 1 point: top-left anchor of Shape::text
    Point, ///< 1 point: a marker
    Ruler, ///< 2 points: the ends of a length measurement
    Angle, ///< 3 points: first arm end, vertex, second arm end
    CobbAngle, ///< 4 points: line 1 (p0, p1), line 2 (p2, p3); the angle between the lines
    Ellipse, ///< 2 points: opposite corners of the axis-aligned bounding box
    Rectangle, ///< 2 points: opposite corners (axis-aligned)
    Polygon, ///< 3 or more points, closed
    Freehand, ///< 3 or more points, closed (drawn by hand; same maths as Polygon)
};

/// The stable name used in the serialised format ("cobb-angle"); see docs/annotation.md.
QString shapeKindName(ShapeKind kind);
/// The kind for a serialised name; empty for unknown names.
std::optional<ShapeKind> shapeKindFromName(const QString& name);
/// Every kind, in declaration order (for tests and tool palettes).
QList<ShapeKind> allShapeKinds();
/// True for the kinds that enclose a region (ellipse, rectangle, polygon, freehand).
bool isRegion(ShapeKind kind);

/// How a shape is drawn. Widths and sizes are in output pixels (the exported image or the
/// screen), not image pixels, so lines and labels stay legible at any zoom.
struct Style {
    QColor colour = QColor(255, 215, 0); ///< opaque gold by default
    double lineWidth = 2.0; ///< > 0
    double fontSize = 14.0; ///< pixel size of labels and text, > 0

    friend bool operator==(const Style&, const Style&) = default;
};

/// The image a shape belongs to: one frame of one SOP instance.
struct ImageRef {
    QString sopInstanceUid; ///< (0008,0018); may be empty for photos that have none
    int frame = 0; ///< 0-based frame number

    friend bool operator==(const ImageRef&, const ImageRef&) = default;
};

/// One annotation. Geometry is in image pixel coordinates with double precision, never in
/// widget coordinates: the pixel in column c and row r covers the square [c, c+1) x [r, r+1),
/// so its centre is (c + 0.5, r + 0.5). This is QImage/QPainter's own convention, which is
/// why drawing at zoom z is a plain multiplication by z with no half-pixel shift.
struct Shape {
    QString id; ///< stable, unique in its document; assigned by AnnotationDocument::add
    ShapeKind kind = ShapeKind::Point;
    ImageRef image;
    QList<QPointF> points;
    QString text; ///< the text of a Text shape; an optional caption for the others
    Style style;

    friend bool operator==(const Shape&, const Shape&) = default;
};

/// Limits that keep hostile or corrupt documents from stalling measurement and drawing.
inline constexpr int kMaxShapePoints = 20000; ///< a freehand stroke of several minutes
inline constexpr double kMaxCoordinate = 1.0e7; ///< image pixels; DICOM images have < 65536
inline constexpr int kMaxShapeTextLength = 10000; ///< characters of a label or caption

/// Checks a shape's points against its kind (count, finite coordinates within
/// ±kMaxCoordinate, at most kMaxShapePoints), its style, text length and frame.
/// Fails with InvalidArgument naming the problem.
Result<void> validateShape(const Shape& shape);

} // namespace consilium::annotation
