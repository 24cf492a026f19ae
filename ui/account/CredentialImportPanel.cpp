#include "ui/account/CredentialImportPanel.h"

#include "core/crypto/KeyFiles.h"
#include "core/crypto/TrustChain.h"
#include "core/store/StoreHost.h"
#include "core/sync/OwnCredential.h"
#include "ui/account/OnboardingStyle.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

// A credential is a few hundred bytes; anything far larger is not one.
constexpr qint64 kMaxCredentialFile = 4096;

struct ProfileTrust {
    crypto::SigningPublicKey identity;
    std::optional<crypto::VerifierPublicState> pinned;
};

} // namespace

CredentialImportPanel::CredentialImportPanel(QWidget* parent)
    : QWidget(parent)
{
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setAccessibleName(tr("Credential file"));
    m_chooseFile = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Choose &File…"), this);
    m_chooseFile->setToolTip(tr("The credential file your verifier issued (.cred)"));
    m_verifier = new QLabel(this);
    m_verifier->setWordWrap(true);
    m_chooseVerifier = new QPushButton(tr("Choose &Verifier…"), this);
    m_chooseVerifier->setToolTip(tr("The verifier's folder, with its public key (verifier.pub) and revocation list "
                                    "(revocations.cbor)"));

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("Credential:"), this), 0, 0);
    grid->addWidget(m_file, 0, 1);
    grid->addWidget(m_chooseFile, 0, 2);
    grid->addWidget(new QLabel(tr("Verifier:"), this), 1, 0);
    grid->addWidget(m_verifier, 1, 1);
    grid->addWidget(m_chooseVerifier, 1, 2);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("credentialDetails"));
    m_details->setAutoFillBackground(true);
    QPalette detailsPalette = m_details->palette();
    detailsPalette.setColor(QPalette::Window, detailsPalette.color(QPalette::Base));
    m_details->setPalette(detailsPalette);
    m_detailsForm = new QFormLayout(m_details);
    m_detailsForm->setContentsMargins(14, 10, 14, 10);
    m_detailsForm->setLabelAlignment(Qt::AlignRight);
    m_details->hide();

    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_details);
    layout->addWidget(m_status);

    connect(m_chooseFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open Credential"), {}, tr("Credentials (*.cred);;All files (*)"));
        if (!path.isEmpty())
            openCredentialFile(path);
    });
    connect(m_chooseVerifier, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the Verifier's Folder"));
        if (!path.isEmpty())
            openVerifierFolder(path);
    });
    evaluate();
}

void CredentialImportPanel::setStore(store::StoreHost* host)
{
    m_host = host;
    m_identity.reset();
    m_pinned.reset();
    if (!host) {
        evaluate();
        return;
    }
    setBusy(true);
    host->run(
        this,
        [](store::Store& store) -> Result<ProfileTrust> {
            auto identity = sync::ownIdentityKey(store);
            if (!identity)
                return tl::unexpected(identity.error());
            auto pinned = sync::pinnedVerifier(store);
            if (!pinned)
                return tl::unexpected(pinned.error());
            return ProfileTrust{*identity, std::move(*pinned)};
        },
        [this](Result<ProfileTrust> trust) {
            setBusy(false);
            if (!trust) {
                //: %1 is the technical reason.
                m_readError = tr("The profile could not be read: %1").arg(trust.error().message);
            } else {
                m_identity = trust->identity;
                m_pinned = std::move(trust->pinned);
            }
            evaluate();
        });
}

void CredentialImportPanel::openCredentialFile(const QString& path)
{
    // The name is what the user recognises; the full path is in the tooltip.
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_file->setCursorPosition(0);
    m_readError.clear();
    m_credential.clear();
    auto bytes = crypto::keyfiles::readFile(path, kMaxCredentialFile);
    if (!bytes) {
        //: %1 is the technical reason.
        m_readError = tr("This file cannot be read: %1").arg(bytes.error().message);
    } else {
        m_credential = *bytes;
        // `consilium-cli verifier issue` keeps credentials in <verifier>/credentials/: the
        // verifier's public files are then beside the file or one folder up.
        if (!m_pinned && !m_chosenVerifier) {
            const QDir folder = QFileInfo(path).absoluteDir();
            for (const QString& candidate : {folder.absolutePath(), folder.absoluteFilePath(QStringLiteral(".."))}) {
                auto state = crypto::VerifierDirectory::readPublicState(candidate);
                if (state) {
                    m_chosenVerifier = std::move(*state);
                    m_verifierFolder = QDir::cleanPath(candidate);
                    break;
                }
            }
        }
    }
    evaluate();
}

void CredentialImportPanel::openVerifierFolder(const QString& path)
{
    auto state = crypto::VerifierDirectory::readPublicState(path);
    if (!state) {
        m_chosenVerifier.reset();
        m_verifierFolder.clear();
        evaluate();
        //: %1 is the technical reason.
        showStatus(tr("This folder holds no usable verifier: %1").arg(state.error().message), true);
        return;
    }
    m_chosenVerifier = std::move(*state);
    m_verifierFolder = path;
    evaluate();
}

void CredentialImportPanel::evaluate()
{
    const bool wasAcceptable = m_acceptable;
    m_acceptable = false;
    m_chooseVerifier->setVisible(!m_pinned);
    const crypto::VerifierPublicState* verifier =
        m_pinned ? &*m_pinned : (m_chosenVerifier ? &*m_chosenVerifier : nullptr);
    if (m_pinned)
        //: %1 is the start of the verifier's key in hexadecimal.
        m_verifier->setText(tr("The verifier this profile trusts (%1…)").arg(m_pinned->key.toHex().left(16)));
    else if (m_chosenVerifier)
        m_verifier->setText(QDir::toNativeSeparators(m_verifierFolder));
    else
        m_verifier->setText(tr("Not chosen yet"));

    // The attested details, shown as soon as the file reads as a credential.
    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0);
    m_details->hide();
    QString problem;
    if (!m_readError.isEmpty()) {
        problem = m_readError;
    } else if (!m_credential.isEmpty()) {
        auto parsed = crypto::Credential::parse(m_credential);
        if (parsed) {
            const crypto::CredentialDetails& details = parsed->details();
            const QLocale locale;
            m_detailsForm->addRow(tr("Name:"), new QLabel(details.name, m_details));
            m_detailsForm->addRow(tr("Profession:"), new QLabel(details.profession, m_details));
            m_detailsForm->addRow(tr("Specialty:"), new QLabel(details.specialty, m_details));
            m_detailsForm->addRow(tr("Jurisdiction:"), new QLabel(details.jurisdiction, m_details));
            m_detailsForm->addRow(tr("Valid until:"),
                                  new QLabel(locale.toString(details.expires, QLocale::LongFormat), m_details));
            m_details->show();
        }
        if (!m_identity) {
            problem = m_host ? QString() : tr("Open the profile first.");
        } else if (!verifier) {
            problem = tr("Choose the folder of the verifier that issued this credential.");
        } else {
            const sync::OwnCredentialCheck check =
                sync::checkOwnCredential(m_credential, *verifier, *m_identity, crypto::todayUtc());
            const QLocale locale;
            switch (check.problem) {
            case sync::CredentialProblem::None:
                m_acceptable = true;
                break;
            case sync::CredentialProblem::Unreadable:
                problem = tr("This file is not a valid credential, or its signature does not match its content "
                             "(it may have been altered).");
                break;
            case sync::CredentialProblem::OtherIdentity:
                problem = tr("This credential was issued to another identity, not to this profile.");
                break;
            case sync::CredentialProblem::OtherVerifier:
                problem = m_pinned ? tr("This credential was signed by another verifier than the one this profile "
                                        "trusts.")
                                   : tr("This credential was not signed by the chosen verifier.");
                break;
            case sync::CredentialProblem::BadRevocations:
                problem = tr("The verifier's revocation list is not signed by the verifier.");
                break;
            case sync::CredentialProblem::Revoked:
                problem = tr("This credential has been revoked by its verifier.");
                break;
            case sync::CredentialProblem::Expired:
                //: %1 is a date.
                problem = tr("This credential expired on %1.")
                              .arg(locale.toString(check.credential->details().expires, QLocale::LongFormat));
                break;
            case sync::CredentialProblem::NotYetValid:
                problem = tr("This credential is not valid before %1.")
                              .arg(locale.toString(check.credential->details().issued, QLocale::LongFormat));
                break;
            }
        }
    }
    if (m_acceptable)
        showStatus(tr("✓ Signed by the verifier and issued to this profile. Colleagues will see you as verified."),
                   false);
    else
        showStatus(problem, !problem.isEmpty());
    if (wasAcceptable != m_acceptable)
        Q_EMIT acceptableChanged(m_acceptable);
}

void CredentialImportPanel::importCredential()
{
    if (!m_acceptable || m_busy || !m_host)
        return;
    const crypto::VerifierPublicState verifier = m_pinned ? *m_pinned : *m_chosenVerifier;
    setBusy(true);
    m_host->run(
        this,
        [credential = m_credential, verifier](store::Store& store) {
            return sync::importOwnCredential(store, credential, verifier);
        },
        [this](Result<crypto::Credential> kept) {
            setBusy(false);
            if (!kept) {
                //: %1 is the technical reason.
                showStatus(tr("The credential was not kept: %1").arg(kept.error().message), true);
                return;
            }
            m_pinned = m_pinned ? m_pinned : m_chosenVerifier;
            Q_EMIT imported();
        });
}

void CredentialImportPanel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_chooseFile->setEnabled(!busy);
    m_chooseVerifier->setEnabled(!busy);
    Q_EMIT busyChanged(busy);
}

void CredentialImportPanel::showStatus(const QString& text, bool error)
{
    if (error) {
        showOnboardingError(m_status, text);
        return;
    }
    QPalette palette = this->palette();
    if (!text.isEmpty())
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32)); // success green
    m_status->setPalette(palette);
    m_status->setText(text);
}

QString CredentialImportPanel::statusText() const
{
    return m_status->text();
}

QString CredentialImportPanel::detailsText() const
{
    QStringList lines;
    for (int row = 0; row < m_detailsForm->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_detailsForm->itemAt(row, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(m_detailsForm->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace consilium::ui
