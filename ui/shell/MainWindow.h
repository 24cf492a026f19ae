#pragma once

#include "core/crypto/PassphraseWrap.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/ProfileSections.h"
#include "ui/shell/RecentItems.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace consilium::store {
class IdleLock;
class StoreHost;
} // namespace consilium::store

namespace consilium::ui {

class AboutDialog;
class EditorWindow;
class CasePage;
class CaseMembersPanel;
class ComposeController;
class FeedPage;
class DevicesPage;
class GroupsPage;
class PeoplePage;
class Navigator;
class Notifier;
class ProfileController;
class ProfileGate;
class SearchPage;
class ShortcutsDialog;
class SyncController;
class SyncStatusLabel;
class ViewerPanel;

/// How a main window reaches its profile; the defaults are what users get.
struct MainWindowOptions {
    QString profileFolder; ///< empty: paths::profileDir(profileName)
    std::optional<crypto::Argon2Params> argon2; ///< fixed Argon2id for new profiles (tests)
    std::chrono::milliseconds backOff{1000}; ///< first unlock back-off step (tests shorten)
    /// Lock after this long without a key press or click; nullopt: the user's setting
    /// (security/idleLockMinutes, default 15; 0 turns locking off).
    std::optional<std::chrono::milliseconds> idleLock;
    /// The relay to sync with (`consilium --relay URL`), remembered in the profile; empty: the
    /// relay the profile already knows, if any.
    QString relayUrl;
};

/// The application's top-level window, with two areas: Cases (the profile's unlock or setup
/// page, then the navigation sidebar — Feed, My Cases, Groups, People, Drafts, Outbox, Offline, Search
/// (ProfileSections) — beside its pages and the case page) and Images (the viewer, for a case's
/// images or any files opened); Go › Devices shows the identity's devices in place of both.
/// Go › Cases (Ctrl+Shift+F) and Go › Images (Ctrl+Shift+I) switch areas; Go › Feed… Search
/// (Ctrl+Alt+1…8; Groups, People, Drafts also Ctrl+Shift+G, P, D; Search Ctrl+F) choose a section.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `profileName` is the profile this window works on (already validated by the caller);
    /// it is shown in the status bar, and in the title unless it is the default profile.
    explicit MainWindow(const QString& profileName, QWidget* parent = nullptr);
    MainWindow(const QString& profileName, const MainWindowOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The name of the default profile, used when none is chosen on the command line.
    static QString defaultProfileName();

    [[nodiscard]] QString profileName() const { return m_profileName; }

    /// Shows the About dialog window-modally and returns at once; a second call raises the
    /// dialog already open. Returns it so tests can inspect and close it.
    AboutDialog* showAbout();
    /// Help › Keyboard Shortcuts (F1): shows (or raises and refreshes) the list of every
    /// command's shortcut, generated from the menus' actions. Non-modal.
    ShortcutsDialog* showShortcuts();
    /// File › Settings (Ctrl+,): shows (or raises) the non-modal settings dialog.
    SettingsDialog* showSettings();

    /// Shows the viewer in place of the start page and opens files and folders in it (scanned
    /// off the GUI thread). The Image menu appears with the viewer. Recorded in Open Recent.
    void openPaths(const QStringList& paths);
    /// File › Open Recent, rebuilt each time it opens (entries gone from disk are pruned then).
    [[nodiscard]] QMenu* recentMenu() const { return m_recentMenu; }
    /// Rebuilds Open Recent: prunes entries that no longer exist, saying so in the status bar.
    void updateRecentMenu();
    /// Opens a recent entry; one that has disappeared is removed with a message instead.
    void openRecent(const QString& path);
    /// Image › Annotate and Redact (Ctrl+Shift+E): opens `path` in its own editor window.
    EditorWindow* openEditor(const QString& path);
    /// The viewer, or null until something was opened.
    [[nodiscard]] ViewerPanel* viewer() const { return m_viewer; }
    /// The unlock/setup pages; gone once the profile is open.
    [[nodiscard]] ProfileGate* profileGate() const { return m_gate; }
    /// The feed and case pages, or null until the profile is unlocked.
    [[nodiscard]] FeedPage* feedPage() const { return m_sections ? m_sections->feed() : nullptr; }
    [[nodiscard]] CasePage* casePage() const { return m_case; }
    [[nodiscard]] SearchPage* searchPage() const { return m_sections ? m_sections->search() : nullptr; }
    /// The Cases area's sidebar and pages. Sections exist while the profile is open; a feature
    /// adds its page in openProfile() with `navigator()->addSection(id, icon, title, page)`.
    [[nodiscard]] Navigator* navigator() const { return m_navigator; }
    /// Tray message and "(N)" title for what sync brings while the window is in the background;
    /// null while the profile is locked.
    [[nodiscard]] Notifier* notifier() const { return m_notifier; }
    /// The profile's sync with its relay, or null until the profile is unlocked.
    [[nodiscard]] SyncController* sync() const { return m_sync.get(); }
    /// The People and Groups sections and Go › Devices (ui/people), or null until unlocked.
    [[nodiscard]] PeoplePage* peoplePage() const { return m_sections ? m_sections->people() : nullptr; }
    [[nodiscard]] GroupsPage* groupsPage() const { return m_sections ? m_sections->groups() : nullptr; }
    [[nodiscard]] DevicesPage* devicesPage() const { return m_devices; }
    /// The publish wizard and drafts page of the open profile, or null while locked.
    [[nodiscard]] ComposeController* compose() const { return m_compose; }
    /// Go › Cases and Go › Images.
    void showCases();
    void showImages();
    /// File › Lock Profile (Ctrl+L), also after the idle time: closes the store, forgets its key,
    /// closes a case's decrypted images, and shows the unlock page.
    void lockProfile();
    /// File › Import Credential…: the clinician credential for the open profile (ui/account).
    void importCredential();
    [[nodiscard]] bool isProfileOpen() const { return m_store != nullptr; }
    /// How long without input before the profile locks (zero: never); follows Settings.
    [[nodiscard]] std::chrono::milliseconds idleLockTimeout() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void openFiles();
    void openFolder();
    void showViewer();
    void createMenus();
    void createStatusBar();
    void openProfile();
    void showGate();
    void closeViewer();
    void startSync();
    void stopSync();
    void openDevicesPage();
    void closeDevicesPage();
    /// The sidebar's sections and the pages they need, once sync and compose exist.
    void addSections();
    void openCase(const QUuid& caseId, const QUuid& commentId = {});
    /// Re-reads the cached counts: the Feed's unread badge and, with `announce`, notifications
    /// for what arrived since the last reading.
    void updateActivity(bool announce);

    QString m_profileName;
    QString m_relayUrl;
    std::unique_ptr<ProfileController> m_profile;
    std::unique_ptr<store::StoreHost> m_store;
    std::unique_ptr<SyncController> m_sync; ///< after the pages, before the store
    SyncStatusLabel* m_syncLabel = nullptr;
    QStackedWidget* m_pages = nullptr; ///< Cases area | Images area
    QStackedWidget* m_cases = nullptr; ///< gate, then feed | case page
    ProfileGate* m_gate = nullptr;
    Navigator* m_navigator = nullptr; ///< sidebar + section pages, after the gate
    ProfileSections* m_sections = nullptr; ///< while the profile is open
    CasePage* m_case = nullptr; ///< shown over the sections by the navigator
    CaseMembersPanel* m_caseMembers = nullptr; ///< the case page's "Shared with" section
    Notifier* m_notifier = nullptr;
    std::optional<int> m_seenCases; ///< what updateActivity() last counted
    std::optional<int> m_seenComments;
    ComposeController* m_compose = nullptr; ///< File › New Case…, Go › Drafts
    QAction* m_newCase = nullptr;
    QAction* m_goCases = nullptr;
    QAction* m_goDevices = nullptr; ///< enabled while unlocked
    DevicesPage* m_devices = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_importCredentialAction = nullptr;
    QMenu* m_imageMenu = nullptr;
    store::IdleLock* m_idleLock = nullptr;
    bool m_viewerShowsCase = false; ///< the viewer holds a case's decrypted images
    QAction* m_goImages = nullptr;
    QLabel* m_profileLabel = nullptr;
    QPointer<AboutDialog> m_about;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<SettingsDialog> m_settings;
    SettingsContext m_settingsContext;
    ViewerPanel* m_viewer = nullptr;
    QAction* m_exportViewAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    RecentItems m_recent;
};

} // namespace consilium::ui
