#pragma once

#include <QStyledItemDelegate>

namespace consilium::ui {

/// Paints one row of the navigation sidebar: a monochrome icon tinted with the row's text
/// colour, the title, and a rounded badge with a count at the end (BadgeRole, hidden at 0).
/// The selected row gets the palette's highlight as a rounded pill, as native sidebars do.
class SidebarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    /// The row's badge count (int).
    static constexpr int BadgeRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The text of a badge: the count, or "999+" beyond that.
    static QString badgeText(int count);
};

} // namespace consilium::ui
