#include "ui/account/LinkProfilePage.h"

#include "core/crypto/DeviceHandover.h"
#include "core/crypto/SecretBytes.h"
#include "ui/account/OnboardingStyle.h"
#include "ui/account/PassphraseField.h"
#include "ui/account/PassphraseMeter.h"
#include "ui/account/ProfileController.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace consilium::ui {

LinkProfilePage::LinkProfilePage(ProfileController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_step = makeOnboardingStep(QString(), this);
    m_step->hide();
    auto* title = makeOnboardingTitle(tr("Link to your existing profile"), this);
    auto* intro = makeOnboardingText(
        tr("On the computer where you already use Consilium, choose Go › Devices, then Link New Device…: it saves a "
           "link file and shows a one-time code. Open that file here and type the code: this computer becomes one of "
           "your devices and receives your cases."),
        this);

    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("consilium-link-….cnslink"));
    m_file->setAccessibleName(tr("Link file"));
    m_browse = new QPushButton(tr("C&hoose…"), this);
    m_browse->setToolTip(tr("Choose the link file saved on your other computer"));
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_code = new QLineEdit(this);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.1);
    m_code->setFont(codeFont);
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setAccessibleName(tr("One-time code"));
    m_passphrase = createPassphraseField(this);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm = createPassphraseField(this);
    m_confirm->setAccessibleName(tr("Confirm passphrase"));
    m_meter = new PassphraseMeter(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row holding a layout gets no buddy by itself: without one the mnemonic would show as "&".
    auto* fileLabel = new QLabel(tr("Link &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("One-time &code:"), m_code);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto* passphraseNote = makeOnboardingText(
        tr("The passphrase protects the encrypted copy of your cases on this computer only; it may differ from the "
           "one on your other computer."),
        this);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), this);
    m_back->setToolTip(tr("Back to creating a new profile"));
    m_link = new QPushButton(tr("Link This Computer"), this);
    m_link->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_link);

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
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
    centreOnboardingColumn(this, column);

    for (QLineEdit* edit : {m_file, m_code, m_passphrase, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_failure.clear();
            updateState();
        });
    }
    connect(m_browse, &QPushButton::clicked, this, &LinkProfilePage::chooseFile);
    connect(m_confirm, &QLineEdit::returnPressed, this, &LinkProfilePage::submit);
    connect(m_link, &QPushButton::clicked, this, &LinkProfilePage::submit);
    connect(m_back, &QPushButton::clicked, this, &LinkProfilePage::backRequested);
    connect(&m_controller, &ProfileController::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_progress.clear();
        updateState();
    });
    connect(&m_controller, &ProfileController::linkProgress, this, [this](const QString& message) {
        m_progress = message;
        updateState();
    });
    connect(&m_controller, &ProfileController::linkFailed, this, [this](const QString& message) {
        m_failure = message;
        updateState();
    });
    updateState();
}

void LinkProfilePage::setStep(int step, int steps)
{
    //: Onboarding progress above the page title.
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
    m_step->show();
}

void LinkProfilePage::reset()
{
    for (QLineEdit* edit : {m_file, m_code, m_passphrase, m_confirm})
        edit->clear();
    m_failure.clear();
    updateState();
    m_file->setFocus();
}

void LinkProfilePage::chooseFile()
{
    const QString start = m_file->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                                   : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Link File"), start,
        //: File type filter in the open dialog.
        tr("Consilium link files (*.%1);;All files (*)").arg(crypto::devicehandover::fileSuffix()));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void LinkProfilePage::updateState()
{
    m_meter->assess(m_passphrase->text());
    const bool busy = m_controller.isBusy();
    const bool matches = m_passphrase->text() == m_confirm->text();
    // A complete code with a wrong checksum is said while typing; a short one is still being typed.
    const bool codeComplete = crypto::LinkCode::parse(m_code->text()).has_value();
    QString problem = m_failure;
    if (problem.isEmpty() && !codeComplete) {
        QString compact = m_code->text();
        compact.remove(QLatin1Char('-'));
        compact.remove(QLatin1Char(' '));
        if (compact.size() >= 32)
            problem = tr("This code has a typo: check each group of four characters against your other device.");
    }
    if (problem.isEmpty() && !m_confirm->text().isEmpty() && !matches)
        problem = tr("The two passphrases differ.");
    if (busy) {
        showOnboardingError(m_status, {});
        m_status->setText(m_progress.isEmpty() ? tr("Linking this computer…") : m_progress);
        m_status->setMinimumHeight(m_status->sizeHint().height());
    } else {
        showOnboardingError(m_status, problem);
        // Relay failures carry a technical clause and run to three or four lines: reserve a
        // little more than the shared helper does, so the text never runs under the buttons.
        if (!problem.isEmpty())
            m_status->setMinimumHeight(m_status->heightForWidth(kOnboardingColumnWidth - 80));
    }
    const bool ready = !m_file->text().trimmed().isEmpty() && codeComplete && isAcceptable(m_meter->assessment())
                       && matches && !m_passphrase->text().isEmpty();
    m_link->setEnabled(!busy && ready);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_code),
          static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_back)})
        widget->setEnabled(!busy);
}

void LinkProfilePage::submit()
{
    if (!m_link->isEnabled())
        return;
    m_failure.clear();
    m_controller.link(QDir::fromNativeSeparators(m_file->text().trimmed()), m_code->text(),
                      crypto::SecretBytes::fromUtf8(m_passphrase->text()));
}

QString LinkProfilePage::statusText() const
{
    return m_status->text();
}

} // namespace consilium::ui
