#include "ui/feed/CardPainting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace consilium::ui {

QString relativeAge(const QDateTime& created, const QDateTime& now)
{
    const qint64 seconds = created.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("RelativeAge", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("RelativeAge", "%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return QCoreApplication::translate("RelativeAge", "%1 h ago").arg(seconds / 3600);
    const qint64 days = created.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days == 1)
        return QCoreApplication::translate("RelativeAge", "yesterday");
    if (days < 7)
        return QCoreApplication::translate("RelativeAge", "%1 days ago").arg(days);
    return QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat);
}

void paintVerifiedBadge(QPainter* painter, const QRectF& box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x2e, 0x9d, 0x5b));
    painter->drawEllipse(box);
    const qreal size = box.width();
    QPen tick(Qt::white, std::max(1.5, size / 7.0));
    tick.setCapStyle(Qt::RoundCap);
    tick.setJoinStyle(Qt::RoundJoin);
    painter->setPen(tick);
    const QPointF points[] = {{box.left() + size * 0.27, box.top() + size * 0.52},
                              {box.left() + size * 0.45, box.top() + size * 0.70},
                              {box.left() + size * 0.75, box.top() + size * 0.32}};
    painter->drawPolyline(points, 3);
    painter->restore();
}

} // namespace consilium::ui
