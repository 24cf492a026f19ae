#include "ui/account/CredentialStepPage.h"

#include "ui/account/CredentialImportPanel.h"
#include "ui/account/OnboardingStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

CredentialStepPage::CredentialStepPage(QWidget* parent)
    : QWidget(parent)
{
    m_step = makeOnboardingStep(QString(), this);
    auto* title = makeOnboardingTitle(tr("Add your clinician credential"), this);
    auto* intro = makeOnboardingText(
        tr("A verifier checked your licence and issued a credential file for this profile. With it, colleagues see "
           "a verified badge beside your name and your cases. You can also add it later from the File menu."),
        this);
    m_panel = new CredentialImportPanel(this);
    m_skip = new QPushButton(tr("Skip for Now"), this);
    m_import = new QPushButton(tr("Import Credential"), this);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_import);

    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(m_step);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(m_panel);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    centreOnboardingColumn(this, column);

    const auto update = [this] {
        m_import->setEnabled(m_panel->isAcceptable() && !m_panel->isBusy());
        m_skip->setEnabled(!m_panel->isBusy());
    };
    connect(m_panel, &CredentialImportPanel::acceptableChanged, this, update);
    connect(m_panel, &CredentialImportPanel::busyChanged, this, update);
    connect(m_import, &QPushButton::clicked, m_panel, &CredentialImportPanel::importCredential);
    connect(m_panel, &CredentialImportPanel::imported, this, &CredentialStepPage::finished);
    connect(m_skip, &QPushButton::clicked, this, &CredentialStepPage::finished);
}

void CredentialStepPage::setStore(store::StoreHost* host)
{
    m_panel->setStore(host);
}

void CredentialStepPage::setStep(int step, int steps)
{
    //: Onboarding progress above the page title.
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
}

} // namespace consilium::ui
