#include "ui/account/PassphraseMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

PassphraseMeter::PassphraseMeter(QWidget* parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_verdict = new QLabel(this);
    // Room for the longest verdict in this language, so the bar does not jump as it changes.
    int labelWidth = 0;
    for (const auto strength :
         {PassphraseStrength::Weak, PassphraseStrength::Fair, PassphraseStrength::Good, PassphraseStrength::Strong})
        labelWidth = std::max(labelWidth, m_verdict->fontMetrics().horizontalAdvance(strengthLabel(strength)));
    m_verdict->setMinimumWidth(labelWidth + 4);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    m_advice->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_verdict);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_advice);
    assess(QString());
}

void PassphraseMeter::assess(const QString& passphrase, const QStringList& personalWords)
{
    m_assessment = assessPassphrase(passphrase, personalWords);
    m_bar->setValue(static_cast<int>(m_assessment.strength));
    m_verdict->setText(strengthLabel(m_assessment.strength));
    m_advice->setText(m_assessment.advice);
    // Hidden when empty, so the form does not keep a gap.
    m_advice->setVisible(!m_assessment.advice.isEmpty());

    // The bar's colour says the verdict at a glance: red, amber, green.
    const char* colour = m_assessment.strength <= PassphraseStrength::Weak   ? "#c62828"
                         : m_assessment.strength == PassphraseStrength::Fair ? "#ef8f00"
                                                                             : "#2e9d5b";
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colour)));
}

} // namespace consilium::ui
