#pragma once

#include "ui/shell/RecentItems.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;

namespace consilium::ui {

class AboutDialog;
class ShortcutsDialog;
class EmptyState;
class ViewerPanel;

/// The application's top-level window: the frame that the feed, the case page and the viewer
/// live in. Until those exist it shows an empty state that tells the user what comes next.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `profileName` is the profile this window works on (already validated by the caller);
    /// it is shown in the status bar, and in the title unless it is the default profile.
    explicit MainWindow(const QString& profileName, QWidget* parent = nullptr);

    /// The name of the default profile, used when none is chosen on the command line.
    static QString defaultProfileName();

    [[nodiscard]] QString profileName() const { return m_profileName; }

    /// Shows the About dialog window-modally and returns at once; a second call raises the
    /// dialog already open. Returns it so tests can inspect and close it.
    AboutDialog* showAbout();
    /// Help › Keyboard Shortcuts (F1): shows (or raises and refreshes) the list of every
    /// command's shortcut, generated from the menus' actions. Non-modal.
    ShortcutsDialog* showShortcuts();

    /// Shows the viewer in place of the start page and opens files and folders in it (scanned
    /// off the GUI thread). The Image menu appears with the viewer. Recorded in Open Recent.
    void openPaths(const QStringList& paths);
    /// File › Open Recent, rebuilt each time it opens (entries gone from disk are pruned then).
    [[nodiscard]] QMenu* recentMenu() const { return m_recentMenu; }
    /// Rebuilds Open Recent: prunes entries that no longer exist, saying so in the status bar.
    void updateRecentMenu();
    /// Opens a recent entry; one that has disappeared is removed with a message instead.
    void openRecent(const QString& path);
    /// The viewer, or null until something was opened.
    [[nodiscard]] ViewerPanel* viewer() const { return m_viewer; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void openFiles();
    void openFolder();
    void showViewer();
    void createMenus();
    void createStatusBar();

    QString m_profileName;
    EmptyState* m_emptyState = nullptr;
    QLabel* m_profileLabel = nullptr;
    QPointer<AboutDialog> m_about;
    QPointer<ShortcutsDialog> m_shortcuts;
    ViewerPanel* m_viewer = nullptr;
    QAction* m_exportViewAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    RecentItems m_recent;
};

} // namespace consilium::ui
