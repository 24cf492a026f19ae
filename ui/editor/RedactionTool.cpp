#include "ui/editor/RedactionTool.h"

#include "ui/editor/EditorCanvas.h"
#include "ui/editor/RedactionReview.h"

#include <QLineF>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace consilium::ui {

namespace {

constexpr double kCornerTolerance = 8.0;

QPoint pixelOf(const QPointF& image)
{
    return {static_cast<int>(std::floor(image.x())), static_cast<int>(std::floor(image.y()))};
}

/// The box spanned by two image positions, whole pixels, both ends included.
QRect spanned(const QPointF& a, const QPointF& b)
{
    const QPoint p = pixelOf(a);
    const QPoint q = pixelOf(b);
    return QRect(QPoint(std::min(p.x(), q.x()), std::min(p.y(), q.y())),
                 QPoint(std::max(p.x(), q.x()), std::max(p.y(), q.y())));
}

} // namespace

int RedactionTool::regionAt(const QPointF& widget) const
{
    const RedactionReview* review = m_canvas.redactionReview();
    if (!review)
        return -1;
    const QPoint pixel = pixelOf(m_canvas.toImage(widget));
    const auto& regions = review->regions();
    for (int i = static_cast<int>(regions.size()) - 1; i >= 0; --i) {
        if (regions[size_t(i)].appliesTo(m_canvas.frameIndex()) && regions[size_t(i)].rect.contains(pixel))
            return i;
    }
    return -1;
}

void RedactionTool::press(QMouseEvent& event)
{
    RedactionReview* review = m_canvas.redactionReview();
    if (!review)
        return;
    m_pressImage = m_canvas.clampToImage(m_canvas.toImage(event.position()));
    // A corner of the current region first: it may lie just outside the box.
    const int current = review->currentIndex();
    if (current >= 0 && review->regions()[size_t(current)].appliesTo(m_canvas.frameIndex())) {
        const QRect r = review->regions()[size_t(current)].rect;
        const QPointF corners[4] = {QPointF(r.left(), r.top()), QPointF(r.right() + 1.0, r.top()),
                                    QPointF(r.right() + 1.0, r.bottom() + 1.0), QPointF(r.left(), r.bottom() + 1.0)};
        for (int i = 0; i < 4; ++i) {
            if (QLineF(m_canvas.toWidget(corners[i]), event.position()).length() <= kCornerTolerance) {
                m_drag = Drag::Corner;
                m_index = current;
                m_corner = i;
                m_start = r;
                m_current = r;
                return;
            }
        }
    }
    m_index = regionAt(event.position());
    if (m_index >= 0) {
        review->setCurrentIndex(m_index);
        m_drag = Drag::Move;
        m_start = review->regions()[size_t(m_index)].rect;
        m_current = m_start;
        return;
    }
    review->setCurrentIndex(-1);
    m_drag = Drag::Draw;
    m_current = {};
}

QRect RedactionTool::draggedRect(const QPointF& widget) const
{
    const QPointF image = m_canvas.clampToImage(m_canvas.toImage(widget));
    switch (m_drag) {
    case Drag::None:
        return {};
    case Drag::Draw:
        return spanned(m_pressImage, image);
    case Drag::Move: {
        const QPoint delta = pixelOf(image) - pixelOf(m_pressImage);
        return m_start.translated(delta);
    }
    case Drag::Corner: {
        // The opposite corner stays where it was.
        const QPointF opposite[4] = {QPointF(m_start.right(), m_start.bottom()),
                                     QPointF(m_start.left(), m_start.bottom()), QPointF(m_start.left(), m_start.top()),
                                     QPointF(m_start.right(), m_start.top())};
        return spanned(opposite[m_corner], image);
    }
    }
    return {};
}

void RedactionTool::move(QMouseEvent& event)
{
    if (m_drag == Drag::None)
        return;
    m_current = draggedRect(event.position());
    m_canvas.requestRepaint();
}

void RedactionTool::release(QMouseEvent& event)
{
    RedactionReview* review = m_canvas.redactionReview();
    const Drag drag = m_drag;
    const QRect rect = draggedRect(event.position());
    m_drag = Drag::None;
    if (!review || drag == Drag::None)
        return;
    m_current = {};
    m_canvas.requestRepaint();
    if (drag == Drag::Draw) {
        // A click is not a box: at least 3 x 3 pixels.
        if (rect.width() >= 3 && rect.height() >= 3)
            review->addManualRegion(rect, m_canvas.frameIndex());
        return;
    }
    if (rect != m_start)
        review->setRect(m_index, rect);
}

void RedactionTool::paint(QPainter& painter) const
{
    if (m_drag == Drag::None || m_current.isEmpty())
        return;
    painter.save();
    const QRectF box(m_canvas.toWidget(m_current.topLeft()),
                     m_canvas.toWidget(QPointF(m_current.right() + 1.0, m_current.bottom() + 1.0)));
    painter.setPen(QPen(QColor(230, 50, 50), 2.0, Qt::DashLine));
    painter.setBrush(QColor(230, 50, 50, 60));
    painter.drawRect(box);
    painter.restore();
}

void RedactionTool::cancel()
{
    m_drag = Drag::None;
    m_current = {};
    m_canvas.requestRepaint();
}

} // namespace consilium::ui
