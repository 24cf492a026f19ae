#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace consilium::ui {

/// Paints one comment: indented under the comment it answers (with a thread line), author with
/// verified badge and age, the text wrapped to the view's width, and two text buttons, "Helpful"
/// (a toggle showing the count) and "Reply". Clicks on them are reported as signals; the keyboard
/// reaches the same actions through the page (Ctrl+H, Ctrl+R on the current comment).
class CommentDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    /// `view` gives the width to wrap to: rows differ in height with their text.
    explicit CommentDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

Q_SIGNALS:
    void helpfulClicked(const QModelIndex& index);
    void replyClicked(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    struct Layout {
        QRect header;
        QRect body;
        QRect helpful;
        QRect reply;
        int threadLineX = -1;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& rect) const;

    QAbstractItemView* m_view;
};

} // namespace consilium::ui
