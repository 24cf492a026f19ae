// The recovery key as a user meets it, offscreen, over real ProfileVault files and SQLCipher
// stores: shown once after "Create profile", copied and saved, confirmed by typing two groups
// back (a wrong group refused), then used on the unlock page when the passphrase is forgotten
// (a typo, a key of another profile, then the right key and a new passphrase).

#include "core/crypto/RecoveryKey.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "ui/account/CredentialStepPage.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/ProfileSetupPage.h"
#include "ui/account/RecoverAccessPage.h"
#include "ui/account/RecoveryConfirmPage.h"
#include "ui/account/RecoveryKeyPage.h"
#include "ui/account/UnlockPage.h"

#include "tests/support/GuiTestSupport.h"
#include "tests/support/OnboardingTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;

namespace {

constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};
constexpr std::chrono::milliseconds kBackOff{300};
const QString kPassphrase = QStringLiteral("violet tractor lagoon biscuit");
const QString kNewPassphrase = QStringLiteral("quartz meadow lantern orbit");

void fillSetup(ProfileSetupPage& page)
{
    page.findChild<QLineEdit*>()->setText(QStringLiteral("Dr. Amara Okafor"));
    for (QLineEdit* edit : page.findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            edit->setText(kPassphrase);
    }
}

// A different character of the key's alphabet at `position` (the checksum then fails).
QString withTypo(QString key, int position)
{
    key[position] = key[position] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    return key;
}

} // namespace

TEST_CASE("the recovery key is shown once, saved, confirmed, and later replaces a forgotten passphrase",
          "[account][recovery]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    QString shownKey;
    {
        ProfileController controller(folder, kFast, kBackOff);
        ProfileGate gate(controller, QStringLiteral("default"));
        gate.resize(820, 640);
        gate.show();
        fillSetup(*gate.setupPage());
        QSignalSpy ready(&gate, &ProfileGate::storeReady);
        gate.setupPage()->createButton()->click();

        REQUIRE(pumpUntil([&] { return gate.currentWidget() == gate.recoveryKeyPage(); }, 15000));
        RecoveryKeyPage& keyPage = *gate.recoveryKeyPage();
        const QStringList groups = keyPage.groups();
        REQUIRE(groups.size() == 14);
        for (const QString& group : groups)
            CHECK(group.size() == 4);
        shownKey = groups.join(QLatin1Char('-'));
        REQUIRE(crypto::RecoveryKey::parse(shownKey).has_value());
        CHECK(ready.count() == 0); // the profile is not handed over before the key is confirmed
        CHECK(store::ProfileVault(folder).hasRecovery());

        // Continue only once the user says the key is stored.
        CHECK_FALSE(keyPage.continueButton()->isEnabled());
        keyPage.copyButton()->click();
        CHECK(QApplication::clipboard()->text() == shownKey);
        const QString saved = dir.filePath(QStringLiteral("recovery.txt"));
        REQUIRE(keyPage.saveTo(saved));
        QFile file(saved);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).contains(shownKey));
        CHECK_FALSE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        keyPage.storedBox()->setChecked(true);
        CHECK(keyPage.continueButton()->isEnabled());
        saveScreenshot(gate, QStringLiteral("recovery-key-shown"));
        CHECK_FALSE(keyPage.saveTo(dir.filePath(QStringLiteral("missing/folder/key.txt"))));
        CHECK(keyPage.statusText().contains(QStringLiteral("could not be saved")));
        keyPage.continueButton()->click();

        // Two groups typed back; a wrong one is named and nothing moves on.
        RecoveryConfirmPage& confirm = *gate.recoveryConfirmPage();
        REQUIRE(gate.currentWidget() == &confirm);
        const auto asked = confirm.askedGroups();
        CHECK(asked[0] != asked[1]);
        CHECK_FALSE(confirm.confirmButton()->isEnabled());
        confirm.fields()[0]->setText(groups[asked[0]]);
        confirm.fields()[1]->setText(groups[asked[1]] == QStringLiteral("AAAA") ? QStringLiteral("BBBB")
                                                                                : QStringLiteral("AAAA"));
        confirm.confirmButton()->click();
        CHECK(gate.currentWidget() == &confirm);
        CHECK(confirm.statusText().contains(QStringLiteral("Group %1 does not match").arg(asked[1] + 1)));
        CHECK(ready.count() == 0);
        saveScreenshot(gate, QStringLiteral("recovery-key-confirm-wrong"));

        // "Show the Key Again" and back; then the right groups, typed in lower case.
        confirm.backButton()->click();
        CHECK(gate.currentWidget() == gate.recoveryKeyPage());
        keyPage.continueButton()->click();
        confirm.fields()[1]->setText(QStringLiteral(" ") + groups[asked[1]].toLower());
        confirm.confirmButton()->click();
        // The optional credential step comes last (CredentialImportTest); skipped here.
        REQUIRE(gate.currentWidget() == gate.credentialPage());
        CHECK(ready.count() == 0);
        REQUIRE(pumpUntil([&] { return gate.credentialPage()->skipButton()->isEnabled(); }));
        gate.credentialPage()->skipButton()->click();
        REQUIRE(ready.count() == 1);
        CHECK(gate.recoveryKeyPage()->groups().isEmpty()); // nothing of the key left on screen
        REQUIRE(gate.takeStore());
    }

    // Next start: the passphrase is forgotten.
    ProfileController controller(folder, kFast, kBackOff);
    ProfileGate gate(controller, QStringLiteral("default"));
    gate.resize(820, 640);
    gate.show();
    UnlockPage& unlock = *gate.unlockPage();
    REQUIRE(gate.currentWidget() == &unlock);
    REQUIRE(pumpUntil([&] { return unlock.recoveryButton()->isVisible(); }));
    saveScreenshot(gate, QStringLiteral("unlock-with-recovery-link"));
    unlock.recoveryButton()->click();
    RecoverAccessPage& recover = *gate.recoverAccessPage();
    REQUIRE(gate.currentWidget() == &recover);
    QSignalSpy ready(&gate, &ProfileGate::storeReady);

    recover.passphraseField()->setText(kNewPassphrase);
    recover.confirmField()->setText(kNewPassphrase);
    // A typo: caught by the checksum as soon as the key is complete.
    recover.recoveryKeyField()->setText(withTypo(shownKey, 10));
    CHECK_FALSE(recover.recoverButton()->isEnabled());
    CHECK(recover.statusText().contains(QStringLiteral("typo")));

    // A well-formed key of another profile: refused plainly, nothing changed.
    recover.recoveryKeyField()->setText(crypto::RecoveryKey::generate().toDisplayString());
    REQUIRE(recover.recoverButton()->isEnabled());
    recover.recoverButton()->click();
    REQUIRE(pumpUntil([&] { return !controller.isBusy() && !recover.statusText().isEmpty(); }));
    CHECK(recover.statusText().contains(QStringLiteral("does not open this profile")));
    CHECK(ready.count() == 0);
    saveScreenshot(gate, QStringLiteral("recover-access-wrong-key"));

    // The right key, typed in lower case with spaces: a new passphrase, the same profile.
    recover.recoveryKeyField()->setText(shownKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    recover.recoverButton()->click();
    REQUIRE(pumpUntil([&] { return ready.count() == 1; }, 15000));
    REQUIRE(gate.takeStore());

    store::ProfileVault vault(folder, kBackOff);
    CHECK_FALSE(vault.unlock(crypto::SecretBytes::fromUtf8(kPassphrase)).has_value());
    auto reopened = vault.unlock(crypto::SecretBytes::fromUtf8(kNewPassphrase));
    REQUIRE(reopened.has_value());
    auto self = (*reopened)->people().self();
    REQUIRE(self.has_value());
    REQUIRE(self->has_value());
    CHECK((*self)->displayName == QStringLiteral("Dr. Amara Okafor"));
}

TEST_CASE("a profile made without a recovery key offers no recovery link", "[account][recovery]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    REQUIRE(store::ProfileVault(folder).create(crypto::SecretBytes::fromUtf8(kPassphrase), kFast).has_value());
    ProfileController controller(folder, kFast, kBackOff);
    ProfileGate gate(controller, QStringLiteral("cli"));
    gate.show();
    QCoreApplication::processEvents();
    CHECK_FALSE(gate.unlockPage()->recoveryButton()->isVisible());
}

TEST_CASE("a recovery key left unconfirmed when the app closed is replaced and shown again at the next unlock",
          "[account][recovery]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    QString firstKey;
    {
        ProfileController controller(folder, kFast, kBackOff);
        ProfileGate gate(controller, QStringLiteral("default"));
        gate.show();
        fillSetup(*gate.setupPage());
        gate.setupPage()->createButton()->click();
        REQUIRE(pumpUntil([&] { return gate.currentWidget() == gate.recoveryKeyPage(); }, 15000));
        firstKey = gate.recoveryKeyPage()->groups().join(QLatin1Char('-'));
        // The app closes here, before the key was confirmed.
    }
    CHECK_FALSE(store::ProfileVault(folder).isRecoveryConfirmed());

    ProfileController controller(folder, kFast, kBackOff);
    ProfileGate gate(controller, QStringLiteral("default"));
    gate.show();
    QSignalSpy ready(&gate, &ProfileGate::storeReady);
    UnlockPage& unlock = *gate.unlockPage();
    unlock.passphraseField()->setText(kPassphrase);
    unlock.unlockButton()->click();
    REQUIRE(pumpUntil([&] { return gate.currentWidget() == gate.recoveryKeyPage(); }, 15000));
    const QString secondKey = gate.recoveryKeyPage()->groups().join(QLatin1Char('-'));
    CHECK(secondKey != firstKey);
    CHECK(ready.count() == 0);
    REQUIRE(consilium::test::completeOnboarding(gate));
    REQUIRE(ready.count() == 1);
    REQUIRE(gate.takeStore());
    CHECK(store::ProfileVault(folder).isRecoveryConfirmed());

    // The first key no longer opens anything; the confirmed one does.
    store::ProfileVault vault(folder, kBackOff);
    auto first = crypto::RecoveryKey::parse(firstKey);
    REQUIRE(first.has_value());
    CHECK_FALSE(vault.recover(*first, crypto::SecretBytes::fromUtf8(kNewPassphrase), kFast).has_value());
    auto second = crypto::RecoveryKey::parse(secondKey);
    REQUIRE(second.has_value());
    CHECK(vault.recover(*second, crypto::SecretBytes::fromUtf8(kNewPassphrase), kFast).has_value());
}
