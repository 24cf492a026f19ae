#include "core/annotation/AnnotationDocument.h"

#include <QUuid>

#include <algorithm>
#include <cmath>

namespace consilium::annotation {

namespace {

/// -0.0 becomes 0.0: JSON writes "-0", which parsers may read back as the integer 0.
QPointF withoutNegativeZero(QPointF p)
{
    return {p.x() + 0.0, p.y() + 0.0};
}

/// What the file can store exactly, so that a document equals its own round trip through
/// JSON: colours at 8 bits per channel in RGB spec, no negative zeros.
Shape normalised(Shape shape)
{
    shape.style.colour = QColor::fromRgba(shape.style.colour.rgba());
    for (QPointF& p : shape.points)
        p = withoutNegativeZero(p);
    return shape;
}

} // namespace

AnnotationDocument::AnnotationDocument(const AnnotationDocument& other)
    : m_shapes(other.m_shapes)
    , m_manual(other.m_manual)
{
}

AnnotationDocument& AnnotationDocument::operator=(const AnnotationDocument& other)
{
    // The listener belongs to this object's observer, not to the copied content.
    m_shapes = other.m_shapes;
    m_manual = other.m_manual;
    notify(ChangeFlag::ShapeAdded | ChangeFlag::ShapeRemoved | ChangeFlag::Geometry | ChangeFlag::StyleChanged
               | ChangeFlag::TextChanged | ChangeFlag::Calibration | ChangeFlag::Reordered,
           {});
    return *this;
}

void AnnotationDocument::notify(ChangeFlags flags, const QString& id) const
{
    if (m_listener)
        m_listener(flags, id);
}

std::vector<Shape>::iterator AnnotationDocument::locate(const QString& id)
{
    return std::find_if(m_shapes.begin(), m_shapes.end(), [&](const Shape& s) { return s.id == id; });
}

Result<QString> AnnotationDocument::add(Shape shape)
{
    if (Result<void> valid = validateShape(shape); !valid)
        return tl::unexpected(valid.error());
    shape = normalised(std::move(shape));
    if (shape.id.isEmpty())
        shape.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (find(shape.id))
        return fail(QStringLiteral("annotation"), ErrorCode::AlreadyExists,
                    QStringLiteral("An annotation with id %1 already exists.").arg(shape.id));
    m_shapes.push_back(std::move(shape));
    const QString id = m_shapes.back().id;
    notify(ChangeFlag::ShapeAdded, id);
    return id;
}

Result<void> AnnotationDocument::update(const Shape& changed)
{
    const Shape shape = normalised(changed);
    const auto it = locate(shape.id);
    if (it == m_shapes.end())
        return fail(QStringLiteral("annotation"), ErrorCode::NotFound,
                    QStringLiteral("There is no annotation with id %1.").arg(shape.id));
    if (Result<void> valid = validateShape(shape); !valid)
        return valid;
    ChangeFlags flags;
    if (it->points != shape.points || it->image != shape.image || it->kind != shape.kind)
        flags |= ChangeFlag::Geometry;
    if (it->style != shape.style)
        flags |= ChangeFlag::StyleChanged;
    if (it->text != shape.text)
        flags |= ChangeFlag::TextChanged;
    *it = shape;
    if (flags)
        notify(flags, shape.id);
    return {};
}

bool AnnotationDocument::remove(const QString& id)
{
    const auto it = locate(id);
    if (it == m_shapes.end())
        return false;
    m_shapes.erase(it);
    notify(ChangeFlag::ShapeRemoved, id);
    return true;
}

bool AnnotationDocument::move(const QString& id, int index)
{
    const auto it = locate(id);
    if (it == m_shapes.end())
        return false;
    Shape shape = std::move(*it);
    m_shapes.erase(it);
    const auto position = static_cast<size_t>(std::clamp(index, 0, static_cast<int>(m_shapes.size())));
    m_shapes.insert(m_shapes.begin() + static_cast<std::ptrdiff_t>(position), std::move(shape));
    notify(ChangeFlag::Reordered, id);
    return true;
}

void AnnotationDocument::clear()
{
    const bool hadCalibrations = !m_manual.empty();
    m_shapes.clear();
    m_manual.clear();
    notify(hadCalibrations ? ChangeFlags(ChangeFlag::ShapeRemoved | ChangeFlag::Calibration)
                           : ChangeFlags(ChangeFlag::ShapeRemoved),
           {});
}

const Shape* AnnotationDocument::find(const QString& id) const
{
    const auto it = std::find_if(m_shapes.begin(), m_shapes.end(), [&](const Shape& s) { return s.id == id; });
    return it == m_shapes.end() ? nullptr : &*it;
}

std::vector<Shape> AnnotationDocument::shapesOn(const ImageRef& image) const
{
    std::vector<Shape> result;
    std::copy_if(m_shapes.begin(), m_shapes.end(), std::back_inserter(result),
                 [&](const Shape& s) { return s.image == image; });
    return result;
}

Result<void> AnnotationDocument::setManualCalibration(const QString& sopInstanceUid,
                                                      const ManualCalibration& calibration)
{
    if (Result<double> valid = calibration.mmPerPixel(); !valid)
        return tl::unexpected(valid.error());
    if (!std::isfinite(calibration.a.x()) || !std::isfinite(calibration.a.y()) || !std::isfinite(calibration.b.x())
        || !std::isfinite(calibration.b.y()))
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("A calibration line must have finite coordinates."));
    m_manual[sopInstanceUid] =
        ManualCalibration{withoutNegativeZero(calibration.a), withoutNegativeZero(calibration.b), calibration.lengthMm};
    notify(ChangeFlag::Calibration, {});
    return {};
}

bool AnnotationDocument::clearManualCalibration(const QString& sopInstanceUid)
{
    if (m_manual.erase(sopInstanceUid) == 0)
        return false;
    notify(ChangeFlag::Calibration, {});
    return true;
}

std::optional<ManualCalibration> AnnotationDocument::manualCalibration(const QString& sopInstanceUid) const
{
    const auto it = m_manual.find(sopInstanceUid);
    if (it == m_manual.end())
        return std::nullopt;
    return it->second;
}

Calibration AnnotationDocument::calibrationFor(const QString& sopInstanceUid, const Calibration& base) const
{
    const auto manual = manualCalibration(sopInstanceUid);
    if (!manual)
        return base;
    // setManualCalibration() validated it, so this cannot fail; keep the base if it ever did.
    return base.withManual(*manual).value_or(base);
}

} // namespace consilium::annotation
