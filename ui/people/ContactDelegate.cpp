#include "ui/people/ContactDelegate.h"

#include "ui/feed/CardPainting.h"
#include "ui/people/ContactListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace consilium::ui {

namespace {
constexpr int kRowHeight = 60;
constexpr int kAvatar = 38;
constexpr int kMargin = 12;
} // namespace

QString initialsOf(const QString& name)
{
    QString initials;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        // Titles are not initials: "Dr. Jane Roe" is JR.
        if (word.endsWith(u'.') || !word.at(0).isLetter())
            continue;
        initials.append(word.at(0).toUpper());
    }
    if (initials.size() > 2)
        initials = initials.left(1) + initials.right(1);
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QColor avatarColour(const QByteArray& identityKey)
{
    // A hue from the key, at a saturation and lightness that carry white text in both themes.
    const int hue = identityKey.isEmpty() ? 210 : (quint8(identityKey.at(0)) * 256 + quint8(identityKey.at(1))) % 360;
    return QColor::fromHsl(hue, 110, 105);
}

QSize ContactDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 320, kRowHeight};
}

void ContactDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    // Avatar.
    const QRectF avatar(rect.left() + kMargin, rect.center().y() - kAvatar / 2.0 + 1, kAvatar, kAvatar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColour(index.data(ContactListModel::IdentityKeyRole).toByteArray()));
    painter->drawEllipse(avatar);
    QFont initialsFont = option.font;
    initialsFont.setBold(true);
    initialsFont.setPointSizeF(option.font.pointSizeF() * 1.05);
    painter->setFont(initialsFont);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter, initialsOf(index.data().toString()));

    // The state on the right: a tick and "Verified", or a muted "Not verified".
    const bool verified = index.data(ContactListModel::SafetyVerifiedRole).toBool();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QString state = verified ? tr("Verified") : tr("Not verified");
    const QFontMetrics smallMetrics(small);
    const int stateWidth = smallMetrics.horizontalAdvance(state) + (verified ? 20 : 0);
    const QRect stateRect(rect.right() - kMargin - stateWidth, rect.top(), stateWidth, rect.height());
    painter->setFont(small);
    if (verified) {
        paintVerifiedBadge(painter, QRectF(stateRect.left(), rect.center().y() - 7, 14, 14));
        painter->setPen(text);
        painter->drawText(stateRect.adjusted(20, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, state);
    } else {
        painter->setPen(muted);
        painter->drawText(stateRect, Qt::AlignVCenter | Qt::AlignRight, state);
    }

    // Name and profession.
    const int left = int(avatar.right()) + 12;
    const QRect textRect(left, rect.top() + 10, stateRect.left() - left - 12, rect.height() - 20);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QFontMetrics nameMetrics(nameFont);
    painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), textRect.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(textRect.left(), textRect.center().y(), textRect.width(), textRect.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(ContactListModel::ProfessionRole).toString(), Qt::ElideRight,
                                              textRect.width()));
    painter->restore();
}

} // namespace consilium::ui
