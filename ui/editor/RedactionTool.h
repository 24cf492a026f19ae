#pragma once

#include "ui/editor/EditorTool.h"

#include <QPointF>
#include <QRect>

namespace consilium::ui {

/// Reviews redaction boxes on the canvas: a click selects the region under the cursor, a drag
/// inside it moves it, a drag on its corner resizes it, a drag elsewhere draws a new box (on
/// this frame; the panel can propagate it to every frame). Each finished drag is one command.
class RedactionTool : public EditorTool {
public:
    using EditorTool::EditorTool;
    void press(QMouseEvent& event) override;
    void move(QMouseEvent& event) override;
    void release(QMouseEvent& event) override;
    void paint(QPainter& painter) const override;
    void cancel() override;

private:
    enum class Drag { None, Draw, Move, Corner };
    [[nodiscard]] int regionAt(const QPointF& widget) const;
    [[nodiscard]] QRect draggedRect(const QPointF& widget) const;

    Drag m_drag = Drag::None;
    int m_index = -1;
    int m_corner = -1; ///< 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left
    QPointF m_pressImage;
    QRect m_start;
    QRect m_current; ///< the box while dragging, image pixels
};

} // namespace consilium::ui
