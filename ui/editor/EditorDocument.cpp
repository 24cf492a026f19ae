#include "ui/editor/EditorDocument.h"

#include "core/annotation/Measurement.h"

#include <QUndoStack>

#include <algorithm>

namespace consilium::ui {

EditorDocument::EditorDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

EditorDocument::~EditorDocument() = default;

void EditorDocument::resetAnnotations(annotation::AnnotationDocument document)
{
    Q_EMIT modelAboutToBeReset();
    m_document = std::move(document);
    m_selection.clear();
    m_undo->clear();
    Q_EMIT modelReset();
    Q_EMIT selectionChanged();
}

void EditorDocument::setCurrentImage(const annotation::ImageRef& image, const annotation::Calibration& calibration)
{
    m_image = image;
    m_calibration = calibration;
    // Shapes of another frame cannot be edited on this one.
    QStringList kept;
    for (const QString& id : std::as_const(m_selection)) {
        if (const annotation::Shape* s = m_document.find(id); s && s->image == image)
            kept.append(id);
    }
    if (kept != m_selection) {
        m_selection = kept;
        Q_EMIT selectionChanged();
    }
    Q_EMIT currentImageChanged();
}

annotation::Calibration EditorDocument::calibration() const
{
    return m_document.calibrationFor(m_image.sopInstanceUid, m_calibration);
}

int EditorDocument::indexOf(const QString& id) const
{
    const auto& shapes = m_document.shapes();
    const auto it = std::find_if(shapes.begin(), shapes.end(), [&](const annotation::Shape& s) { return s.id == id; });
    return it == shapes.end() ? -1 : static_cast<int>(it - shapes.begin());
}

QString EditorDocument::measurementSummary(const annotation::Shape& shape) const
{
    const annotation::Calibration base = shape.image == m_image ? m_calibration : annotation::Calibration();
    const QStringList lines =
        annotation::measure(shape, m_document.calibrationFor(shape.image.sopInstanceUid, base), nullptr).labelLines();
    return lines.isEmpty() ? QString() : lines.first();
}

void EditorDocument::setSelection(const QStringList& ids)
{
    QStringList valid;
    for (const QString& id : ids) {
        if (m_document.find(id) && !valid.contains(id))
            valid.append(id);
    }
    if (valid == m_selection)
        return;
    m_selection = valid;
    Q_EMIT selectionChanged();
}

Result<void> EditorDocument::insertShape(const annotation::Shape& shape, int index)
{
    if (auto valid = annotation::validateShape(shape); !valid)
        return valid;
    if (shape.id.isEmpty() || m_document.find(shape.id))
        return fail(QStringLiteral("editor"), ErrorCode::InvalidArgument,
                    QStringLiteral("A shape needs a new, unique id to be inserted."));
    const int at = std::clamp(index, 0, shapeCount());
    Q_EMIT shapeAboutToBeInserted(at);
    const auto added = m_document.add(shape);
    if (!added) // checked above; kept for the model's sake: rows announced must arrive
        return tl::unexpected(added.error());
    m_document.move(shape.id, at);
    Q_EMIT shapeInserted(at, shape.id);
    return {};
}

bool EditorDocument::removeShape(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    Q_EMIT shapeAboutToBeRemoved(index, id);
    m_document.remove(id);
    Q_EMIT shapeRemoved(index);
    if (m_selection.removeAll(id) > 0)
        Q_EMIT selectionChanged();
    return true;
}

Result<void> EditorDocument::replaceShape(const annotation::Shape& shape)
{
    if (auto updated = m_document.update(shape); !updated)
        return updated;
    Q_EMIT shapeChanged(indexOf(shape.id), shape.id);
    return {};
}

Result<void> EditorDocument::setManualCalibration(const QString& sopInstanceUid,
                                                  const std::optional<annotation::ManualCalibration>& calibration)
{
    if (calibration) {
        if (auto set = m_document.setManualCalibration(sopInstanceUid, *calibration); !set)
            return set;
    } else {
        m_document.clearManualCalibration(sopInstanceUid);
    }
    Q_EMIT calibrationChanged();
    return {};
}

} // namespace consilium::ui
