#pragma once

#include <QStackedWidget>

#include <memory>

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class CredentialStepPage;
class LinkProfilePage;
class ProfileController;
class ProfileSetupPage;
class RecoverAccessPage;
class RecoveryConfirmPage;
class RecoveryKeyPage;
class RestoreProfilePage;
class UnlockPage;

/// What stands between starting the app and a profile's cases. First start: the setup page,
/// then the new recovery key (shown once) and its confirmation, then the clinician credential
/// (optional) — or, for a computer joining an identity used elsewhere, the link page (issue 8),
/// or, when every device is lost, the restore page (the recovery key and the key backup on the
/// relay), then the new recovery key and its confirmation; later starts: the unlock page,
/// or the recovery key page when the passphrase is forgotten. Emits storeReady() once the
/// encrypted store is open and onboarding is through; takeStore() then hands it over.
class ProfileGate : public QStackedWidget {
    Q_OBJECT

public:
    ProfileGate(ProfileController& controller, const QString& profileName, QWidget* parent = nullptr);

    [[nodiscard]] ProfileSetupPage* setupPage() const { return m_setup; }
    [[nodiscard]] UnlockPage* unlockPage() const { return m_unlock; }
    [[nodiscard]] RecoveryKeyPage* recoveryKeyPage() const { return m_recoveryKey; }
    [[nodiscard]] RecoveryConfirmPage* recoveryConfirmPage() const { return m_recoveryConfirm; }
    [[nodiscard]] RecoverAccessPage* recoverAccessPage() const { return m_recoverAccess; }
    [[nodiscard]] CredentialStepPage* credentialPage() const { return m_credential; }
    [[nodiscard]] LinkProfilePage* linkPage() const { return m_link; }
    [[nodiscard]] RestoreProfilePage* restorePage() const { return m_restore; }
    std::unique_ptr<store::StoreHost> takeStore();
    /// The relay the app was started with, proposed on the restore page.
    void setDefaultRelay(const QString& url);
    /// Back to the unlock page (after the idle lock closed the store).
    void showUnlock();

Q_SIGNALS:
    void storeReady();

private:
    void storeOpened();
    void finishOnboarding();

    ProfileController& m_controller;
    ProfileSetupPage* m_setup = nullptr;
    UnlockPage* m_unlock = nullptr;
    RecoveryKeyPage* m_recoveryKey = nullptr;
    RecoveryConfirmPage* m_recoveryConfirm = nullptr;
    RecoverAccessPage* m_recoverAccess = nullptr;
    CredentialStepPage* m_credential = nullptr;
    LinkProfilePage* m_link = nullptr;
    RestoreProfilePage* m_restore = nullptr;
    /// onboarding of a linked or restored computer: its credential came with the link or backup
    bool m_linked = false;
};

} // namespace consilium::ui
