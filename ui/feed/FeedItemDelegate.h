#pragma once

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace consilium::ui {

/// Paints one feed entry as a card: the case's thumbnail (FeedModel::ThumbnailRole) or, without
/// one, a specialty tile with its initials; the title (bold and marked while unread),
/// the clinical question, tag chips, the author with a verified badge and the age, and the
/// discussion figures on the right. Every row has the same height, so the view can use
/// uniformItemSizes and scroll 10,000 rows without measuring them.
class FeedItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit FeedItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /// The thumbnail with the tile's rounded corners, made once per image (keyed by
    /// QImage::cacheKey, which the model's decoded copy keeps) rather than at every paint.
    QPixmap roundedThumbnail(const QImage& image) const;

    mutable QHash<qint64, QPixmap> m_tiles;
};

} // namespace consilium::ui
