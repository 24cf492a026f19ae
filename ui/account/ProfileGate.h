#pragma once

#include <QStackedWidget>

#include <memory>

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class ProfileController;
class ProfileSetupPage;
class UnlockPage;

/// What stands between starting the app and a profile's cases: the setup page on first start,
/// the unlock page afterwards. Emits storeReady() once the encrypted store is open; takeStore()
/// then hands it over.
class ProfileGate : public QStackedWidget {
    Q_OBJECT

public:
    ProfileGate(ProfileController& controller, const QString& profileName, QWidget* parent = nullptr);

    [[nodiscard]] ProfileSetupPage* setupPage() const { return m_setup; }
    [[nodiscard]] UnlockPage* unlockPage() const { return m_unlock; }
    std::unique_ptr<store::StoreHost> takeStore();
    /// Back to the unlock page (after the idle lock closed the store).
    void showUnlock();

Q_SIGNALS:
    void storeReady();

private:
    ProfileController& m_controller;
    ProfileSetupPage* m_setup = nullptr;
    UnlockPage* m_unlock = nullptr;
};

} // namespace consilium::ui
