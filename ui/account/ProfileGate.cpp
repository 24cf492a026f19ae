#include "ui/account/ProfileGate.h"

#include "core/store/StoreHost.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileSetupPage.h"
#include "ui/account/UnlockPage.h"

namespace consilium::ui {

ProfileGate::ProfileGate(ProfileController& controller, const QString& profileName, QWidget* parent)
    : QStackedWidget(parent)
    , m_controller(controller)
    , m_setup(new ProfileSetupPage(controller, this))
    , m_unlock(new UnlockPage(controller, profileName, this))
{
    addWidget(m_setup);
    addWidget(m_unlock);
    setCurrentWidget(controller.profileExists() ? static_cast<QWidget*>(m_unlock) : m_setup);
    connect(&m_controller, &ProfileController::unlocked, this, &ProfileGate::storeReady);
}

std::unique_ptr<store::StoreHost> ProfileGate::takeStore()
{
    return m_controller.takeStore();
}

void ProfileGate::showUnlock()
{
    setCurrentWidget(m_unlock);
}

} // namespace consilium::ui
