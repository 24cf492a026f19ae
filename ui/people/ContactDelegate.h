#pragma once

#include <QStyledItemDelegate>

namespace consilium::ui {

/// Paints a contact as a row of the People list: initials in a coloured circle, the name with the
/// feed's verified tick when the safety number was compared, profession and specialty, and on the
/// right whether the safety number was compared.
class ContactDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// "JR" for "Jane Roe": up to two initials, for avatars.
QString initialsOf(const QString& name);
/// A stable, readable colour for an identity (the same on every screen of this profile).
QColor avatarColour(const QByteArray& identityKey);

} // namespace consilium::ui
