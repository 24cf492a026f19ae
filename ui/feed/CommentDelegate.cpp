#include "ui/feed/CommentDelegate.h"

#include "ui/feed/CardPainting.h"
#include "ui/feed/CommentThreadModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace consilium::ui {

namespace {

constexpr int kMargin = 10;
constexpr int kIndent = 22;
constexpr int kMaxDepthShown = 4; // deeper replies stop indenting so text keeps its width
constexpr int kSpacing = 4;

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QString helpfulText(const QModelIndex& index)
{
    const int count = index.data(CommentThreadModel::HelpfulCountRole).toInt();
    const QString label = index.data(CommentThreadModel::HelpfulByMeRole).toBool() ? CommentDelegate::tr("Helpful ✓")
                                                                                   : CommentDelegate::tr("Helpful");
    return count > 0 ? QStringLiteral("%1 · %2").arg(label).arg(count) : label;
}

} // namespace

CommentDelegate::CommentDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

CommentDelegate::Layout CommentDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                   const QRect& rect) const
{
    Layout layout;
    const int depth = std::min(index.data(CommentThreadModel::DepthRole).toInt(), kMaxDepthShown);
    const int left = rect.left() + kMargin + depth * kIndent;
    const int width = std::max(80, rect.right() - kMargin - left);
    if (depth > 0)
        layout.threadLineX = left - kIndent / 2;

    const QFontMetrics small(smaller(option.font));
    const QFontMetrics body(option.font);
    int y = rect.top() + kMargin;
    layout.header = QRect(left, y, width, small.height());
    y += small.height() + kSpacing;
    const QRect textBounds = body.boundingRect(QRect(left, y, width, 100000), Qt::TextWordWrap,
                                               index.data(CommentThreadModel::BodyRole).toString());
    layout.body = QRect(left, y, width, textBounds.height());
    y += textBounds.height() + kSpacing;
    const int helpfulWidth = small.horizontalAdvance(helpfulText(index)) + 12;
    layout.helpful = QRect(left - 6, y, helpfulWidth, small.height() + 4);
    layout.reply = QRect(layout.helpful.right() + 8, y, small.horizontalAdvance(tr("Reply")) + 12, small.height() + 4);
    return layout;
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = m_view ? m_view->viewport()->width() : 480;
    const Layout layout = layoutFor(option, index, QRect(0, 0, width, 0));
    return {width, layout.helpful.bottom() + kMargin};
}

void CommentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(option, index, option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.68f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (layout.threadLineX >= 0) {
        QColor line = palette.color(QPalette::Mid);
        line.setAlphaF(0.6f);
        painter->setPen(QPen(line, 2));
        painter->drawLine(layout.threadLineX, option.rect.top() + 2, layout.threadLineX, option.rect.bottom() - 2);
    }

    // Header: author (bold), badge, age.
    const QFont smallFont = smaller(option.font);
    QFont authorFont = smallFont;
    authorFont.setBold(true);
    const QFontMetrics authorMetrics(authorFont);
    QString author = index.data(CommentThreadModel::AuthorNameRole).toString();
    if (index.data(CommentThreadModel::AuthorIsSelfRole).toBool())
        author = tr("You");
    else if (author.isEmpty())
        author = tr("Unknown author");
    painter->setFont(authorFont);
    painter->setPen(text);
    painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, author);
    int x = layout.header.left() + authorMetrics.horizontalAdvance(author) + 4;
    if (index.data(CommentThreadModel::AuthorVerifiedRole).toBool()
        && !index.data(CommentThreadModel::AuthorIsSelfRole).toBool()) {
        const int badge = layout.header.height() - 2;
        paintVerifiedBadge(painter, QRectF(x, layout.header.top() + 1, badge, badge));
        x += badge + 4;
    }
    painter->setFont(smallFont);
    painter->setPen(secondary);
    painter->drawText(
        QRect(x, layout.header.top(), layout.header.right() - x, layout.header.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("· ")
            + relativeAge(index.data(CommentThreadModel::CreatedRole).toDateTime(), QDateTime::currentDateTimeUtc()));

    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(layout.body, Qt::TextWordWrap, index.data(CommentThreadModel::BodyRole).toString());

    // Text buttons.
    painter->setFont(smallFont);
    const bool marked = index.data(CommentThreadModel::HelpfulByMeRole).toBool();
    if (marked) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.35f : 0.15f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(layout.helpful, layout.helpful.height() / 2.0, layout.helpful.height() / 2.0);
    }
    painter->setPen(marked && !selected ? palette.color(QPalette::Highlight) : secondary);
    painter->drawText(layout.helpful, Qt::AlignCenter, helpfulText(index));
    painter->setPen(secondary);
    painter->drawText(layout.reply, Qt::AlignCenter, tr("Reply"));
    painter->restore();
}

bool CommentDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const Layout layout = layoutFor(option, index, option.rect);
            const QPoint at = mouse->position().toPoint();
            if (layout.helpful.contains(at)) {
                Q_EMIT helpfulClicked(index);
                return true;
            }
            if (layout.reply.contains(at)) {
                Q_EMIT replyClicked(index);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace consilium::ui
