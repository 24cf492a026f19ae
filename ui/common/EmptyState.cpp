#include "ui/common/EmptyState.h"

#include "ui/common/IconView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

constexpr int kIconSize = 96;
constexpr int kNoteIconSize = 16;
// Lines much longer than ~65 characters are hard to read; the column never grows wider.
constexpr int kMaxColumnChars = 70;

// `amount` of the way from `from` to `to`: secondary text is the text colour moved towards
// the background, so it keeps its contrast direction in light and dark palettes alike.
QColor blend(const QColor& from, const QColor& to, float amount)
{
    const auto mix = [amount](float a, float b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()));
}

QFont scaledFont(const QFont& base, qreal factor)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    return font;
}

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // Plain text: these strings come from translations and must never be interpreted as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setForegroundRole(QPalette::Text);
    return label;
}

} // namespace

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
{
    // Content areas use the Base role (white in light palettes), set apart from the window chrome.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_icon = new IconView(kIconSize, this);
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));

    // Title and explanation share one centred column of reading width; the icon and the note
    // are centred on their own, so a long note (German runs long) is not squeezed by the column.
    m_column = new QWidget(this);
    m_column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title = makeLabel(QStringLiteral("emptyStateTitle"), m_column);
    m_text = makeLabel(QStringLiteral("emptyStateText"), m_column);
    auto* columnLayout = new QVBoxLayout(m_column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_text);

    m_noteRow = new QWidget(this);
    m_noteIcon = new IconView(kNoteIconSize, m_noteRow);
    m_note = makeLabel(QStringLiteral("emptyStateNote"), m_noteRow);
    m_note->setWordWrap(false);
    auto* noteLayout = new QHBoxLayout(m_noteRow);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->setSpacing(6);
    noteLayout->addWidget(m_noteIcon, 0, Qt::AlignVCenter);
    noteLayout->addWidget(m_note, 0, Qt::AlignVCenter);
    m_noteRow->hide();

    auto* columnRow = new QHBoxLayout;
    columnRow->addStretch(1);
    columnRow->addWidget(m_column, 100); // takes the width up to its maximum, the stretches the rest
    columnRow->addStretch(1);

    // A little above the middle: content centred exactly looks low to the eye.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->setSpacing(0);
    outer->addStretch(2);
    outer->addWidget(m_icon, 0, Qt::AlignHCenter);
    outer->addSpacing(24);
    outer->addLayout(columnRow);
    outer->addSpacing(24);
    outer->addWidget(m_noteRow, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    applyFonts();
    applyPalette();
}

void EmptyState::setIcon(const QIcon& icon)
{
    m_icon->setIcon(icon);
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

void EmptyState::setNote(const QIcon& icon, const QString& text)
{
    m_noteIcon->setIcon(icon);
    m_noteIcon->setVisible(!icon.isNull());
    m_note->setText(text);
    m_noteRow->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

QString EmptyState::note() const
{
    return m_note->text();
}

void EmptyState::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // setBackgroundRole() in the constructor sends a PaletteChange before the children exist.
    if (m_noteIcon == nullptr)
        return;
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
}

void EmptyState::applyPalette()
{
    const QPalette base = palette();
    const QColor text = base.color(QPalette::Text);
    const QColor background = base.color(QPalette::Base);

    const auto recolour = [](QLabel* label, const QColor& colour) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::Text, colour);
        label->setPalette(palette);
    };
    recolour(m_text, blend(text, background, 0.28F));
    const QColor noteColour = blend(text, background, 0.42F);
    recolour(m_note, noteColour);
    m_noteIcon->setTint(noteColour);
}

void EmptyState::applyFonts()
{
    QFont title = scaledFont(font(), 1.6);
    title.setWeight(QFont::DemiBold);
    m_title->setFont(title);
    m_text->setFont(scaledFont(font(), 1.05));
    m_note->setFont(scaledFont(font(), 0.92));

    m_column->setMaximumWidth(QFontMetrics(m_text->font()).averageCharWidth() * kMaxColumnChars);
}

} // namespace consilium::ui
