#include "ui/shell/MainWindow.h"

#include "ui/common/AppIdentity.h"
#include "ui/common/EmptyState.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QFileDialog>
#include <QStandardPaths>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>

namespace consilium::ui {

namespace {

// Room for a feed column beside a case page on a 1366x768 laptop, the smallest screen we design for.
constexpr QSize kMinimumSize(720, 480);
constexpr QSize kPreferredSize(1200, 800);

} // namespace

MainWindow::MainWindow(const QString& profileName, QWidget* parent)
    : QMainWindow(parent)
    , m_profileName(profileName)
    , m_recent(profileName)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Ends with the product name, so the platform does not append the application display name
    // a second time (QPlatformWindow::formatWindowTitle).
    if (m_profileName == defaultProfileName()) {
        setWindowTitle(productName());
    } else {
        //: Window title when a profile other than the default is open; %1 is the profile name,
        //: %2 the product name ("Consilium"). Keep the product name last.
        setWindowTitle(tr("%1 – %2").arg(m_profileName, productName()));
    }
    setWindowIcon(appIcon());

    m_emptyState = new EmptyState(this);
    m_emptyState->setObjectName(QStringLiteral("feedEmptyState"));
    m_emptyState->setIcon(appIcon());
    //: Title of the empty feed, before any case has been shared with the user.
    m_emptyState->setTitle(tr("No cases yet"));
    //: Second paragraph of the empty feed: how to look at images before any case arrives.
    //: %1 and %2 are the keyboard shortcuts of Open Files… and Open Folder….
    const QString openHint = tr("To view DICOM images or photos now, choose File › Open Files… (%1) or Open Folder… (%2).")
                                 .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText));
    m_emptyState->setText(tr("Cases that colleagues share privately with you will appear here, with their images, "
                             "the clinical question and the discussion around them.")
                          + QStringLiteral("\n\n") + openHint);
    m_emptyState->setNote(lockIcon(),
                          tr("End-to-end encrypted: only you and the people a case is shared with can read it."));
    //: Accessible name of the area where the feed of cases is shown.
    m_emptyState->setAccessibleName(tr("Case feed"));
    m_emptyState->setAccessibleDescription(m_emptyState->title() + u'\n' + m_emptyState->text());
    setCentralWidget(m_emptyState);
    // Files and folders dropped anywhere on the window are opened (the panes take only series
    // dragged from the thumbnail strip and pass file drops up to here).
    setAcceptDrops(true);

    createMenus();
    createStatusBar();

    setMinimumSize(kMinimumSize);
    // The preferred size, but never larger than most of the screen the window opens on.
    QSize size = kPreferredSize;
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.85).expandedTo(kMinimumSize);
    resize(size);
}

QString MainWindow::defaultProfileName()
{
    return QStringLiteral("default");
}

AboutDialog* MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
        m_about->open();
    }
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

ShortcutsDialog* MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(menuBar(), this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_shortcuts->refresh(); // the Image menu may have appeared since
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    showViewer();
    m_viewer->openPaths(paths);
    m_recent.addOpened(paths);
}

namespace {

// The local files and folders of a drag, or nothing when it carries anything else.
QStringList droppedPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::updateRecentMenu()
{
    const QStringList missing = m_recent.pruneMissing();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& path : missing)
            names << QDir::toNativeSeparators(path);
        //: Status bar message when Open Recent drops entries that are gone; %1 lists them.
        statusBar()->showMessage(tr("Removed from Open Recent, no longer found: %1").arg(names.join(QStringLiteral(", "))),
                                 15000);
    }
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString native = QDir::toNativeSeparators(paths[i]);
        // "&1 /data/ct", ..., "1&0 ...": the number is the accelerator.
        const QString number = i < 9 ? u'&' + QString::number(i + 1) : QStringLiteral("1&0");
        QAction* action = m_recentMenu->addAction(number + u' ' + QString(native).replace(u'&', QStringLiteral("&&")));
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        //: Tooltip of an Open Recent entry; %1 the file or folder.
        action->setStatusTip(tr("Open %1 again").arg(native));
        action->setToolTip(action->statusTip());
        const QString path = paths[i];
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (paths.isEmpty()) {
        //: Open Recent when there is nothing in it.
        QAction* none = m_recentMenu->addAction(tr("No recent items"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        QAction* clearAction = m_recentMenu->addAction(tr("&Clear Recent Items"));
        clearAction->setObjectName(QStringLiteral("actionClearRecent"));
        clearAction->setStatusTip(tr("Forget the files and folders opened recently"));
        connect(clearAction, &QAction::triggered, this, [this] {
            m_recent.clear();
            updateRecentMenu();
        });
    }
}

void MainWindow::openRecent(const QString& path)
{
    if (QFileInfo::exists(path)) {
        openPaths({path});
        return;
    }
    updateRecentMenu();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Recent"),
                                //: %1 is a file or folder from Open Recent that has gone.
                                tr("%1 no longer exists; it was removed from Open Recent.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("recentMissingMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showViewer()
{
    if (m_viewer)
        return;
    m_viewer = new ViewerPanel(this);
    // The start page is kept, not deleted: it is the feed's empty state.
    m_emptyState = qobject_cast<EmptyState*>(takeCentralWidget());
    if (m_emptyState)
        m_emptyState->hide();
    setCentralWidget(m_viewer);
    //: Menu of the image viewer (appears once images are open).
    QMenu* imageMenu = new QMenu(tr("&Image"), this);
    imageMenu->setObjectName(QStringLiteral("menuImage"));
    imageMenu->addActions(m_viewer->viewerActions());
    imageMenu->setToolTipsVisible(true);
    menuBar()->insertMenu(menuBar()->actions().constLast(), imageMenu);
    connect(m_viewer, &ViewerPanel::loadingFinished, this, [this](int seriesCount, const QStringList& problems) {
        //: Status bar message after opening; %1 series found, %2 files that could not be shown.
        statusBar()->showMessage(tr("Series: %1 · Files not shown: %2").arg(seriesCount).arg(problems.size()), 10000);
    });
    connect(m_viewer, &ViewerPanel::exportFinished, this, [this](bool ok, const QString& message) {
        statusBar()->showMessage(message, ok ? 10000 : 0);
    });
    m_exportViewAction->setEnabled(true);
    m_viewer->viewport()->setFocus();
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Files"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        //: File dialog filter; keep the patterns in parentheses unchanged.
        tr("All files (*);;DICOM files (*.dcm *.dicom);;Photos (*.jpg *.jpeg *.png *.tif *.tiff)"));
    openPaths(files);
}

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Folder"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setToolTipsVisible(true);
    QAction* openFilesAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Files…"));
    openFilesAction->setObjectName(QStringLiteral("actionOpenFiles"));
    openFilesAction->setShortcut(QKeySequence::Open);
    openFilesAction->setStatusTip(tr("View DICOM files or photos (JPEG, PNG, TIFF)"));
    openFilesAction->setToolTip(tr("View DICOM files or photos (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(openFilesAction, &QAction::triggered, this, &MainWindow::openFiles);
    QAction* openFolderAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"));
    openFolderAction->setObjectName(QStringLiteral("actionOpenFolder"));
    openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolderAction->setStatusTip(tr("View every DICOM file and photo in a folder and its subfolders"));
    openFolderAction->setToolTip(tr("View every DICOM file and photo in a folder and its subfolders (%1)")
                                     .arg(openFolderAction->shortcut().toString(QKeySequence::NativeText)));
    connect(openFolderAction, &QAction::triggered, this, &MainWindow::openFolder);
    m_recentMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("actionOpenRecent"));
    m_recentMenu->menuAction()->setStatusTip(tr("Open again a file or folder opened recently"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    fileMenu->addSeparator();
    m_exportViewAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export View…"));
    m_exportViewAction->setObjectName(QStringLiteral("actionExportView"));
    m_exportViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportViewAction->setStatusTip(tr("Save the image as shown, with its annotations, as PNG or JPEG"));
    m_exportViewAction->setToolTip(tr("Save the image as shown, with its annotations, as PNG or JPEG (%1)")
                                       .arg(m_exportViewAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportViewAction->setEnabled(false); // until images are open
    connect(m_exportViewAction, &QAction::triggered, this, [this] {
        if (m_viewer)
            m_viewer->exportView();
    });
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    //: Status bar tip of File > Quit; %1 is the product name.
    quit->setStatusTip(tr("Quit %1").arg(productName()));
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setToolTipsVisible(true);
    QAction* shortcuts = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")),
                                             tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setStatusTip(tr("List every command with its keyboard shortcut"));
    shortcuts->setToolTip(tr("List every command with its keyboard shortcut (%1)")
                              .arg(shortcuts->shortcut().toString(QKeySequence::NativeText)));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    //: Help menu entry; %1 is the product name.
    QAction* about = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                         tr("&About %1").arg(productName()));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Show the version and the licence"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    //: In the status bar; %1 is the name of the open profile.
    m_profileLabel = new QLabel(tr("Profile: %1").arg(m_profileName), this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    //: Tooltip of the profile name in the status bar; %1 is the product name. "--profile" is a
    //: command-line option: keep it as it is (NAME may be translated).
    m_profileLabel->setToolTip(tr("Each profile keeps its own accounts, cases and settings. "
                                  "Start %1 with --profile NAME to open another one.")
                                   .arg(productName()));
    m_profileLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_profileLabel);
}

} // namespace consilium::ui
