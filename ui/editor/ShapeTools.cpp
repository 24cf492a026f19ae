#include "ui/editor/ShapeTools.h"

#include "ui/editor/AnnotationCommands.h"
#include "ui/editor/EditorCanvas.h"
#include "ui/editor/EditorDocument.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

namespace consilium::ui {

namespace {

using annotation::Shape;
using annotation::ShapeKind;

/// Below this many widget pixels a press and release are a click, not a drag.
constexpr double kDragThreshold = 4.0;

} // namespace

// --- SelectTool -------------------------------------------------------------------------

void SelectTool::press(QMouseEvent& event)
{
    EditorDocument* document = m_canvas.document();
    m_pressWidget = event.position();
    m_pressImage = m_canvas.toImage(event.position());
    m_additive = event.modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_before.clear();
    if (!m_additive) {
        if (const auto handle = m_canvas.handleAt(event.position())) {
            m_drag = Drag::Handle;
            m_handle = handle->second;
            m_before = {*document->shape(handle->first)};
            return;
        }
    }
    const QString hit = m_canvas.shapeAt(event.position());
    if (hit.isEmpty()) {
        m_drag = Drag::Band;
        m_band = QRectF(m_pressWidget, QSizeF());
        if (!m_additive)
            document->setSelection({});
        return;
    }
    if (m_additive) {
        QStringList selection = document->selection();
        if (selection.contains(hit))
            selection.removeAll(hit);
        else
            selection.append(hit);
        document->setSelection(selection);
        m_drag = Drag::None;
        return;
    }
    if (!document->isSelected(hit))
        document->setSelection({hit});
    m_drag = Drag::Move;
    for (const QString& id : document->selection()) {
        if (const Shape* shape = document->shape(id))
            m_before.push_back(*shape);
    }
}

std::vector<Shape> SelectTool::moved(const QPointF& imagePos) const
{
    const QPointF delta = imagePos - m_pressImage;
    std::vector<Shape> shapes = m_before;
    for (Shape& shape : shapes) {
        for (QPointF& p : shape.points)
            p += delta;
    }
    return shapes;
}

void SelectTool::move(QMouseEvent& event)
{
    const QPointF image = m_canvas.toImage(event.position());
    switch (m_drag) {
    case Drag::None:
        m_canvas.setCursor(m_canvas.handleAt(event.position())            ? Qt::SizeAllCursor
                           : m_canvas.shapeAt(event.position()).isEmpty() ? Qt::ArrowCursor
                                                                          : Qt::OpenHandCursor);
        return;
    case Drag::Move:
        m_canvas.setPreview(moved(image));
        return;
    case Drag::Handle:
        m_canvas.setPreview({EditorCanvas::withHandleMoved(m_before.front(), m_handle, m_canvas.clampToImage(image))});
        return;
    case Drag::Band:
        m_band = QRectF(m_pressWidget, event.position()).normalized();
        m_canvas.requestRepaint();
        return;
    }
}

void SelectTool::release(QMouseEvent& event)
{
    EditorDocument* document = m_canvas.document();
    const QPointF image = m_canvas.toImage(event.position());
    const bool dragged = QLineF(m_pressWidget, event.position()).length() >= kDragThreshold;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    m_canvas.clearPreview();
    if (!dragged && drag != Drag::Band)
        return;
    switch (drag) {
    case Drag::None:
        return;
    case Drag::Move:
        document->undoStack()->push(new MoveShapesCommand(document, m_before, moved(image)));
        return;
    case Drag::Handle:
        document->undoStack()->push(new ResizeShapeCommand(
            document, m_before.front(),
            EditorCanvas::withHandleMoved(m_before.front(), m_handle, m_canvas.clampToImage(image))));
        return;
    case Drag::Band: {
        QStringList selection = m_additive ? document->selection() : QStringList();
        if (dragged) {
            for (const Shape& shape : document->currentShapes()) {
                if (m_band.intersects(m_canvas.widgetBounds(shape).adjusted(-1, -1, 1, 1))
                    && !selection.contains(shape.id))
                    selection.append(shape.id);
            }
        }
        m_band = {};
        document->setSelection(selection);
        m_canvas.requestRepaint();
        return;
    }
    }
}

void SelectTool::doubleClick(QMouseEvent& event)
{
    const QString hit = m_canvas.shapeAt(event.position());
    if (hit.isEmpty())
        return;
    m_canvas.document()->setSelection({hit});
    m_canvas.beginTextEdit(m_canvas.toImage(event.position()), hit);
}

bool SelectTool::key(QKeyEvent& event)
{
    EditorDocument* document = m_canvas.document();
    const double step = event.modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
    QPointF delta;
    switch (event.key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        return false;
    }
    if (document->selection().isEmpty() || m_drag != Drag::None)
        return false;
    std::vector<Shape> before;
    std::vector<Shape> after;
    for (const QString& id : document->selection()) {
        if (const Shape* shape = document->shape(id)) {
            before.push_back(*shape);
            after.push_back(*shape);
            for (QPointF& p : after.back().points)
                p += delta;
        }
    }
    document->undoStack()->push(new MoveShapesCommand(document, before, after));
    return true;
}

void SelectTool::paint(QPainter& painter) const
{
    if (m_drag != Drag::Band || m_band.isEmpty())
        return;
    painter.save();
    painter.setPen(QPen(QColor(90, 170, 255), 1.0));
    painter.setBrush(QColor(90, 170, 255, 40));
    painter.drawRect(m_band);
    painter.restore();
}

void SelectTool::cancel()
{
    m_drag = Drag::None;
    m_band = {};
    m_canvas.clearPreview();
}

// --- CreateShapeTool --------------------------------------------------------------------

CreateShapeTool::CreateShapeTool(EditorCanvas& canvas, ShapeKind kind)
    : EditorTool(canvas)
    , m_kind(kind)
{
}

int CreateShapeTool::pointsNeeded() const
{
    switch (m_kind) {
    case ShapeKind::Point:
    case ShapeKind::Text:
        return 1;
    case ShapeKind::Angle:
        return 3;
    case ShapeKind::CobbAngle:
        return 4;
    case ShapeKind::Polygon:
    case ShapeKind::Freehand:
        return -1; // open-ended
    default:
        return 2;
    }
}

void CreateShapeTool::press(QMouseEvent& event)
{
    const QPointF image = m_canvas.clampToImage(m_canvas.toImage(event.position()));
    m_pressWidget = event.position();
    m_dragging = true;
    if (m_kind == ShapeKind::Text) {
        m_dragging = false;
        m_canvas.beginTextEdit(image);
        return;
    }
    m_points.append(image);
    if (pointsNeeded() == static_cast<int>(m_points.size()))
        finish();
    else
        updatePreview(image);
}

void CreateShapeTool::move(QMouseEvent& event)
{
    if (m_points.isEmpty())
        return;
    const QPointF image = m_canvas.clampToImage(m_canvas.toImage(event.position()));
    if (m_kind == ShapeKind::Freehand && m_dragging) {
        // Sample the stroke every few screen pixels: enough detail, bounded size.
        if (QLineF(m_canvas.toWidget(m_points.last()), event.position()).length() >= 3.0
            && m_points.size() < annotation::kMaxShapePoints)
            m_points.append(image);
        updatePreview(image);
        return;
    }
    updatePreview(image);
}

void CreateShapeTool::release(QMouseEvent& event)
{
    if (m_points.isEmpty() || !m_dragging)
        return;
    m_dragging = false;
    const QPointF image = m_canvas.clampToImage(m_canvas.toImage(event.position()));
    if (m_kind == ShapeKind::Freehand) {
        if (m_points.size() >= 3)
            finish();
        else
            cancel();
        return;
    }
    const bool dragged = QLineF(m_pressWidget, event.position()).length() >= kDragThreshold;
    if (m_kind == ShapeKind::Polygon || !dragged)
        return; // a click: the next point comes with the next click
    m_points.append(image);
    if (static_cast<int>(m_points.size()) >= pointsNeeded())
        finish();
}

void CreateShapeTool::doubleClick(QMouseEvent& /*event*/)
{
    if (m_kind == ShapeKind::Polygon && m_points.size() >= 3)
        finish();
}

bool CreateShapeTool::key(QKeyEvent& event)
{
    if (m_points.isEmpty())
        return false;
    if (event.key() == Qt::Key_Escape) {
        cancel();
        return true;
    }
    if ((event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter) && m_kind == ShapeKind::Polygon) {
        if (m_points.size() >= 3)
            finish();
        return true;
    }
    return false;
}

void CreateShapeTool::updatePreview(const QPointF& hover)
{
    Shape shape;
    shape.id = QStringLiteral("~preview");
    shape.kind = m_kind;
    shape.image = m_canvas.document()->currentImage();
    shape.style = m_canvas.newShapeStyle();
    shape.points = m_points;
    const int needed = pointsNeeded();
    if (m_kind != ShapeKind::Freehand && (needed < 0 || shape.points.size() < needed))
        shape.points.append(hover);
    // Show what can be shown: an angle with two points is a line so far, a polygon with two a
    // segment; the renderer draws only complete shapes.
    if (m_kind == ShapeKind::Angle && shape.points.size() == 2)
        shape.kind = ShapeKind::Ruler;
    if (m_kind == ShapeKind::CobbAngle && shape.points.size() < 4) {
        shape.kind = ShapeKind::Ruler;
        shape.points = shape.points.size() == 3 ? QList<QPointF>{shape.points[2], shape.points[2]}
                                                : QList<QPointF>{shape.points[0], shape.points[1]};
        if (m_points.size() >= 2) {
            // The first line stays visible while the second is drawn.
            Shape first = shape;
            first.id = QStringLiteral("~preview-first");
            first.points = {m_points[0], m_points[1]};
            if (m_points.size() == 3)
                shape.points = {m_points[2], hover};
            m_canvas.setPreview({first, shape});
            return;
        }
    }
    if ((m_kind == ShapeKind::Polygon || m_kind == ShapeKind::Freehand) && shape.points.size() < 3) {
        shape.kind = ShapeKind::Ruler;
        shape.points = {shape.points.front(), shape.points.back()};
    }
    m_canvas.setPreview({shape});
}

void CreateShapeTool::finish()
{
    Shape shape;
    shape.kind = m_kind;
    shape.image = m_canvas.document()->currentImage();
    shape.style = m_canvas.newShapeStyle();
    shape.points = m_points;
    m_points.clear();
    m_dragging = false;
    m_canvas.clearPreview();
    if (!annotation::validateShape(shape))
        return;
    EditorDocument* document = m_canvas.document();
    document->undoStack()->push(new AddShapesCommand(document, {shape}));
}

void CreateShapeTool::cancel()
{
    m_points.clear();
    m_dragging = false;
    m_canvas.clearPreview();
}

} // namespace consilium::ui
