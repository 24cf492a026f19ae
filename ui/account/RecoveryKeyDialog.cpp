#include "ui/account/RecoveryKeyDialog.h"

#include "core/common/Async.h"
#include "core/crypto/RecoveryKey.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "ui/account/OnboardingStyle.h"
#include "ui/account/PassphraseField.h"
#include "ui/account/RecoveryConfirmPage.h"
#include "ui/account/RecoveryKeyPage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace consilium::ui {

namespace {

/// What the worker hands back: the database key (to wrap under the new recovery key).
struct Unwrapped {
    crypto::SecretBytes databaseKey;
};

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(QString profileFolder, store::StoreHost& host, std::chrono::milliseconds backOff,
                                     QWidget* parent)
    : QDialog(parent)
    , m_folder(std::move(profileFolder))
    , m_host(host)
    , m_backOff(backOff)
    , m_replaces(store::ProfileVault(m_folder).hasRecovery())
{
    setWindowTitle(m_replaces ? tr("Replace Recovery Key") : tr("Create Recovery Key"));

    // Step 0: the current passphrase.
    auto* ask = new QWidget(this);
    auto* title = makeOnboardingTitle(windowTitle(), ask);
    auto* intro = makeOnboardingText(
        m_replaces ? tr("A new recovery key replaces the one you have: the old key stops working at once. Keep the new "
                        "one where you would keep a spare house key.")
                   : tr("A recovery key opens this profile if you forget its passphrase. Without one, a forgotten "
                        "passphrase means losing this profile's cases."),
        ask);
    m_passphrase = createPassphraseField(ask);
    m_passphrase->setAccessibleName(tr("Current passphrase"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&urrent passphrase:"), m_passphrase);
    m_status = new QLabel(ask);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, ask);
    m_continue = buttons->addButton(m_replaces ? tr("Replace Key") : tr("Create Key"), QDialogButtonBox::AcceptRole);
    m_continue->setEnabled(false);
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->addWidget(title);
    askLayout->addWidget(intro);
    askLayout->addSpacing(8);
    askLayout->addLayout(form);
    askLayout->addWidget(m_status);
    askLayout->addStretch(1);
    askLayout->addWidget(buttons);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] { setBusy(m_busy); });
    connect(m_passphrase, &QLineEdit::returnPressed, this, &RecoveryKeyDialog::submit);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Steps 1 and 2: onboarding's own pages.
    m_keyPage = new RecoveryKeyPage(this);
    m_keyPage->setStep(1, 2);
    m_confirmPage = new RecoveryConfirmPage(this);
    m_confirmPage->setStep(2, 2);
    connect(m_keyPage, &RecoveryKeyPage::continued, this, [this] { m_pages->setCurrentWidget(m_confirmPage); });
    connect(m_confirmPage, &RecoveryConfirmPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_keyPage); });
    connect(m_confirmPage, &RecoveryConfirmPage::confirmed, this, &RecoveryKeyDialog::finish);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(ask);
    m_pages->addWidget(m_keyPage);
    m_pages->addWidget(m_confirmPage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumSize(720, 540); // the key page's two rows of groups with their numbers
}

QString RecoveryKeyDialog::statusText() const
{
    return m_status->text();
}

int RecoveryKeyDialog::step() const
{
    return m_pages->currentIndex();
}

void RecoveryKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_continue->setEnabled(!busy && !m_passphrase->text().isEmpty());
}

void RecoveryKeyDialog::submit()
{
    if (m_busy || m_passphrase->text().isEmpty())
        return;
    // The vault's back-off after wrong passphrases holds here too.
    const auto wait = std::chrono::ceil<std::chrono::seconds>(store::ProfileVault(m_folder, m_backOff).retryAfter());
    if (wait.count() > 0) {
        showOnboardingError(m_status, tr("Too many wrong passphrases: try again in %n second(s).", nullptr,
                                         static_cast<int>(wait.count())));
        return;
    }
    setBusy(true);
    //: While Argon2id checks the passphrase (a second or two by design).
    m_status->setText(tr("Checking the passphrase…"));
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromUtf8(m_passphrase->text()));
    m_passphrase->clear();
    // Argon2id on the thread pool: slow by design, never on the GUI thread.
    runAsync(
        this,
        [folder = m_folder, backOff = m_backOff, secret]() -> Result<Unwrapped> {
            auto key = store::ProfileVault(folder, backOff).unwrapDatabaseKey(*secret);
            if (!key)
                return tl::unexpected(key.error());
            return Unwrapped{std::move(*key)};
        },
        [this](Result<Unwrapped> unwrapped) {
            if (!unwrapped) {
                setBusy(false);
                // Core errors are English for logs; the one users meet most is said in theirs.
                showOnboardingError(m_status, unwrapped.error().code == ErrorCode::PermissionDenied
                                                  ? tr("Wrong passphrase.")
                                                  : unwrapped.error().message);
                m_passphrase->setFocus();
                return;
            }
            // The key backup reads the keyring: on the store thread.
            auto databaseKey = std::make_shared<crypto::SecretBytes>(std::move(unwrapped->databaseKey));
            m_host.run(
                this,
                [folder = m_folder, databaseKey](store::Store& store) -> Result<QString> {
                    const crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
                    if (auto ok = store::ProfileVault(folder).replaceRecovery(store, *databaseKey, recoveryKey); !ok)
                        return tl::unexpected(ok.error());
                    return recoveryKey.toDisplayString();
                },
                [this](Result<QString> shown) {
                    setBusy(false);
                    if (!shown) {
                        showOnboardingError(m_status, tr("No recovery key was made: %1").arg(shown.error().message));
                        return;
                    }
                    m_status->clear();
                    const QStringList groups = shown->split(QLatin1Char('-'));
                    m_keyPage->setGroups(groups);
                    m_confirmPage->setGroups(groups);
                    m_pages->setCurrentWidget(m_keyPage);
                });
        });
}

void RecoveryKeyDialog::finish()
{
    if (auto ok = store::ProfileVault(m_folder).setRecoveryConfirmed(true); !ok) {
        m_pages->setCurrentWidget(m_pages->widget(0));
        showOnboardingError(m_status, ok.error().message);
        return;
    }
    m_keyPage->setGroups({}); // the key leaves the screen
    m_confirmPage->setGroups({});
    accept();
}

} // namespace consilium::ui
