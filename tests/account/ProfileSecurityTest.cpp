// Changing the passphrase, and the keychain's absence: a machine without a Secret Service (a
// server, a minimal desktop) must still open profiles by passphrase and say why the keychain
// was not used. The keychain itself is tested for real in tests/keychain.

#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "ui/account/ProfileController.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;

namespace {

constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};
constexpr std::chrono::milliseconds kBackOff{300};

crypto::SecretBytes secret(const char* text)
{
    return crypto::SecretBytes::fromUtf8(QString::fromUtf8(text));
}

// No session bus and no display to autolaunch one: QtKeychain finds no Secret Service.
struct NoKeychain {
    NoKeychain()
        : bus(qgetenv("DBUS_SESSION_BUS_ADDRESS"))
        , display(qgetenv("DISPLAY"))
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/consilium-test-bus");
        qunsetenv("DISPLAY");
    }
    ~NoKeychain()
    {
        bus.isEmpty() ? qunsetenv("DBUS_SESSION_BUS_ADDRESS") : qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        if (!display.isEmpty())
            qputenv("DISPLAY", display);
    }
    QByteArray bus;
    QByteArray display;
};

} // namespace

TEST_CASE("changing the passphrase re-wraps the key: the old one stops working, the cases stay", "[account]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    REQUIRE(store::ProfileVault(folder, kBackOff).create(secret("first passphrase here"), kFast).has_value());
    const QByteArray databaseBefore = [&] {
        QFile file(store::Store::databasePath(folder));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();

    ProfileController controller(folder, kFast, kBackOff);
    QSignalSpy changed(&controller, &ProfileController::passphraseChanged);
    QSignalSpy failed(&controller, &ProfileController::failed);

    controller.changePassphrase(secret("not the passphrase"), secret("second passphrase now"));
    REQUIRE(pumpUntil([&] { return failed.count() == 1; }));
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("Wrong passphrase."));
    CHECK(changed.count() == 0);

    controller.changePassphrase(secret("first passphrase here"), secret("second passphrase now"));
    REQUIRE(pumpUntil([&] { return changed.count() == 1; }));

    // Only the key file changed; the database was not re-encrypted.
    QFile database(store::Store::databasePath(folder));
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll() == databaseBefore);

    store::ProfileVault vault(folder, kBackOff);
    auto old = vault.unlock(secret("first passphrase here"));
    REQUIRE_FALSE(old.has_value());
    CHECK(old.error().code == ErrorCode::PermissionDenied);
    CHECK(vault.unlock(secret("second passphrase now")).has_value());
}

TEST_CASE("without a system keychain the profile still opens by passphrase and the reason is given", "[account]")
{
    NoKeychain noKeychain;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    REQUIRE(store::ProfileVault(folder, kBackOff).create(secret("first passphrase here"), kFast).has_value());

    ProfileController controller(folder, kFast, kBackOff);
    QSignalSpy unlocked(&controller, &ProfileController::unlocked);
    QSignalSpy keychainFailed(&controller, &ProfileController::keychainFailed);
    controller.unlock(secret("first passphrase here"), /*rememberInKeychain=*/true);
    REQUIRE(pumpUntil([&] { return unlocked.count() == 1 && keychainFailed.count() == 1; }));
    CHECK(keychainFailed.at(0).at(0).toString().contains(QStringLiteral("keychain")));
    CHECK_FALSE(controller.usesKeychain()); // nothing was remembered, so nothing is promised
    CHECK(controller.takeStore() != nullptr);

    controller.unlockWithKeychain();
    REQUIRE(pumpUntil([&] { return keychainFailed.count() == 2 && !controller.isBusy(); }));
    CHECK(unlocked.count() == 1);
    CHECK(controller.retryAfter().count() == 0);
}
