#include "ui/navigation/SidebarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace consilium::ui {

namespace {

constexpr int kIconSize = 16;
constexpr int kHorizontalMargin = 8; ///< between the sidebar's edge and the row's pill
constexpr int kPadding = 10; ///< inside the pill

/// The icon's shape filled with `color`: the sidebar's SVG icons are single-colour shapes.
QPixmap tinted(const QIcon& icon, const QColor& color, qreal dpr)
{
    QPixmap pixmap = icon.pixmap(QSize(kIconSize, kIconSize), dpr);
    if (pixmap.isNull())
        return pixmap;
    QPainter p(&pixmap);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(QRect(QPoint(0, 0), pixmap.size()), color);
    return pixmap;
}

} // namespace

QString SidebarDelegate::badgeText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int height = std::max(kIconSize, metrics.height()) + 14;
    const int width = 2 * kHorizontalMargin + 2 * kPadding + kIconSize + 10
                      + metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 48;
    return {width, height};
}

void SidebarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = (option.state & QStyle::State_HasFocus) && (option.state & QStyle::State_Active);
    const QRectF pill = QRectF(option.rect).adjusted(kHorizontalMargin, 2, -kHorizontalMargin, -2);

    QColor text = palette.color(QPalette::Text);
    if (selected) {
        QColor fill = palette.color(QPalette::Highlight);
        if (!(option.state & QStyle::State_Active))
            fill.setAlphaF(0.75);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 6, 6);
        text = palette.color(QPalette::HighlightedText);
    } else if (hovered) {
        QColor fill = palette.color(QPalette::Text);
        fill.setAlphaF(0.07);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 6, 6);
    }
    if (focused && !selected) {
        QPen pen(palette.color(QPalette::Highlight), 1.5);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(pill.adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);
    }

    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconX = static_cast<int>(pill.left()) + kPadding;
    const int iconY = option.rect.center().y() - kIconSize / 2 + 1;
    const QPixmap pixmap = tinted(icon, text, dpr);
    if (!pixmap.isNull())
        painter->drawPixmap(QRect(iconX, iconY, kIconSize, kIconSize), pixmap);

    // The badge, right-aligned; the title elides before it.
    int textRight = static_cast<int>(pill.right()) - kPadding;
    const int count = index.data(BadgeRole).toInt();
    if (count > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics badgeMetrics(badgeFont);
        const QString label = badgeText(count);
        const int badgeHeight = badgeMetrics.height() + 2;
        const int badgeWidth = std::max(badgeHeight, badgeMetrics.horizontalAdvance(label) + 12);
        const QRectF badge(textRight - badgeWidth, option.rect.center().y() - badgeHeight / 2.0 + 0.5, badgeWidth,
                           badgeHeight);
        // On the selected pill the badge inverts so it stays visible against the highlight.
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, badgeHeight / 2.0, badgeHeight / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, label);
        textRight = static_cast<int>(badge.left()) - 6;
    }

    painter->setFont(option.font);
    painter->setPen(text);
    const int textLeft = iconX + kIconSize + 10;
    const QRect textRect(textLeft, option.rect.top(), std::max(0, textRight - textLeft), option.rect.height());
    const QString title =
        option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, title);
    painter->restore();
}

} // namespace consilium::ui
