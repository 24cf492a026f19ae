#include "ui/account/RecoverAccessPage.h"

#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretBytes.h"
#include "ui/account/OnboardingStyle.h"
#include "ui/account/PassphraseField.h"
#include "ui/account/PassphraseMeter.h"
#include "ui/account/ProfileController.h"
#include "ui/account/RecoveryKeyField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

RecoverAccessPage::RecoverAccessPage(ProfileController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto* title = makeOnboardingTitle(tr("Use your recovery key"), this);
    auto* intro = makeOnboardingText(tr("Type the recovery key you saved when you created this profile, then choose "
                                        "a new passphrase. Your cases, contacts and keys stay as they are."),
                                     this);

    m_key = createRecoveryKeyField(this);
    m_passphrase = createPassphraseField(this);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_confirm = createPassphraseField(this);
    m_confirm->setAccessibleName(tr("Confirm new passphrase"));
    m_meter = new PassphraseMeter(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Recovery key:"), m_key);
    form->addRow(tr("&New passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm:"), m_confirm);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), this);
    m_back->setToolTip(tr("Back to the passphrase"));
    m_recover = new QPushButton(tr("Set Passphrase and Unlock"), this);
    m_recover->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_recover);

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    centreOnboardingColumn(this, column);

    for (QLineEdit* edit : {m_key, m_passphrase, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_failure.clear();
            updateState();
        });
    }
    connect(m_confirm, &QLineEdit::returnPressed, this, &RecoverAccessPage::submit);
    connect(m_recover, &QPushButton::clicked, this, &RecoverAccessPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RecoverAccessPage::backRequested);
    connect(&m_controller, &ProfileController::busyChanged, this, &RecoverAccessPage::updateState);
    connect(&m_controller, &ProfileController::recoveryFailed, this, [this](const QString& message) {
        m_failure = message;
        updateState();
    });
    updateState();
}

void RecoverAccessPage::reset()
{
    for (QLineEdit* edit : {m_key, m_passphrase, m_confirm})
        edit->clear();
    m_failure.clear();
    updateState();
    m_key->setFocus();
}

void RecoverAccessPage::updateState()
{
    m_meter->assess(m_passphrase->text());
    const bool busy = m_controller.isBusy();
    const bool matches = m_passphrase->text() == m_confirm->text();
    // A complete key with a wrong checksum is said while typing; a short one is still being typed.
    const bool keyComplete = crypto::RecoveryKey::parse(m_key->text()).has_value();
    QString problem = m_failure;
    if (problem.isEmpty())
        problem = recoveryKeyTypingProblem(m_key->text());
    if (problem.isEmpty() && !m_confirm->text().isEmpty() && !matches)
        problem = tr("The two passphrases differ.");
    if (busy) {
        showOnboardingError(m_status, {});
        m_status->setText(tr("Opening the profile with the recovery key…"));
        m_status->setMinimumHeight(m_status->sizeHint().height());
    } else {
        showOnboardingError(m_status, problem);
    }
    m_recover->setEnabled(!busy && keyComplete && isAcceptable(m_meter->assessment()) && matches);
    for (QWidget* widget : {static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_passphrase),
                            static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_back)})
        widget->setEnabled(!busy);
}

void RecoverAccessPage::submit()
{
    if (!m_recover->isEnabled())
        return;
    m_failure.clear();
    m_controller.recover(m_key->text(), crypto::SecretBytes::fromUtf8(m_passphrase->text()));
}

QString RecoverAccessPage::statusText() const
{
    return m_status->text();
}

} // namespace consilium::ui
