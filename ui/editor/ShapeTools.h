#pragma once

#include "core/annotation/Shape.h"
#include "ui/editor/EditorTool.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace consilium::ui {

/// Selects, moves and reshapes. A click selects the shape under the cursor (Ctrl+click adds
/// or removes it), a drag on a selected shape moves the whole selection, a drag on a handle
/// reshapes that shape, a drag on empty image draws a rubber band (with Ctrl it adds to the
/// selection); a double-click edits a shape's text in place; the arrow keys nudge the selection
/// by one image pixel (ten with Shift). Each finished drag or key press is one command.
class SelectTool : public EditorTool {
public:
    using EditorTool::EditorTool;
    void press(QMouseEvent& event) override;
    void move(QMouseEvent& event) override;
    void release(QMouseEvent& event) override;
    void doubleClick(QMouseEvent& event) override;
    bool key(QKeyEvent& event) override;
    void paint(QPainter& painter) const override;
    void cancel() override;
    [[nodiscard]] Qt::CursorShape cursorShape() const override { return Qt::ArrowCursor; }

private:
    enum class Drag { None, Move, Handle, Band };
    [[nodiscard]] std::vector<annotation::Shape> moved(const QPointF& imagePos) const;

    Drag m_drag = Drag::None;
    QPointF m_pressWidget;
    QPointF m_pressImage;
    std::vector<annotation::Shape> m_before;
    int m_handle = -1;
    bool m_additive = false;
    QRectF m_band;
};

/// Draws one kind of shape. Two-point shapes (arrow, ruler, ellipse, rectangle) by a drag; a
/// point or a text anchor by a click; an angle by three points and a Cobb angle by four, each
/// placed with a click or as the two ends of a drag; a polygon click by click, closed with a
/// double-click or Enter; a freehand region by one drag. Escape abandons the shape.
class CreateShapeTool : public EditorTool {
public:
    CreateShapeTool(EditorCanvas& canvas, annotation::ShapeKind kind);
    void press(QMouseEvent& event) override;
    void move(QMouseEvent& event) override;
    void release(QMouseEvent& event) override;
    void doubleClick(QMouseEvent& event) override;
    bool key(QKeyEvent& event) override;
    void cancel() override;

private:
    [[nodiscard]] int pointsNeeded() const;
    void updatePreview(const QPointF& hover);
    void finish();

    annotation::ShapeKind m_kind;
    QList<QPointF> m_points; ///< placed so far, image coordinates
    QPointF m_pressWidget;
    bool m_dragging = false;
};

} // namespace consilium::ui
