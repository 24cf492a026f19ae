// ui/people as a user drives it. Two colleagues' profiles are made by consilium-cli (identity,
// credential from a local verifier, registered with a consilium-relay on loopback); the app's
// side runs in-process as MainWindow runs it: a StoreHost per profile with a SyncController, and
// the People, Groups and Devices pages over them.

#include "core/crypto/InviteCode.h"
#include "core/crypto/SafetyNumber.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "tests/relay/RelayProcess.h"
#include "tests/support/TestSupport.h"
#include "ui/common/QrCode.h"
#include "ui/people/AddContactDialog.h"
#include "ui/people/ContactDetail.h"
#include "ui/people/ContactListModel.h"
#include "ui/people/DevicesPage.h"
#include "ui/people/GroupsPage.h"
#include "ui/people/InviteDialog.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/SafetyNumberView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SyncPage.h"
#include "ui/sync/SyncController.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;

namespace {

// As tests/support/GuiTestSupport.h's (which cannot be included beside RelayProcess.h: both
// define pumpUntil): $CONSILIUM_SCREENSHOT_DIR or the target's folder.
void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString fromEnvironment = qEnvironmentVariable("CONSILIUM_SCREENSHOT_DIR");
    const QDir dir(fromEnvironment.isEmpty() ? QStringLiteral(CONSILIUM_DEFAULT_SCREENSHOT_DIR) : fromEnvironment);
    REQUIRE(QDir().mkpath(dir.path()));
    const QPixmap shot = widget.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(dir.filePath(name + QStringLiteral(".png"))));
}

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QDir(test::binDir()).filePath(QStringLiteral("consilium-cli")), arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// A verifier, a relay, and clinicians made by consilium-cli; each opened in-process like the app.
struct World {
    QTemporaryDir dir;
    std::unique_ptr<test::RelayProcess> relay;
    QString url;

    World()
    {
        REQUIRE(dir.isValid());
        REQUIRE(crypto::VerifierDirectory::initialise(path(QStringLiteral("verifier"))));
        QFile file(path(QStringLiteral("passphrase")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kPassphrase + '\n');
        file.close();
        relay = std::make_unique<test::RelayProcess>(
            path(QStringLiteral("relay")), QStringLiteral("127.0.0.1:0"),
            QStringList{QStringLiteral("--verifier-key"), path(QStringLiteral("verifier/verifier.pub"))});
        url = relay->waitUntilListening();
        REQUIRE_FALSE(url.isEmpty());
    }

    [[nodiscard]] QString path(const QString& name) const { return dir.filePath(name); }
    [[nodiscard]] QString profile(const QString& name) const { return path(QStringLiteral("profile-") + name); }

    // `consilium-cli sync ACTION … --profile NAME`, which must succeed; its output.
    QString sync(const QString& name, QStringList arguments)
    {
        arguments.prepend(QStringLiteral("sync"));
        arguments << QStringLiteral("--profile") << profile(name) << QStringLiteral("--passphrase-file")
                  << path(QStringLiteral("passphrase"));
        const Run run = cli(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    }

    void addClinician(const QString& name, const QString& fullName, const QString& specialty)
    {
        const QString ids = path(QStringLiteral("id-") + name);
        REQUIRE(cli({QStringLiteral("identity"), QStringLiteral("new"), ids}).exitCode == 0);
        const QString credential = path(name + QStringLiteral(".cred"));
        const Run issued =
            cli({QStringLiteral("verifier"),       QStringLiteral("issue"),
                 QStringLiteral("--dir"),          path(QStringLiteral("verifier")),
                 QStringLiteral("--name"),         fullName,
                 QStringLiteral("--profession"),   QStringLiteral("physician"),
                 QStringLiteral("--specialty"),    specialty,
                 QStringLiteral("--jurisdiction"), QStringLiteral("FR"),
                 QStringLiteral("--licence"),      QStringLiteral("10-") + name,
                 QStringLiteral("--expires"),      QDate::currentDate().addYears(1).toString(Qt::ISODate),
                 QStringLiteral("--identity"),     ids + QStringLiteral("/identity.pub"),
                 QStringLiteral("--out"),          credential});
        INFO(issued.err.toStdString());
        REQUIRE(issued.exitCode == 0);
        const QStringList profileOptions{QStringLiteral("--passphrase-file"), path(QStringLiteral("passphrase"))};
        const Run created = cli(QStringList{QStringLiteral("sync"), QStringLiteral("init-profile"), profile(name),
                                            QStringLiteral("--name"), fullName, QStringLiteral("--credential"),
                                            credential, QStringLiteral("--verifier"), path(QStringLiteral("verifier")),
                                            QStringLiteral("--identity"), ids, QStringLiteral("--profession"),
                                            QStringLiteral("physician"), QStringLiteral("--specialty"), specialty,
                                            QStringLiteral("--argon2"), QStringLiteral("1,8192")}
                                + profileOptions);
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        const Run registered =
            cli(QStringList{QStringLiteral("sync"), QStringLiteral("register"), QStringLiteral("--relay"), url,
                            QStringLiteral("--profile"), profile(name)}
                + profileOptions);
        INFO(registered.err.toStdString());
        REQUIRE(registered.exitCode == 0);
    }
};

// One colleague's profile as the app opens it.
struct Colleague {
    std::unique_ptr<store::StoreHost> host;
    std::unique_ptr<SyncController> sync;

    explicit Colleague(const QString& folder)
    {
        auto store = store::ProfileVault(folder).unlock(crypto::SecretBytes::copyOf(kPassphrase));
        REQUIRE(store.has_value());
        host = std::make_unique<store::StoreHost>(std::move(*store));
        SyncTimings timings;
        timings.period = std::chrono::milliseconds(1000);
        timings.firstRetry = std::chrono::milliseconds(200);
        timings.maxRetry = std::chrono::milliseconds(1000);
        sync = std::make_unique<SyncController>(*host, QUrl(), timings);
        REQUIRE(pumpUntil([&] { return sync->state() == SyncState::Online; }, 20000));
    }
    ~Colleague()
    {
        sync.reset();
        host.reset();
    }
};

// The digit blocks a SafetyNumberView shows on screen (not merely holds).
int visibleBlocks(const SafetyNumberView& view)
{
    int visible = 0;
    for (const QLabel* label : view.findChildren<QLabel*>()) {
        if (label->text().size() == 5 && label->isVisible())
            ++visible;
    }
    return visible;
}

QString inviteOf(PeoplePage& page)
{
    InviteDialog* dialog = page.showInvite();
    REQUIRE(pumpUntil([&] { return !dialog->code().isEmpty() || !dialog->statusLabel()->text().contains(u'…'); }));
    INFO(dialog->statusLabel()->text().toStdString());
    REQUIRE_FALSE(dialog->code().isEmpty());
    const QString code = dialog->code();
    dialog->close();
    return code;
}

// Pastes `code` into People › Add Contact and clicks Add; returns the dialog's last words.
QString addFromCode(PeoplePage& page, const QString& code, bool expectAdded)
{
    AddContactDialog* dialog = page.addContact();
    QPointer<AddContactDialog> alive(dialog);
    dialog->codeEdit()->setPlainText(code);
    if (!expectAdded && !dialog->addButton()->isEnabled())
        return dialog->statusLabel()->text();
    REQUIRE(dialog->addButton()->isEnabled());
    dialog->addButton()->click();
    if (expectAdded) {
        REQUIRE(pumpUntil([&] { return alive.isNull(); }, 20000)); // closes itself once added
        return {};
    }
    REQUIRE(pumpUntil([&] { return dialog->statusLabel()->text().startsWith(QStringLiteral("Not added")); }, 20000));
    const QString text = dialog->statusLabel()->text();
    dialog->close();
    return text;
}

} // namespace

TEST_CASE("QR codes: smallest version that fits, quiet zone, finder patterns, refusal when too long", "[ui][people]")
{
    const QrCode small = QrCode::encode(QByteArrayLiteral("HELLO"));
    REQUIRE_FALSE(small.isNull());
    CHECK(small.size() == 21); // version 1
    // The three finder patterns: dark 7x7 rings at three corners, light separator beside them.
    for (const auto& [x, y] : {std::pair{0, 0}, std::pair{14, 0}, std::pair{0, 14}}) {
        CHECK(small.isDark(x, y));
        CHECK(small.isDark(x + 6, y + 6));
        CHECK_FALSE(small.isDark(x + 1, y + 1));
        CHECK(small.isDark(x + 3, y + 3));
    }
    CHECK_FALSE(small.isDark(7, 7));
    const QImage image = small.toImage(4);
    CHECK(image.size() == QSize((21 + 8) * 4, (21 + 8) * 4));
    CHECK(image.pixelColor(0, 0) == QColor(Qt::white)); // quiet zone
    CHECK(image.pixelColor(16, 16) == QColor(Qt::black)); // first module of the top-left finder
    CHECK(small.scaleFor(168) == 168 / 29);

    const QrCode invite = QrCode::encode(QByteArray(330, 'x'));
    REQUIRE_FALSE(invite.isNull());
    CHECK(invite.size() > 21);
    CHECK(QrCode::encode(QByteArray(4000, 'x')).isNull());
    CHECK(QrCode::encode({}).isNull());
    CHECK(QrCode().toImage(3).isNull());
}

TEST_CASE("the contact list model is a well-behaved item model", "[ui][people]")
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cases::Person jane{QByteArray(32, 'a'), QStringLiteral("Dr. Jane Roe"), QStringLiteral("physician"),
                       QStringLiteral("radiology")};
    cases::Person rick{QByteArray(32, 'b'), QStringLiteral("Rick Doe"), QStringLiteral("nurse"), QString()};
    rick.verified = true;
    model.setContacts({{jane, 2}, {rick, 1}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0)).toString() == QStringLiteral("Dr. Jane Roe"));
    CHECK(model.data(model.index(0), ContactListModel::ProfessionRole).toString()
          == QStringLiteral("physician · radiology"));
    CHECK(model.data(model.index(1), ContactListModel::ProfessionRole).toString() == QStringLiteral("nurse"));
    CHECK(model.data(model.index(1), ContactListModel::SafetyVerifiedRole).toBool());
    CHECK(model.data(model.index(0), ContactListModel::DeviceCountRole).toInt() == 2);
    CHECK(model.rowOf(QByteArray(32, 'b')) == 1);
    CHECK(model.rowOf(QByteArray(32, 'c')) == -1);
    model.setContacts({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("two colleagues add each other from invitation codes, compare the same safety number and group",
          "[ui][people][integration]")
{
    World world;
    world.addClinician(QStringLiteral("amara"), QStringLiteral("Dr. Amara Okafor"), QStringLiteral("radiology"));
    world.addClinician(QStringLiteral("jonas"), QStringLiteral("Dr. Jonas Weber"), QStringLiteral("orthopaedics"));
    Colleague amara(world.profile(QStringLiteral("amara")));
    Colleague jonas(world.profile(QStringLiteral("jonas")));

    PeoplePage amaraPage(*amara.host, amara.sync.get());
    PeoplePage jonasPage(*jonas.host, jonas.sync.get());
    for (PeoplePage* page : {&amaraPage, &jonasPage}) {
        page->resize(1100, 700);
        page->show();
        REQUIRE(pumpUntil([&] { return page->isLoaded(); }));
        CHECK(page->model()->rowCount() == 0);
    }
    saveScreenshot(amaraPage, QStringLiteral("people-empty"));

    // 1. Amara's invitation: a code, a QR code and a copy button.
    InviteDialog* inviteDialog = amaraPage.showInvite();
    REQUIRE(pumpUntil([&] { return !inviteDialog->code().isEmpty(); }));
    const QString amaraCode = inviteDialog->code();
    CHECK(amaraCode.startsWith(QStringLiteral("consilium-invite:")));
    CHECK_FALSE(inviteDialog->qrImage().isNull());
    inviteDialog->copyButton()->click();
    CHECK(QApplication::clipboard()->text() == amaraCode);
    const auto parsed = crypto::InviteCode::parse(amaraCode, quint64(QDateTime::currentSecsSinceEpoch()));
    REQUIRE(parsed);
    CHECK(parsed->details().name == QStringLiteral("Dr. Amara Okafor"));
    CHECK(parsed->details().relayUrl == world.url);
    const QString inviteFile = world.path(QStringLiteral("amara.consilium-invite"));
    CHECK(inviteDialog->saveTo(inviteFile));
    saveScreenshot(*inviteDialog, QStringLiteral("people-invite-dialog"));
    inviteDialog->close();

    // 2. Jonas pastes a damaged code: told why, and Add stays off. His own code: refused too.
    QString damaged = amaraCode;
    damaged[40] = damaged[40] == u'Q' ? u'R' : u'Q';
    const QString damagedStatus = addFromCode(jonasPage, damaged, false);
    CHECK(damagedStatus.startsWith(QStringLiteral("This code cannot be used: invitation:")));
    const QString ownStatus = addFromCode(jonasPage, inviteOf(jonasPage), false);
    CHECK(ownStatus.contains(QStringLiteral("your own invitation code")));

    // 3. Jonas opens Amara's invitation file; the dialog previews it; Add adds her through the relay.
    {
        AddContactDialog* dialog = jonasPage.addContact();
        QPointer<AddContactDialog> alive(dialog);
        REQUIRE(dialog->loadFile(inviteFile));
        CHECK(dialog->statusLabel()->text().startsWith(QStringLiteral("Invitation from Dr. Amara Okafor (physician)")));
        REQUIRE(dialog->addButton()->isEnabled());
        saveScreenshot(*dialog, QStringLiteral("people-add-contact"));
        dialog->addButton()->click();
        REQUIRE(pumpUntil([&] { return alive.isNull(); }, 20000));
    }
    REQUIRE(pumpUntil([&] { return jonasPage.model()->rowCount() == 1; }));
    CHECK(jonasPage.model()->data(jonasPage.model()->index(0)).toString() == QStringLiteral("Dr. Amara Okafor"));
    CHECK(jonasPage.model()->data(jonasPage.model()->index(0), ContactListModel::ProfessionRole).toString()
          == QStringLiteral("physician · radiology"));
    CHECK_FALSE(jonasPage.model()->data(jonasPage.model()->index(0), ContactListModel::SafetyVerifiedRole).toBool());

    // 4. And Amara adds Jonas from his code.
    addFromCode(amaraPage, inviteOf(jonasPage), true);
    REQUIRE(pumpUntil([&] { return amaraPage.model()->rowCount() == 1; }));

    // 5. The safety number: 60 digits in 12 blocks of 5, the same on both screens, QR codes equal.
    const QByteArray amaraKey = parsed->details().identityKey.bytes();
    const QByteArray jonasKey =
        amaraPage.model()->data(amaraPage.model()->index(0), ContactListModel::IdentityKeyRole).toByteArray();
    REQUIRE(amaraPage.selectContact(jonasKey));
    REQUIRE(jonasPage.selectContact(amaraKey));
    QString atAmara = amaraPage.detail()->safetyNumber()->text();
    const QString atJonas = jonasPage.detail()->safetyNumber()->text();
    CHECK(atAmara.size() == 60 + 11);
    CHECK(atAmara.split(u' ').size() == 12);
    CHECK(visibleBlocks(*amaraPage.detail()->safetyNumber()) == 12);
    CHECK(atAmara == atJonas);
    CHECK(amaraPage.detail()->safetyNumber()->qrImage() == jonasPage.detail()->safetyNumber()->qrImage());
    CHECK_FALSE(amaraPage.detail()->safetyNumber()->qrImage().isNull());
    CHECK(atAmara
          == crypto::SafetyNumber::betweenIdentities(*crypto::SigningPublicKey::fromBytes(amaraKey),
                                                     *crypto::SigningPublicKey::fromBytes(jonasKey))
                 .formatted());
    saveScreenshot(jonasPage, QStringLiteral("people-contact-not-verified"));

    // 6. Jonas marks it verified: the list and the detail say so, and it persists.
    REQUIRE(jonasPage.detail()->verifyButton()->text() == QStringLiteral("&Mark as Verified"));
    jonasPage.detail()->verifyButton()->click();
    REQUIRE(pumpUntil([&] {
        return jonasPage.model()->data(jonasPage.model()->index(0), ContactListModel::SafetyVerifiedRole).toBool();
    }));
    CHECK(jonasPage.detail()->verifyButton()->text() == QStringLiteral("&Clear Verification"));
    saveScreenshot(jonasPage, QStringLiteral("people-contact-verified"));

    // 7. Groups: Amara creates one, adds Jonas, then removes him (through the engine's rotation).
    GroupsPage groups(*amara.host, amara.sync.get());
    groups.resize(1000, 620);
    groups.show();
    REQUIRE(pumpUntil([&] { return groups.snapshot().contacts.size() == 1; }));
    CHECK_FALSE(groups.groupList()->isVisible()); // no empty list beside "No groups yet"
    pumpUntil([] { return false; }, 100); // the posted relayout after the list hid itself
    saveScreenshot(groups, QStringLiteral("groups-empty"));
    groups.createGroup(QStringLiteral("Hand surgery"));
    REQUIRE(pumpUntil([&] { return groups.groupList()->count() == 1; }));
    CHECK(groups.groupList()->isVisible());
    const QUuid groupId = groups.currentGroup();
    REQUIRE_FALSE(groupId.isNull());
    CHECK(groups.memberList()->topLevelItemCount() == 1);
    CHECK(groups.memberList()->topLevelItem(0)->text(0) == QStringLiteral("Dr. Amara Okafor (you)"));
    CHECK(groups.memberList()->topLevelItem(0)->text(2) == QStringLiteral("Owner"));
    groups.createGroup(QStringLiteral("hand SURGERY"));
    REQUIRE(pumpUntil([&] { return groups.statusLabel()->text().startsWith(QStringLiteral("The group was not")); }));
    CHECK(groups.statusLabel()->text().contains(QStringLiteral("exists")));
    groups.addMember(groupId, jonasKey);
    REQUIRE(pumpUntil([&] { return groups.memberList()->topLevelItemCount() == 2; }));
    CHECK(groups.memberList()->topLevelItem(1)->text(0) == QStringLiteral("Dr. Jonas Weber"));
    CHECK(groups.memberList()->topLevelItem(1)->text(2) == QStringLiteral("Member"));
    groups.memberList()->setCurrentItem(groups.memberList()->topLevelItem(1));
    saveScreenshot(groups, QStringLiteral("groups-members"));

    // 7b. Roles: Jonas selected, Change Role offers the three roles, his own checked; Admin.
    REQUIRE(groups.roleButton()->isEnabled());
    CHECK(groups.roleButton()->toolTip().contains(QStringLiteral("Dr. Jonas Weber")));
    CHECK(groups.roleButton()->accessibleName() == QStringLiteral("Change the selected member's role"));
    CHECK(groups.roleAction(cases::GroupRole::Member)->isChecked());
    CHECK_FALSE(groups.roleAction(cases::GroupRole::Owner)->toolTip().isEmpty());
    groups.roleButton()->menu()->popup(groups.roleButton()->mapToGlobal(groups.roleButton()->rect().bottomLeft()));
    REQUIRE(pumpUntil([&] { return groups.roleButton()->menu()->isVisible(); }));
    saveScreenshot(*groups.roleButton()->menu(), QStringLiteral("groups-role-menu"));
    groups.roleButton()->menu()->hide();
    groups.roleAction(cases::GroupRole::Admin)->trigger();
    REQUIRE(pumpUntil([&] { return groups.memberList()->topLevelItem(1)->text(2) == QStringLiteral("Admin"); }, 20000));
    CHECK(groups.statusLabel()->text() == QStringLiteral("Dr. Jonas Weber now has the role Admin in “Hand surgery”."));
    REQUIRE(groups.memberList()->currentItem() != nullptr); // still selected after the reload
    CHECK(groups.memberList()->currentItem()->text(0) == QStringLiteral("Dr. Jonas Weber"));
    CHECK(groups.roleAction(cases::GroupRole::Admin)->isChecked());
    saveScreenshot(groups, QStringLiteral("groups-roles"));
    // The only owner (Amara herself): neither role nor removal, each button saying why.
    groups.memberList()->setCurrentItem(groups.memberList()->topLevelItem(0));
    CHECK_FALSE(groups.roleButton()->isEnabled());
    CHECK(groups.roleButton()->toolTip()
          == QStringLiteral("You are the group's only owner: make another member an owner first"));
    CHECK_FALSE(groups.removeButton()->isEnabled());
    CHECK(groups.removeButton()->toolTip().startsWith(QStringLiteral("You cannot leave your own group")));
    // Refused by the engine too (as a call that bypasses the disabled button would be).
    groups.setMemberRole(groupId, amaraKey, cases::GroupRole::Member);
    REQUIRE(pumpUntil([&] { return groups.statusLabel()->text().startsWith(QStringLiteral("The role was not")); }));
    CHECK(groups.statusLabel()->text().contains(QStringLiteral("the last owner of group Hand surgery")));
    // The member list's context menu from the keyboard (Menu key) on Jonas's row.
    groups.memberList()->setCurrentItem(groups.memberList()->topLevelItem(1));
    // As Qt sends it: at the centre of the current row (the view's input method cursor rectangle).
    const QPoint rowCentre = groups.memberList()->visualItemRect(groups.memberList()->currentItem()).center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, rowCentre, groups.memberList()->mapToGlobal(rowCentre));
    QApplication::sendEvent(groups.memberList(), &menuKey);
    QMenu* memberMenu = groups.memberMenu();
    REQUIRE(pumpUntil([&] { return memberMenu->isVisible(); }));
    CHECK(memberMenu->actions().first()->menu() == groups.roleButton()->menu());
    CHECK(groups.memberList()->currentItem()->text(0) == QStringLiteral("Dr. Jonas Weber"));
    CHECK(memberMenu->actions().last()->isEnabled()); // Remove Member…
    saveScreenshot(*memberMenu, QStringLiteral("groups-member-menu"));
    memberMenu->hide();
    groups.removeMember(groupId, jonasKey);
    REQUIRE(pumpUntil([&] { return groups.memberList()->topLevelItemCount() == 1; }, 20000));
    CHECK(groups.statusLabel()->text() == QStringLiteral("Removed. 0 shared case(s) moved to a new key."));

    // 8. Devices: this profile's identity digits (its half of the safety number) and devices.
    DevicesPage devices(*amara.host, amara.sync.get());
    devices.resize(1000, 680);
    devices.show();
    REQUIRE(pumpUntil([&] { return devices.isLoaded(); }));
    REQUIRE(devices.deviceList()->topLevelItemCount() == 1);
    CHECK(devices.deviceList()->topLevelItem(0)->text(0) == QStringLiteral("This device"));
    CHECK(devices.deviceList()->topLevelItem(0)->text(1).size() == 64 + 15); // 16 groups, two lines
    const QString ownDigits = devices.identityDigits()->text().remove(u' ');
    CHECK(ownDigits.size() == 30);
    CHECK(visibleBlocks(*devices.identityDigits()) == 6);
    CHECK(atAmara.remove(u' ').contains(ownDigits)); // one half of every safety number
    CHECK_FALSE(devices.identityDigits()->qrImage().isNull());
    saveScreenshot(devices, QStringLiteral("devices"));

    // 9. Settings › Sync shows the relay and the cache; a bad address is refused.
    SettingsDialog settings(SettingsContext{world.profile(QStringLiteral("amara")), std::nullopt, {}});
    settings.setSyncController(amara.sync.get());
    settings.showPage(2);
    settings.show();
    SyncPage* syncPage = settings.syncPage();
    CHECK(syncPage->relayEdit()->text() == world.url);
    REQUIRE(pumpUntil([&] { return syncPage->relayStatus()->text().startsWith(QStringLiteral("Online")); }));
    REQUIRE(pumpUntil([&] { return syncPage->cacheStatus()->text().startsWith(QStringLiteral("The encrypted")); }));
    saveScreenshot(settings, QStringLiteral("settings-sync"));
    syncPage->relayEdit()->setText(QStringLiteral("relay without scheme"));
    syncPage->applyRelayButton()->click();
    CHECK(syncPage->relayStatus()->text().contains(QStringLiteral("is not a relay address")));

    // 10. "Keep new cases offline": Jonas turns it on; a case a third colleague (Cy, driven by
    // consilium-cli) publishes to him arrives already kept offline.
    world.addClinician(QStringLiteral("cy"), QStringLiteral("Dr. Cy Tan"), QStringLiteral("hand surgery"));
    addFromCode(jonasPage, world.sync(QStringLiteral("cy"), {QStringLiteral("invite")}), true);
    world.sync(QStringLiteral("cy"), {QStringLiteral("add-contact"), inviteOf(jonasPage)});
    SettingsDialog jonasSettings(SettingsContext{world.profile(QStringLiteral("jonas")), std::nullopt, {}});
    jonasSettings.setSyncController(jonas.sync.get());
    QCheckBox* pin = jonasSettings.syncPage()->pinNewCasesBox();
    REQUIRE(pumpUntil([&] { return pin->isEnabled(); }));
    CHECK_FALSE(pin->isChecked());
    pin->setChecked(true);
    std::optional<bool> stored;
    REQUIRE(pumpUntil([&] {
        jonas.sync->pinsNewCases(&jonasSettings, [&](Result<bool> value) { stored = value.value_or(false); });
        pumpUntil([&] { return stored.has_value(); }, 2000);
        return stored.value_or(false);
    }));
    // Jonas's introduction reaches Cy before Cy can wrap a case key to Jonas's device.
    REQUIRE(pumpUntil([&] { return jonas.sync->waiting() == 0 && jonas.sync->state() == SyncState::Online; }));
    world.sync(QStringLiteral("cy"), {QStringLiteral("pull")});
    QFile json(world.path(QStringLiteral("case.json")));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"title": "Mallet finger", "question": "Splint or pin?", "specialty": "hand surgery"})");
    json.close();
    const QUuid caseId(
        world.sync(QStringLiteral("cy"), {QStringLiteral("publish"), QStringLiteral("--case-json"), json.fileName(),
                                          QStringLiteral("--to"), QString::fromLatin1(jonasKey.toHex())}));
    REQUIRE_FALSE(caseId.isNull());
    std::optional<cases::Case> received;
    REQUIRE(pumpUntil(
        [&] {
            bool answered = false;
            jonas.host->run(
                &jonasPage, [caseId](store::Store& store) { return store.cases().find(caseId); },
                [&](Result<std::optional<cases::Case>> found) {
                    if (found && found->has_value())
                        received = **found;
                    answered = true;
                });
            pumpUntil([&] { return answered; }, 2000);
            return received.has_value();
        },
        30000));
    CHECK(received->title == QStringLiteral("Mallet finger"));
    CHECK(received->pinned);
}
