#include "ui/account/ProfileGate.h"

#include "core/store/StoreHost.h"
#include "ui/account/CredentialStepPage.h"
#include "ui/account/LinkProfilePage.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileSetupPage.h"
#include "ui/account/RecoverAccessPage.h"
#include "ui/account/RecoveryConfirmPage.h"
#include "ui/account/RecoveryKeyPage.h"
#include "ui/account/RestoreProfilePage.h"
#include "ui/account/UnlockPage.h"

#include <QLineEdit>

namespace consilium::ui {

namespace {

// Onboarding: create the profile, see the recovery key, confirm it, add the credential.
constexpr int kOnboardingSteps = 4;
// Linking: the link page, the recovery key, its confirmation (the credential comes with the link).
// Restoring has the same three: the restore page, the new recovery key, its confirmation.
constexpr int kLinkSteps = 3;

} // namespace

ProfileGate::ProfileGate(ProfileController& controller, const QString& profileName, QWidget* parent)
    : QStackedWidget(parent)
    , m_controller(controller)
    , m_setup(new ProfileSetupPage(controller, this))
    , m_unlock(new UnlockPage(controller, profileName, this))
    , m_recoveryKey(new RecoveryKeyPage(this))
    , m_recoveryConfirm(new RecoveryConfirmPage(this))
    , m_recoverAccess(new RecoverAccessPage(controller, this))
    , m_credential(new CredentialStepPage(this))
    , m_link(new LinkProfilePage(controller, this))
    , m_restore(new RestoreProfilePage(controller, this))
{
    for (QWidget* page :
         {static_cast<QWidget*>(m_setup), static_cast<QWidget*>(m_unlock), static_cast<QWidget*>(m_recoveryKey),
          static_cast<QWidget*>(m_recoveryConfirm), static_cast<QWidget*>(m_recoverAccess),
          static_cast<QWidget*>(m_credential), static_cast<QWidget*>(m_link), static_cast<QWidget*>(m_restore)})
        addWidget(page);
    m_setup->setStep(1, kOnboardingSteps);
    m_recoveryKey->setStep(2, kOnboardingSteps);
    m_recoveryConfirm->setStep(3, kOnboardingSteps);
    m_credential->setStep(4, kOnboardingSteps);
    m_link->setStep(1, kLinkSteps);
    m_restore->setStep(1, kLinkSteps);
    setCurrentWidget(controller.profileExists() ? static_cast<QWidget*>(m_unlock) : m_setup);

    connect(&m_controller, &ProfileController::unlocked, this, &ProfileGate::storeOpened);
    connect(m_recoveryKey, &RecoveryKeyPage::continued, this, [this] {
        setCurrentWidget(m_recoveryConfirm);
        m_recoveryConfirm->fields()[0]->setFocus();
    });
    connect(m_recoveryConfirm, &RecoveryConfirmPage::backRequested, this, [this] { setCurrentWidget(m_recoveryKey); });
    connect(m_recoveryConfirm, &RecoveryConfirmPage::confirmed, this, [this] {
        m_controller.markRecoveryConfirmed();
        // Nothing of the key stays on screen once it is confirmed.
        m_recoveryKey->setGroups({});
        m_recoveryConfirm->setGroups({});
        if (m_linked) {
            finishOnboarding();
            return;
        }
        m_credential->setStore(m_controller.storeHost());
        setCurrentWidget(m_credential);
    });
    connect(m_credential, &CredentialStepPage::finished, this, &ProfileGate::finishOnboarding);
    connect(m_unlock, &UnlockPage::recoveryRequested, this, [this] {
        m_recoverAccess->reset();
        setCurrentWidget(m_recoverAccess);
    });
    connect(m_setup, &ProfileSetupPage::linkRequested, this, [this] {
        m_link->reset();
        setCurrentWidget(m_link);
    });
    connect(m_link, &LinkProfilePage::backRequested, this, [this] { setCurrentWidget(m_setup); });
    connect(m_setup, &ProfileSetupPage::restoreRequested, this, [this] {
        m_restore->reset();
        setCurrentWidget(m_restore);
    });
    connect(m_restore, &RestoreProfilePage::backRequested, this, [this] { setCurrentWidget(m_setup); });
    connect(m_recoverAccess, &RecoverAccessPage::backRequested, this, [this] { setCurrentWidget(m_unlock); });
}

void ProfileGate::storeOpened()
{
    m_linked = currentWidget() == m_link || currentWidget() == m_restore;
    if (m_linked) {
        m_recoveryKey->setStep(2, kLinkSteps);
        m_recoveryConfirm->setStep(3, kLinkSteps);
    }
    auto recoveryKey = m_controller.takeNewRecoveryKey();
    if (!recoveryKey) {
        Q_EMIT storeReady();
        return;
    }
    // The key goes to the pages as its groups and is dropped here: a QString cannot be wiped,
    // so the fewer copies the better (RecoveryKey::toDisplayString).
    const QStringList groups = recoveryKey->toDisplayString().split(QLatin1Char('-'));
    recoveryKey.reset();
    m_recoveryKey->setGroups(groups);
    m_recoveryConfirm->setGroups(groups);
    setCurrentWidget(m_recoveryKey);
}

void ProfileGate::finishOnboarding()
{
    m_credential->setStore(nullptr);
    Q_EMIT storeReady();
}

std::unique_ptr<store::StoreHost> ProfileGate::takeStore()
{
    return m_controller.takeStore();
}

void ProfileGate::setDefaultRelay(const QString& url)
{
    m_restore->setDefaultRelay(url);
}

void ProfileGate::showUnlock()
{
    setCurrentWidget(m_unlock);
}

} // namespace consilium::ui
