#pragma once

#include <QStyledItemDelegate>

namespace consilium::ui {

/// Paints one feed entry as a card: a specialty tile, the title (bold and marked while unread),
/// the clinical question, tag chips, the author with a verified badge and the age, and the
/// discussion figures on the right. Every row has the same height, so the view can use
/// uniformItemSizes and scroll 10,000 rows without measuring them.
class FeedItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit FeedItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace consilium::ui
