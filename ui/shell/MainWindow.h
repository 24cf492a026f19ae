#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;

namespace consilium::ui {

class AboutDialog;
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

    /// Shows the viewer in place of the start page and opens files and folders in it (scanned
    /// off the GUI thread). The Image menu appears with the viewer.
    void openPaths(const QStringList& paths);
    /// The viewer, or null until something was opened.
    [[nodiscard]] ViewerPanel* viewer() const { return m_viewer; }

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
    ViewerPanel* m_viewer = nullptr;
    QAction* m_exportViewAction = nullptr;
};

} // namespace consilium::ui
