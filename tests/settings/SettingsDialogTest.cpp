// Settings › Security and Appearance as a user changes them: the idle lock, a passphrase
// change through its dialog (wrong current passphrase first), the theme applied at once and
// the language kept for the next start.

#include "ui/settings/SettingsDialog.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "ui/account/ChangePassphraseDialog.h"
#include "ui/account/RecoveryConfirmPage.h"
#include "ui/account/RecoveryKeyDialog.h"
#include "ui/account/RecoveryKeyPage.h"
#include "ui/common/Theme.h"
#include "ui/common/Translators.h"
#include "ui/settings/AppearancePage.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/SyncPage.h"
#include "ui/settings/UserSettings.h"
#include "ui/sync/SyncController.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;

namespace {

constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};
constexpr std::chrono::milliseconds kBackOff{300};

crypto::SecretBytes secret(const QString& text)
{
    return crypto::SecretBytes::fromUtf8(text);
}

} // namespace

TEST_CASE("the idle lock setting is kept and announced as the spin box changes", "[settings]")
{
    QTemporaryDir dir;
    SettingsDialog dialog(SettingsContext{dir.filePath(QStringLiteral("profile")), kFast, kBackOff});
    QSignalSpy changed(&dialog, &SettingsDialog::idleLockChanged);
    QSpinBox* box = dialog.securityPage()->idleLockBox();
    CHECK(box->value() == settings::idleLockMinutes());

    box->setValue(5);
    CHECK(settings::idleLockMinutes() == 5);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toInt() == 5);

    box->setValue(0);
    CHECK(box->text() == QStringLiteral("Never"));
    CHECK(settings::idleLockMinutes() == 0);

    // Without a profile yet, there is no passphrase to change.
    CHECK_FALSE(dialog.securityPage()->changePassphraseButton()->isEnabled());
    settings::setIdleLockMinutes(settings::kDefaultIdleLockMinutes);
}

TEST_CASE("the passphrase is changed from Settings, after a wrong current passphrase", "[settings]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    const QString first = QStringLiteral("violet tractor lagoon biscuit");
    const QString second = QStringLiteral("copper heron mosaic drizzle");
    REQUIRE(store::ProfileVault(folder, kBackOff).create(secret(first), kFast).has_value());

    SettingsDialog dialog(SettingsContext{folder, kFast, kBackOff});
    dialog.resize(760, 520);
    dialog.show();
    SecurityPage& page = *dialog.securityPage();
    REQUIRE(page.changePassphraseButton()->isEnabled());
    saveScreenshot(dialog, QStringLiteral("settings-security"));
    QTest::mouseClick(page.changePassphraseButton(), Qt::LeftButton);
    ChangePassphraseDialog* change = page.changePassphraseDialog();
    REQUIRE(change);
    REQUIRE(pumpUntil([&] { return change->isVisible(); }));

    QTest::keyClicks(change->currentField(), QStringLiteral("not my passphrase"));
    QTest::keyClicks(change->newField(), QStringLiteral("short"));
    QTest::keyClicks(change->confirmField(), QStringLiteral("short"));
    CHECK_FALSE(change->canSubmit()); // weak
    change->newField()->setText(second);
    change->confirmField()->setText(second + QLatin1Char('x'));
    CHECK_FALSE(change->canSubmit());
    CHECK(change->statusText().contains(QStringLiteral("differ")));
    change->confirmField()->setText(second);
    REQUIRE(change->canSubmit());
    saveScreenshot(*change, QStringLiteral("settings-change-passphrase"));

    change->submit();
    REQUIRE(pumpUntil([&] { return change->statusText() == QStringLiteral("Wrong passphrase."); }));
    CHECK(change->isVisible());
    CHECK(change->currentField()->text().isEmpty());

    QTest::keyClicks(change->currentField(), first);
    REQUIRE(change->canSubmit());
    change->submit();
    REQUIRE(pumpUntil([&] { return page.changePassphraseDialog() == nullptr; }));
    CHECK(page.passphraseStatus().contains(QStringLiteral("changed")));

    store::ProfileVault vault(folder, kBackOff);
    CHECK_FALSE(vault.unlock(secret(first)).has_value());
    CHECK(vault.unlock(secret(second)).has_value());
}

TEST_CASE("the theme applies at once and the language is kept for the next start", "[settings]")
{
    QTemporaryDir dir;
    SettingsDialog dialog(SettingsContext{dir.filePath(QStringLiteral("profile")), kFast, kBackOff});
    dialog.resize(760, 520);
    dialog.show();
    dialog.showPage(1);
    AppearancePage& page = *dialog.appearancePage();
    const QColor startWindow = QApplication::palette().color(QPalette::Window);

    page.themeBox()->setCurrentIndex(page.themeBox()->findData(static_cast<int>(Theme::Dark)));
    CHECK(savedTheme() == Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    // Open windows follow at once, not only new ones.
    REQUIRE(pumpUntil([&] { return dialog.palette().color(QPalette::Window).lightness() < 80; }));
    CHECK(page.themeBox()->palette().color(QPalette::ButtonText).lightness() > 180);
    saveScreenshot(dialog, QStringLiteral("settings-appearance-dark"));

    page.themeBox()->setCurrentIndex(page.themeBox()->findData(static_cast<int>(Theme::System)));
    CHECK(savedTheme() == Theme::System);
    CHECK(QApplication::palette().color(QPalette::Window) == startWindow);

    page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("fr")));
    CHECK(savedLanguage() == QStringLiteral("fr"));
    page.languageBox()->setCurrentIndex(0);
    CHECK(savedLanguage().isEmpty());
}

namespace {

// A received case with one blob of `bytes` claimed bytes (a sparse file: the test needs sizes
// like a real cache's, not the disk space), last used at `usedMs`.
QString receivedCase(store::Store& store, int n, const QString& title, qint64 bytes, qint64 usedMs, bool pinned)
{
    cases::Case value;
    value.id = QUuid::createUuid();
    value.authorIdentity = QByteArray(32, static_cast<char>(n));
    value.title = title;
    value.pinned = pinned;
    value.createdAt = QDateTime::currentDateTimeUtc();
    value.updatedAt = value.createdAt;
    REQUIRE(store.cases().save(value).has_value());
    const QString staged = store.blobs().newStagingPath();
    QFile file(staged);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(bytes));
    file.close();
    auto record = store.blobs().adopt(staged, QByteArray(32, 'k'), QByteArray(32, 'h'), value.id, false, true);
    REQUIRE(record.has_value());
    REQUIRE(store.database()
                .execute(QStringLiteral("UPDATE blobs SET last_access = %1 WHERE blob_uuid = x'%2'")
                             .arg(usedMs)
                             .arg(QString::fromLatin1(record->id.toRfc4122().toHex())))
                .has_value());
    return record->path;
}

} // namespace

TEST_CASE("Settings › Sync shows the cache's usage, and lowering the limit evicts the least recently used case",
          "[settings][cache]")
{
    constexpr qint64 kMiB = 1024 * 1024;
    QTemporaryDir dir;
    auto opened = store::Store::open(dir.filePath(QStringLiteral("profile")), QByteArray(32, 0x42));
    REQUIRE(opened.has_value());
    const QString pinned = receivedCase(**opened, 1, QStringLiteral("Chest CT follow-up"), 340 * kMiB, 1000, true);
    const QString oldest = receivedCase(**opened, 2, QStringLiteral("Knee MRI"), 500 * kMiB, 2000, false);
    const QString recent = receivedCase(**opened, 3, QStringLiteral("Hand X-ray"), 400 * kMiB, 9000, false);
    store::StoreHost host(std::move(*opened));
    SyncController sync(host, QUrl()); // no relay: eviction does not need one, fetching does
    Translators english; // "1 case", not "1 case(s)"
    REQUIRE(english.install(QLocale(QLocale::English), {QStringLiteral(CONSILIUM_QM_DIR)}));

    SettingsDialog dialog(SettingsContext{dir.filePath(QStringLiteral("profile")), kFast, kBackOff});
    dialog.setSyncController(&sync);
    dialog.showPage(2);
    dialog.resize(900, 640);
    dialog.show();
    SyncPage* page = dialog.syncPage();
    // Set through the box (other test processes share the settings file, so it is not read back).
    page->cacheLimitBox()->setValue(1.5); // not only whole gigabytes
    CHECK(sync.cacheLimit() == 1536 * kMiB);
    // Typed digits take effect on Enter: "3" must not apply a 0.3 GB or 3 GB limit on the way to "30".
    page->cacheLimitBox()->setFocus();
    page->cacheLimitBox()->selectAll();
    QTest::keyClicks(page->cacheLimitBox(), QStringLiteral("3"));
    CHECK(sync.cacheLimit() == 1536 * kMiB);
    QTest::keyClick(page->cacheLimitBox(), Qt::Key_Return);
    CHECK(sync.cacheLimit() == 3072 * kMiB);
    page->cacheLimitBox()->clearFocus(); // the screenshots below show the box as a user leaves it
    page->cacheLimitBox()->setValue(2);
    CHECK(sync.cacheLimit() == 2048 * kMiB);
    REQUIRE(pumpUntil([&] { return page->cacheStatus()->text().contains(QStringLiteral(" of ")); }));
    CHECK(page->cacheStatus()->text() == QStringLiteral("The encrypted cache holds 1.2 GB of 2 GB, 340.0 MB pinned."));
    saveScreenshot(dialog, QStringLiteral("settings-cache-usage"));

    // Lowered to 1 GB: the least recently used case that is not kept offline goes at once.
    QList<store::EvictionReport> evicted;
    QObject::connect(&sync, &SyncController::cacheChanged,
                     [&evicted](const store::EvictionReport& report) { evicted.append(report); });
    page->cacheLimitBox()->setValue(1);
    CHECK(sync.cacheLimit() == 1024 * kMiB);
    REQUIRE(pumpUntil([&] { return page->cacheStatus()->text().contains(QStringLiteral("were removed")); }));
    REQUIRE(pumpUntil([&] { return !evicted.isEmpty() && evicted.last().blobs > 0; }));
    const store::EvictionReport report = evicted.last();
    CHECK(report.cases == 1);
    CHECK(report.freedBytes == 500 * kMiB);
    CHECK_FALSE(QFile::exists(oldest));
    CHECK(QFile::exists(recent));
    CHECK(QFile::exists(pinned));
    INFO(page->cacheStatus()->text().toStdString());
    CHECK(page->cacheStatus()->text().startsWith(
        QStringLiteral("The encrypted cache holds 740.0 MB of 1 GB, 340.0 MB pinned.\nThe images of 1 case (500.0 MB) "
                       "were removed")));
    saveScreenshot(dialog, QStringLiteral("settings-cache-evicted"));

    // A limit below what is kept offline: the kept case stays, and the page says why.
    page->cacheLimitBox()->setValue(0);
    CHECK(page->cacheLimitBox()->text() == QStringLiteral("No limit"));
    sync.setCacheLimit(200 * kMiB);
    REQUIRE(pumpUntil([&] { return !QFile::exists(recent); }));
    CHECK(QFile::exists(pinned));
    settings::setCacheLimitMiB(settings::kDefaultCacheLimitMiB);
}

namespace {

// Walks RecoveryKeyDialog from the passphrase to the confirmed key; answers the key's text.
QString makeRecoveryKey(SecurityPage& page, const QString& passphrase, const QString& screenshot)
{
    QTest::mouseClick(page.recoveryKeyButton(), Qt::LeftButton);
    RecoveryKeyDialog* dialog = page.recoveryKeyDialog();
    REQUIRE(dialog);
    REQUIRE(pumpUntil([&] { return dialog->isVisible(); }));
    CHECK(dialog->step() == 0);
    CHECK_FALSE(dialog->continueButton()->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog->passphraseField(), passphrase);
    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return dialog->step() == 1; }));
    const QStringList groups = dialog->keyPage()->groups();
    REQUIRE(groups.size() == 14);
    saveScreenshot(*dialog, screenshot);
    CHECK_FALSE(dialog->keyPage()->continueButton()->isEnabled()); // "I have stored it" first
    dialog->keyPage()->storedBox()->setChecked(true);
    QTest::mouseClick(dialog->keyPage()->continueButton(), Qt::LeftButton);
    REQUIRE(dialog->step() == 2);
    RecoveryConfirmPage* confirm = dialog->confirmPage();
    for (int i = 0; i < 2; ++i)
        QTest::keyClicks(confirm->fields()[static_cast<size_t>(i)],
                         groups[confirm->askedGroups()[static_cast<size_t>(i)]]);
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return page.recoveryKeyDialog() == nullptr; }));
    return groups.join(u'-');
}

} // namespace

TEST_CASE("a profile without a recovery key gets one from Settings, and replacing it voids the old one",
          "[settings][recovery]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    const QString passphrase = QStringLiteral("violet tractor lagoon biscuit");
    // As `consilium-cli` and the demo make profiles: keys, but no recovery key.
    auto created = store::ProfileVault(folder, kBackOff).create(secret(passphrase), kFast);
    REQUIRE(created.has_value());
    REQUIRE(store::initialiseProfile(**created, {QStringLiteral("Dr. Lea Kim"), QStringLiteral("physician"), {}})
                .has_value());
    REQUIRE_FALSE(store::ProfileVault(folder).hasRecovery());
    auto host = std::make_unique<store::StoreHost>(std::move(*created));

    SettingsDialog dialog(SettingsContext{folder, kFast, kBackOff});
    dialog.resize(760, 600);
    dialog.show();
    SecurityPage& page = *dialog.securityPage();
    // Locked (no store): the button explains itself instead of failing later.
    CHECK_FALSE(page.recoveryKeyButton()->isEnabled());
    dialog.setStoreHost(host.get());
    REQUIRE(page.recoveryKeyButton()->isEnabled());
    CHECK(page.recoveryKeyButton()->text() == QStringLiteral("Create Recovery Key…"));
    CHECK(page.recoveryStatus().contains(QStringLiteral("no recovery key")));
    saveScreenshot(dialog, QStringLiteral("settings-security-no-recovery-key"));

    // A wrong passphrase first: refused, nothing written.
    QTest::mouseClick(page.recoveryKeyButton(), Qt::LeftButton);
    RecoveryKeyDialog* asking = page.recoveryKeyDialog();
    REQUIRE(asking);
    CHECK(asking->windowTitle() == QStringLiteral("Create Recovery Key"));
    QTest::keyClicks(asking->passphraseField(), QStringLiteral("not my passphrase"));
    QTest::mouseClick(asking->continueButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return asking->statusText().contains(QStringLiteral("Wrong passphrase")); }));
    CHECK(asking->step() == 0);
    CHECK_FALSE(store::ProfileVault(folder).hasRecovery());
    saveScreenshot(*asking, QStringLiteral("recovery-key-wrong-passphrase"));
    asking->reject();
    REQUIRE(pumpUntil([&] { return page.recoveryKeyDialog() == nullptr; }));
    pumpUntil([] { return false; }, 2 * int(kBackOff.count())); // the vault's back-off

    const QString first = makeRecoveryKey(page, passphrase, QStringLiteral("recovery-key-created"));
    CHECK(store::ProfileVault(folder).hasRecovery());
    CHECK(store::ProfileVault(folder).isRecoveryConfirmed());
    CHECK(page.recoveryKeyButton()->text() == QStringLiteral("Replace Recovery Key…"));
    CHECK(page.recoveryStatus().contains(QStringLiteral("confirmed")));
    saveScreenshot(dialog, QStringLiteral("settings-security-recovery-key"));

    const QString second = makeRecoveryKey(page, passphrase, QStringLiteral("recovery-key-replaced"));
    CHECK(second != first);

    // The profile closes; the old key no longer opens it, the new one does.
    dialog.setStoreHost(nullptr);
    host.reset();
    const QString newPassphrase = QStringLiteral("copper heron mosaic drizzle");
    auto old =
        store::ProfileVault(folder, kBackOff).recover(*crypto::RecoveryKey::parse(first), secret(newPassphrase), kFast);
    REQUIRE_FALSE(old.has_value());
    CHECK(old.error().code == ErrorCode::PermissionDenied);
    auto recovered = store::ProfileVault(folder, kBackOff)
                         .recover(*crypto::RecoveryKey::parse(second), secret(newPassphrase), kFast);
    REQUIRE(recovered.has_value());
    CHECK((*recovered)->people().self()->value().displayName == QStringLiteral("Dr. Lea Kim"));
}
