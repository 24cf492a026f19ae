// The publish wizard end to end, offscreen, over a real encrypted profile (initialiseProfile on
// a SQLCipher store on its StoreHost thread) and real make-samples studies: import folders,
// choose series, de-identify with core/deid (OCR finds the ultrasound's burned-in text), add a
// box and an arrow in the editor, describe (consent enforced), publish without a relay (stored
// locally), then decrypt what was stored and check no planted name survived. Drafts are saved
// at each step and resumed from the drafts page.

#include "core/annotation/AnnotationJson.h"
#include "core/dicom/InstanceSummary.h"
#include "core/samples/SampleGenerator.h"
#include "core/store/ProfileSetup.h"
#include "core/store/Store.h"
#include "core/store/StoreHost.h"
#include "tests/support/GuiTestSupport.h"
#include "ui/compose/AudiencePage.h"
#include "ui/compose/ComposeController.h"
#include "ui/compose/ComposeSession.h"
#include "ui/compose/ComposeWizard.h"
#include "ui/compose/DeidPage.h"
#include "ui/compose/DescribePage.h"
#include "ui/compose/DraftsPage.h"
#include "ui/compose/ImportPage.h"
#include "ui/compose/PublishPage.h"
#include "ui/compose/ReviewPage.h"
#include "ui/compose/SelectPage.h"
#include "ui/editor/AnnotationCommands.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/EditorWindow.h"
#include "ui/editor/RedactionReview.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

namespace {

// A profile as the app makes one, and the make-samples studies beside it.
struct Fixture {
    QTemporaryDir dir;
    QString samples;
    std::unique_ptr<store::StoreHost> host;

    Fixture()
    {
        REQUIRE(dir.isValid());
        samples = dir.filePath(QStringLiteral("samples"));
        REQUIRE(samples::generateSamples(samples, {}).has_value());
        auto store = store::Store::open(dir.filePath(QStringLiteral("profile")), QByteArray(32, '\x42'));
        REQUIRE(store.has_value());
        REQUIRE(store::initialiseProfile(**store, {QStringLiteral("Dr. Test Author"), QStringLiteral("Physician"),
                                                   QStringLiteral("Radiology")})
                    .has_value());
        host = std::make_unique<store::StoreHost>(std::move(*store));
    }

    [[nodiscard]] QString sample(const QString& relative) const { return QDir(samples).filePath(relative); }

    template <typename Work>
    auto onStore(Work work)
    {
        using Value = std::invoke_result_t<Work&, store::Store&>;
        std::optional<Value> value;
        QObject receiver;
        host->run(&receiver, std::move(work), [&](Value result) { value = std::move(result); });
        REQUIRE(pumpUntil([&] { return value.has_value(); }, 30000));
        return std::move(*value);
    }
};

QAbstractButton* nextButton(QWizard& wizard)
{
    return wizard.button(QWizard::NextButton);
}

// Clicks Next as a user would, once the page allows it.
void clickNext(QWizard& wizard, int timeoutMs = 120000)
{
    const int from = wizard.currentId();
    INFO("page " << from);
    REQUIRE(pumpUntil([&] { return nextButton(wizard)->isEnabled(); }, timeoutMs));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    REQUIRE(wizard.currentId() == from + 1);
}

void shoot(QWizard& wizard, const QString& name)
{
    QCoreApplication::processEvents();
    saveScreenshot(wizard, name);
}

// Up to the review step: CR, ultrasound and the photo imported and chosen, then de-identified.
void importAndDeidentify(ComposeWizard& wizard, const Fixture& fixture, bool screenshots)
{
    REQUIRE(wizard.currentId() == ComposeDraft::Import);
    CHECK_FALSE(nextButton(wizard)->isEnabled());
    if (screenshots)
        shoot(wizard, QStringLiteral("compose-1-import-empty"));
    wizard.importPage()->addSources({fixture.sample(QStringLiteral("cr")), fixture.sample(QStringLiteral("us")),
                                     fixture.sample(QStringLiteral("photos")),
                                     fixture.sample(QStringLiteral("no-such-folder"))});
    CHECK(wizard.importPage()->sourceList()->count() == 3); // what does not exist is not added
    if (screenshots)
        shoot(wizard, QStringLiteral("compose-1-import"));
    clickNext(wizard);

    REQUIRE(pumpUntil([&] { return !wizard.selectPage()->isScanning(); }, 30000));
    QTreeWidget* tree = wizard.selectPage()->tree();
    REQUIRE(tree->topLevelItemCount() == 3);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        CHECK(tree->topLevelItem(i)->checkState(0) == Qt::Checked); // everything, the first time
    // Unticking everything blocks the step; ticking a series back allows it again.
    wizard.selectPage()->setAllChecked(false);
    CHECK_FALSE(nextButton(wizard)->isEnabled());
    wizard.selectPage()->setAllChecked(true);
    CHECK(nextButton(wizard)->isEnabled());
    if (screenshots) {
        tree->expandItem(tree->topLevelItem(0));
        pumpUntil([] { return false; }, 300); // thumbnails
        shoot(wizard, QStringLiteral("compose-2-choose"));
    }
    clickNext(wizard);

    // De-identification runs off the GUI thread; the page waits for it.
    CHECK_FALSE(wizard.deidPage()->isComplete());
    REQUIRE(pumpUntil([&] { return wizard.deidPage()->isComplete(); }, 180000));
    REQUIRE(wizard.session().draft().images.size() == 3);
    if (screenshots) {
        wizard.deidPage()->report()->expandItem(wizard.deidPage()->report()->topLevelItem(1));
        shoot(wizard, QStringLiteral("compose-3-deidentify"));
    }
}

int rowOfLabel(const ComposeDraft& draft, const QString& prefix)
{
    for (int row = 0; row < draft.images.size(); ++row) {
        if (draft.images[row].label.startsWith(prefix))
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the publish wizard takes make-samples images from import to a published case", "[ui][compose]")
{
    Fixture fixture;
    ComposeServices services;
    services.host = fixture.host.get(); // no relay: stored on this computer
    ComposeWizard wizard(services);
    wizard.resize(900, 700);
    wizard.show();
    wizard.startNew();
    importAndDeidentify(wizard, fixture, true);

    // The report: the profile, and per file what was removed and the text OCR found.
    CHECK(wizard.deidPage()->profileSummary()->text().contains(QStringLiteral("Annex E")));
    QTreeWidget* report = wizard.deidPage()->report();
    REQUIRE(report->topLevelItemCount() == 3);
    const ComposeDraft& draft = wizard.session().draft();
    const int us = rowOfLabel(draft, QStringLiteral("US"));
    const int cr = rowOfLabel(draft, QStringLiteral("CR"));
    const int photo = rowOfLabel(draft, QStringLiteral("Photo"));
    REQUIRE(us >= 0);
    REQUIRE(cr >= 0);
    REQUIRE(photo >= 0);
    CHECK(report->topLevelItem(cr)->text(1).toInt() > 5); // attributes removed or emptied
    CHECK(report->topLevelItem(us)->text(3).toInt() >= 1); // burned-in text regions found
    CHECK(report->topLevelItem(cr)->childCount() > 0); // the attribute details
    for (const DraftImage& image : draft.images) {
        const deid::InputOutcome* outcome = wizard.session().outcome(image.path);
        REQUIRE(outcome);
        REQUIRE(outcome->report.has_value());
        CHECK(QFile::exists(outcome->report->output));
        CHECK(outcome->report->output.startsWith(wizard.session().workFolder()));
    }
    const QString crOutput = wizard.session().outcome(draft.images[cr].path)->report->output;
    const auto original = dicom::readInstanceSummary(draft.images[cr].path);
    const auto derived = dicom::readInstanceSummary(crOutput);
    REQUIRE(original.has_value());
    REQUIRE(derived.has_value());
    REQUIRE_FALSE(original->patientName.isEmpty());
    CHECK(derived->patientName != original->patientName);
    clickNext(wizard);

    // Review: the CR opens in the editor; a box and an arrow come back into the draft, and the
    // CR is de-identified again from its original with the box burned in.
    REQUIRE(wizard.currentId() == ComposeDraft::Review);
    REQUIRE(pumpUntil([&] { return nextButton(wizard)->isEnabled(); }));
    pumpUntil([] { return false; }, 1500); // thumbnails of the derivatives
    shoot(wizard, QStringLiteral("compose-4-review"));
    EditorWindow* editor = wizard.reviewPage()->openEditor(cr);
    REQUIRE(editor);
    CHECK_FALSE(nextButton(wizard)->isEnabled()); // not while the editor is open
    QSignalSpy loaded(editor, &EditorWindow::imageLoaded);
    REQUIRE(pumpUntil([&] { return loaded.count() >= 1; }, 30000));
    editor->redactionReview()->addManualRegion(QRect(20, 20, 120, 40), -1);
    annotation::Shape arrow;
    arrow.kind = annotation::ShapeKind::Arrow;
    arrow.image = editor->document()->currentImage();
    arrow.points = {QPointF(200, 200), QPointF(260, 240)};
    editor->document()->undoStack()->push(new AddShapesCommand(editor->document(), {arrow}));
    saveScreenshot(*editor, QStringLiteral("compose-4-review-editor"));
    QSignalSpy updated(&wizard.session(), &ComposeSession::imageUpdated);
    wizard.reviewPage()->finishEditing();
    REQUIRE(pumpUntil([&] { return wizard.reviewPage()->editor() == nullptr; }));
    REQUIRE(draft.images[cr].regions.size() == 1);
    CHECK(draft.images[cr].regions.first().rect == QRect(20, 20, 120, 40));
    auto layer = annotation::fromJson(draft.images[cr].layer);
    REQUIRE(layer.has_value());
    REQUIRE(layer->shapes().size() == 1);
    REQUIRE(pumpUntil([&] { return updated.count() == 1; }, 60000));
    {
        const deid::InputOutcome* again = wizard.session().outcome(draft.images[cr].path);
        REQUIRE(again);
        INFO((again->report ? QString() : again->report.error().message).toStdString());
        REQUIRE(again->report.has_value());
    }
    REQUIRE(pumpUntil([&] { return nextButton(wizard)->isEnabled(); }, 10000));
    CHECK(wizard.session().outcome(draft.images[cr].path)->report->redaction.regions.size() >= 1);
    // Same case secret: the derivative keeps its name, so the layer still points at it.
    CHECK(wizard.session().outcome(draft.images[cr].path)->report->output == crOutput);
    CHECK(wizard.reviewPage()->images()->topLevelItem(cr)->text(1) == QStringLiteral("1"));
    CHECK(wizard.reviewPage()->images()->topLevelItem(cr)->text(2) == QStringLiteral("1"));
    clickNext(wizard);

    // Describe: a title alone is not enough — the consent attestation is required.
    REQUIRE(wizard.currentId() == ComposeDraft::Describe);
    DescribePage* describe = wizard.describePage();
    CHECK_FALSE(nextButton(wizard)->isEnabled());
    QTest::keyClicks(describe->titleEdit(), QStringLiteral("Wrist swelling with an echogenic focus"));
    QTest::keyClicks(describe->questionEdit(), QStringLiteral("Foreign body or calcification?"));
    QTest::keyClicks(describe->historyEdit(), QStringLiteral("Gardener, three weeks of swelling."));
    QTest::keyClicks(describe->findingsEdit(), QStringLiteral("Linear echogenic focus with posterior shadowing."));
    describe->specialtyBox()->setCurrentText(QStringLiteral("Radiology"));
    QTest::keyClicks(describe->tagsEdit(), QStringLiteral("Wrist, Foreign Body, wrist"));
    CHECK_FALSE(nextButton(wizard)->isEnabled());
    CHECK_FALSE(describe->validatePage()); // nor can next() skip it
    wizard.next();
    CHECK(wizard.currentId() == ComposeDraft::Describe);
    shoot(wizard, QStringLiteral("compose-5-describe-no-consent"));
    QTest::mouseClick(describe->consentBox(), Qt::LeftButton);
    CHECK(describe->consentBox()->isChecked());
    CHECK(draft.tags == QStringList{QStringLiteral("wrist"), QStringLiteral("foreign-body")});
    shoot(wizard, QStringLiteral("compose-5-describe"));
    clickNext(wizard);

    // Audience: without a relay only "private" can be chosen, and the page says so.
    AudiencePage* audience = wizard.audiencePage();
    REQUIRE(pumpUntil([&] { return audience->isLoaded(); }));
    CHECK(audience->privateButton()->isChecked());
    CHECK_FALSE(audience->peopleButton()->isEnabled());
    shoot(wizard, QStringLiteral("compose-6-audience"));
    clickNext(wizard);

    // Publish: stored locally, the draft goes, and the case with its files is in the store.
    PublishPage* publish = wizard.publishPage();
    REQUIRE(wizard.currentId() == ComposeDraft::Publish);
    shoot(wizard, QStringLiteral("compose-7-publish"));
    QSignalSpy published(&wizard, &ComposeWizard::casePublished);
    QTest::mouseClick(publish->publishButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return publish->state() == PublishPage::State::StoredLocally; }, 60000));
    REQUIRE(published.count() == 1);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK(publish->statusLabel()->text().contains(QStringLiteral("this computer")));
    shoot(wizard, QStringLiteral("compose-7-published"));
    const QUuid caseId = published.first().first().toUuid();

    const auto stored = fixture.onStore([caseId](store::Store& store) { return store.cases().find(caseId); });
    REQUIRE(stored.has_value());
    REQUIRE(stored->has_value());
    CHECK((*stored)->title == QStringLiteral("Wrist swelling with an echogenic focus"));
    CHECK((*stored)->specialty == QStringLiteral("Radiology"));
    CHECK((*stored)->audience == cases::Audience::Private);
    const auto attachments =
        fixture.onStore([caseId](store::Store& store) { return store.attachments().list(caseId); });
    REQUIRE(attachments.has_value());
    REQUIRE(attachments->size() == 4); // CR, US, photo, the CR's layer
    int layers = 0;
    int photos = 0;
    for (const store::Attachment& attachment : *attachments) {
        layers += attachment.kind == store::AttachmentKind::AnnotationLayer ? 1 : 0;
        photos += attachment.kind == store::AttachmentKind::Photo ? 1 : 0;
        CHECK_FALSE(attachment.label.contains(QStringLiteral("lesion"))); // no file names
    }
    CHECK(layers == 1);
    CHECK(photos == 1);
    // What was stored decrypts, and is the de-identified CR.
    QTemporaryDir plain;
    const QString decrypted = plain.filePath(QStringLiteral("cr.dcm"));
    const QUuid crBlob = [&] {
        for (const store::Attachment& attachment : *attachments) {
            if (attachment.label.startsWith(QStringLiteral("CR")))
                return attachment.blobId;
        }
        return QUuid();
    }();
    REQUIRE_FALSE(crBlob.isNull());
    const auto decryptedOk = fixture.onStore([crBlob, decrypted](store::Store& store) -> Result<bool> {
        if (auto ok = store.attachments().decryptTo(crBlob, decrypted); !ok)
            return tl::unexpected(ok.error());
        return true;
    });
    REQUIRE(decryptedOk.has_value());
    const auto storedSummary = dicom::readInstanceSummary(decrypted);
    REQUIRE(storedSummary.has_value());
    CHECK(storedSummary->patientName != original->patientName);
    const auto drafts = fixture.onStore([](store::Store& store) { return store.drafts().list(); });
    REQUIRE(drafts.has_value());
    CHECK(drafts->isEmpty()); // published: no draft left
}

TEST_CASE("a draft is saved at every step, listed, resumed where it was left and deleted", "[ui][compose]")
{
    Fixture fixture;
    QWidget window;
    ComposeController controller(*fixture.host, nullptr, &window);
    DraftsPage* drafts = controller.draftsPage();
    drafts->resize(800, 500);
    drafts->show();
    REQUIRE(pumpUntil([&] { return drafts->list()->topLevelItemCount() == 0; }));
    saveScreenshot(*drafts, QStringLiteral("compose-drafts-empty"));

    // Opening the wizard and closing it without importing leaves no draft.
    ComposeWizard* wizard = controller.newCase();
    REQUIRE(wizard);
    wizard->reject();
    QTest::qWait(200);
    CHECK(fixture.onStore([](store::Store& store) { return store.drafts().list(); })->isEmpty());

    wizard = controller.newCase();
    REQUIRE(pumpUntil([&] { return controller.wizard() == wizard; }));
    importAndDeidentify(*wizard, fixture, false);
    const QUuid id = wizard->session().draft().id;
    const QByteArray secret = wizard->session().draft().caseSecret;
    clickNext(*wizard); // review
    clickNext(*wizard); // describe
    QTest::keyClicks(wizard->describePage()->titleEdit(), QStringLiteral("Draft about a shadow"));
    // Saved a moment after typing stops, encrypted in the store.
    REQUIRE(pumpUntil(
        [&] {
            auto found = fixture.onStore([id](store::Store& store) { return store.drafts().find(id); });
            return found && found->has_value() && (*found)->title == QStringLiteral("Draft about a shadow");
        },
        10000));
    const auto saved = fixture.onStore([id](store::Store& store) { return store.drafts().find(id); });
    REQUIRE(saved.has_value());
    const auto payload = ComposeDraft::fromPayload(id, (*saved)->payload);
    REQUIRE(payload.has_value());
    CHECK(payload->step == ComposeDraft::Describe);
    CHECK(payload->images.size() == 3);
    CHECK(payload->caseSecret == secret);
    CHECK_FALSE(payload->consent);
    const QString workFolder = wizard->session().workFolder();
    wizard->close();
    REQUIRE(pumpUntil([&] { return controller.wizard() == nullptr; }));
    CHECK(pumpUntil([&] { return !QDir(workFolder).exists(); })); // derivatives go with the wizard

    // The drafts page lists it; Resume opens it at the describe step with everything back.
    drafts->refresh();
    REQUIRE(pumpUntil([&] { return drafts->list()->topLevelItemCount() == 1; }));
    CHECK(drafts->list()->topLevelItem(0)->text(0) == QStringLiteral("Draft about a shadow"));
    saveScreenshot(*drafts, QStringLiteral("compose-drafts"));
    QSignalSpy resume(drafts, &DraftsPage::resumeDraft);
    QTest::mouseClick(drafts->findChild<QPushButton*>(QStringLiteral("resumeButton")), Qt::LeftButton);
    REQUIRE(resume.count() == 1);
    CHECK(resume.first().first().toUuid() == id);
    REQUIRE(pumpUntil([&] { return controller.wizard() && controller.wizard()->currentId() == ComposeDraft::Describe; },
                      180000));
    wizard = controller.wizard();
    CHECK(wizard->describePage()->titleEdit()->text() == QStringLiteral("Draft about a shadow"));
    CHECK(wizard->session().draft().caseSecret == secret);
    CHECK(wizard->session().allDeidentified()); // made again from the originals
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // consent still to give
    wizard->close();
    REQUIRE(pumpUntil([&] { return controller.wizard() == nullptr; }));

    // Deleted from the page: gone from the store.
    drafts->refresh();
    REQUIRE(pumpUntil([&] { return drafts->list()->topLevelItemCount() == 1; }));
    drafts->deleteSelected(false);
    REQUIRE(pumpUntil([&] { return drafts->list()->topLevelItemCount() == 0; }));
    CHECK(fixture.onStore([](store::Store& store) { return store.drafts().list(); })->isEmpty());
}

TEST_CASE("a published draft stays gone when an autosave comes after it", "[ui][compose]")
{
    // The describe page saves 800 ms after the last keystroke; publishing within that time once
    // left the published case's draft listed in Drafts.
    Fixture fixture;
    ComposeSession session(ComposeServices{fixture.host.get(), {}, {}});
    session.draft().sources = {fixture.sample(QStringLiteral("cr"))};
    session.draft().title = QStringLiteral("Published already");
    const auto listed = [&] { return fixture.onStore([](store::Store& store) { return store.drafts().list(); }); };

    session.save();
    REQUIRE(listed()->size() == 1);
    session.discard();
    session.save(); // the late autosave
    CHECK(listed()->isEmpty());

    // A new draft in the same session is saved again.
    session.reset();
    session.draft().sources = {fixture.sample(QStringLiteral("cr"))};
    session.save();
    CHECK(listed()->size() == 1);
}
