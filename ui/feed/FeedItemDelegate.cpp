#include "ui/feed/FeedItemDelegate.h"

#include "ui/feed/CardPainting.h"
#include "ui/feed/CaseThumbnail.h"
#include "ui/feed/FeedModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <iterator>

namespace consilium::ui {

namespace {

constexpr int kMargin = 12;
constexpr int kTile = kCardTileSize;
constexpr qreal kTileRadius = 8;
constexpr int kSpacing = 4;

/// A stable, calm colour per specialty so the eye can group cards without reading. The hash is
/// spelled out (not qHash) so a specialty keeps its colour across runs and machines.
QColor tileColour(const QString& specialty)
{
    static const QColor palette[] = {
        QColor(0x3b, 0x7d, 0xd8), QColor(0x2e, 0x9d, 0x8f), QColor(0x8e, 0x5c, 0xc4), QColor(0xd0, 0x6b, 0x3a),
        QColor(0x4f, 0x9d, 0x3a), QColor(0xc2, 0x4d, 0x7a), QColor(0x5a, 0x6b, 0x8c), QColor(0xb3, 0x8b, 0x1f),
    };
    quint32 hash = 2166136261u; // FNV-1a
    for (const QChar c : specialty.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return palette[hash % std::size(palette)];
}

QString commentsLabel(int count)
{
    return count == 1 ? FeedItemDelegate::tr("1 comment") : FeedItemDelegate::tr("%1 comments").arg(count);
}

QString helpfulLabel(int count)
{
    //: Number of "helpful" marks given to the comments of a case.
    return FeedItemDelegate::tr("%1 helpful").arg(count);
}

QString initials(const QString& specialty)
{
    const QStringList words = specialty.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    QString result = words.first().left(words.size() == 1 ? 2 : 1);
    if (words.size() > 1)
        result += words.at(1).left(1);
    return result.toUpper();
}

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

FeedItemDelegate::FeedItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize FeedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics title(scaled(option.font, 1.1, true));
    const QFontMetrics body(option.font);
    const QFontMetrics small(scaled(option.font, 0.9));
    const int text = title.height() + body.height() + 2 * small.height() + 3 * kSpacing + 4;
    // The width is the view's: list views stretch rows to the viewport, so ask for little.
    return {kTile + 2 * kMargin, std::max(kTile, text) + 2 * kMargin};
}

void FeedItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the card draws its own text
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.68f);

    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Separator between cards.
    QColor line = palette.color(QPalette::Mid);
    line.setAlphaF(0.35f);
    painter->setPen(line);
    painter->drawLine(option.rect.bottomLeft() + QPoint(kMargin, 0), option.rect.bottomRight() - QPoint(kMargin, 0));

    // The case's thumbnail, or the specialty tile with its initials while there is none.
    const QRect tile(card.left(), card.top(), kTile, kTile);
    const QImage thumbnail = index.data(FeedModel::ThumbnailRole).value<QImage>();
    if (!thumbnail.isNull()) {
        painter->drawPixmap(tile, roundedThumbnail(thumbnail));
        // A hairline keeps a light image (a photo on white skin) from melting into the card.
        QColor edge = palette.color(QPalette::Mid);
        edge.setAlphaF(0.45f);
        painter->setPen(QPen(edge, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), kTileRadius, kTileRadius);
    } else {
        const QString specialty = index.data(FeedModel::SpecialtyRole).toString();
        QPainterPath tilePath;
        tilePath.addRoundedRect(tile, kTileRadius, kTileRadius);
        painter->fillPath(tilePath, tileColour(specialty));
        painter->setPen(Qt::white);
        painter->setFont(scaled(option.font, 1.3, true));
        painter->drawText(tile, Qt::AlignCenter, initials(specialty));
    }

    // Right column: discussion figures.
    const QFont smallFont = scaled(option.font, 0.9);
    const QFontMetrics smallMetrics(smallFont);
    const int comments = index.data(FeedModel::CommentCountRole).toInt();
    const int helpful = index.data(FeedModel::HelpfulCountRole).toInt();
    const QString commentText = commentsLabel(comments);
    const QString helpfulText = helpfulLabel(helpful);
    const int figuresWidth =
        std::max(smallMetrics.horizontalAdvance(commentText), smallMetrics.horizontalAdvance(helpfulText));
    const QRect figures(card.right() - figuresWidth, card.top(), figuresWidth, card.height());
    painter->setFont(smallFont);
    painter->setPen(secondary);
    painter->drawText(figures, Qt::AlignRight | Qt::AlignTop, commentText);
    painter->drawText(figures.adjusted(0, smallMetrics.height() + kSpacing, 0, 0), Qt::AlignRight | Qt::AlignTop,
                      helpfulText);

    // Text column.
    const int left = tile.right() + kMargin;
    const int width = figures.left() - kMargin - left;
    int y = card.top();
    const bool unread = index.data(FeedModel::UnreadRole).toBool();

    const QFont titleFont = scaled(option.font, 1.1, unread);
    const QFontMetrics titleMetrics(titleFont);
    int titleLeft = left;
    if (unread) {
        const int dot = titleMetrics.height() / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : palette.color(QPalette::Highlight));
        painter->drawEllipse(QRect(left, y + (titleMetrics.height() - dot) / 2, dot, dot));
        titleLeft += dot + 6;
    }
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(titleLeft, y, width - (titleLeft - left), titleMetrics.height()), Qt::AlignLeft,
                      titleMetrics.elidedText(index.data(FeedModel::TitleRole).toString(), Qt::ElideRight,
                                              width - (titleLeft - left)));
    y += titleMetrics.height() + kSpacing;

    const QFontMetrics bodyMetrics(option.font);
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QRect(left, y, width, bodyMetrics.height()), Qt::AlignLeft,
                      bodyMetrics.elidedText(index.data(FeedModel::QuestionRole).toString(), Qt::ElideRight, width));
    y += bodyMetrics.height() + kSpacing;

    // Tag chips, as many as fit.
    painter->setFont(smallFont);
    int x = left;
    const int chipHeight = smallMetrics.height() + 2;
    QColor chipFill = palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    chipFill.setAlphaF(0.14f);
    const QStringList tags = index.data(FeedModel::TagsRole).toStringList();
    for (const QString& tag : tags) {
        const QString label = QLatin1Char('#') + tag;
        const int chipWidth = smallMetrics.horizontalAdvance(label) + 12;
        if (x + chipWidth > left + width)
            break;
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y, chipWidth, chipHeight), chipHeight / 2.0, chipHeight / 2.0);
        painter->fillPath(chip, chipFill);
        painter->setPen(text);
        painter->drawText(QRect(x, y, chipWidth, chipHeight), Qt::AlignCenter, label);
        x += chipWidth + 6;
    }
    y += chipHeight + kSpacing;

    // Author, verified badge, age.
    QString author = index.data(FeedModel::AuthorNameRole).toString();
    if (index.data(FeedModel::AuthorIsSelfRole).toBool())
        author = tr("You");
    else if (author.isEmpty())
        author = tr("Unknown author");
    painter->setPen(secondary);
    painter->drawText(QPoint(left, y + smallMetrics.ascent()), author);
    x = left + smallMetrics.horizontalAdvance(author) + 4;
    if (index.data(FeedModel::AuthorVerifiedRole).toBool() && !index.data(FeedModel::AuthorIsSelfRole).toBool()) {
        const int badge = smallMetrics.height() - 2;
        paintVerifiedBadge(painter, QRectF(x, y + 1, badge, badge));
        x += badge + 4;
    }
    painter->setPen(secondary);
    const QString age = QStringLiteral("· ")
                        + relativeAge(index.data(FeedModel::CreatedRole).toDateTime(), QDateTime::currentDateTimeUtc());
    painter->drawText(QPoint(x, y + smallMetrics.ascent()), age);

    painter->restore();
}

QPixmap FeedItemDelegate::roundedThumbnail(const QImage& image) const
{
    const auto found = m_tiles.constFind(image.cacheKey());
    if (found != m_tiles.constEnd())
        return *found;
    // The image's ratio makes it exactly one tile: crisp on a 2x screen.
    QPixmap pixmap = QPixmap::fromImage(withRoundedCorners(image, kTileRadius));
    if (m_tiles.size() >= 100) // 64 KB each: a dozen screens' worth; the model keeps the decoded images
        m_tiles.clear();
    m_tiles.insert(image.cacheKey(), pixmap);
    return pixmap;
}

} // namespace consilium::ui
