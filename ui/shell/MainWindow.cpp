#include "ui/shell/MainWindow.h"
#include "ui/editor/EditorWindow.h"
#include "ui/settings/UserSettings.h"

#include "core/common/AppPaths.h"
#include "core/store/IdleLock.h"
#include "core/store/StoreHost.h"
#include "ui/account/CredentialImportDialog.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileGate.h"
#include "ui/common/AppIdentity.h"
#include "ui/compose/ComposeController.h"
#include "ui/feed/CasePage.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/navigation/Navigator.h"
#include "ui/navigation/Notifier.h"
#include "ui/people/CaseMembersPanel.h"
#include "ui/people/DevicesPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusLabel.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace consilium::ui {

namespace {

// Room for a feed column beside a case page on a 1366x768 laptop, the smallest screen we design for.
constexpr QSize kMinimumSize(720, 480);
constexpr QSize kPreferredSize(1200, 800);

} // namespace

MainWindow::MainWindow(const QString& profileName, QWidget* parent)
    : MainWindow(profileName, MainWindowOptions{}, parent)
{
}

MainWindow::MainWindow(const QString& profileName, const MainWindowOptions& options, QWidget* parent)
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

    QString folder = options.profileFolder;
    if (folder.isEmpty()) {
        auto dir = paths::profileDir(m_profileName);
        folder = dir ? *dir : QString(); // the name was validated by the caller
    }
    m_profile = std::make_unique<ProfileController>(folder, options.argon2, options.backOff);
    m_settingsContext = SettingsContext{folder, options.argon2, options.backOff};
    m_relayUrl = options.relayUrl;

    m_cases = new QStackedWidget(this);
    m_cases->setObjectName(QStringLiteral("casesArea"));
    //: Accessible name of the area with the feed of cases (and, before that, the unlock page).
    m_cases->setAccessibleName(tr("Cases"));
    m_navigator = new Navigator(m_cases);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_cases->addWidget(m_navigator);
    showGate();

    // Lock after a while without a key press or click (ARCHITECTURE.md: the key leaves memory).
    m_idleLock = new store::IdleLock(this);
    m_idleLock->setTimeout(options.idleLock.value_or(std::chrono::minutes(settings::idleLockMinutes())));
    connect(m_idleLock, &store::IdleLock::lockRequested, this, &MainWindow::lockProfile);
    qApp->installEventFilter(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_cases);
    setCentralWidget(m_pages);
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

MainWindow::~MainWindow()
{
    // The pages hold the store host by reference: they go first, then the store closes after
    // its thread has finished what was queued.
    delete m_sections;
    delete m_compose;
    delete m_case;
    closeDevicesPage();
    stopSync();
    m_store.reset();
}

void MainWindow::showGate()
{
    m_gate = new ProfileGate(*m_profile, m_profileName, m_cases);
    m_gate->setObjectName(QStringLiteral("profileGate"));
    m_gate->setDefaultRelay(m_relayUrl);
    connect(m_gate, &ProfileGate::storeReady, this, &MainWindow::openProfile);
    m_cases->addWidget(m_gate);
    m_cases->setCurrentWidget(m_gate);
}

void MainWindow::lockProfile()
{
    if (!m_store)
        return;
    // Pages first (they hold the host by reference and the case's decrypted images), then the
    // store: StoreHost waits for queued work, closes the database and wipes its key.
    if (m_viewerShowsCase)
        closeViewer();
    delete m_sections; // removes the sidebar's sections and their pages
    m_sections = nullptr;
    delete m_compose;
    m_compose = nullptr;
    m_newCase->setEnabled(false);
    delete m_case;
    m_case = nullptr;
    m_caseMembers = nullptr; // a child of the case page
    delete m_notifier; // news of a locked profile is nobody's business
    m_notifier = nullptr;
    m_seenCases.reset();
    m_seenComments.reset();
    closeDevicesPage();
    stopSync();
    m_store.reset();
    m_lockAction->setEnabled(false);
    m_importCredentialAction->setEnabled(false);
    showGate();
    showCases();
    statusBar()->showMessage(tr("Profile locked."), 10000);
}

void MainWindow::closeViewer()
{
    if (!m_viewer)
        return;
    m_pages->removeWidget(m_viewer);
    delete m_viewer;
    m_viewer = nullptr;
    delete m_imageMenu;
    m_imageMenu = nullptr;
    m_viewerShowsCase = false;
    m_exportViewAction->setEnabled(false);
    m_goImages->setEnabled(false);
    m_goCases->setChecked(true);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_store)
            m_idleLock->noteActivity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openProfile()
{
    // A gate removed after an earlier unlock may still be waiting for its deferred delete.
    if (!m_gate || sender() != m_gate)
        return;
    m_store = m_gate->takeStore();
    if (!m_store)
        return;
    m_lockAction->setEnabled(true);
    m_importCredentialAction->setEnabled(true);
    m_idleLock->noteActivity();
    m_case = new CasePage(*m_store, m_navigator);
    m_case->setObjectName(QStringLiteral("casePage"));
    m_case->hide(); // until a case is opened (Navigator::showDetail)
    // Who can read the open case, under its text (ui/people: the feed knows nothing of sync).
    m_caseMembers = new CaseMembersPanel(*m_store, m_case);
    m_case->setSharingPanel(m_caseMembers);
    connect(m_case, &CasePage::presented, m_caseMembers, &CaseMembersPanel::setCase);
    // Counted before the sections' pages ask for their first page, so the store answers the
    // count first and the feed never appears without its unread badge (the navigator keeps a
    // badge that arrives before its section).
    updateActivity(false);
    startSync();
    m_compose = new ComposeController(*m_store, m_sync.get(), this);
    addSections();
    m_cases->setCurrentWidget(m_navigator);
    // The unlock page has done its job; the passphrase field goes with it.
    m_cases->removeWidget(m_gate);
    m_gate->deleteLater();
    m_gate = nullptr;

    connect(m_case, &CasePage::backRequested, this,
            [this] { m_navigator->setCurrentSection(m_navigator->currentSection()); });
    connect(m_case, &CasePage::caseChanged, this, [this](const QUuid& id) {
        m_sections->refreshCase(id);
        updateActivity(false);
    });
    // The image the viewer opens on comes first; the rest of the case joins it when decrypted.
    connect(m_case, &CasePage::firstImageReady, this, [this](const QString& path) {
        showViewer();
        m_viewer->openPaths({path}); // not added to Open Recent: these are a case's private copies
        m_viewerShowsCase = true;
        showImages();
    });
    connect(m_case, &CasePage::imagesReady, this, [this](const QStringList& paths) {
        if (m_viewer && m_viewerShowsCase && paths.size() > 1)
            m_viewer->extendPaths(paths);
    });
    const auto report = [this](const QString& message) { statusBar()->showMessage(message, 0); };
    connect(m_case, &CasePage::errorOccurred, this, report);
    connect(m_caseMembers, &CaseMembersPanel::errorOccurred, this, report);
    connect(m_caseMembers, &CaseMembersPanel::changed, this, report);
    connect(m_sections->feed()->model(), &FeedModel::errorOccurred, this, report);
    m_notifier = new Notifier(
        this, [] { return settings::notificationsEnabled(); }, this);
    openDevicesPage();
    connect(m_compose, &ComposeController::casePublished, this, [this] {
        m_sections->refreshPublished();
        updateActivity(false);
    });
    connect(m_compose, &ComposeController::errorOccurred, this, report);
    m_newCase->setEnabled(true);
    m_sections->feed()->view()->setFocus();
}

void MainWindow::openDevicesPage()
{
    m_devices = new DevicesPage(*m_store, m_sync.get(), m_pages);
    m_devices->setObjectName(QStringLiteral("devicesPage"));
    m_pages->addWidget(m_devices);
    m_goDevices->setEnabled(true);
}

void MainWindow::closeDevicesPage()
{
    if (m_pages->currentWidget() == m_devices)
        showCases();
    m_goDevices->setEnabled(false);
    delete m_devices;
    m_devices = nullptr;
}

void MainWindow::addSections()
{
    m_sections = new ProfileSections(*m_navigator, *m_store, m_sync.get(), *m_compose, this);
    connect(m_sections, &ProfileSections::caseActivated, this, &MainWindow::openCase);
}

void MainWindow::openCase(const QUuid& caseId, const QUuid& commentId)
{
    m_case->showCase(caseId, commentId);
    m_navigator->showDetail(m_case);
    showCases();
}

void MainWindow::updateActivity(bool announce)
{
    if (!m_store)
        return;
    m_store->run(
        this, [](store::Store& store) { return store.feed().counts(); },
        [this, announce](Result<store::FeedCounts> counts) {
            if (!counts || !m_notifier)
                return; // locked meanwhile, or the cache is unreadable (the feed says so)
            m_navigator->setBadge(QStringLiteral("feed"), counts->unreadCases);
            if (announce && m_seenCases && m_seenComments)
                m_notifier->notify(counts->cases - *m_seenCases, counts->commentsByOthers - *m_seenComments);
            m_seenCases = counts->cases;
            m_seenComments = counts->commentsByOthers;
        });
}

void MainWindow::importCredential()
{
    if (!m_store)
        return;
    auto* dialog = new CredentialImportDialog(*m_store, this);
    dialog->setObjectName(QStringLiteral("credentialImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The verified badge beside the profile's own cases, and its own name as attested.
        if (m_sections) {
            m_sections->refreshAll();
            m_sections->people()->reload();
        }
        statusBar()->showMessage(tr("Credential imported: colleagues now see you as verified."), 10000);
    });
    dialog->open();
}

void MainWindow::startSync()
{
    // The engine runs on the store's thread; comments written on the case page go through it.
    m_sync = std::make_unique<SyncController>(*m_store, QUrl(m_relayUrl));
    m_case->setCommentWriter(m_sync->commentWriter());
    // The cache size limit: evicted images come back when their case opens; the open case is spared.
    m_case->setImageFetcher(m_sync->imageFetcher());
    m_caseMembers->setSyncController(m_sync.get());
    m_sync->setOpenCase(m_case->caseId());
    connect(m_case, &CasePage::openCaseChanged, m_sync.get(), &SyncController::setOpenCase);
    m_sync->setCacheLimit(settings::cacheLimitBytes());
    connect(m_sync.get(), &SyncController::received, this, [this] {
        if (m_sections)
            m_sections->refreshAll();
        if (m_case->isLoaded())
            m_case->reload();
        updateActivity(true);
    });
    m_syncLabel = new SyncStatusLabel(*m_sync, this);
    statusBar()->insertPermanentWidget(0, m_syncLabel);
    if (m_settings) {
        m_settings->setSyncController(m_sync.get());
        m_settings->setStoreHost(m_store.get());
    }
}

void MainWindow::stopSync()
{
    if (m_settings) {
        m_settings->setSyncController(nullptr);
        m_settings->setStoreHost(nullptr);
    }
    delete m_syncLabel;
    m_syncLabel = nullptr;
    m_sync.reset();
}

void MainWindow::showCases()
{
    m_pages->setCurrentWidget(m_cases);
    m_goCases->setChecked(true);
}

void MainWindow::showImages()
{
    showViewer();
    m_pages->setCurrentWidget(m_viewer);
    m_goImages->setChecked(true);
    m_viewer->viewport()->setFocus();
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

std::chrono::milliseconds MainWindow::idleLockTimeout() const
{
    return m_idleLock->timeout();
}

SettingsDialog* MainWindow::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_settingsContext, this);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &SettingsDialog::idleLockChanged, this,
                [this](int minutes) { m_idleLock->setTimeout(std::chrono::minutes(minutes)); });
    }
    m_settings->setSyncController(m_sync.get()); // null while locked
    m_settings->setStoreHost(m_store.get());
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
    return m_settings;
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
    m_viewerShowsCase = false; // the viewer now shows the user's own files
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
        statusBar()->showMessage(
            tr("Removed from Open Recent, no longer found: %1").arg(names.join(QStringLiteral(", "))), 15000);
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
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Open Recent"),
                        //: %1 is a file or folder from Open Recent that has gone.
                        tr("%1 no longer exists; it was removed from Open Recent.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("recentMissingMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showViewer()
{
    if (m_viewer) {
        m_pages->setCurrentWidget(m_viewer);
        m_goImages->setChecked(true);
        return;
    }
    m_viewer = new ViewerPanel(this);
    m_pages->addWidget(m_viewer);
    m_pages->setCurrentWidget(m_viewer);
    m_goImages->setEnabled(true);
    m_goImages->setChecked(true);
    //: Menu of the image viewer (appears once images are open).
    m_imageMenu = new QMenu(tr("&Image"), this);
    m_imageMenu->setObjectName(QStringLiteral("menuImage"));
    m_imageMenu->addActions(m_viewer->viewerActions());
    m_imageMenu->addSeparator();
    QAction* editAction = m_imageMenu->addAction(tr("&Annotate and Redact…"));
    editAction->setObjectName(QStringLiteral("actionEditImage"));
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    editAction->setStatusTip(
        tr("Open the current image in the editor: annotations, measurements, review of redactions"));
    connect(editAction, &QAction::triggered, this, [this] {
        if (m_viewer && !m_viewer->currentPath().isEmpty())
            openEditor(m_viewer->currentPath());
    });
    m_imageMenu->setToolTipsVisible(true);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_imageMenu);
    connect(m_viewer, &ViewerPanel::loadingFinished, this, [this](int seriesCount, const QStringList& problems) {
        //: Status bar message after opening; %1 series found, %2 files that could not be shown.
        statusBar()->showMessage(tr("Series: %1 · Files not shown: %2").arg(seriesCount).arg(problems.size()), 10000);
    });
    connect(m_viewer, &ViewerPanel::exportFinished, this,
            [this](bool ok, const QString& message) { statusBar()->showMessage(message, ok ? 10000 : 0); });
    m_exportViewAction->setEnabled(true);
    m_viewer->viewport()->setFocus();
}

EditorWindow* MainWindow::openEditor(const QString& path)
{
    // Its own top-level window: the editor sits beside the viewer and the cases, like a
    // document window, and goes away with the main window.
    auto* editor = new EditorWindow(this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open(path);
    editor->show();
    return editor;
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
    m_newCase = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Case…"));
    m_newCase->setObjectName(QStringLiteral("actionNewCase"));
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setStatusTip(tr("Import images, de-identify them, describe the case and share it"));
    m_newCase->setEnabled(false); // until the profile is open
    connect(m_newCase, &QAction::triggered, this, [this] { m_compose->newCase(); });
    fileMenu->addSeparator();
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
    QAction* settingsAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Locking, passphrase, system keychain, theme and language"));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_importCredentialAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("security-high")), tr("Import &Credential…"));
    m_importCredentialAction->setObjectName(QStringLiteral("actionImportCredential"));
    m_importCredentialAction->setStatusTip(
        tr("Add the clinician credential a verifier issued for this profile, so colleagues see you as verified"));
    m_importCredentialAction->setEnabled(false); // until the profile is open
    connect(m_importCredentialAction, &QAction::triggered, this, &MainWindow::importCredential);
    m_lockAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock Profile"));
    m_lockAction->setObjectName(QStringLiteral("actionLockProfile"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Close the encrypted profile until its passphrase is entered again"));
    m_lockAction->setToolTip(
        tr("Lock the profile (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockAction->setEnabled(false); // until the profile is open
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockProfile);
    QAction* quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    //: Status bar tip of File > Quit; %1 is the product name.
    quit->setStatusTip(tr("Quit %1").arg(productName()));
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->setObjectName(QStringLiteral("menuGo"));
    goMenu->setToolTipsVisible(true);
    auto* areas = new QActionGroup(this);
    m_goCases = goMenu->addAction(tr("&Cases"));
    m_goCases->setObjectName(QStringLiteral("actionGoCases"));
    // Not Ctrl+1/2: the viewer uses Ctrl+1 for 1:1; F as in feed, I as in images.
    m_goCases->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_goCases->setStatusTip(tr("The feed of cases shared with you, and their discussions"));
    m_goCases->setToolTip(tr("Cases (%1)").arg(m_goCases->shortcut().toString(QKeySequence::NativeText)));
    m_goImages = goMenu->addAction(tr("&Images"));
    m_goImages->setObjectName(QStringLiteral("actionGoImages"));
    m_goImages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_goImages->setStatusTip(tr("The image viewer"));
    m_goImages->setToolTip(tr("Images (%1)").arg(m_goImages->shortcut().toString(QKeySequence::NativeText)));
    m_goImages->setEnabled(false); // until something is open in the viewer
    // Devices is an area of its own rather than a sidebar section: seldom needed, and about the
    // identity rather than its cases. Drafts, People and Groups are sections (ProfileSections).
    m_goDevices = goMenu->addAction(tr("&Devices"));
    m_goDevices->setObjectName(QStringLiteral("actionGoDevices"));
    m_goDevices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_goDevices->setStatusTip(tr("Your identity and the devices that speak for it"));
    m_goDevices->setEnabled(false); // until the profile is unlocked
    connect(m_goDevices, &QAction::triggered, this, [this] {
        if (m_devices)
            m_pages->setCurrentWidget(m_devices);
    });
    for (QAction* action : {m_goCases, m_goImages, m_goDevices}) {
        action->setCheckable(true);
        areas->addAction(action);
    }
    m_goCases->setChecked(true);
    connect(m_goCases, &QAction::triggered, this, &MainWindow::showCases);
    connect(m_goImages, &QAction::triggered, this, &MainWindow::showImages);
    // The sidebar's sections follow (Ctrl+Alt+1…8) once the profile is open.
    goMenu->addSeparator();
    m_navigator->setMenu(goMenu);
    connect(m_navigator, &Navigator::sectionActivated, this, &MainWindow::showCases);
    QToolBar* navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(QStringLiteral("navigationToolBar"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    navigation->addActions({m_goCases, m_goImages, m_goDevices});
    navigation->addSeparator();
    navigation->addAction(m_newCase);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setToolTipsVisible(true);
    QAction* shortcuts =
        helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")), tr("&Keyboard Shortcuts"));
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
