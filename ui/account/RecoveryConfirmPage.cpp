#include "ui/account/RecoveryConfirmPage.h"

#include "ui/account/OnboardingStyle.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

namespace {

// Crockford base32 as RecoveryKey::parse reads it: case-blind, O → 0, I and L → 1.
QString normalisedGroup(QString typed)
{
    typed = typed.trimmed().toUpper();
    typed.remove(QLatin1Char(' '));
    typed.remove(QLatin1Char('-'));
    typed.replace(QLatin1Char('O'), QLatin1Char('0'));
    typed.replace(QLatin1Char('I'), QLatin1Char('1'));
    typed.replace(QLatin1Char('L'), QLatin1Char('1'));
    return typed;
}

} // namespace

RecoveryConfirmPage::RecoveryConfirmPage(QWidget* parent)
    : QWidget(parent)
{
    m_step = makeOnboardingStep(QString(), this);
    auto* title = makeOnboardingTitle(tr("Confirm your recovery key"), this);
    m_prompt = makeOnboardingText(QString(), this);

    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.3);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        m_fields[i] = new QLineEdit(this);
        m_fields[i]->setFont(keyFont);
        m_fields[i]->setMaxLength(6);
        m_fields[i]->setFixedWidth(120);
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(m_fields[i]);
        form->addRow(m_labels[i], m_fields[i]);
        connect(m_fields[i], &QLineEdit::textChanged, this, &RecoveryConfirmPage::updateState);
        connect(m_fields[i], &QLineEdit::returnPressed, this, &RecoveryConfirmPage::submit);
    }

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_back = new QPushButton(tr("Show the Key Again"), this);
    m_confirm = new QPushButton(tr("Confirm"), this);
    m_confirm->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(m_step);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(m_prompt);
    layout->addSpacing(10);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    centreOnboardingColumn(this, column);

    connect(m_confirm, &QPushButton::clicked, this, &RecoveryConfirmPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RecoveryConfirmPage::backRequested);
    updateState();
}

void RecoveryConfirmPage::setGroups(const QStringList& groups)
{
    m_groups = groups;
    if (groups.size() >= 2) {
        auto* random = QRandomGenerator::system();
        const int count = static_cast<int>(groups.size());
        const int first = static_cast<int>(random->bounded(count));
        const int second = (first + 1 + static_cast<int>(random->bounded(count - 1))) % count;
        m_asked = {std::min(first, second), std::max(first, second)};
    }
    //: %1 and %2 are group numbers counted from 1, as printed above each group.
    m_prompt->setText(tr("To be sure you have it, type groups %1 and %2 of your recovery key, as you wrote them "
                         "down.")
                          .arg(m_asked[0] + 1)
                          .arg(m_asked[1] + 1));
    m_prompt->setMinimumHeight(std::max(0, m_prompt->heightForWidth(kOnboardingColumnWidth - 24)));
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        //: %1 is a group number counted from 1.
        m_labels[i]->setText(tr("Group &%1:").arg(m_asked[i] + 1));
        m_fields[i]->clear();
        m_fields[i]->setAccessibleName(tr("Group %1").arg(m_asked[i] + 1));
    }
    showOnboardingError(m_status, {});
    m_fields[0]->setFocus();
    updateState();
}

void RecoveryConfirmPage::submit()
{
    if (!m_confirm->isEnabled())
        return;
    QStringList wrong;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const int asked = m_asked[i];
        if (asked >= m_groups.size() || normalisedGroup(m_fields[i]->text()) != m_groups[asked])
            wrong << QString::number(asked + 1);
    }
    if (!wrong.isEmpty()) {
        showOnboardingError(
            m_status,
            wrong.size() == 1
                //: %1 is a group number.
                ? tr("Group %1 does not match your recovery key. Check what you wrote down, or show the key again.")
                      .arg(wrong.first())
                //: %1 and %2 are group numbers.
                : tr("Groups %1 and %2 do not match your recovery key. Check what you wrote down, or show the key "
                     "again.")
                      .arg(wrong[0], wrong[1]));
        return;
    }
    showOnboardingError(m_status, {});
    Q_EMIT confirmed();
}

void RecoveryConfirmPage::updateState()
{
    bool filled = true;
    for (QLineEdit* field : m_fields)
        filled = filled && !field->text().trimmed().isEmpty();
    m_confirm->setEnabled(filled);
}

void RecoveryConfirmPage::setStep(int step, int steps)
{
    //: Onboarding progress above the page title.
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
}

QString RecoveryConfirmPage::statusText() const
{
    return m_status->text();
}

} // namespace consilium::ui
