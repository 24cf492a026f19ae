#include "ui/account/CredentialImportDialog.h"

#include "ui/account/CredentialImportPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

CredentialImportDialog::CredentialImportDialog(store::StoreHost& host, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Clinician Credential"));
    auto* intro = new QLabel(tr("Choose the credential file your verifier issued for this profile. It is checked "
                                "before anything is kept."),
                             this);
    intro->setWordWrap(true);
    m_panel = new CredentialImportPanel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import Credential"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    // Accept only through imported(): the button asks the panel, the panel says when it is kept.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, m_panel, &CredentialImportPanel::importCredential);
    connect(m_panel, &CredentialImportPanel::imported, this, &QDialog::accept);
    const auto update = [this] { m_import->setEnabled(m_panel->isAcceptable() && !m_panel->isBusy()); };
    connect(m_panel, &CredentialImportPanel::acceptableChanged, this, update);
    connect(m_panel, &CredentialImportPanel::busyChanged, this, update);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 400);
    m_panel->setStore(&host);
}

} // namespace consilium::ui
