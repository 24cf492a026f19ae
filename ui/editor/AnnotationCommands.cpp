#include "ui/editor/AnnotationCommands.h"

#include "ui/editor/EditorDocument.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace consilium::ui {

namespace {

QString trCommand(const char* text)
{
    return QCoreApplication::translate("consilium::ui::AnnotationCommands", text);
}

} // namespace

AddShapesCommand::AddShapesCommand(EditorDocument* document, std::vector<annotation::Shape> shapes,
                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_shapes(std::move(shapes))
{
    for (annotation::Shape& shape : m_shapes) {
        if (shape.id.isEmpty())
            shape.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    //: Undo/redo menu entry: a new annotation was drawn ("Undo Add Annotation").
    setText(m_shapes.size() == 1
                ? trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Add Annotation"))
                //: Undo/redo menu entry: several annotations were added at once.
                : trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Add Annotations")));
}

void AddShapesCommand::redo()
{
    for (const annotation::Shape& shape : m_shapes) {
        if (!m_document->insertShape(shape, m_document->shapeCount())) {
            setObsolete(true);
            return;
        }
    }
    QStringList ids;
    for (const annotation::Shape& shape : m_shapes)
        ids.append(shape.id);
    m_document->setSelection(ids);
}

void AddShapesCommand::undo()
{
    for (auto it = m_shapes.rbegin(); it != m_shapes.rend(); ++it)
        m_document->removeShape(it->id);
}

RemoveShapesCommand::RemoveShapesCommand(EditorDocument* document, const QStringList& ids, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (const QString& id : ids) {
        if (const annotation::Shape* shape = document->shape(id))
            m_removed.emplace_back(document->indexOf(id), *shape);
    }
    std::sort(m_removed.begin(), m_removed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    //: Undo/redo menu entry: annotations were deleted.
    setText(trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Delete Annotations")));
}

void RemoveShapesCommand::redo()
{
    for (const auto& [index, shape] : m_removed)
        m_document->removeShape(shape.id);
}

void RemoveShapesCommand::undo()
{
    // Ascending order: each shape goes back where it was, the ones below it being back already.
    QStringList ids;
    for (const auto& [index, shape] : m_removed) {
        m_document->insertShape(shape, index);
        ids.append(shape.id);
    }
    m_document->setSelection(ids);
}

ChangeShapesCommand::ChangeShapesCommand(EditorDocument* document, std::vector<annotation::Shape> before,
                                         std::vector<annotation::Shape> after, const QString& text,
                                         QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeShapesCommand::redo()
{
    apply(m_after);
}

void ChangeShapesCommand::undo()
{
    apply(m_before);
}

void ChangeShapesCommand::apply(const std::vector<annotation::Shape>& shapes)
{
    for (const annotation::Shape& shape : shapes)
        m_document->replaceShape(shape);
}

bool ChangeShapesCommand::sameShapes(const ChangeShapesCommand& other) const
{
    if (other.m_after.size() != m_after.size())
        return false;
    for (size_t i = 0; i < m_after.size(); ++i) {
        if (other.m_after[i].id != m_after[i].id)
            return false;
    }
    return true;
}

MoveShapesCommand::MoveShapesCommand(EditorDocument* document, std::vector<annotation::Shape> before,
                                     std::vector<annotation::Shape> after)
    //: Undo/redo menu entry: annotations were dragged to another place.
    : ChangeShapesCommand(document, std::move(before), std::move(after),
                          trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Move Annotations")))
{
}

ResizeShapeCommand::ResizeShapeCommand(EditorDocument* document, annotation::Shape before, annotation::Shape after)
    //: Undo/redo menu entry: an annotation was reshaped with one of its handles.
    : ChangeShapesCommand(document, {std::move(before)}, {std::move(after)},
                          trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Resize Annotation")))
{
}

RestyleShapesCommand::RestyleShapesCommand(EditorDocument* document, std::vector<annotation::Shape> before,
                                           std::vector<annotation::Shape> after, Property property)
    //: Undo/redo menu entry: colour, line width or font size of annotations changed.
    : ChangeShapesCommand(document, std::move(before), std::move(after),
                          trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Change Style")))
    , m_property(property)
{
}

bool RestyleShapesCommand::mergeWith(const QUndoCommand* other)
{
    const auto* restyle = dynamic_cast<const RestyleShapesCommand*>(other);
    if (!restyle || restyle->m_property != m_property || !sameShapes(*restyle))
        return false;
    takeAfter(*restyle);
    return true;
}

EditTextCommand::EditTextCommand(EditorDocument* document, annotation::Shape before, annotation::Shape after)
    //: Undo/redo menu entry: the text of an annotation was edited.
    : ChangeShapesCommand(document, {std::move(before)}, {std::move(after)},
                          trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Edit Text")))
{
}

CalibrateCommand::CalibrateCommand(EditorDocument* document, const QString& sopInstanceUid,
                                   std::optional<annotation::ManualCalibration> after)
    : m_document(document)
    , m_uid(sopInstanceUid)
    , m_before(document->annotations().manualCalibration(sopInstanceUid))
    , m_after(std::move(after))
{
    setText(m_after
                //: Undo/redo menu entry: the image was calibrated by a line of known length.
                ? trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Calibrate"))
                //: Undo/redo menu entry: the manual calibration of the image was removed.
                : trCommand(QT_TRANSLATE_NOOP("consilium::ui::AnnotationCommands", "Clear Calibration")));
}

void CalibrateCommand::redo()
{
    if (!m_document->setManualCalibration(m_uid, m_after))
        setObsolete(true);
}

void CalibrateCommand::undo()
{
    m_document->setManualCalibration(m_uid, m_before);
}

} // namespace consilium::ui
