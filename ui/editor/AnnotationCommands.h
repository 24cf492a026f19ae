#pragma once

#include "core/annotation/Calibration.h"
#include "core/annotation/Shape.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace consilium::ui {

class EditorDocument;

/// The operations of the editor (Gwenview's "operation" layer): each user edit is one of these
/// on EditorDocument::undoStack(), and only they change the annotations. Each keeps the exact
/// shapes before and after, so undo and redo restore the document bit for bit (ids, order,
/// coordinates). A command whose redo fails (it cannot, for shapes the tools validated) leaves
/// the document as it was and marks itself obsolete.

/// Adds shapes on top. Shapes without an id get a new UUID here, once, so that later commands
/// (move, restyle) name the same shape after an undo and redo.
class AddShapesCommand : public QUndoCommand {
public:
    AddShapesCommand(EditorDocument* document, std::vector<annotation::Shape> shapes, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] const std::vector<annotation::Shape>& shapes() const { return m_shapes; }

private:
    EditorDocument* m_document;
    std::vector<annotation::Shape> m_shapes;
};

/// Removes shapes, remembering where each was in the drawing order.
class RemoveShapesCommand : public QUndoCommand {
public:
    RemoveShapesCommand(EditorDocument* document, const QStringList& ids, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    EditorDocument* m_document;
    std::vector<std::pair<int, annotation::Shape>> m_removed; ///< ascending drawing-order index
};

/// Replaces shapes by new versions of themselves (same ids). The subclasses only name the edit
/// (for Edit › Undo "Move") and decide what merges.
class ChangeShapesCommand : public QUndoCommand {
public:
    ChangeShapesCommand(EditorDocument* document, std::vector<annotation::Shape> before,
                        std::vector<annotation::Shape> after, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    /// True when `other` changes the same shapes (for mergeWith).
    [[nodiscard]] bool sameShapes(const ChangeShapesCommand& other) const;
    void takeAfter(const ChangeShapesCommand& other) { m_after = other.m_after; }

private:
    void apply(const std::vector<annotation::Shape>& shapes);

    EditorDocument* m_document;
    std::vector<annotation::Shape> m_before;
    std::vector<annotation::Shape> m_after;
};

/// Shapes dragged to another place (geometry translated).
class MoveShapesCommand : public ChangeShapesCommand {
public:
    MoveShapesCommand(EditorDocument* document, std::vector<annotation::Shape> before,
                      std::vector<annotation::Shape> after);
};

/// One shape reshaped by a handle.
class ResizeShapeCommand : public ChangeShapesCommand {
public:
    ResizeShapeCommand(EditorDocument* document, annotation::Shape before, annotation::Shape after);
};

/// Colour, line width or font size of shapes. Successive changes of the same property of the
/// same shapes (a spin box stepped ten times) merge into one undo step.
class RestyleShapesCommand : public ChangeShapesCommand {
public:
    static constexpr int kId = 0x5e1e;
    enum class Property { Colour, LineWidth, FontSize };
    RestyleShapesCommand(EditorDocument* document, std::vector<annotation::Shape> before,
                         std::vector<annotation::Shape> after, Property property);
    [[nodiscard]] int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Property m_property;
};

/// The text of a text shape, or a shape's caption.
class EditTextCommand : public ChangeShapesCommand {
public:
    EditTextCommand(EditorDocument* document, annotation::Shape before, annotation::Shape after);
};

/// Calibrates an image by a line of known length (a ruler laid on a coin or a scale in the
/// picture), or clears that calibration: every measurement of the image changes with it.
class CalibrateCommand : public QUndoCommand {
public:
    CalibrateCommand(EditorDocument* document, const QString& sopInstanceUid,
                     std::optional<annotation::ManualCalibration> after);
    void redo() override;
    void undo() override;

private:
    EditorDocument* m_document;
    QString m_uid;
    std::optional<annotation::ManualCalibration> m_before;
    std::optional<annotation::ManualCalibration> m_after;
};

} // namespace consilium::ui
