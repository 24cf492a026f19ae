// The main window as a user meets it, built on the offscreen platform: the empty state, the
// menus, the About dialog and the translations. Every test saves what it shows as a PNG under
// <build>/tests/ui/screenshots, so a person can look at the result of a change.

#include "ui/shell/MainWindow.h"
#include "core/common/Version.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/ProfileSetupPage.h"
#include "ui/account/RestoreProfilePage.h"
#include "ui/account/UnlockPage.h"
#include "ui/common/AppIdentity.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Translators.h"
#include "ui/compose/ComposeController.h"
#include "ui/compose/ComposeWizard.h"
#include "ui/compose/DraftsPage.h"
#include "ui/feed/FeedPage.h"
#include "ui/navigation/Navigator.h"
#include "ui/people/DevicesPage.h"
#include "ui/people/GroupsPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/UserSettings.h"
#include "ui/shell/AboutDialog.h"
#include "ui/viewer/ViewerPanel.h"

#include "tests/support/GuiTestSupport.h"
#include "tests/support/OnboardingTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QWindow>

using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;
using consilium::test::screenshotDir;

namespace {

QAction* findAction(const QMenuBar* bar, const QString& objectName)
{
    for (QAction* menu : bar->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

QStringList menuTitles(const QMenuBar* bar)
{
    QStringList titles;
    for (const QAction* menu : bar->actions())
        titles << menu->text();
    return titles;
}

// Shows the window and waits until it is laid out at its real size, so grabs show what a user sees.
void showAndSettle(QWidget& widget)
{
    // The offscreen screen is 800x800, so the window would open at its minimum size; grab it at
    // a typical laptop size instead (the layout at the minimum size is checked separately).
    if (qobject_cast<QMainWindow*>(&widget))
        widget.resize(1100, 700);
    widget.show();
    REQUIRE(pumpUntil([&] {
        return widget.isVisible() && widget.windowHandle() && widget.windowHandle()->isExposed();
    }));
    QCoreApplication::processEvents();
}

// The first label of the profile setup page: its title, in the language in use.
QString setupTitle(MainWindow& window)
{
    if (!window.profileGate())
        return {};
    const auto* title = window.profileGate()->setupPage()->findChild<QLabel*>(QStringLiteral("setupTitle"));
    return title ? title->text() : QString();
}

} // namespace

TEST_CASE("a first start asks for a profile; once created, the feed explains what comes", "[ui]")
{
    QTemporaryDir home;
    MainWindowOptions options;
    options.profileFolder = home.filePath(QStringLiteral("profile"));
    options.argon2 = consilium::crypto::Argon2Params{1, 8 * 1024 * 1024}; // fast, for the test
    MainWindow window(MainWindow::defaultProfileName(), options);
    showAndSettle(window);

    CHECK(window.windowTitle() == QStringLiteral("Consilium"));
    CHECK(window.minimumSize().width() >= 640);
    CHECK(window.minimumSize().height() >= 400);
    REQUIRE(window.profileGate() != nullptr);
    CHECK(window.profileGate()->currentWidget() == window.profileGate()->setupPage());
    CHECK(window.feedPage() == nullptr);
    saveScreenshot(window, QStringLiteral("main-window-setup"));

    // Fill in the setup page as a user would.
    ProfileSetupPage* setup = window.profileGate()->setupPage();
    auto* name = setup->findChild<QLineEdit*>();
    REQUIRE(name != nullptr);
    name->setText(QStringLiteral("Dr. Amara Okafor"));
    QList<QLineEdit*> secrets;
    for (QLineEdit* edit : setup->findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            secrets << edit;
    }
    REQUIRE(secrets.size() == 2);
    secrets[0]->setText(QStringLiteral("violet tractor lagoon biscuit"));
    secrets[1]->setText(QStringLiteral("violet tractor lagoon biscuit"));
    REQUIRE(setup->createButton()->isEnabled());
    setup->createButton()->click();
    REQUIRE(consilium::test::completeOnboarding(*window.profileGate()));
    REQUIRE(pumpUntil([&] { return window.feedPage() != nullptr; }, 15000));

    // An empty feed says what will appear and that it is encrypted.
    REQUIRE(pumpUntil([&] {
        const auto* empty = window.feedPage()->findChild<EmptyState*>();
        return empty && empty->isVisible();
    }));
    const auto* empty = window.feedPage()->findChild<EmptyState*>();
    CHECK(empty->title() == QStringLiteral("No cases yet"));
    CHECK(empty->text().contains(QStringLiteral("colleagues share with you")));
    CHECK(empty->note().contains(QStringLiteral("end-to-end encrypted")));
    const auto* title = empty->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
    REQUIRE(title != nullptr);
    CHECK(title->isVisible());
    CHECK(title->font().pointSizeF() > window.font().pointSizeF());
    saveScreenshot(window, QStringLiteral("main-window-empty"));

    // File › Import Credential… opens the credential dialog over the open profile.
    QAction* importCredential = findAction(window.menuBar(), QStringLiteral("actionImportCredential"));
    REQUIRE(importCredential != nullptr);
    CHECK(importCredential->isEnabled());
    importCredential->trigger();
    auto* credentialDialog = window.findChild<QDialog*>(QStringLiteral("credentialImportDialog"));
    REQUIRE(credentialDialog != nullptr);
    CHECK(credentialDialog->isVisible());
    credentialDialog->close();

    // File › New Case… (Ctrl+N, also on the toolbar) opens the publish wizard; Go › Drafts
    // (Ctrl+Shift+D) shows the drafts page beside the sidebar; locking closes both.
    QAction* newCase = findAction(window.menuBar(), QStringLiteral("actionNewCase"));
    REQUIRE(newCase != nullptr);
    CHECK(newCase->isEnabled());
    CHECK(newCase->shortcut() == QKeySequence(QKeySequence::New));
    newCase->trigger();
    REQUIRE(window.compose() != nullptr);
    REQUIRE(window.compose()->wizard() != nullptr);
    CHECK(window.compose()->wizard()->isVisible());
    window.compose()->wizard()->close();
    QAction* drafts = findAction(window.menuBar(), QStringLiteral("actionGo_drafts"));
    REQUIRE(drafts != nullptr);
    CHECK(drafts->shortcuts()
          == QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_5),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    drafts->trigger();
    CHECK(window.navigator()->currentPage() == window.compose()->draftsPage());
    CHECK(window.navigator()->isVisible());
    QCoreApplication::processEvents();
    saveScreenshot(window, QStringLiteral("main-window-drafts"));
    // The sidebar leads back: Feed is Ctrl+Alt+1.
    window.navigator()->action(QStringLiteral("feed"))->trigger();
    CHECK(window.navigator()->currentPage() == window.feedPage());
    window.lockProfile();
    CHECK(window.compose() == nullptr);
    CHECK_FALSE(newCase->isEnabled());
}

TEST_CASE("a first start offers restoring with the recovery key, at the relay the app was started with", "[ui]")
{
    QTemporaryDir home;
    MainWindowOptions options;
    options.profileFolder = home.filePath(QStringLiteral("profile"));
    options.relayUrl = QStringLiteral("https://relay.example.org");
    MainWindow window(MainWindow::defaultProfileName(), options);
    showAndSettle(window);
    REQUIRE(window.profileGate() != nullptr);
    QPushButton* restore = window.profileGate()->setupPage()->restoreButton();
    REQUIRE(restore->isVisible());
    restore->click();
    RestoreProfilePage* page = window.profileGate()->restorePage();
    REQUIRE(window.profileGate()->currentWidget() == page);
    CHECK(page->relayField()->text() == QStringLiteral("https://relay.example.org"));
    CHECK(page->recoveryKeyField()->hasFocus());
    page->backButton()->click();
    CHECK(window.profileGate()->currentWidget() == window.profileGate()->setupPage());
    CHECK_FALSE(QDir(options.profileFolder).exists());
}

TEST_CASE("an idle profile locks itself, File > Lock Profile locks at once, and the passphrase reopens it", "[ui]")
{
    QTemporaryDir home;
    MainWindowOptions options;
    options.profileFolder = home.filePath(QStringLiteral("profile"));
    options.argon2 = consilium::crypto::Argon2Params{1, 8 * 1024 * 1024};
    options.idleLock = std::chrono::milliseconds(600);
    MainWindow window(MainWindow::defaultProfileName(), options);
    showAndSettle(window);
    QAction* lock = findAction(window.menuBar(), QStringLiteral("actionLockProfile"));
    REQUIRE(lock != nullptr);
    CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK_FALSE(lock->isEnabled());

    const QString passphrase = QStringLiteral("violet tractor lagoon biscuit");
    ProfileSetupPage* setup = window.profileGate()->setupPage();
    setup->findChild<QLineEdit*>()->setText(QStringLiteral("Dr. Amara Okafor"));
    for (QLineEdit* edit : setup->findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            edit->setText(passphrase);
    }
    setup->createButton()->click();
    REQUIRE(consilium::test::completeOnboarding(*window.profileGate()));
    REQUIRE(pumpUntil([&] { return window.isProfileOpen(); }, 15000));
    CHECK(lock->isEnabled());

    // People and Groups are sidebar sections (Ctrl+Shift+P/G kept); Go › Devices (Ctrl+Shift+K)
    // shows ui/people's devices page in place of the Cases area while unlocked.
    auto* pages = qobject_cast<QStackedWidget*>(window.centralWidget());
    REQUIRE(pages != nullptr);
    const struct {
        const char* action;
        QWidget* page;
        Qt::Key key;
    } sections[] = {{"actionGo_people", window.peoplePage(), Qt::Key_P},
                    {"actionGo_groups", window.groupsPage(), Qt::Key_G}};
    for (const auto& section : sections) {
        QAction* action = findAction(window.menuBar(), QLatin1String(section.action));
        REQUIRE(action != nullptr);
        REQUIRE(section.page != nullptr);
        CHECK(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | section.key)));
        action->trigger();
        CHECK(pages->currentWidget() == window.navigator()->parentWidget());
        CHECK(window.navigator()->currentPage() == section.page);
    }
    QAction* devices = findAction(window.menuBar(), QStringLiteral("actionGoDevices"));
    REQUIRE(devices != nullptr);
    REQUIRE(window.devicesPage() != nullptr);
    CHECK(devices->isEnabled());
    CHECK(devices->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    devices->trigger();
    CHECK(pages->currentWidget() == window.devicesPage());
    CHECK(devices->isChecked());

    // Nobody touches anything: the profile locks and the unlock page comes back.
    REQUIRE(pumpUntil([&] { return !window.isProfileOpen(); }, 5000));
    CHECK(window.feedPage() == nullptr);
    CHECK(window.peoplePage() == nullptr);
    CHECK(findAction(window.menuBar(), QStringLiteral("actionGo_people")) == nullptr); // sections go with the profile
    CHECK_FALSE(findAction(window.menuBar(), QStringLiteral("actionGoDevices"))->isEnabled());
    CHECK(findAction(window.menuBar(), QStringLiteral("actionGoCases"))->isChecked()); // back from Devices
    REQUIRE(window.profileGate() != nullptr);
    CHECK(window.profileGate()->currentWidget() == window.profileGate()->unlockPage());
    CHECK_FALSE(lock->isEnabled());

    // The passphrase opens it again; Lock Profile closes it at once.
    UnlockPage* unlock = window.profileGate()->unlockPage();
    unlock->passphraseField()->setText(passphrase);
    unlock->unlockButton()->click();
    REQUIRE(pumpUntil([&] { return window.isProfileOpen() && window.feedPage() != nullptr; }, 15000));
    lock->trigger();
    CHECK_FALSE(window.isProfileOpen());
    CHECK(window.profileGate()->isVisible());
}

TEST_CASE("the empty state follows the system palette, including a dark one", "[ui]")
{
    const QPalette original = QApplication::palette();
    EmptyState empty;
    empty.setTitle(QStringLiteral("No cases yet"));
    empty.setText(QStringLiteral("Cases that colleagues share with you appear here."));
    const auto* text = empty.findChild<QLabel*>(QStringLiteral("emptyStateText"));
    REQUIRE(text != nullptr);
    // Light by default: dark secondary text on a light background.
    CHECK(text->palette().color(QPalette::Text).lightness() < 128);

    // Switched while the widget is open, as when the desktop changes to a dark theme.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x22));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
    empty.resize(800, 500);
    showAndSettle(empty);
    const QColor secondary = text->palette().color(QPalette::Text);
    CHECK(secondary.lightness() > 128);
    // Still secondary: between the text colour and the background.
    CHECK(secondary.lightness() < dark.color(QPalette::Text).lightness());
    MainWindow window(MainWindow::defaultProfileName());
    showAndSettle(window);
    saveScreenshot(window, QStringLiteral("main-window-setup-dark"));
    QApplication::setPalette(original);
}

TEST_CASE("the menus offer Quit with the standard shortcut and About", "[ui]")
{
    MainWindow window(MainWindow::defaultProfileName());
    CHECK(menuTitles(window.menuBar())
          == QStringList{QStringLiteral("&File"), QStringLiteral("&Go"), QStringLiteral("&Help")});

    QAction* quit = findAction(window.menuBar(), QStringLiteral("actionQuit"));
    REQUIRE(quit != nullptr);
    CHECK(quit->shortcut() == QKeySequence(QKeySequence::Quit));
    CHECK(quit->text() == QStringLiteral("&Quit"));
    CHECK_FALSE(quit->statusTip().isEmpty());

    QAction* about = findAction(window.menuBar(), QStringLiteral("actionAbout"));
    REQUIRE(about != nullptr);
    CHECK(about->text() == QStringLiteral("&About Consilium"));
    CHECK_FALSE(about->statusTip().isEmpty());

    // No dead entries: each menu holds exactly the actions above, each tested for its effect.
    // A new action must be added here, with a test of what it does.
    QStringList names;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (!action->isSeparator())
                names << action->objectName();
        }
    }
    // Open Files and Open Folder are tested in tests/viewer (ViewerTest.cpp), Export View in
    // tests/viewer/ExportViewTest.cpp.
    // Open Recent: tests/viewer/OpenRecentTest.cpp; Keyboard Shortcuts:
    // tests/viewer/MagnifierShortcutsTest.cpp; Go › Cases and Images, Lock Profile, Settings:
    // below (the settings' pages themselves: tests/settings, tests/keychain). New Case and Go ›
    // Drafts: the first test above, and the wizard itself in tests/compose. Import Credential:
    // the first test above, and its checks in tests/account/CredentialImportTest.cpp.
    CHECK(names
          == QStringList{
              QStringLiteral("actionNewCase"), QStringLiteral("actionOpenFiles"), QStringLiteral("actionOpenFolder"),
              QStringLiteral("actionOpenRecent"), QStringLiteral("actionExportView"), QStringLiteral("actionSettings"),
              QStringLiteral("actionImportCredential"), QStringLiteral("actionLockProfile"),
              QStringLiteral("actionQuit"), QStringLiteral("actionGoCases"), QStringLiteral("actionGoImages"),
              QStringLiteral("actionGoDevices"), QStringLiteral("actionShortcuts"), QStringLiteral("actionAbout")});
}

TEST_CASE("File > Settings opens one settings window whose idle lock the window follows at once", "[ui]")
{
    QTemporaryDir dir;
    MainWindowOptions options;
    options.profileFolder = dir.filePath(QStringLiteral("profile"));
    MainWindow window(MainWindow::defaultProfileName(), options);
    showAndSettle(window);
    QAction* settingsAction = findAction(window.menuBar(), QStringLiteral("actionSettings"));
    REQUIRE(settingsAction != nullptr);
    CHECK(settingsAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));

    settingsAction->trigger();
    SettingsDialog* dialog = window.findChild<SettingsDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(pumpUntil([&] { return dialog->isVisible(); }));
    CHECK_FALSE(dialog->isModal()); // the cases stay usable beside it
    settingsAction->trigger();
    CHECK(window.findChildren<SettingsDialog*>().size() == 1);

    dialog->securityPage()->idleLockBox()->setValue(3);
    CHECK(window.idleLockTimeout() == std::chrono::minutes(3));
    dialog->securityPage()->idleLockBox()->setValue(0);
    CHECK(window.idleLockTimeout().count() == 0);
    dialog->close();
    REQUIRE(pumpUntil([&] { return window.findChild<SettingsDialog*>() == nullptr; }));
    settings::setIdleLockMinutes(settings::kDefaultIdleLockMinutes);
}

TEST_CASE("Go > Images shows the viewer once something is open, Go > Cases comes back", "[ui]")
{
    MainWindow window(MainWindow::defaultProfileName());
    showAndSettle(window);
    QAction* goCases = findAction(window.menuBar(), QStringLiteral("actionGoCases"));
    QAction* goImages = findAction(window.menuBar(), QStringLiteral("actionGoImages"));
    REQUIRE((goCases && goImages));
    CHECK(goCases->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    CHECK(goImages->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(goCases->isChecked());
    CHECK_FALSE(goImages->isEnabled()); // nothing to show yet
    CHECK(window.profileGate()->isVisible());

    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("photo.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    REQUIRE(image.save(photo));
    window.openPaths({photo});
    REQUIRE(window.viewer() != nullptr);
    CHECK(goImages->isEnabled());
    CHECK(goImages->isChecked());
    CHECK(window.viewer()->isVisible());

    goCases->trigger();
    CHECK(window.profileGate()->isVisible());
    CHECK_FALSE(window.viewer()->isVisible());
    goImages->trigger();
    CHECK(window.viewer()->isVisible());
    CHECK_FALSE(window.profileGate()->isVisible());
}

TEST_CASE("File > Quit closes the window", "[ui]")
{
    MainWindow window(MainWindow::defaultProfileName());
    showAndSettle(window);
    // Quitting must not end this test process: closing the last window would quit the app.
    QApplication::setQuitOnLastWindowClosed(false);
    findAction(window.menuBar(), QStringLiteral("actionQuit"))->trigger();
    CHECK(pumpUntil([&] { return !window.isVisible(); }));
    QApplication::setQuitOnLastWindowClosed(true);
}

TEST_CASE("a named profile is shown in the title and the status bar", "[ui]")
{
    MainWindow window(QStringLiteral("teaching"));
    showAndSettle(window);
    CHECK(window.profileName() == QStringLiteral("teaching"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("teaching")));
    CHECK(window.windowTitle().endsWith(QStringLiteral("Consilium")));

    const auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("profileLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->isVisible());
    CHECK(label->text() == QStringLiteral("Profile: teaching"));
    CHECK(label->toolTip().contains(QStringLiteral("--profile")));
    saveScreenshot(window, QStringLiteral("main-window-profile"));

    MainWindow defaultWindow(MainWindow::defaultProfileName());
    const auto* defaultLabel = defaultWindow.statusBar()->findChild<QLabel*>(QStringLiteral("profileLabel"));
    REQUIRE(defaultLabel != nullptr);
    CHECK(defaultLabel->text() == QStringLiteral("Profile: default"));
}

TEST_CASE("About shows the version and the Apache-2.0 licence without blocking", "[ui]")
{
    MainWindow window(MainWindow::defaultProfileName());
    showAndSettle(window);

    // Through the menu, as a user would; open() returns at once, so the test goes on.
    findAction(window.menuBar(), QStringLiteral("actionAbout"))->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(pumpUntil([&] { return dialog->isVisible(); }));
    CHECK(dialog->windowModality() == Qt::WindowModal);
    CHECK(dialog->windowTitle() == QStringLiteral("About Consilium"));

    const auto labelText = [&](const char* name) {
        const auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    };
    CHECK(labelText("aboutName") == QStringLiteral("Consilium"));
    CHECK(labelText("aboutVersion") == QStringLiteral("Version ") + consilium::versionString());
    CHECK(labelText("aboutLicence").contains(QStringLiteral("Apache License, Version 2.0")));
    CHECK(labelText("aboutLicence").contains(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0")));
    CHECK(labelText("aboutQtVersion").contains(QString::fromLatin1(qVersion())));
    saveScreenshot(*dialog, QStringLiteral("about-dialog"));

    // A second request raises the open dialog instead of stacking another one.
    CHECK(window.showAbout() == dialog);
    CHECK(window.findChildren<AboutDialog*>().size() == 1);

    // Closing deletes it (WA_DeleteOnClose); the next request builds a fresh one.
    const QPointer<AboutDialog> guard(dialog);
    dialog->reject();
    REQUIRE(pumpUntil([&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return guard.isNull();
    }));
    AboutDialog* again = window.showAbout();
    CHECK(again != nullptr);
    again->reject();
}

TEST_CASE("the application icon renders from its SVG", "[ui]")
{
    // Fails when the SVG icon engine plugin (libqt6svg6) is missing: the window would lose its icon.
    for (const QIcon& icon : {appIcon(), lockIcon()}) {
        const QImage image = icon.pixmap(QSize(64, 64), 2.0).toImage();
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 128); // rendered for the device pixel ratio, not scaled up
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        CHECK(opaque > image.width() * image.height() / 20);
    }
}

TEST_CASE("each translation is loaded and shown, and English is the fallback", "[ui]")
{
    const QStringList qmDir{QStringLiteral(CONSILIUM_QM_DIR)};
    for (const auto& [language, name] : {std::pair{QLocale::French, "fr"}, std::pair{QLocale::Spanish, "es"},
                                         std::pair{QLocale::German, "de"}}) {
        INFO(name);
        Translators translators;
        REQUIRE(translators.install(QLocale(language), qmDir));
        MainWindow window(MainWindow::defaultProfileName());
        CHECK_FALSE(setupTitle(window).isEmpty());
        CHECK(setupTitle(window) != QStringLiteral("Create your profile"));
        CHECK(menuTitles(window.menuBar())
              != QStringList{QStringLiteral("&File"), QStringLiteral("&Go"), QStringLiteral("&Help")});
        showAndSettle(window);
        saveScreenshot(window, QStringLiteral("main-window-setup-") + QString::fromLatin1(name));
    }

    // A regional variant falls back to its language.
    {
        Translators translators;
        CHECK(translators.install(QLocale(QLocale::French, QLocale::Canada), qmDir));
    }
    // No translation: stays English and says so.
    {
        Translators translators;
        CHECK_FALSE(translators.install(QLocale(QLocale::Italian), qmDir));
        MainWindow window(MainWindow::defaultProfileName());
        CHECK(setupTitle(window) == QStringLiteral("Create your profile"));
    }
    // English is the source language: only its plural forms are loaded.
    {
        Translators translators;
        CHECK(translators.install(QLocale(QLocale::English), qmDir));
        const char* context = "consilium::ui::SyncStatusLabel";
        CHECK(QCoreApplication::translate(context, "%n case(s) waiting", nullptr, 1)
              == QStringLiteral("1 case waiting"));
        CHECK(QCoreApplication::translate(context, "%n case(s) waiting", nullptr, 2)
              == QStringLiteral("2 cases waiting"));
        MainWindow window(MainWindow::defaultProfileName());
        CHECK(setupTitle(window) == QStringLiteral("Create your profile"));
    }
    // Translators are removed again with their owner.
    MainWindow window(MainWindow::defaultProfileName());
    CHECK(setupTitle(window) == QStringLiteral("Create your profile"));
}
