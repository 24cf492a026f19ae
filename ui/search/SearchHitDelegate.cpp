#include "ui/search/SearchHitDelegate.h"

#include "core/store/SearchRepository.h"
#include "ui/search/SearchModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace consilium::ui {

namespace {

constexpr int kMargin = 14;
constexpr int kVerticalPadding = 9;
constexpr int kSnippetLines = 2;

} // namespace

QString SearchHitDelegate::snippetHtml(const QString& snippet, const QColor& highlight)
{
    // Escape piece by piece: the snippet is user content and must never act as markup.
    QString html;
    const QString open = QStringLiteral("<span style=\"background-color:%1; font-weight:600\">").arg(highlight.name());
    qsizetype from = 0;
    while (from < snippet.size()) {
        const qsizetype start = snippet.indexOf(QChar(store::SearchHit::kMatchStart), from);
        if (start < 0) {
            html += snippet.mid(from).toHtmlEscaped();
            break;
        }
        html += snippet.mid(from, start - from).toHtmlEscaped();
        qsizetype end = snippet.indexOf(QChar(store::SearchHit::kMatchEnd), start + 1);
        if (end < 0)
            end = snippet.size();
        html += open + snippet.mid(start + 1, end - start - 1).toHtmlEscaped() + QStringLiteral("</span>");
        from = end + 1;
    }
    return html;
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& /*index*/) const
{
    const QFontMetrics metrics(option.font);
    return {200, 2 * kVerticalPadding + metrics.height() + 4 + kSnippetLines * metrics.lineSpacing() + 2};
}

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);
    const QRect content = option.rect.adjusted(kMargin, kVerticalPadding, -kMargin, -kVerticalPadding);

    // First line: "Case" or "Comment on", then the title in bold.
    const bool isComment = index.data(SearchModel::IsCommentRole).toBool();
    //: Search result kind, before the case's title.
    const QString kind = isComment ? tr("Comment on") : tr("Case");
    QFont kindFont = option.font;
    kindFont.setPointSizeF(kindFont.pointSizeF() * 0.9);
    const QFontMetrics kindMetrics(kindFont);
    const QFontMetrics metrics(option.font);
    painter->setFont(kindFont);
    painter->setPen(muted);
    const QRect firstLine(content.left(), content.top(), content.width(), metrics.height());
    painter->drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter, kind);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    const int titleLeft = firstLine.left() + kindMetrics.horizontalAdvance(kind) + 6;
    const QRect titleRect(titleLeft, firstLine.top(), std::max(0, firstLine.right() - titleLeft), firstLine.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(SearchModel::CaseTitleRole).toString(),
                                                         Qt::ElideRight, titleRect.width()));

    // The snippet, matches highlighted, clipped to two lines.
    QColor highlight = palette.color(QPalette::Highlight);
    highlight.setAlphaF(1.0);
    // A soft tint of the highlight for the match; on a selected row, a lighter mix so it shows.
    highlight = selected ? highlight.lighter(140) : QColor::fromHslF(highlight.hslHueF(), 0.9, 0.86);
    if (palette.color(QPalette::Base).lightnessF() < 0.5 && !selected)
        highlight = QColor::fromHslF(highlight.hslHueF(), 0.55, 0.32);
    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(snippetHtml(index.data(SearchModel::SnippetRole).toString(), highlight));
    document.setTextWidth(content.width());
    const QRect snippetRect(content.left(), firstLine.bottom() + 5, content.width(),
                            kSnippetLines * metrics.lineSpacing());
    painter->translate(snippetRect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace consilium::ui
