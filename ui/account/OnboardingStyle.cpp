#include "ui/account/OnboardingStyle.h"

#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

QLabel* makeOnboardingTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);
    return title;
}

QLabel* makeOnboardingStep(const QString& text, QWidget* parent)
{
    auto* step = new QLabel(text, parent);
    QPalette palette = step->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    step->setPalette(palette);
    QFont font = step->font();
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    step->setFont(font);
    return step;
}

QLabel* makeOnboardingText(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setMinimumHeight(std::max(0, label->heightForWidth(kOnboardingColumnWidth - 24)));
    return label;
}

QLabel* makeOnboardingWarning(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setObjectName(QStringLiteral("onboardingWarning"));
    // Fixed colours: the banner must read as a warning whatever the palette.
    label->setStyleSheet(QStringLiteral("QLabel#onboardingWarning { background: #fff4d6; color: #5c4300;"
                                        " border: 1px solid #e8c15a; border-radius: 6px; padding: 8px 10px; }"));
    label->setMinimumHeight(std::max(0, label->heightForWidth(kOnboardingColumnWidth - 24)));
    return label;
}

void showOnboardingError(QLabel* label, const QString& text)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (!text.isEmpty())
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->setText(text);
    // Reserve the wrapped height: the column is aligned, so the layout asks no height-for-width.
    label->setMinimumHeight(text.isEmpty() ? 0 : std::max(0, label->heightForWidth(kOnboardingColumnWidth - 24)));
}

void centreOnboardingColumn(QWidget* page, QWidget* column)
{
    column->setFixedWidth(kOnboardingColumnWidth);
    auto* outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

} // namespace consilium::ui
