// The system keychain for real: GNOME Keyring's Secret Service in a private D-Bus session
// (tests/support/with-keyring.sh), reached through QtKeychain — then the opt-in profile unlock
// built on it, as a user meets it on the unlock page.

#include "core/keychain/SystemKeychain.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/UnlockPage.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/SettingsDialog.h"

#include "tests/support/GuiTestSupport.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;

namespace {

constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};
constexpr std::chrono::milliseconds kBackOff{300};
const QString kPassphrase = QStringLiteral("violet tractor lagoon biscuit");

void requireKeyring()
{
    const QByteArray missing = qgetenv("CONSILIUM_NO_KEYRING");
    if (!missing.isEmpty())
        test::skipTest(QStringLiteral("no Secret Service to test against: %1").arg(QString::fromUtf8(missing)));
}

template <typename T>
Result<T> waitFor(std::function<void(std::function<void(Result<T>)>)> start)
{
    std::optional<Result<T>> outcome;
    start([&](Result<T> result) { outcome = std::move(result); });
    REQUIRE(pumpUntil([&] { return outcome.has_value(); }));
    return std::move(*outcome);
}

// A profile made directly through the vault, locked again.
void makeProfile(const QString& folder)
{
    auto created = store::ProfileVault(folder, kBackOff).create(crypto::SecretBytes::fromUtf8(kPassphrase), kFast);
    REQUIRE(created.has_value());
}

} // namespace

TEST_CASE("the system keychain keeps, returns and forgets a key", "[keychain]")
{
    requireKeyring();
    keychain::SystemKeychain keychain(QStringLiteral("Consilium test"));
    const QString account = keychain::SystemKeychain::profileAccount(QStringLiteral("/tmp/some profile"));
    const crypto::SecretBytes key = crypto::SecretBytes::random(32);

    auto stored = waitFor<void>([&](auto done) { keychain.store(account, key, done); });
    REQUIRE(stored.has_value());
    auto fetched = waitFor<crypto::SecretBytes>([&](auto done) { keychain.fetch(account, done); });
    REQUIRE(fetched.has_value());
    CHECK(*fetched == key);

    REQUIRE(waitFor<void>([&](auto done) { keychain.remove(account, done); }).has_value());
    auto gone = waitFor<crypto::SecretBytes>([&](auto done) { keychain.fetch(account, done); });
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == ErrorCode::NotFound);
    // Removing again is not an error: the entry is gone either way.
    CHECK(waitFor<void>([&](auto done) { keychain.remove(account, done); }).has_value());
}

TEST_CASE("'Remember on this computer' lets the profile open without its passphrase next time", "[keychain]")
{
    requireKeyring();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    makeProfile(folder);

    {
        ProfileController controller(folder, kFast, kBackOff);
        CHECK_FALSE(controller.usesKeychain());
        ProfileGate gate(controller, QStringLiteral("amara"));
        gate.resize(820, 620);
        gate.show();
        UnlockPage& page = *gate.unlockPage();
        REQUIRE(page.rememberBox()->isVisible());
        CHECK_FALSE(page.keychainButton()->isVisible());
        saveScreenshot(gate, QStringLiteral("keychain-unlock-remember"));

        QSignalSpy ready(&gate, &ProfileGate::storeReady);
        QSignalSpy remembered(&controller, &ProfileController::keychainChanged);
        page.rememberBox()->setChecked(true);
        QTest::keyClicks(page.passphraseField(), kPassphrase);
        QTest::keyClick(page.passphraseField(), Qt::Key_Return);
        REQUIRE(pumpUntil([&] { return ready.count() == 1 && remembered.count() == 1; }));
        CHECK(remembered.at(0).at(0).toBool());
        CHECK(controller.usesKeychain());
        CHECK(gate.takeStore() != nullptr);
    }

    // The next start: the unlock page asks the keychain by itself; nothing is typed.
    ProfileController controller(folder, kFast, kBackOff);
    REQUIRE(controller.usesKeychain());
    ProfileGate gate(controller, QStringLiteral("amara"));
    QSignalSpy ready(&gate, &ProfileGate::storeReady);
    gate.resize(820, 620);
    gate.show();
    REQUIRE(pumpUntil([&] { return ready.count() == 1; }));
    CHECK(gate.takeStore() != nullptr);

    // After a lock the page does not reopen by itself: that is the user's act (the button).
    gate.showUnlock();
    UnlockPage& page = *gate.unlockPage();
    REQUIRE(pumpUntil([&] { return page.keychainButton()->isVisible() && page.keychainButton()->isEnabled(); }));
    QTest::qWait(200);
    CHECK(ready.count() == 1);
    CHECK_FALSE(page.rememberBox()->isVisible());
    saveScreenshot(gate, QStringLiteral("keychain-unlock-locked"));
    QTest::mouseClick(page.keychainButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return ready.count() == 2; }));
    CHECK(gate.takeStore() != nullptr);

    // Turning it off removes the entry: the keychain can no longer open the profile.
    QSignalSpy changed(&controller, &ProfileController::keychainChanged);
    controller.setKeychainEnabled(false);
    REQUIRE(pumpUntil([&] { return changed.count() == 1; }));
    CHECK_FALSE(changed.at(0).at(0).toBool());
    CHECK_FALSE(controller.usesKeychain());
    keychain::SystemKeychain keychain;
    auto gone = waitFor<crypto::SecretBytes>(
        [&](auto done) { keychain.fetch(keychain::SystemKeychain::profileAccount(folder), done); });
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == ErrorCode::NotFound);
}

TEST_CASE("a keychain entry that does not open the profile falls back to the passphrase without back-off", "[keychain]")
{
    requireKeyring();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    makeProfile(folder);

    ProfileController controller(folder, kFast, kBackOff);
    QSignalSpy changed(&controller, &ProfileController::keychainChanged);
    QSignalSpy failed(&controller, &ProfileController::failed);
    // Enabling from settings needs the passphrase; a wrong one is refused and changes nothing.
    controller.setKeychainEnabled(true, crypto::SecretBytes::fromUtf8(QStringLiteral("not it")));
    REQUIRE(pumpUntil([&] { return failed.count() == 1; }));
    CHECK_FALSE(controller.usesKeychain());
    controller.setKeychainEnabled(true, crypto::SecretBytes::fromUtf8(kPassphrase));
    REQUIRE(pumpUntil([&] { return changed.count() == 1; }));
    REQUIRE(controller.usesKeychain());

    // Someone (or a restored backup of another profile) replaced the entry.
    keychain::SystemKeychain keychain;
    REQUIRE(waitFor<void>([&](auto done) {
                keychain.store(keychain::SystemKeychain::profileAccount(folder), crypto::SecretBytes::random(32), done);
            }).has_value());

    ProfileGate gate(controller, QStringLiteral("amara"));
    QSignalSpy ready(&gate, &ProfileGate::storeReady);
    gate.resize(820, 620);
    gate.show();
    UnlockPage& page = *gate.unlockPage();
    REQUIRE(pumpUntil([&] { return !controller.isBusy() && page.statusText().contains(QStringLiteral("keychain")); }));
    CHECK(page.statusText().contains(QStringLiteral("does not open this profile")));
    CHECK(ready.count() == 0);
    CHECK(controller.retryAfter().count() == 0); // not a wrong passphrase
    CHECK(page.passphraseField()->isEnabled());
    saveScreenshot(gate, QStringLiteral("keychain-unlock-stale"));

    QTest::keyClicks(page.passphraseField(), kPassphrase);
    QTest::keyClick(page.passphraseField(), Qt::Key_Return);
    REQUIRE(pumpUntil([&] { return ready.count() == 1; }));
}

TEST_CASE("Settings turns keychain unlock on after asking for the passphrase, and off again", "[keychain]")
{
    requireKeyring();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    makeProfile(folder);

    SettingsDialog dialog(SettingsContext{folder, kFast, kBackOff});
    dialog.resize(760, 520);
    dialog.show();
    SecurityPage& page = *dialog.securityPage();
    REQUIRE(page.keychainBox()->isEnabled());
    CHECK_FALSE(page.keychainBox()->isChecked());

    // A wrong passphrase: nothing is stored and the box goes back to unchecked, with the reason.
    page.keychainBox()->click();
    REQUIRE(page.passphrasePrompt());
    page.passphrasePrompt()->setTextValue(QStringLiteral("not it"));
    page.passphrasePrompt()->accept();
    REQUIRE(pumpUntil([&] { return page.keychainStatus().contains(QStringLiteral("Wrong passphrase")); }));
    CHECK_FALSE(page.keychainBox()->isChecked());

    page.keychainBox()->click();
    REQUIRE(page.passphrasePrompt());
    page.passphrasePrompt()->setTextValue(kPassphrase);
    page.passphrasePrompt()->accept();
    REQUIRE(pumpUntil([&] { return page.keychainStatus().contains(QStringLiteral("opens with the key")); }));
    CHECK(page.keychainBox()->isChecked());
    CHECK(ProfileController(folder, kFast, kBackOff).usesKeychain());
    saveScreenshot(dialog, QStringLiteral("settings-keychain-on"));

    page.keychainBox()->click();
    REQUIRE(pumpUntil([&] { return !ProfileController(folder, kFast, kBackOff).usesKeychain(); }));
    CHECK_FALSE(page.keychainBox()->isChecked());
}
