#include "core/annotation/Shape.h"

#include <cmath>

namespace consilium::annotation {

namespace {

struct KindInfo {
    ShapeKind kind;
    const char16_t* name;
    int minPoints;
    int maxPoints; ///< -1: unbounded
};

// clang-format off
constexpr KindInfo kKinds[] = {
    {ShapeKind::Arrow, u"arrow", 2, 2},
    {ShapeKind::Text, u"text", 1, 1},
    {ShapeKind::Point, u"point", 1, 1},
    {ShapeKind::Ruler, u"ruler", 2, 2},
    {ShapeKind::Angle, u"angle", 3, 3},
    {ShapeKind::CobbAngle, u"cobb-angle", 4, 4},
    {ShapeKind::Ellipse, u"ellipse", 2, 2},
    {ShapeKind::Rectangle, u"rectangle", 2, 2},
    {ShapeKind::Polygon, u"polygon", 3, -1},
    {ShapeKind::Freehand, u"freehand", 3, -1},
};
// clang-format on

const KindInfo& info(ShapeKind kind)
{
    for (const KindInfo& k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[2];
}

Error invalid(const QString& message)
{
    return Error{QStringLiteral("annotation"), ErrorCode::InvalidArgument, message};
}

} // namespace

QString shapeKindName(ShapeKind kind)
{
    return QString::fromUtf16(info(kind).name);
}

std::optional<ShapeKind> shapeKindFromName(const QString& name)
{
    for (const KindInfo& k : kKinds) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<ShapeKind> allShapeKinds()
{
    QList<ShapeKind> kinds;
    for (const KindInfo& k : kKinds)
        kinds.append(k.kind);
    return kinds;
}

bool isRegion(ShapeKind kind)
{
    return kind == ShapeKind::Ellipse || kind == ShapeKind::Rectangle || kind == ShapeKind::Polygon
           || kind == ShapeKind::Freehand;
}

Result<void> validateShape(const Shape& shape)
{
    const KindInfo& k = info(shape.kind);
    const int count = static_cast<int>(shape.points.size());
    if (count < k.minPoints || (k.maxPoints >= 0 && count > k.maxPoints)) {
        const QString expected = k.maxPoints < 0 ? QStringLiteral("at least %1").arg(k.minPoints)
                                 : k.minPoints == k.maxPoints
                                     ? QString::number(k.minPoints)
                                     : QStringLiteral("%1 to %2").arg(k.minPoints).arg(k.maxPoints);
        return tl::unexpected(invalid(
            QStringLiteral("A %1 needs %2 points, not %3.").arg(shapeKindName(shape.kind), expected).arg(count)));
    }
    if (count > kMaxShapePoints)
        return tl::unexpected(invalid(QStringLiteral("A %1 has %2 points; at most %3 are allowed.")
                                          .arg(shapeKindName(shape.kind))
                                          .arg(count)
                                          .arg(kMaxShapePoints)));
    for (const QPointF& p : shape.points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return tl::unexpected(invalid(
                QStringLiteral("A %1 has a point that is not a finite number.").arg(shapeKindName(shape.kind))));
        if (std::abs(p.x()) > kMaxCoordinate || std::abs(p.y()) > kMaxCoordinate)
            return tl::unexpected(invalid(QStringLiteral("A %1 has a point more than %2 pixels from the image.")
                                              .arg(shapeKindName(shape.kind))
                                              .arg(kMaxCoordinate, 0, 'g')));
    }
    if (shape.text.size() > kMaxShapeTextLength)
        return tl::unexpected(
            invalid(QStringLiteral("The text is longer than %1 characters.").arg(kMaxShapeTextLength)));
    if (shape.image.frame < 0)
        return tl::unexpected(
            invalid(QStringLiteral("The frame number must be 0 or more, not %1.").arg(shape.image.frame)));
    if (!shape.style.colour.isValid())
        return tl::unexpected(invalid(QStringLiteral("The colour is not valid.")));
    if (!(shape.style.lineWidth > 0.0) || !std::isfinite(shape.style.lineWidth))
        return tl::unexpected(invalid(QStringLiteral("The line width must be a positive number.")));
    if (!(shape.style.fontSize > 0.0) || !std::isfinite(shape.style.fontSize))
        return tl::unexpected(invalid(QStringLiteral("The font size must be a positive number.")));
    if (shape.kind == ShapeKind::Text && shape.text.isEmpty())
        return tl::unexpected(invalid(QStringLiteral("A text label needs some text.")));
    return {};
}

} // namespace consilium::annotation
