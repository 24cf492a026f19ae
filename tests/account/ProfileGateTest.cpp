// Creating and unlocking a profile through the pages, offscreen, over real files: the setup
// page's rules, the store it produces (self person, identity and device keys), a wrong
// passphrase with its back-off, then the right one. Screenshots to $CONSILIUM_SCREENSHOT_DIR.

#include "ui/account/ProfileGate.h"
#include "core/store/StoreHost.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileSetupPage.h"
#include "ui/account/UnlockPage.h"

#include "tests/support/GuiTestSupport.h"
#include "tests/support/OnboardingTestSupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;
using consilium::test::screenshotDir;

namespace {

// Fast Argon2id for tests; real profiles are calibrated to about 0.5 s with 256 MiB.
constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};
constexpr std::chrono::milliseconds kBackOff{300};

// The fields of the setup page in the order of the form.
QList<QLineEdit*> passphraseFields(QWidget& page)
{
    QList<QLineEdit*> fields;
    for (QLineEdit* edit : page.findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            fields.append(edit);
    }
    return fields;
}

} // namespace

TEST_CASE("a profile is created through the setup page and unlocked afterwards", "[account]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    const QString passphrase = QStringLiteral("violet tractor lagoon biscuit");

    {
        ProfileController controller(folder, kFast, kBackOff);
        ProfileGate gate(controller, QStringLiteral("default"));
        gate.resize(820, 620);
        gate.show();
        REQUIRE(gate.currentWidget() == gate.setupPage());
        ProfileSetupPage& page = *gate.setupPage();
        QPushButton* create = page.createButton();

        auto* name = page.findChild<QLineEdit*>();
        REQUIRE(name);
        const QList<QLineEdit*> secrets = passphraseFields(page);
        REQUIRE(secrets.size() == 2);
        QTest::keyClicks(name, QStringLiteral("Dr. Amara Okafor"));
        CHECK_FALSE(create->isEnabled());

        secrets[0]->setText(QStringLiteral("Okafor2024"));
        secrets[1]->setText(QStringLiteral("Okafor2024"));
        CHECK_FALSE(create->isEnabled()); // the user's own name and a year: weak

        secrets[0]->setText(passphrase);
        secrets[1]->setText(passphrase + QLatin1Char('x'));
        CHECK_FALSE(create->isEnabled()); // confirmation differs
        secrets[1]->setText(passphrase);
        CHECK(create->isEnabled());
        saveScreenshot(gate, QStringLiteral("profile-setup"));

        QSignalSpy ready(&gate, &ProfileGate::storeReady);
        QTest::mouseClick(create, Qt::LeftButton);
        REQUIRE(consilium::test::completeOnboarding(gate));
        REQUIRE(pumpUntil([&] { return ready.count() == 1; }));
        std::unique_ptr<store::StoreHost> host = gate.takeStore();
        REQUIRE(host);

        bool checked = false;
        QObject receiver;
        host->run(
            &receiver,
            [](store::Store& store) -> Result<std::pair<std::optional<cases::Person>, bool>> {
                auto self = store.people().self();
                if (!self)
                    return tl::unexpected(self.error());
                auto identity = store.keyring().identity();
                auto device = store.keyring().device();
                if (!identity || !device)
                    return fail(QStringLiteral("test"), ErrorCode::Internal, QStringLiteral("keyring unreadable"));
                const bool keysMatch = identity->has_value() && device->has_value() && self->has_value()
                                       && (*self)->identityKey == (*identity)->publicKey().bytes();
                return std::make_pair(*self, keysMatch);
            },
            [&](Result<std::pair<std::optional<cases::Person>, bool>> result) {
                REQUIRE(result.has_value());
                REQUIRE(result->first.has_value());
                CHECK(result->first->displayName == QStringLiteral("Dr. Amara Okafor"));
                CHECK(result->first->isSelf);
                CHECK(result->second);
                checked = true;
            });
        REQUIRE(pumpUntil([&] { return checked; }));
    }

    // Next start: the unlock page.
    ProfileController controller(folder, kFast, kBackOff);
    ProfileGate gate(controller, QStringLiteral("default"));
    gate.resize(820, 620);
    gate.show();
    REQUIRE(gate.currentWidget() == gate.unlockPage());
    UnlockPage& unlock = *gate.unlockPage();
    QSignalSpy ready(&gate, &ProfileGate::storeReady);

    // Two slips of the finger are answered at once; the third starts the back-off (ProfileVault).
    for (int attempt = 1; attempt <= 3; ++attempt) {
        INFO("wrong attempt " << attempt);
        REQUIRE(pumpUntil([&] { return unlock.passphraseField()->isEnabled(); }));
        QTest::keyClicks(unlock.passphraseField(), QStringLiteral("violet tractor lagoon"));
        QTest::keyClick(unlock.passphraseField(), Qt::Key_Return);
        REQUIRE(pumpUntil(
            [&] { return !controller.isBusy() && unlock.statusText().contains(QStringLiteral("Wrong passphrase")); }));
        CHECK(unlock.passphraseField()->text().isEmpty());
        if (attempt < 3)
            CHECK(unlock.passphraseField()->isEnabled());
    }
    CHECK(ready.count() == 0);
    // The back-off holds the field until it has passed, then gives it back.
    CHECK_FALSE(unlock.passphraseField()->isEnabled());
    CHECK(unlock.statusText().contains(QStringLiteral("try again in")));
    saveScreenshot(gate, QStringLiteral("profile-unlock-wrong"));
    REQUIRE(pumpUntil([&] { return unlock.passphraseField()->isEnabled(); }));

    QTest::keyClicks(unlock.passphraseField(), passphrase);
    QTest::mouseClick(unlock.unlockButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return ready.count() == 1; }));
    CHECK(gate.takeStore() != nullptr);
}
