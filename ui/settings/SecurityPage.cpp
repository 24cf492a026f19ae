#include "ui/settings/SecurityPage.h"

#include "core/crypto/SecretBytes.h"
#include "core/store/ProfileVault.h"
#include "ui/account/ChangePassphraseDialog.h"
#include "ui/account/ProfileController.h"
#include "ui/account/RecoveryKeyDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/UserSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText); // secondary text, as KDE settings do
    return label;
}

} // namespace

SecurityPage::SecurityPage(const SettingsContext& context, QWidget* parent)
    : QWidget(parent)
    , m_controller(new ProfileController(context.profileFolder, context.argon2, context.backOff, this))
    , m_folder(context.profileFolder)
    , m_backOff(context.backOff)
{
    // Locking.
    m_idleLock = new QSpinBox(this);
    m_idleLock->setRange(0, settings::kMaximumIdleLockMinutes);
    m_idleLock->setSpecialValueText(tr("Never"));
    //: The unit after the idle lock's number of minutes.
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(settings::idleLockMinutes());
    m_idleLock->setAccessibleName(tr("Lock after inactivity"));
    auto* locking = new QGroupBox(tr("Locking"), this);
    auto* lockingForm = new QFormLayout(locking);
    lockingForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    lockingForm->addRow(tr("&Lock after inactivity:"), m_idleLock);
    lockingForm->addRow(explanation(tr("Without a key press or click for this long, the profile locks and its "
                                       "cases leave the screen. File › Lock Profile (Ctrl+L) locks at once."),
                                    locking));
    connect(m_idleLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        settings::setIdleLockMinutes(minutes);
        Q_EMIT idleLockChanged(minutes);
    });

    // Passphrase.
    m_changePassphrase = new QPushButton(tr("Change Passphrase…"), this);
    auto* passphrase = new QGroupBox(tr("Passphrase"), this);
    auto* passphraseLayout = new QVBoxLayout(passphrase);
    passphraseLayout->addWidget(explanation(
        tr("The passphrase protects the key of this profile's encrypted cases. Nobody can recover it for you."),
        passphrase));
    passphraseLayout->addWidget(m_changePassphrase, 0, Qt::AlignLeft);
    m_passphraseStatus = new QLabel(passphrase);
    m_passphraseStatus->hide();
    passphraseLayout->addWidget(m_passphraseStatus);
    connect(m_changePassphrase, &QPushButton::clicked, this, &SecurityPage::openChangePassphrase);

    // Recovery key.
    m_recoveryKey = new QPushButton(this);
    m_recoveryStatus = new QLabel(this);
    m_recoveryStatus->setWordWrap(true);
    auto* recovery = new QGroupBox(tr("Recovery Key"), this);
    auto* recoveryLayout = new QVBoxLayout(recovery);
    recoveryLayout->addWidget(m_recoveryStatus);
    recoveryLayout->addWidget(m_recoveryKey, 0, Qt::AlignLeft);
    connect(m_recoveryKey, &QPushButton::clicked, this, &SecurityPage::openRecoveryKey);

    // System keychain.
    m_keychain = new QCheckBox(tr("Open this profile without its passphrase on this computer"), this);
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setWordWrap(true);
    auto* keychain = new QGroupBox(tr("System Keychain"), this);
    auto* keychainLayout = new QVBoxLayout(keychain);
    keychainLayout->addWidget(m_keychain);
    keychainLayout->addWidget(
        explanation(tr("The profile's key is then kept in the system keychain (GNOME Keyring, KWallet, the macOS "
                       "Keychain or the Windows Credential Manager), which opens when you log in. Use it only on a "
                       "computer nobody else uses."),
                    keychain));
    keychainLayout->addWidget(m_keychainStatus);
    connect(m_keychain, &QCheckBox::toggled, this, &SecurityPage::keychainToggled);
    connect(m_controller, &ProfileController::keychainChanged, this, [this] { showKeychainState(); });
    connect(m_controller, &ProfileController::keychainFailed, this,
            [this](const QString& message) { showKeychainState(message); });
    connect(m_controller, &ProfileController::failed, this, [this](const QString& message) {
        if (!m_changeDialog) // the change-passphrase dialog shows its own failures
            showKeychainState(message);
    });
    connect(m_controller, &ProfileController::busyChanged, this, [this](bool busy) {
        m_keychain->setEnabled(!busy);
        m_changePassphrase->setEnabled(!busy);
        m_recoveryKey->setEnabled(!busy && m_host);
    });

    // Before the profile exists there is no passphrase to change and no key to keep.
    if (!m_controller->profileExists()) {
        for (QGroupBox* group : {passphrase, recovery, keychain}) {
            group->setEnabled(false);
            group->setToolTip(tr("Available once this profile has been created"));
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(locking);
    layout->addWidget(passphrase);
    layout->addWidget(recovery);
    layout->addWidget(keychain);
    layout->addStretch(1);
    showKeychainState();
    showRecoveryState();
}

SecurityPage::~SecurityPage() = default;

QString SecurityPage::keychainStatus() const
{
    return m_keychainStatus->text();
}

QString SecurityPage::passphraseStatus() const
{
    return m_passphraseStatus->text();
}

QString SecurityPage::recoveryStatus() const
{
    return m_recoveryStatus->text();
}

void SecurityPage::setStoreHost(store::StoreHost* host)
{
    m_host = host;
    showRecoveryState();
}

void SecurityPage::showRecoveryState()
{
    const store::ProfileVault vault(m_folder);
    const bool has = vault.hasRecovery();
    m_recoveryKey->setText(has ? tr("Replace Recovery Key…") : tr("Create Recovery Key…"));
    m_recoveryKey->setEnabled(m_host != nullptr);
    m_recoveryKey->setToolTip(m_host ? QString() : tr("Unlock this profile first"));
    if (!has)
        m_recoveryStatus->setText(tr("⚠ This profile has no recovery key. If you forget its passphrase, nobody can "
                                     "open it again and its cases are lost."));
    else if (!vault.isRecoveryConfirmed())
        m_recoveryStatus->setText(tr("The recovery key was shown but not confirmed; the next unlock shows a new one."));
    else
        m_recoveryStatus->setText(tr("A recovery key opens this profile if you forget its passphrase. Replacing it "
                                     "makes the old one useless, for example after it was seen by someone else."));
}

void SecurityPage::openRecoveryKey()
{
    if (!m_host)
        return;
    m_recoveryDialog = new RecoveryKeyDialog(m_folder, *m_host, m_backOff, this);
    m_recoveryDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recoveryDialog, &QDialog::accepted, this, [this] {
        showRecoveryState();
        m_recoveryStatus->setText(tr("The new recovery key is confirmed. Keep it safe: it opens this profile without "
                                     "the passphrase."));
    });
    connect(m_recoveryDialog, &QDialog::rejected, this, &SecurityPage::showRecoveryState);
    connect(m_recoveryDialog, &QObject::destroyed, this, [this] { m_recoveryDialog = nullptr; });
    m_recoveryDialog->open();
}

void SecurityPage::keychainToggled(bool enabled)
{
    if (enabled == m_controller->usesKeychain())
        return;
    if (!enabled) {
        m_keychainStatus->setText(tr("Removing the key from the system keychain…"));
        m_controller->setKeychainEnabled(false);
        return;
    }
    // The key is only reachable through the passphrase: ask for it (non-modal to the app).
    m_prompt = new QInputDialog(this);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt->setWindowTitle(tr("Keep the Key in the System Keychain"));
    m_prompt->setLabelText(tr("Enter this profile's passphrase:"));
    m_prompt->setTextEchoMode(QLineEdit::Password);
    m_prompt->setOkButtonText(tr("Keep in Keychain"));
    connect(m_prompt, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        m_keychainStatus->setText(tr("Storing the key in the system keychain…"));
        m_controller->setKeychainEnabled(true, crypto::SecretBytes::fromUtf8(text));
    });
    connect(m_prompt, &QInputDialog::rejected, this, [this] { showKeychainState(); });
    connect(m_prompt, &QObject::destroyed, this, [this] { m_prompt = nullptr; });
    m_prompt->open();
}

void SecurityPage::showKeychainState(const QString& problem)
{
    const bool enabled = m_controller->usesKeychain();
    {
        const QSignalBlocker blocker(m_keychain);
        m_keychain->setChecked(enabled);
    }
    QString text;
    if (!problem.isEmpty())
        //: %1 is the reason, from the system or the profile (e.g. "Wrong passphrase.").
        text = tr("The system keychain was not changed: %1").arg(problem);
    else if (enabled)
        text = tr("This profile opens with the key kept in the system keychain.");
    m_keychainStatus->setText(text);
}

void SecurityPage::openChangePassphrase()
{
    m_changeDialog = new ChangePassphraseDialog(*m_controller, this);
    m_changeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changeDialog, &QDialog::accepted, this, [this] {
        m_passphraseStatus->setText(tr("The passphrase was changed. Use the new one from now on."));
        m_passphraseStatus->show();
    });
    connect(m_changeDialog, &QObject::destroyed, this, [this] { m_changeDialog = nullptr; });
    m_changeDialog->open();
}

} // namespace consilium::ui
