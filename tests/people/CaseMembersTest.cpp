// "Shared with" on the case page, as a user drives it: a verifier, a consilium-relay process on
// loopback and three colleagues made by consilium-cli. Dr. Amara Okafor's profile is opened
// in-process as the app opens it (StoreHost, SyncController, CasePage with ui/people's
// CaseMembersPanel); she adds Dr. Cy Tan to a case shared with Dr. Ben Ito through Add People…,
// Cy's computer (in-process too) receives the case, decrypts its image and sees Add People…
// disabled with the reason, then Amara removes Ben through Remove from Case… and Cy's section
// follows. A case kept on this computer says so. Screenshots to $CONSILIUM_SCREENSHOT_DIR (or
// <build>/tests/people/screenshots).

#include "core/store/ProfileVault.h"
#include "core/store/StoreHost.h"
#include "core/sync/LocalCase.h"
#include "tests/support/ClinicianWorld.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/StoreThreadSupport.h"
#include "ui/feed/CasePage.h"
#include "ui/feed/CommentThreadModel.h"
#include "ui/people/AddCaseMembersDialog.h"
#include "ui/people/CaseMembersPanel.h"
#include "ui/people/ContactChecklist.h"
#include "ui/sync/SyncController.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::askStore;
using consilium::test::pumpUntil;
using consilium::test::quickSyncTimings;

namespace {

void saveScreenshot(QWidget& widget, const QString& name)
{
    QTest::qWait(100);
    test::saveScreenshot(widget, name);
}

struct World : test::ClinicianWorld {
    [[nodiscard]] QString profile(const QString& name) const { return path(QStringLiteral("profile-") + name); }

    QString sync(const QString& name, QStringList arguments) { return syncIn(profile(name), std::move(arguments)); }

    QString keyOf(const QString& name)
    {
        const QString out = sync(name, {QStringLiteral("whoami")});
        return out.section(u'\n', 0, 0).section(u':', 1).trimmed();
    }
};

/// One computer as the app opens it: the store on its thread, sync, the case page with its
/// "Shared with" section wired as MainWindow wires it.
struct Computer {
    std::unique_ptr<store::StoreHost> host;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<CasePage> page;
    CaseMembersPanel* members = nullptr;

    Computer(World& world, const QString& name)
    {
        auto opened =
            store::ProfileVault(world.profile(name)).unlock(crypto::SecretBytes::copyOf(test::kWorldPassphrase));
        REQUIRE(opened.has_value());
        host = std::make_unique<store::StoreHost>(std::move(*opened));
        sync = std::make_unique<SyncController>(*host, QUrl(), quickSyncTimings());
        REQUIRE(pumpUntil([&] { return sync->state() == SyncState::Online; }, 20000));
        page = std::make_unique<CasePage>(*host);
        page->setCommentWriter(sync->commentWriter());
        members = new CaseMembersPanel(*host, page.get());
        members->setSyncController(sync.get());
        page->setSharingPanel(members);
        QObject::connect(page.get(), &CasePage::presented, members, &CaseMembersPanel::setCase);
        QObject::connect(sync.get(), &SyncController::received, page.get(), [this] {
            if (page->isLoaded())
                page->reload();
        });
        page->resize(1100, 760);
        page->show();
    }

    ~Computer()
    {
        page.reset();
        sync.reset();
        host.reset();
    }

    /// Opens the case once its manifest is in this store; waits for its members.
    void open(const QUuid& caseId)
    {
        bool present = false;
        REQUIRE(pumpUntil(
            [&] {
                bool answered = false;
                host->run(
                    page.get(), [caseId](store::Store& store) { return store.cases().find(caseId); },
                    [&](Result<std::optional<cases::Case>> found) {
                        present = found && found->has_value();
                        answered = true;
                    });
                pumpUntil([&] { return answered; }, 5000);
                return present;
            },
            30000));
        page->showCase(caseId);
        REQUIRE(pumpUntil([&] { return page->isLoaded() && members->isLoaded(); }));
    }

    [[nodiscard]] QStringList names() const
    {
        QStringList shown;
        for (int row = 0; row < members->memberList()->count(); ++row)
            shown << members->memberList()->item(row)->text();
        return shown;
    }

    void select(const QString& name) const
    {
        const auto found = members->memberList()->findItems(name, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        members->memberList()->setCurrentItem(found.first());
    }
};

} // namespace

TEST_CASE("the case page shows who can read a case and its owner adds and removes people", "[ui][people][integration]")
{
    World world;
    world.createClinician(QStringLiteral("amara"), world.profile(QStringLiteral("amara")),
                          QStringLiteral("Dr. Amara Okafor"));
    world.createClinician(QStringLiteral("ben"), world.profile(QStringLiteral("ben")), QStringLiteral("Dr. Ben Ito"));
    world.createClinician(QStringLiteral("cy"), world.profile(QStringLiteral("cy")), QStringLiteral("Dr. Cy Tan"));
    const QString amaraKey = world.keyOf(QStringLiteral("amara"));
    const QString benKey = world.keyOf(QStringLiteral("ben"));
    const QString cyKey = world.keyOf(QStringLiteral("cy"));
    for (const QString& other : {benKey, cyKey})
        world.sync(QStringLiteral("amara"), {QStringLiteral("add-contact"), other});
    world.sync(QStringLiteral("ben"), {QStringLiteral("add-contact"), amaraKey});
    world.sync(QStringLiteral("cy"), {QStringLiteral("add-contact"), amaraKey});
    for (const QString& name : {QStringLiteral("amara"), QStringLiteral("ben"), QStringLiteral("cy")})
        world.sync(name, {QStringLiteral("pull")});
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    const QString photo = world.path(QStringLiteral("wrist.png"));
    REQUIRE(image.save(photo));
    QFile json(world.path(QStringLiteral("case.json")));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"title": "Scaphoid", "question": "Occult fracture?", "specialty": "radiology"})");
    json.close();
    const QUuid caseId(
        world.sync(QStringLiteral("amara"), {QStringLiteral("publish"), QStringLiteral("--case-json"), json.fileName(),
                                             QStringLiteral("--to"), benKey, QStringLiteral("--attach"), photo}));
    REQUIRE_FALSE(caseId.isNull());
    world.sync(QStringLiteral("ben"), {QStringLiteral("pull")});
    world.sync(QStringLiteral("ben"),
               {QStringLiteral("comment"), QStringLiteral("--case"), caseId.toString(QUuid::WithoutBraces),
                QStringLiteral("--text"), QStringLiteral("A scaphoid series would help")});
    world.sync(QStringLiteral("amara"), {QStringLiteral("pull")});
    world.sync(QStringLiteral("amara"),
               {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("Hand board")});
    for (const QString& member : {benKey, cyKey})
        world.sync(QStringLiteral("amara"),
                   {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Hand board"), member});

    // Amara's case page: herself as the owner, then Ben, whose safety number she compared.
    Computer amara(world, QStringLiteral("amara"));
    bool verified = false;
    amara.host->run(
        amara.page.get(),
        [benKey](store::Store& store) {
            return store.people().setVerified(QByteArray::fromHex(benKey.toLatin1()), true,
                                              QDateTime::currentDateTimeUtc());
        },
        [&](Result<void> done) {
            REQUIRE(done.has_value());
            verified = true;
        });
    REQUIRE(pumpUntil([&] { return verified; }));
    amara.open(caseId);
    CHECK(amara.names() == QStringList{QStringLiteral("You"), QStringLiteral("Dr. Ben Ito")});
    CHECK(amara.members->memberList()->item(0)->data(Qt::AccessibleTextRole).toString()
          == QStringLiteral("You, Owner"));
    CHECK(amara.members->memberList()->item(1)->data(Qt::AccessibleTextRole).toString()
          == QStringLiteral("Dr. Ben Ito, Member, verified"));
    CHECK(amara.members->memberList()->accessibleName() == QStringLiteral("People who can read this case"));
    REQUIRE(amara.members->addButton()->isVisible());
    CHECK(amara.members->addButton()->isEnabled());
    CHECK(amara.members->addButton()->text().contains(u'&'));
    // Nobody selected, or herself: nothing to remove, and the button says why.
    CHECK_FALSE(amara.members->removeButton()->isEnabled());
    amara.select(QStringLiteral("You"));
    CHECK_FALSE(amara.members->removeButton()->isEnabled());
    CHECK(amara.members->removeButton()->toolTip().contains(QStringLiteral("yourself")));
    CHECK(amara.members->askRemoveSelected() == nullptr);
    saveScreenshot(*amara.page, QStringLiteral("case-members-owner"));

    // Add People… (its button's mnemonic, Alt+A): Ben already has access; the group's members are
    // ticked at once, which leaves Cy; Cy is added.
    CHECK_FALSE(amara.members->addButton()->toolTip().isEmpty());
    AddCaseMembersDialog* dialog = amara.members->openAddDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(pumpUntil([&] { return dialog->isLoaded(); }));
    ContactChecklist* contacts = dialog->contacts();
    REQUIRE(contacts->count() == 2);
    CHECK_FALSE(dialog->addButton()->isEnabled());
    for (int row = 0; row < contacts->count(); ++row) {
        QListWidgetItem* item = contacts->item(row);
        CHECK(item->checkState()
              == (item->text().startsWith(QStringLiteral("Dr. Ben Ito")) ? Qt::Checked : Qt::Unchecked));
        if (item->text().startsWith(QStringLiteral("Dr. Ben Ito"))) {
            CHECK(item->text().contains(QStringLiteral("already has access")));
            CHECK_FALSE(item->flags().testFlag(Qt::ItemIsEnabled));
        }
    }
    REQUIRE(dialog->groups()->count() == 1);
    CHECK(dialog->groups()->currentText().startsWith(QStringLiteral("Hand board")));
    dialog->selectGroupButton()->click();
    REQUIRE(contacts->checkedIdentities().size() == 1);
    // Again: nobody new, and the dialog says so.
    dialog->selectGroupButton()->click();
    CHECK(dialog->status()->text().contains(QStringLiteral("ticked already")));
    CHECK(dialog->addButton()->isEnabled());
    saveScreenshot(*dialog, QStringLiteral("case-members-add-dialog"));
    QSignalSpy added(dialog, &AddCaseMembersDialog::added);
    dialog->addButton()->click();
    REQUIRE(pumpUntil([&] { return !added.isEmpty(); }, 20000));
    CHECK(added.first().first().toInt() == 1);
    REQUIRE(pumpUntil([&] { return amara.names().size() == 3; }));
    CHECK(amara.names().contains(QStringLiteral("Dr. Cy Tan")));
    REQUIRE(pumpUntil([&] { return amara.sync->waiting() == 0; }, 30000));

    // Cy's computer receives the case with its history and decrypts the image; as a member, Cy
    // may not add anyone, and the button says why.
    Computer cy(world, QStringLiteral("cy"));
    cy.open(caseId);
    REQUIRE(pumpUntil([&] { return cy.page->thread()->rowCount() == 1; }, 30000));
    CHECK(cy.names()
          == QStringList{QStringLiteral("Dr. Amara Okafor"), QStringLiteral("You"), QStringLiteral("Dr. Ben Ito")});
    CHECK_FALSE(cy.members->addButton()->isEnabled());
    CHECK(cy.members->addButton()->toolTip().contains(QStringLiteral("you are a member")));
    CHECK(cy.members->openAddDialog() == nullptr);
    QSignalSpy images(cy.page.get(), &CasePage::imagesReady);
    REQUIRE(pumpUntil([&] { return cy.page->viewImagesButton()->isEnabled(); }, 30000));
    cy.page->viewImages();
    REQUIRE(pumpUntil([&] { return !images.isEmpty(); }, 20000));
    const QStringList paths = images.first().first().toStringList();
    REQUIRE(paths.size() == 1);
    CHECK(QImage(paths.first()).pixelColor(10, 10) == QColor(30, 120, 200));
    saveScreenshot(*cy.page, QStringLiteral("case-members-member"));

    // Amara removes Ben after a confirmation that says what happens; Cy's section follows.
    // Cancel (the default) changes nothing; Delete on the list asks too.
    amara.select(QStringLiteral("Dr. Ben Ito"));
    REQUIRE(amara.members->removeButton()->isEnabled());
    auto* cancelled = qobject_cast<QMessageBox*>(amara.members->askRemoveSelected());
    REQUIRE(cancelled != nullptr);
    QTest::keyClick(cancelled, Qt::Key_Escape);
    REQUIRE(pumpUntil([&] { return !cancelled->isVisible(); }));
    QTest::qWait(200);
    CHECK(amara.names().size() == 3);
    amara.members->memberList()->setFocus();
    QTest::keyClick(amara.members->memberList(), Qt::Key_Delete);
    QMessageBox* asked = amara.members->findChild<QMessageBox*>(QStringLiteral("removeFromCaseQuestion"));
    REQUIRE(asked != nullptr);
    asked->reject();
    QTest::qWait(50);
    // The context menu offers the same, with the same state.
    Q_EMIT amara.members->memberList()->customContextMenuRequested(QPoint(20, 10));
    auto* menu = amara.members->findChild<QMenu*>(QStringLiteral("caseMemberMenu"));
    REQUIRE(menu != nullptr);
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions().first()->isEnabled());
    menu->close();
    QTest::qWait(50);
    auto* question = qobject_cast<QMessageBox*>(amara.members->askRemoveSelected());
    REQUIRE(question != nullptr);
    CHECK(question->informativeText().contains(QStringLiteral("keeps what they already downloaded")));
    CHECK(question->defaultButton() != question->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton")));
    saveScreenshot(*question, QStringLiteral("case-members-remove-question"));
    question->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"))->click();
    REQUIRE(pumpUntil([&] { return amara.names().size() == 2; }, 20000));
    CHECK_FALSE(amara.names().contains(QStringLiteral("Dr. Ben Ito")));
    REQUIRE(pumpUntil([&] { return cy.names().size() == 2; }, 30000));
    CHECK(cy.names() == QStringList{QStringLiteral("Dr. Amara Okafor"), QStringLiteral("You")});

    // A case kept on this computer only.
    sync::CaseDraft draft;
    draft.title = QStringLiteral("Private notes");
    bool stored = false;
    QUuid local;
    amara.host->run(
        amara.page.get(), [draft](store::Store& store) { return sync::storeCaseLocally(store, draft); },
        [&](Result<QUuid> id) {
            REQUIRE(id.has_value());
            local = *id;
            stored = true;
        });
    REQUIRE(pumpUntil([&] { return stored; }));
    amara.open(local);
    CHECK(amara.names().isEmpty());
    CHECK(amara.members->note()->text().contains(QStringLiteral("Only on this computer")));
    CHECK_FALSE(amara.members->addButton()->isVisible());
    saveScreenshot(*amara.page, QStringLiteral("case-members-local"));
}
