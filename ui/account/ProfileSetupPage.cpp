#include "ui/account/ProfileSetupPage.h"

#include "core/crypto/SecretBytes.h"
#include "ui/account/OnboardingStyle.h"
#include "ui/account/PassphraseField.h"
#include "ui/account/PassphraseMeter.h"
#include "ui/account/ProfileController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

ProfileSetupPage::ProfileSetupPage(ProfileController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto* title = new QLabel(tr("Create your profile"), this);
    title->setObjectName(QStringLiteral("setupTitle"));
    m_step = makeOnboardingStep(QString(), this);
    m_step->hide(); // until the gate says which step this is
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* intro = new QLabel(tr("Colleagues see your name, profession and specialty beside the cases you share. "
                                "The passphrase protects the encrypted copy of your cases on this computer. "
                                "Next you get a recovery key: without it, nobody, including the Consilium team, "
                                "can open this profile if you forget the passphrase."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Dr. Amara Okafor"));
    m_profession = new QComboBox(this);
    m_profession->setEditable(true);
    // Items carry a canonical English value so that cases filter alike whatever the reader's language.
    const std::pair<QString, const char*> professions[] = {
        {tr("Physician"), "Physician"}, {tr("Surgeon"), "Surgeon"}, {tr("Radiologist"), "Radiologist"},
        {tr("Resident"), "Resident"},   {tr("Nurse"), "Nurse"},     {tr("Medical student"), "Medical student"}};
    for (const auto& [label, value] : professions)
        m_profession->addItem(label, QString::fromLatin1(value));
    m_specialty = new QComboBox(this);
    m_specialty->setEditable(true);
    const std::pair<QString, const char*> specialties[] = {{tr("Radiology"), "radiology"},
                                                           {tr("Dermatology"), "dermatology"},
                                                           {tr("Orthopaedics"), "orthopaedics"},
                                                           {tr("Cardiology"), "cardiology"},
                                                           {tr("Neurology"), "neurology"},
                                                           {tr("Emergency medicine"), "emergency medicine"},
                                                           {tr("General surgery"), "general surgery"},
                                                           {tr("Internal medicine"), "internal medicine"},
                                                           {tr("Pediatrics"), "pediatrics"},
                                                           {tr("Oncology"), "oncology"}};
    for (const auto& [label, value] : specialties)
        m_specialty->addItem(label, QString::fromLatin1(value));

    m_passphrase = createPassphraseField(this);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm = createPassphraseField(this);
    m_confirm->setAccessibleName(tr("Confirm passphrase"));

    m_meter = new PassphraseMeter(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Specialty:"), m_specialty);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm:"), m_confirm);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_create = new QPushButton(tr("Create profile"), this);
    m_create->setDefault(true);
    m_create->setToolTip(tr("Creates the encrypted profile on this computer"));

    //: Beside "Create profile": for a clinician who already uses Consilium on another computer.
    m_link = new QPushButton(tr("Already use Consilium on another computer? Link to your existing profile…"), this);
    m_link->setToolTip(tr("Use a link file and one-time code made on your other computer (Devices › Link New "
                          "Device…)"));
    //: Below the link to an existing profile: for a clinician whose every computer is lost.
    m_restore = new QPushButton(tr("Lost every computer with your profile? Restore with your recovery key…"), this);
    m_restore->setToolTip(tr("Use the recovery key you saved when you created your profile, and your relay"));
    for (QPushButton* button : {m_link, m_restore}) {
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        QPalette linkPalette = button->palette();
        linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
        button->setPalette(linkPalette);
    }
    connect(m_link, &QPushButton::clicked, this, &ProfileSetupPage::linkRequested);
    connect(m_restore, &QPushButton::clicked, this, &ProfileSetupPage::restoreRequested);

    auto* column = new QWidget(this);
    column->setMinimumWidth(480);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_step);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(form);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_status);
    columnLayout->addWidget(m_create, 0, Qt::AlignRight);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_link, 0, Qt::AlignLeft);
    columnLayout->addWidget(m_restore, 0, Qt::AlignLeft);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    for (QLineEdit* edit : {m_name, m_passphrase, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &ProfileSetupPage::updateState);
    connect(m_profession, &QComboBox::currentTextChanged, this, &ProfileSetupPage::updateState);
    connect(m_create, &QPushButton::clicked, this, &ProfileSetupPage::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &ProfileSetupPage::submit);
    connect(&m_controller, &ProfileController::busyChanged, this, &ProfileSetupPage::updateState);
    connect(&m_controller, &ProfileController::failed, this, &ProfileSetupPage::showFailure);
    updateState();
}

void ProfileSetupPage::updateState()
{
    m_meter->assess(m_passphrase->text(), {m_name->text(), m_profession->currentText()});
    const PassphraseAssessment& assessment = m_meter->assessment();

    const bool matches = m_passphrase->text() == m_confirm->text();
    const bool busy = m_controller.isBusy();
    if (!busy && !m_confirm->text().isEmpty() && !matches)
        m_status->setText(tr("The two passphrases differ."));
    else if (busy)
        m_status->setText(tr("Creating your encrypted profile… this takes a few seconds."));
    else if (m_status->property("failure").toBool())
        ; // keep the failure on screen until the user changes something that matters
    else
        m_status->clear();

    const bool ready = !m_name->text().trimmed().isEmpty() && isAcceptable(assessment) && matches;
    m_create->setEnabled(ready && !busy);
    for (QWidget* field :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_profession), static_cast<QWidget*>(m_specialty),
          static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_link),
          static_cast<QWidget*>(m_restore)})
        field->setEnabled(!busy);
}

void ProfileSetupPage::submit()
{
    if (!m_create->isEnabled())
        return;
    m_status->setProperty("failure", false);
    // A listed item gives its canonical value; anything typed is kept as typed.
    const auto valueOf = [](const QComboBox* box) -> QString {
        const int listed = box->findText(box->currentText());
        return listed >= 0 ? box->itemData(listed).toString() : box->currentText().trimmed();
    };
    NewProfile profile{m_name->text(), valueOf(m_profession), valueOf(m_specialty)};
    crypto::SecretBytes passphrase = crypto::SecretBytes::fromUtf8(m_passphrase->text());
    m_controller.create(profile, std::move(passphrase));
}

void ProfileSetupPage::setStep(int step, int steps)
{
    //: Onboarding progress above the page title.
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
    m_step->show();
}

void ProfileSetupPage::showFailure(const QString& message)
{
    m_status->setProperty("failure", true);
    m_status->setText(tr("The profile could not be created: %1").arg(message));
}

} // namespace consilium::ui
