#include "ui/account/RestoreProfilePage.h"

#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretBytes.h"
#include "ui/account/OnboardingStyle.h"
#include "ui/account/PassphraseField.h"
#include "ui/account/PassphraseMeter.h"
#include "ui/account/ProfileController.h"
#include "ui/account/RecoveryKeyField.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

RestoreProfilePage::RestoreProfilePage(ProfileController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_step = makeOnboardingStep(QString(), this);
    m_step->hide();
    auto* title = makeOnboardingTitle(tr("Restore with your recovery key"), this);
    auto* intro = makeOnboardingText(
        tr("If no computer with your profile is left, the recovery key you saved when you created it restores your "
           "identity, your credential and your devices from the encrypted key backup on your relay. Cases come back "
           "as colleagues share them with you again."),
        this);

    m_relay = new QLineEdit(this);
    m_relay->setPlaceholderText(QStringLiteral("https://relay.example.org"));
    m_relay->setAccessibleName(tr("Relay address"));
    m_relay->setToolTip(tr("The relay your profile synced with, as your organisation gave it"));
    m_key = createRecoveryKeyField(this);

    m_verifier = new QLineEdit(this);
    m_verifier->setPlaceholderText(tr("Folder with verifier.pub and revocations.cbor"));
    m_verifier->setAccessibleName(tr("Verifier folder"));
    m_browse = new QPushButton(tr("C&hoose…"), this);
    m_browse->setToolTip(tr("The folder of the verifier that issued your credential, as your organisation gave it"));
    auto* verifierRow = new QHBoxLayout;
    verifierRow->setContentsMargins(0, 0, 0, 0);
    verifierRow->addWidget(m_verifier, 1);
    verifierRow->addWidget(m_browse);
    m_verifierNote = new QLabel(this);
    m_verifierNote->setWordWrap(true);
    // Under its field: QFormLayout gives a wrapped field more height than its lines need.
    m_verifierNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette notePalette = m_verifierNote->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    m_verifierNote->setPalette(notePalette);

    m_passphrase = createPassphraseField(this);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_confirm = createPassphraseField(this);
    m_confirm->setAccessibleName(tr("Confirm new passphrase"));
    m_meter = new PassphraseMeter(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Re&lay:"), m_relay);
    form->addRow(tr("&Recovery key:"), m_key);
    // A row holding a layout gets no buddy by itself: without one the mnemonic would show as "&".
    auto* verifierLabel = new QLabel(tr("&Verifier:"), this);
    verifierLabel->setBuddy(m_verifier);
    form->addRow(verifierLabel, verifierRow);
    // A row of its own, not a layout under the field: QFormLayout gives its field widgets their
    // wrapped height, a nested layout would not.
    form->addRow(QString(), m_verifierNote);
    form->addRow(tr("&New passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto* passphraseNote = makeOnboardingText(
        tr("The new passphrase protects the encrypted copy of your profile on this computer. Afterwards you get a "
           "new recovery key: the one you type here stops working."),
        this);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), this);
    m_back->setToolTip(tr("Back to creating a new profile"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop restoring; nothing is kept on this computer"));
    m_cancel->hide();
    m_restore = new QPushButton(tr("Restore Profile"), this);
    m_restore->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restore);

    m_column = new QWidget(this);
    auto* layout = new QVBoxLayout(m_column);
    layout->addWidget(m_step);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(passphraseNote);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    centreOnboardingColumn(this, m_column);

    for (QLineEdit* edit : {m_relay, m_key, m_passphrase, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_failure.clear();
            updateState();
        });
    }
    connect(m_verifier, &QLineEdit::textChanged, this, [this] {
        m_failure.clear();
        readVerifier();
    });
    connect(m_browse, &QPushButton::clicked, this, &RestoreProfilePage::chooseVerifier);
    connect(m_confirm, &QLineEdit::returnPressed, this, &RestoreProfilePage::submit);
    connect(m_restore, &QPushButton::clicked, this, &RestoreProfilePage::submit);
    connect(m_back, &QPushButton::clicked, this, &RestoreProfilePage::backRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelling = true;
        m_controller.cancelRestore();
        updateState();
    });
    connect(&m_controller, &ProfileController::busyChanged, this, [this](bool busy) {
        if (!busy) {
            m_progress.clear();
            m_cancelling = false;
        }
        updateState();
    });
    connect(&m_controller, &ProfileController::restoreProgress, this, [this](const QString& message) {
        m_progress = message;
        updateState();
    });
    connect(&m_controller, &ProfileController::restoreFailed, this, [this](const QString& message) {
        m_failure = message;
        updateState();
    });
    readVerifier();
}

void RestoreProfilePage::setDefaultRelay(const QString& url)
{
    const bool untouched = m_relay->text() == m_defaultRelay;
    m_defaultRelay = url;
    if (untouched)
        m_relay->setText(url);
}

void RestoreProfilePage::setStep(int step, int steps)
{
    //: Onboarding progress above the page title.
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
    m_step->show();
}

void RestoreProfilePage::reset()
{
    for (QLineEdit* edit : {m_key, m_verifier, m_passphrase, m_confirm})
        edit->clear();
    m_relay->setText(m_defaultRelay);
    m_failure.clear();
    updateState();
    (m_relay->text().isEmpty() ? m_relay : m_key)->setFocus();
}

void RestoreProfilePage::chooseVerifier()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the Verifier's Folder"),
                                                           QDir::fromNativeSeparators(m_verifier->text()));
    if (!path.isEmpty())
        m_verifier->setText(QDir::toNativeSeparators(path));
}

void RestoreProfilePage::readVerifier()
{
    // The same files CredentialImportPanel reads: a few kilobytes, read as the path is typed.
    m_verifierState.reset();
    m_verifierProblem.clear();
    const QString folder = QDir::fromNativeSeparators(m_verifier->text().trimmed());
    if (!folder.isEmpty()) {
        auto state = crypto::VerifierDirectory::readPublicState(folder);
        if (state)
            m_verifierState = std::move(*state);
        else
            //: %1 is the technical reason.
            m_verifierProblem = tr("This folder holds no usable verifier: %1").arg(state.error().message);
    }
    if (m_verifierState)
        //: %1 is the start of the verifier's key in hexadecimal.
        m_verifierNote->setText(
            tr("Verifier %1… found: the restored profile will trust it.").arg(m_verifierState->key.toHex().left(16)));
    else
        m_verifierNote->setText(tr("The verifier that issued your credential; the profile will trust it."));
    updateState();
}

void RestoreProfilePage::fitColumn()
{
    // The column is centred (aligned) in the page, so the page lays it out at its size hint, which
    // guesses the height of wrapped text — too much in English, too little in German. Its height
    // for its fixed width is exact: failures of three lines and the verifier note included.
    m_column->setFixedHeight(m_column->layout()->totalHeightForWidth(kOnboardingColumnWidth));
}

void RestoreProfilePage::updateState()
{
    m_meter->assess(m_passphrase->text());
    const bool busy = m_controller.isBusy();
    const bool matches = m_passphrase->text() == m_confirm->text();
    const bool keyComplete = crypto::RecoveryKey::parse(m_key->text()).has_value();
    QString problem = m_failure;
    if (problem.isEmpty())
        problem = recoveryKeyTypingProblem(m_key->text());
    if (problem.isEmpty())
        problem = m_verifierProblem;
    if (problem.isEmpty() && !m_confirm->text().isEmpty() && !matches)
        problem = tr("The two passphrases differ.");
    if (busy) {
        showOnboardingError(m_status, {});
        m_status->setText(m_progress.isEmpty() ? tr("Restoring your profile…") : m_progress);
        m_status->setMinimumHeight(m_status->sizeHint().height());
    } else {
        showOnboardingError(m_status, problem);
        // Relay failures carry a technical clause and run to three or four lines: reserve a
        // little more than the shared helper does, so the text never runs under the buttons.
        if (!problem.isEmpty())
            m_status->setMinimumHeight(m_status->heightForWidth(kOnboardingColumnWidth - 80));
    }
    const bool ready = !m_relay->text().trimmed().isEmpty() && keyComplete && m_verifierState.has_value()
                       && isAcceptable(m_meter->assessment()) && matches && !m_passphrase->text().isEmpty();
    m_restore->setEnabled(!busy && ready);
    // Cancel replaces nothing: it shows only while a restore runs, beside the disabled Restore.
    const bool restoring = busy && m_controller.isRestoring();
    m_cancel->setVisible(restoring);
    m_cancel->setEnabled(restoring && !m_cancelling);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_relay), static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_verifier),
          static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_confirm),
          static_cast<QWidget*>(m_back)})
        widget->setEnabled(!busy);
    fitColumn();
}

void RestoreProfilePage::submit()
{
    if (!m_restore->isEnabled() || !m_verifierState)
        return;
    m_failure.clear();
    m_controller.restore(m_relay->text(), m_key->text(), *m_verifierState,
                         crypto::SecretBytes::fromUtf8(m_passphrase->text()));
}

QString RestoreProfilePage::statusText() const
{
    return m_status->text();
}

} // namespace consilium::ui
