#include "ui/common/IconView.h"

#include <QPainter>
#include <QPixmap>

namespace consilium::ui {

IconView::IconView(int logicalSize, QWidget* parent)
    : QWidget(parent)
    , m_size(logicalSize)
{
    setFixedSize(logicalSize, logicalSize);
}

void IconView::setIcon(const QIcon& icon)
{
    m_icon = icon;
    update();
}

void IconView::setTint(const QColor& color)
{
    m_tint = color;
    update();
}

QSize IconView::sizeHint() const
{
    return {m_size, m_size};
}

void IconView::paintEvent(QPaintEvent* /*event*/)
{
    if (m_icon.isNull())
        return;
    QPainter painter(this);
    const QRect target(0, 0, m_size, m_size);
    if (!m_tint.isValid()) {
        m_icon.paint(&painter, target);
        return;
    }
    QPixmap shape = m_icon.pixmap(target.size(), devicePixelRatioF());
    if (shape.isNull())
        return;
    QPainter tint(&shape);
    tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
    tint.fillRect(QRect(QPoint(0, 0), shape.deviceIndependentSize().toSize()), m_tint);
    tint.end();
    painter.drawPixmap(target, shape);
}

} // namespace consilium::ui
