#pragma once

#include <QStyledItemDelegate>

namespace consilium::ui {

/// Paints one search result: what was found (a case, or a comment on it) and the case's title
/// on the first line, then up to two lines of the snippet with the matched words highlighted.
class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The snippet as rich text: user text escaped, matches in `<b>` on `highlight`.
    [[nodiscard]] static QString snippetHtml(const QString& snippet, const QColor& highlight);
};

} // namespace consilium::ui
