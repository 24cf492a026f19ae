// "Restore with recovery key" end to end, as a user drives it (issue 8, docs/protocol.md § 14.3):
// a verifier, a consilium-relay process on loopback and Dr. Amara Okafor's profile made by
// consilium-cli with a recovery key, whose first sync sends the key backup. Every computer of hers
// is lost: on a new one, the onboarding's restore page (ProfileGate, ProfileController::restore)
// brings her identity back from the relay into a fresh profiles folder; the profile opens with
// the new passphrase, as her device, and syncs. A wrong key, another verifier, a relay that is
// down or silent (then Cancel), a profile already there: a sentence, and no profile folder left.
// Screenshots to $CONSILIUM_SCREENSHOT_DIR (or <build>/tests/account/screenshots).

#include "core/crypto/RecoveryKey.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "core/sync/OwnCredential.h"
#include "core/sync/SyncProfile.h"
#include "tests/support/ClinicianWorld.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/StoreThreadSupport.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/ProfileSetupPage.h"
#include "ui/account/RecoveryConfirmPage.h"
#include "ui/account/RecoveryKeyPage.h"
#include "ui/account/RestoreProfilePage.h"
#include "ui/common/Translators.h"
#include "ui/sync/SyncController.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <tuple>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::askStore;
using consilium::test::pumpUntil;
using consilium::test::quickSyncTimings;

namespace {

// Screenshots after posted layout requests (a status that grew a line) have run.
void saveScreenshot(QWidget& widget, const QString& name)
{
    QTest::qWait(100);
    test::saveScreenshot(widget, name);
}

const QByteArray& kPassphrase = test::kWorldPassphrase;
const QString kNewPassphrase = QStringLiteral("violet lantern orbits quietly 42");
// Argon2id for tests only: the flow is under test, not the cost.
const crypto::Argon2Params kQuickArgon2{1, 8 * 1024 * 1024};

struct World : test::ClinicianWorld {
    // A clinician's profile made by consilium-cli with a recovery key written to `keyFile`,
    // registered at the relay; its first sync sends the key backup (§ 14.3).
    QString addClinician(const QString& folder, const QString& fullName, const QString& keyFile)
    {
        createClinician(QStringLiteral("amara"), folder, fullName, {QStringLiteral("--recovery-key-out"), keyFile});
        syncIn(folder, {QStringLiteral("pull")});
        return syncIn(folder, {QStringLiteral("whoami")});
    }
};

QString firstLine(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromLatin1(file.readLine()).trimmed();
}

QString hexAfter(const QString& text, const QString& label)
{
    const auto match = QRegularExpression(label + QStringLiteral(":\\s+([0-9a-f]{64})")).match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

void fillRestorePage(RestoreProfilePage& page, const QString& relay, const QString& key, const QString& verifier)
{
    page.relayField()->setText(relay);
    page.recoveryKeyField()->setText(key);
    page.verifierField()->setText(verifier);
    page.passphraseField()->setText(kNewPassphrase);
    page.confirmField()->setText(kNewPassphrase);
}

// Clicks Restore Profile and waits for the page to say how it ended.
void restoreAndWait(ProfileController& controller, RestoreProfilePage& page)
{
    REQUIRE(page.restoreButton()->isEnabled());
    page.restoreButton()->click();
    REQUIRE(pumpUntil([&] { return !controller.isBusy(); }, 60000));
}

} // namespace

TEST_CASE("every computer lost: the recovery key restores the profile from the relay through the onboarding",
          "[ui][account][integration]")
{
    World world;
    const QString keyFile = world.path(QStringLiteral("amara.recovery-key"));
    const QString whoami =
        world.addClinician(world.path(QStringLiteral("old-laptop")), QStringLiteral("Dr. Amara Okafor"), keyFile);
    const QString identity = hexAfter(whoami, QStringLiteral("identity"));
    const QString device = hexAfter(whoami, QStringLiteral("device"));
    const QString recoveryKey = firstLine(keyFile);
    REQUIRE(crypto::RecoveryKey::parse(recoveryKey).has_value());

    // A new computer: a fresh profiles folder, the app started with the relay's address.
    const QString folder = world.path(QStringLiteral("profiles/default"));
    ProfileController controller(folder, kQuickArgon2, std::chrono::milliseconds(1));
    ProfileGate gate(controller, QStringLiteral("default"));
    gate.setDefaultRelay(world.url);
    gate.resize(900, 860);
    gate.show();
    REQUIRE(gate.currentWidget() == gate.setupPage());
    CHECK(gate.setupPage()->restoreButton()->isVisible());
    saveScreenshot(gate, QStringLiteral("restore-profile-setup-choice"));
    gate.setupPage()->restoreButton()->click();
    REQUIRE(gate.currentWidget() == gate.restorePage());
    RestoreProfilePage& page = *gate.restorePage();
    CHECK(page.relayField()->text() == world.url);
    CHECK(page.recoveryKeyField()->text().isEmpty());
    CHECK_FALSE(page.restoreButton()->isEnabled());
    CHECK_FALSE(page.cancelButton()->isVisible());
    saveScreenshot(gate, QStringLiteral("restore-profile-empty"));

    // A mistyped key is said while typing; Restore stays disabled.
    QString typo = recoveryKey;
    typo[0] = typo[0] == u'A' ? u'B' : u'A';
    fillRestorePage(page, world.url, typo, world.path(QStringLiteral("verifier")));
    CHECK_FALSE(page.restoreButton()->isEnabled());
    CHECK(page.statusText().contains(QStringLiteral("typo")));
    // A folder without a verifier is said too.
    fillRestorePage(page, world.url, recoveryKey, world.path(QStringLiteral("relay")));
    CHECK_FALSE(page.restoreButton()->isEnabled());
    CHECK(page.statusText().contains(QStringLiteral("no usable verifier")));

    // Another well-formed key finds no backup: said plainly, nothing left behind.
    fillRestorePage(page, world.url, crypto::RecoveryKey::generate().toDisplayString(),
                    world.path(QStringLiteral("verifier")));
    restoreAndWait(controller, page);
    CHECK(page.statusText().contains(QStringLiteral("No key backup is stored under this recovery key")));
    CHECK_FALSE(QDir(folder).exists());
    CHECK(gate.currentWidget() == gate.restorePage());
    saveScreenshot(gate, QStringLiteral("restore-profile-wrong-key"));

    // The right key with another verifier: the credential does not chain to it.
    REQUIRE(crypto::VerifierDirectory::initialise(world.path(QStringLiteral("other-verifier"))));
    fillRestorePage(page, world.url, recoveryKey, world.path(QStringLiteral("other-verifier")));
    restoreAndWait(controller, page);
    CHECK(page.statusText().contains(QStringLiteral("not signed by the chosen verifier")));
    CHECK_FALSE(QDir(folder).exists());

    // Cancel while the profile is being written (the relay has answered): the worker finishes,
    // then what it wrote is removed.
    {
        fillRestorePage(page, world.url, recoveryKey, world.path(QStringLiteral("verifier")));
        const QMetaObject::Connection cancelOnWrite =
            QObject::connect(&controller, &ProfileController::restoreProgress, &gate, [&](const QString& message) {
                if (message.startsWith(QStringLiteral("Checking your credential")))
                    page.cancelButton()->click();
            });
        restoreAndWait(controller, page);
        QObject::disconnect(cancelOnWrite);
        CHECK(page.statusText().contains(QStringLiteral("Restore cancelled")));
        CHECK(gate.currentWidget() == gate.restorePage());
        CHECK(controller.storeHost() == nullptr);
        CHECK_FALSE(QDir(folder).exists());
    }

    // The right key and verifier (typed in lower case): the profile is made as Amara's device,
    // and onboarding goes on to a new recovery key, as after linking.
    fillRestorePage(page, world.url, recoveryKey.toLower(), world.path(QStringLiteral("verifier")));
    CHECK(page.statusText().isEmpty());
    saveScreenshot(gate, QStringLiteral("restore-profile-filled"));
    restoreAndWait(controller, page);
    INFO(page.statusText().toStdString());
    REQUIRE(gate.currentWidget() == gate.recoveryKeyPage());
    REQUIRE(controller.storeHost() != nullptr);
    saveScreenshot(gate, QStringLiteral("restore-profile-success"));
    QSignalSpy ready(&gate, &ProfileGate::storeReady);
    RecoveryKeyPage& shown = *gate.recoveryKeyPage();
    const QStringList groups = shown.groups();
    REQUIRE(groups.size() == 14);
    CHECK(groups.join(u'-') != recoveryKey);
    shown.storedBox()->setChecked(true);
    shown.continueButton()->click();
    RecoveryConfirmPage& confirm = *gate.recoveryConfirmPage();
    REQUIRE(gate.currentWidget() == &confirm);
    for (int i = 0; i < 2; ++i)
        confirm.fields()[i]->setText(groups.value(confirm.askedGroups()[i]));
    confirm.confirmButton()->click();
    REQUIRE(ready.count() == 1); // no credential step: the credential came from the relay
    std::unique_ptr<store::StoreHost> host = gate.takeStore();
    REQUIRE(host);

    // The same identity, as the same device, the verifier pinned and the relay kept.
    struct Found {
        QString identity;
        QString device;
        QString name;
        QString relay;
        QString verifier;
        bool verified = false;
    };
    auto found = askStore<Result<Found>>(*host, &gate, [](store::Store& store) -> Result<Found> {
        auto profile = sync::SyncProfile::load(store);
        if (!profile)
            return tl::unexpected(profile.error());
        auto self = store.people().self();
        if (!self || !self->has_value())
            return fail(QStringLiteral("test"), ErrorCode::NotFound, QStringLiteral("no self"));
        auto relay = profile->relayUrl();
        auto pinned = sync::pinnedVerifier(store);
        if (!relay || !pinned || !pinned->has_value())
            return fail(QStringLiteral("test"), ErrorCode::NotFound, QStringLiteral("no relay or verifier"));
        return Found{profile->identity().publicKey().toHex(),
                     profile->device().deviceId().toHex(),
                     (*self)->displayName,
                     *relay,
                     (**pinned).key.toHex(),
                     (*self)->verified};
    });
    REQUIRE(found.has_value());
    INFO((*found ? QString() : found->error().message).toStdString());
    REQUIRE(*found);
    CHECK((*found)->identity == identity);
    CHECK((*found)->device == device);
    CHECK((*found)->name == QStringLiteral("Dr. Amara Okafor"));
    CHECK((*found)->verified); // attested by the pinned verifier: the badge beside her own cases
    CHECK((*found)->relay == world.url);
    CHECK((*found)->verifier == firstLine(world.path(QStringLiteral("verifier/verifier.pub"))));

    // It signs in at the relay as her device.
    auto syncing = std::make_unique<SyncController>(*host, QUrl(), quickSyncTimings());
    REQUIRE(pumpUntil([&] { return syncing->state() == SyncState::Online; }, 20000));
    syncing.reset();
    host.reset();

    // And it opens again with the new passphrase.
    auto reopened = store::ProfileVault(folder).unlock(crypto::SecretBytes::fromUtf8(kNewPassphrase));
    INFO((reopened ? QString() : reopened.error().message).toStdString());
    CHECK(reopened.has_value());

    // Another computer tries while the relay process is down: said, and nothing left there.
    world.relay.reset();
    const QString another = world.path(QStringLiteral("profiles-2/default"));
    ProfileController secondController(another, kQuickArgon2, std::chrono::milliseconds(1));
    ProfileGate second(secondController, QStringLiteral("default"));
    second.setDefaultRelay(world.url);
    second.resize(900, 860);
    second.show();
    second.setupPage()->restoreButton()->click();
    fillRestorePage(*second.restorePage(), world.url, recoveryKey, world.path(QStringLiteral("verifier")));
    restoreAndWait(secondController, *second.restorePage());
    CHECK(second.restorePage()->statusText().contains(QStringLiteral("cannot be reached")));
    CHECK_FALSE(QDir(another).exists());
}

TEST_CASE("restoring says when the relay is down or silent, can be cancelled, and leaves no profile behind",
          "[ui][account][integration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString verifier = dir.filePath(QStringLiteral("verifier"));
    REQUIRE(crypto::VerifierDirectory::initialise(verifier));
    // The profiles folder exists and holds another file: only what the restore made goes.
    const QString folder = dir.filePath(QStringLiteral("profiles/default"));
    REQUIRE(QDir().mkpath(folder));
    QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("kept");
    other.close();

    ProfileController controller(folder, kQuickArgon2, std::chrono::milliseconds(1));
    ProfileGate gate(controller, QStringLiteral("default"));
    gate.resize(900, 860);
    gate.show();
    gate.setupPage()->restoreButton()->click();
    RestoreProfilePage& page = *gate.restorePage();
    CHECK(page.relayField()->text().isEmpty()); // the app knows no relay: nothing proposed
    const QString key = crypto::RecoveryKey::generate().toDisplayString();
    const auto leftInFolder = [&] {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    };

    // A closed port on loopback: the relay cannot be reached.
    fillRestorePage(page, QStringLiteral("http://127.0.0.1:9"), key, verifier);
    restoreAndWait(controller, page);
    CHECK(page.statusText().contains(QStringLiteral("cannot be reached")));
    CHECK(leftInFolder() == QStringList{QStringLiteral("notes.txt")});
    saveScreenshot(gate, QStringLiteral("restore-profile-relay-down"));

    // Not an address at all.
    fillRestorePage(page, QStringLiteral("http://"), key, verifier);
    restoreAndWait(controller, page);
    CHECK(page.statusText().contains(QStringLiteral("not a relay address")));

    // A relay that accepts the connection and never answers: busy, then Cancel.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    fillRestorePage(page, QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), key, verifier);
    page.restoreButton()->click();
    REQUIRE(controller.isBusy());
    CHECK(page.cancelButton()->isVisible());
    CHECK(page.cancelButton()->isEnabled());
    CHECK_FALSE(page.restoreButton()->isEnabled());
    CHECK_FALSE(page.backButton()->isEnabled());
    CHECK(page.statusText().contains(QStringLiteral("Looking for your key backup")));
    saveScreenshot(gate, QStringLiteral("restore-profile-busy"));
    page.cancelButton()->click();
    CHECK_FALSE(controller.isBusy());
    CHECK(page.statusText().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(page.cancelButton()->isVisible());
    CHECK(page.restoreButton()->isEnabled());
    CHECK(leftInFolder() == QStringList{QStringLiteral("notes.txt")});
    QTest::qWait(200); // a late answer of the cancelled run changes nothing
    CHECK(page.statusText().contains(QStringLiteral("cancelled")));

    // Translated, the longer sentences (German's most of all) still fit the column.
    for (const auto& [language, name, unreachable] :
         {std::tuple{QLocale::French, "fr", "injoignable"}, std::tuple{QLocale::Spanish, "es", "No se puede conectar"},
          std::tuple{QLocale::German, "de", "nicht erreichbar"}}) {
        INFO(name);
        Translators translators;
        REQUIRE(translators.install(QLocale(language), {QStringLiteral(CONSILIUM_QM_DIR)}));
        const QString translatedFolder = dir.filePath(QStringLiteral("profiles/") + QLatin1String(name));
        ProfileController translatedController(translatedFolder, kQuickArgon2, std::chrono::milliseconds(1));
        ProfileGate translated(translatedController, QStringLiteral("default"));
        translated.resize(900, 860);
        translated.show();
        translated.setupPage()->restoreButton()->click();
        RestoreProfilePage& translatedPage = *translated.restorePage();
        fillRestorePage(translatedPage, QStringLiteral("http://127.0.0.1:9"), key, verifier);
        restoreAndWait(translatedController, translatedPage);
        CHECK(translatedPage.statusText().contains(QString::fromUtf8(unreachable)));
        CHECK_FALSE(QDir(translatedFolder).exists());
        saveScreenshot(translated, QStringLiteral("restore-profile-relay-down-") + QLatin1String(name));
        // Every wrapped label shows its whole text: none is cut by its neighbour.
        for (const QLabel* label : translatedPage.findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            INFO(label->text().toStdString());
            CHECK(label->height() >= label->heightForWidth(label->width()));
        }
        // The setup page's two links fit its column whole.
        for (const QPushButton* link :
             {translated.setupPage()->linkButton(), translated.setupPage()->restoreButton()}) {
            INFO(link->text().toStdString());
            CHECK(link->width() >= link->sizeHint().width());
        }
    }

    // A profile already there is never touched.
    const QString existing = dir.filePath(QStringLiteral("profiles/existing"));
    REQUIRE(store::ProfileVault(existing).create(crypto::SecretBytes::copyOf(kPassphrase), kQuickArgon2));
    const QStringList before = QDir(existing).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    ProfileController existingController(existing, kQuickArgon2, std::chrono::milliseconds(1));
    QSignalSpy refused(&existingController, &ProfileController::restoreFailed);
    auto state = crypto::VerifierDirectory::readPublicState(verifier);
    REQUIRE(state);
    existingController.restore(QStringLiteral("http://127.0.0.1:9"), key, *state,
                               crypto::SecretBytes::fromUtf8(kNewPassphrase));
    REQUIRE(refused.count() == 1);
    CHECK(refused.first().first().toString().contains(QStringLiteral("already exists")));
    CHECK(QDir(existing).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == before);
}
