#include "ui/account/ChangePassphraseDialog.h"

#include "core/crypto/SecretBytes.h"
#include "ui/account/PassphraseField.h"
#include "ui/account/PassphraseMeter.h"
#include "ui/account/ProfileController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

ChangePassphraseDialog::ChangePassphraseDialog(ProfileController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Change Passphrase"));
    auto* intro = new QLabel(tr("The new passphrase protects this profile from now on. Your cases stay as they are; "
                                "only the key that opens them is wrapped again."),
                             this);
    intro->setWordWrap(true);

    m_current = createPassphraseField(this);
    m_current->setAccessibleName(tr("Current passphrase"));
    m_new = createPassphraseField(this);
    m_new->setAccessibleName(tr("New passphrase"));
    m_meter = new PassphraseMeter(this);
    m_confirm = createPassphraseField(this);
    m_confirm->setAccessibleName(tr("Confirm new passphrase"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&urrent passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm:"), m_confirm);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Passphrase"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    for (QLineEdit* edit : {m_current, m_new, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_controller, &ProfileController::busyChanged, this, &ChangePassphraseDialog::updateState);
    connect(&m_controller, &ProfileController::passphraseChanged, this, &QDialog::accept);
    connect(&m_controller, &ProfileController::failed, this, [this](const QString& message, qint64 retryAfterMs) {
        m_failure = message;
        if (retryAfterMs > 0)
            //: %1 is a number of seconds.
            m_failure += QLatin1Char(' ') + tr("Try again in %1 s.").arg((retryAfterMs + 999) / 1000);
        m_current->clear();
        m_current->setFocus();
        updateState();
    });
    updateState();
}

QString ChangePassphraseDialog::statusText() const
{
    return m_status->text();
}

bool ChangePassphraseDialog::canSubmit() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ChangePassphraseDialog::submit()
{
    if (!canSubmit())
        return;
    m_failure.clear();
    m_controller.changePassphrase(crypto::SecretBytes::fromUtf8(m_current->text()),
                                  crypto::SecretBytes::fromUtf8(m_new->text()));
}

void ChangePassphraseDialog::updateState()
{
    m_meter->assess(m_new->text());
    const bool busy = m_controller.isBusy();
    const bool matches = m_new->text() == m_confirm->text();
    QString status = m_failure;
    if (busy)
        status = tr("Changing the passphrase… this takes a few seconds.");
    else if (!m_confirm->text().isEmpty() && !matches)
        status = tr("The two new passphrases differ.");
    else if (!m_new->text().isEmpty() && m_new->text() == m_current->text())
        status = tr("The new passphrase is the current one.");
    m_status->setText(status);
    QPalette statusPalette = palette();
    if (!m_failure.isEmpty() && !busy)
        statusPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(statusPalette);

    const bool ready = !m_current->text().isEmpty() && isAcceptable(m_meter->assessment()) && matches
                       && m_new->text() != m_current->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !busy);
    for (QLineEdit* edit : {m_current, m_new, m_confirm})
        edit->setEnabled(!busy);
}

} // namespace consilium::ui
