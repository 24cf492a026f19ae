#pragma once

#include <Qt>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace consilium::ui {

class EditorCanvas;

/// One tool of the editor (Gwenview's "tool" layer): turns mouse and keys on the canvas into
/// previews while the gesture lasts and one undo command when it ends. Tools get the left
/// button only; the canvas keeps middle-drag (pan), right-drag (window) and Ctrl+wheel (zoom)
/// for every tool. Geometry is converted to image pixels through the canvas at once.
class EditorTool {
public:
    explicit EditorTool(EditorCanvas& canvas)
        : m_canvas(canvas)
    {
    }
    virtual ~EditorTool() = default;
    EditorTool(const EditorTool&) = delete;
    EditorTool& operator=(const EditorTool&) = delete;

    virtual void press(QMouseEvent& event) = 0;
    /// Every move, with or without a button (hover previews of click-by-click tools).
    virtual void move(QMouseEvent& event) = 0;
    virtual void release(QMouseEvent& event) = 0;
    virtual void doubleClick(QMouseEvent& /*event*/) {}
    /// Return/Enter and Escape reach the tool first; true when it used the key.
    virtual bool key(QKeyEvent& /*event*/) { return false; }
    /// Draws the gesture in progress (rubber band, the shape being drawn), widget coordinates.
    virtual void paint(QPainter& /*painter*/) const {}
    /// Abandons the gesture in progress (Escape, tool switch, another image).
    virtual void cancel() {}
    [[nodiscard]] virtual Qt::CursorShape cursorShape() const { return Qt::CrossCursor; }

protected:
    EditorCanvas& m_canvas;
};

} // namespace consilium::ui
