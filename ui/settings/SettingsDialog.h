#pragma once

#include "core/crypto/PassphraseWrap.h"

#include <QDialog>

#include <chrono>
#include <optional>

class QListWidget;
class QStackedWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class AppearancePage;
class SecurityPage;
class SyncController;
class SyncPage;

/// What the settings need to know about the open profile.
struct SettingsContext {
    QString profileFolder;
    std::optional<crypto::Argon2Params> argon2; ///< fixed Argon2id (tests); else calibrated
    std::chrono::milliseconds backOff{1000};
};

/// Settings (Ctrl+,): a list of pages on the left, the page on the right, as in KDE and GNOME
/// applications. Changes apply at once — there is no Apply button to forget — and Close
/// leaves. Security (idle lock, passphrase, system keychain), Sync (relay, offline cache) and
/// Appearance (theme, language).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const SettingsContext& context, QWidget* parent = nullptr);

    [[nodiscard]] SecurityPage* securityPage() const { return m_security; }
    [[nodiscard]] AppearancePage* appearancePage() const { return m_appearance; }
    [[nodiscard]] SyncPage* syncPage() const { return m_sync; }
    /// The open profile's sync for the Sync page (null: none open).
    void setSyncController(SyncController* sync);
    /// The open profile's store for the Security page's recovery key (null: none open).
    void setStoreHost(store::StoreHost* host);
    void showPage(int index);

Q_SIGNALS:
    /// The idle lock setting changed (minutes; 0 = never).
    void idleLockChanged(int minutes);

private:
    QListWidget* m_pages = nullptr;
    QStackedWidget* m_stack = nullptr;
    SecurityPage* m_security = nullptr;
    AppearancePage* m_appearance = nullptr;
    SyncPage* m_sync = nullptr;
};

} // namespace consilium::ui
