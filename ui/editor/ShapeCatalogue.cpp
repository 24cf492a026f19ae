#include "ui/editor/ShapeCatalogue.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <functional>

namespace consilium::ui {

namespace {

using annotation::ShapeKind;
using Painter = std::function<void(QPainter&)>;

/// An icon drawn on a 24 x 24 grid at whatever size and ratio Qt asks for: crisp on HiDPI
/// screens, and greyed by Qt's own disabled-mode handling of the pixmap.
class PaintedIconEngine : public QIconEngine {
public:
    explicit PaintedIconEngine(Painter paint)
        : m_paint(std::move(paint))
    {
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State /*state*/) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        QColor colour = QGuiApplication::palette().color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour.setAlphaF(0.35);
        painter->setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        m_paint(*painter);
        painter->restore();
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QIconEngine* clone() const override { return new PaintedIconEngine(m_paint); }

private:
    Painter m_paint;
};

QIcon painted(Painter paint)
{
    return QIcon(new PaintedIconEngine(std::move(paint)));
}

QString translated(const char* text)
{
    return QCoreApplication::translate("consilium::ui::ShapeCatalogue", text);
}

} // namespace

QString shapeKindTitle(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Arrow:
        //: Annotation tool and layer name: an arrow pointing at something.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Arrow"));
    case ShapeKind::Text:
        //: Annotation tool and layer name: a text label.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Text"));
    case ShapeKind::Point:
        //: Annotation tool and layer name: a point marker.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Point"));
    case ShapeKind::Ruler:
        //: Annotation tool and layer name: a length measurement.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Ruler"));
    case ShapeKind::Angle:
        //: Annotation tool and layer name: an angle measurement (three clicks).
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Angle"));
    case ShapeKind::CobbAngle:
        //: Annotation tool and layer name: the Cobb angle between two lines (scoliosis).
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Cobb Angle"));
    case ShapeKind::Ellipse:
        //: Annotation tool and layer name: an elliptical region of interest.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Ellipse ROI"));
    case ShapeKind::Rectangle:
        //: Annotation tool and layer name: a rectangular region of interest.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Rectangle ROI"));
    case ShapeKind::Polygon:
        //: Annotation tool and layer name: a polygonal region of interest (clicks).
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Polygon ROI"));
    case ShapeKind::Freehand:
        //: Annotation tool and layer name: a region of interest drawn by hand.
        return translated(QT_TRANSLATE_NOOP("consilium::ui::ShapeCatalogue", "Freehand ROI"));
    }
    return {};
}

QKeySequence shapeKindShortcut(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Arrow:
        return QKeySequence(Qt::Key_A);
    case ShapeKind::Text:
        return QKeySequence(Qt::Key_T);
    case ShapeKind::Point:
        return QKeySequence(Qt::Key_P);
    case ShapeKind::Ruler:
        return QKeySequence(Qt::Key_L);
    case ShapeKind::Angle:
        return QKeySequence(Qt::Key_N);
    case ShapeKind::CobbAngle:
        return QKeySequence(Qt::Key_C);
    case ShapeKind::Ellipse:
        return QKeySequence(Qt::Key_E);
    case ShapeKind::Rectangle:
        return QKeySequence(Qt::Key_R);
    case ShapeKind::Polygon:
        return QKeySequence(Qt::Key_G);
    case ShapeKind::Freehand:
        return QKeySequence(Qt::Key_F);
    }
    return {};
}

QIcon shapeKindIcon(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Arrow:
        return painted([](QPainter& p) {
            p.drawLine(QPointF(5, 19), QPointF(17, 7));
            p.setBrush(p.pen().color());
            p.drawPolygon(QPolygonF{QPointF(19, 5), QPointF(11.5, 7.5), QPointF(16.5, 12.5)});
        });
    case ShapeKind::Text:
        return painted([](QPainter& p) {
            p.drawLine(QPointF(6, 6), QPointF(18, 6));
            p.drawLine(QPointF(12, 6), QPointF(12, 19));
            p.drawLine(QPointF(9.5, 19), QPointF(14.5, 19));
        });
    case ShapeKind::Point:
        return painted([](QPainter& p) {
            p.drawEllipse(QPointF(12, 12), 4, 4);
            p.drawLine(QPointF(12, 3), QPointF(12, 7));
            p.drawLine(QPointF(12, 17), QPointF(12, 21));
            p.drawLine(QPointF(3, 12), QPointF(7, 12));
            p.drawLine(QPointF(17, 12), QPointF(21, 12));
        });
    case ShapeKind::Ruler:
        return painted([](QPainter& p) {
            p.drawLine(QPointF(4, 18), QPointF(20, 6));
            p.drawLine(QPointF(2.5, 16), QPointF(5.5, 20));
            p.drawLine(QPointF(18.5, 4), QPointF(21.5, 8));
            p.drawLine(QPointF(10, 11), QPointF(11.5, 13.5));
            p.drawLine(QPointF(14, 8), QPointF(15.5, 10.5));
        });
    case ShapeKind::Angle:
        return painted([](QPainter& p) {
            p.drawPolyline(QPolygonF{QPointF(20, 5), QPointF(4, 19), QPointF(20, 19)});
            p.drawArc(QRectF(-3, 12, 14, 14), 0, 40 * 16);
        });
    case ShapeKind::CobbAngle:
        return painted([](QPainter& p) {
            p.drawLine(QPointF(3, 6), QPointF(20, 9));
            p.drawLine(QPointF(3, 18), QPointF(20, 14));
            QPen dashed = p.pen();
            dashed.setWidthF(1.2);
            dashed.setStyle(Qt::DotLine);
            p.setPen(dashed);
            p.drawLine(QPointF(12, 7.5), QPointF(12, 16));
        });
    case ShapeKind::Ellipse:
        return painted([](QPainter& p) { p.drawEllipse(QRectF(3, 6, 18, 12)); });
    case ShapeKind::Rectangle:
        return painted([](QPainter& p) { p.drawRect(QRectF(4, 6, 16, 12)); });
    case ShapeKind::Polygon:
        return painted([](QPainter& p) {
            p.drawPolygon(QPolygonF{QPointF(5, 8), QPointF(13, 4), QPointF(20, 10), QPointF(16, 20), QPointF(6, 17)});
        });
    case ShapeKind::Freehand:
        return painted([](QPainter& p) {
            QPainterPath path(QPointF(6, 12));
            path.cubicTo(QPointF(4, 3), QPointF(17, 2), QPointF(19, 9));
            path.cubicTo(QPointF(21, 16), QPointF(14, 22), QPointF(10, 18));
            path.cubicTo(QPointF(7, 16), QPointF(8, 14), QPointF(6, 12));
            p.drawPath(path);
        });
    }
    return {};
}

QIcon selectToolIcon()
{
    return painted([](QPainter& p) {
        p.setBrush(p.pen().color());
        p.drawPolygon(QPolygonF{QPointF(6, 3), QPointF(6, 19), QPointF(10, 15), QPointF(13, 21), QPointF(15.5, 20),
                                QPointF(12.5, 14), QPointF(18, 14)});
    });
}

QIcon redactionToolIcon()
{
    return painted([](QPainter& p) {
        p.drawRect(QRectF(3, 6, 18, 12));
        p.setBrush(p.pen().color());
        p.drawRect(QRectF(6, 10, 12, 4));
    });
}

} // namespace consilium::ui
