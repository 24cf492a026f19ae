// The desktop app's sync end to end. consilium-relay runs as a real process on loopback with a
// local verifier; `consilium-cli demo seed --relay` creates the two demo colleagues through it.
// Dr. Amara Okafor is driven by consilium-cli; Dr. Jonas Weber's profile is opened in-process as
// the app opens it: a StoreHost with a SyncController (the engine on the store thread), the feed
// model and page, the case page and the status-bar indicator.

#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoSeeder.h"
#include "core/dicom/DatasetReader.h"
#include "core/dicom/InstanceSummary.h"
#include "core/store/ProfileVault.h"
#include "core/store/SqlDatabase.h"
#include "core/store/StoreHost.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/TestSupport.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/UnlockPage.h"
#include "ui/compose/AudiencePage.h"
#include "ui/compose/ComposeController.h"
#include "ui/compose/ComposeWizard.h"
#include "ui/compose/DeidPage.h"
#include "ui/compose/DescribePage.h"
#include "ui/compose/PublishPage.h"
#include "ui/compose/SelectPage.h"
#include "ui/feed/CasePage.h"
#include "ui/feed/CommentThreadModel.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/feed/ImageFetchBanner.h"
#include "ui/navigation/Navigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/OutboxPage.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusLabel.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace consilium;
using namespace consilium::test;
using namespace consilium::ui;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// One relay process on a fixed data folder; restartable on the same port.
class Relay {
public:
    Relay(QString data, QString verifierKey)
        : m_data(std::move(data))
        , m_verifierKey(std::move(verifierKey))
    {
    }
    ~Relay() { stop(); }

    QString start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QDir(binDir()).filePath(QStringLiteral("consilium-relay")),
                         {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("--data"), m_data, QStringLiteral("--verifier-key"), m_verifierKey});
        static const QRegularExpression ready(QStringLiteral("listening on (http://127\\.0\\.0\\.1:([0-9]+))"));
        QString seen;
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
            m_process->waitForReadyRead(100);
            seen += QString::fromUtf8(m_process->readAll());
            if (const auto match = ready.match(seen); match.hasMatch()) {
                m_port = match.captured(2).toUShort();
                return match.captured(1);
            }
        }
        FAIL("the relay did not start: " << seen.toStdString());
        return {};
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

private:
    QString m_data;
    QString m_verifierKey;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

struct World {
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::unique_ptr<Relay> relay;
    QString url;

    World()
    {
        REQUIRE(dir.isValid());
        environment.insert(QStringLiteral("CONSILIUM_HOME"), dir.path());
        REQUIRE(cli({QStringLiteral("verifier"), QStringLiteral("init"), path(QStringLiteral("verifier"))}).exitCode
                == 0);
        relay = std::make_unique<Relay>(path(QStringLiteral("relay")), path(QStringLiteral("verifier/verifier.pub")));
        url = relay->start();
        QFile passphrase(path(QStringLiteral("passphrase")));
        REQUIRE(passphrase.open(QIODevice::WriteOnly));
        passphrase.write(demo::kDemoPassphrase);
        passphrase.write("\n");
    }

    [[nodiscard]] QString path(const QString& name) const { return dir.filePath(name); }
    [[nodiscard]] QString profile(const QString& name) const { return path(QStringLiteral("data/profiles/") + name); }

    Run cli(const QStringList& arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QDir(binDir()).filePath(QStringLiteral("consilium-cli")), arguments);
        REQUIRE(process.waitForStarted(10000));
        // Pumps this process's events meanwhile: the in-process sync keeps running.
        REQUIRE(pumpUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // `consilium-cli sync ACTION … --profile amara`, which must succeed.
    QString amara(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("sync"));
        arguments << QStringLiteral("--profile") << profile(QStringLiteral("amara"))
                  << QStringLiteral("--passphrase-file") << path(QStringLiteral("passphrase"));
        const Run run = cli(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    }

    QJsonObject amaraCase(const QString& id)
    {
        const QJsonDocument document =
            QJsonDocument::fromJson(amara({QStringLiteral("list-cases"), QStringLiteral("--json")}).toUtf8());
        for (const QJsonValue& value : document.array()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }
};

std::unique_ptr<store::Store> unlock(const QString& folder)
{
    auto store =
        store::ProfileVault(folder).unlock(crypto::SecretBytes::fromUtf8(QLatin1String(demo::kDemoPassphrase)));
    REQUIRE(store.has_value());
    return std::move(*store);
}

int rowOf(const FeedModel& model, const QString& title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), FeedModel::TitleRole).toString() == title)
            return row;
    }
    return -1;
}

// Drives the publish wizard from the imported files to the publish step, as a user clicks.
void composeUpTo(ComposeWizard& wizard, const QString& title, const QString& colleague)
{
    const auto next = [&wizard] {
        const int from = wizard.currentId();
        INFO("wizard page " << from);
        REQUIRE(pumpUntil([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 180000));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        REQUIRE(wizard.currentId() == from + 1);
    };
    next(); // import → choose
    next(); // choose → de-identify
    next(); // de-identify → review
    next(); // review → describe
    QTest::keyClicks(wizard.describePage()->titleEdit(), title);
    QTest::keyClicks(wizard.describePage()->questionEdit(), QStringLiteral("Would you biopsy?"));
    QTest::mouseClick(wizard.describePage()->consentBox(), Qt::LeftButton);
    next(); // describe → audience
    AudiencePage* audience = wizard.audiencePage();
    REQUIRE(pumpUntil([&] { return audience->isLoaded(); }));
    REQUIRE(audience->peopleButton()->isEnabled());
    audience->peopleButton()->click();
    bool found = false;
    for (int row = 0; row < audience->peopleList()->count(); ++row) {
        QListWidgetItem* item = audience->peopleList()->item(row);
        if (item->text().contains(colleague)) {
            item->setCheckState(Qt::Checked);
            found = true;
        }
    }
    REQUIRE(found);
    REQUIRE(wizard.session().draft().audience == cases::Audience::People);
    REQUIRE(wizard.session().draft().people.size() == 1);
    next(); // audience → publish
}

// The case's attachments as stored in `host`'s profile, each decrypted to a file in `folder`.
QStringList decryptAttachments(store::StoreHost& host, QObject* receiver, const QUuid& caseId, const QString& folder)
{
    std::optional<Result<QStringList>> done;
    host.run(
        receiver,
        [caseId, folder](store::Store& store) -> Result<QStringList> {
            auto listed = store.attachments().list(caseId);
            if (!listed)
                return tl::unexpected(listed.error());
            QStringList files;
            for (const store::Attachment& attachment : *listed) {
                const QString file = QDir(folder).filePath(QString::number(attachment.position));
                if (auto ok = store.attachments().decryptTo(attachment.blobId, file); !ok)
                    return tl::unexpected(ok.error());
                files.append(file);
            }
            return files;
        },
        [&](Result<QStringList> value) { done = std::move(value); });
    REQUIRE(pumpUntil([&] { return done.has_value(); }));
    REQUIRE(done->has_value());
    return **done;
}

QUuid caseIdOf(const FeedModel& model, const QString& title)
{
    const int row = rowOf(model, title);
    return row < 0 ? QUuid() : model.data(model.index(row), FeedModel::CaseIdRole).toUuid();
}

bool hasComment(const QJsonObject& value, const QString& text)
{
    for (const QJsonValue& comment : value.value(QStringLiteral("comments")).toArray()) {
        if (comment.toObject().value(QStringLiteral("text")).toString() == text)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the demo travels through the relay, and the app syncs cases and comments both ways, offline too",
          "[integration][sync][ui]")
{
    World world;

    // 1. The demo, seeded through the relay: each profile holds the other's cases as delivered.
    const Run seeded = world.cli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--fast-unlock"),
                                  QStringLiteral("--relay"), world.url, QStringLiteral("--verifier"),
                                  world.path(QStringLiteral("verifier"))},
                                 240000);
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    CHECK(seeded.out.contains(QStringLiteral("shared through the relay")));
    const QJsonArray amaraCases =
        QJsonDocument::fromJson(world.amara({QStringLiteral("list-cases"), QStringLiteral("--json")}).toUtf8()).array();
    REQUIRE(amaraCases.size() == 5);
    int images = 0;
    int comments = 0;
    for (const QJsonValue& value : amaraCases) {
        for (const QJsonValue& attachment : value.toObject().value(QStringLiteral("attachments")).toArray()) {
            CHECK_FALSE(attachment.toObject().value(QStringLiteral("sha256")).toString().isEmpty()); // decrypts
            ++images;
        }
        comments += value.toObject().value(QStringLiteral("comments")).toArray().size();
    }
    CHECK(images >= 5);
    CHECK(comments >= 5);
    const QString jonasIdentity = [&]() -> QString {
        const Run whoami = world.cli({QStringLiteral("sync"), QStringLiteral("whoami"), QStringLiteral("--profile"),
                                      world.profile(QStringLiteral("jonas")), QStringLiteral("--passphrase-file"),
                                      world.path(QStringLiteral("passphrase"))});
        REQUIRE(whoami.exitCode == 0);
        return whoami.out.section(u'\n', 0, 0).section(u' ', -1);
    }();
    REQUIRE(jonasIdentity.size() == 64);

    // 2. Jonas's profile as the app opens it: it remembers the relay and syncs on the store thread.
    store::StoreHost host(unlock(world.profile(QStringLiteral("jonas"))));
    SyncTimings timings;
    timings.firstRetry = std::chrono::milliseconds(200);
    timings.maxRetry = std::chrono::milliseconds(1000);
    // Longer than any wait below: what arrives must come by a wake-up (or the pull after the
    // wake-up channel reconnects), never by the periodic pull that would hide a lost wake-up.
    timings.period = std::chrono::minutes(10);
    auto controller = std::make_unique<SyncController>(host, QUrl(), timings);
    QMainWindow window;
    auto* feed = new FeedPage(host);
    window.setCentralWidget(feed);
    auto* indicator = new SyncStatusLabel(*controller);
    window.statusBar()->addPermanentWidget(indicator);
    window.resize(1100, 760);
    window.show();
    QObject::connect(controller.get(), &SyncController::received, feed->model(), &FeedModel::refresh);
    REQUIRE(pumpUntil([&] { return controller->state() == SyncState::Online; }, 20000));
    CHECK(controller->relay() == world.url);
    CHECK(indicator->text() == QStringLiteral("Online · synced"));
    CHECK(indicator->toolTip().contains(world.url));
    REQUIRE(pumpUntil([&] { return feed->model()->rowCount() == 5; }));

    // 3. Amara publishes a new case with an image; Jonas's app is woken and shows it, decryptable.
    const QString title = QStringLiteral("Wrist pain after a fall, normal first film");
    QFile json(world.path(QStringLiteral("case.json")));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                         {QStringLiteral("question"), QStringLiteral("Occult scaphoid fracture?")},
                                         {QStringLiteral("specialty"), QStringLiteral("radiology")}})
                   .toJson());
    json.close();
    const QString image = world.path(QStringLiteral("wrist.dcm"));
    writeFile(image, minimalImageFile(16, 16, QStringLiteral("Anonymous")));
    const QString caseId = world.amara({QStringLiteral("publish"), QStringLiteral("--case-json"), json.fileName(),
                                        QStringLiteral("--attach"), image, QStringLiteral("--to"), jonasIdentity});
    REQUIRE(pumpUntil([&] { return rowOf(*feed->model(), title) >= 0; }, 20000));
    const QUuid published(caseId);
    auto attachments = [&] {
        std::optional<Result<QList<store::Attachment>>> listed;
        host.run(
            feed, [published](store::Store& store) { return store.attachments().list(published); },
            [&](Result<QList<store::Attachment>> value) { listed = std::move(value); });
        REQUIRE(pumpUntil([&] { return listed.has_value(); }));
        REQUIRE(listed->has_value());
        return **listed;
    }();
    REQUIRE(attachments.size() == 1);
    QTemporaryDir plain;
    const QString decrypted = plain.filePath(QStringLiteral("image.dcm"));
    {
        std::optional<Result<bool>> done;
        host.run(
            feed,
            [blob = attachments.first().blobId, decrypted](store::Store& store) -> Result<bool> {
                if (auto ok = store.attachments().decryptTo(blob, decrypted); !ok)
                    return tl::unexpected(ok.error());
                return true;
            },
            [&](Result<bool> value) { done = std::move(value); });
        REQUIRE(pumpUntil([&] { return done.has_value(); }));
        REQUIRE(done->has_value());
    }
    CHECK(dicom::DatasetReader::open(decrypted).has_value());
    window.statusBar()->showMessage(QStringLiteral("A case from Dr. Amara Okafor arrived through the relay."));
    saveScreenshot(window, QStringLiteral("feed-synced"));

    // 4. Jonas comments on the case page (the GUI path); the comment reaches Amara.
    CasePage page(host);
    page.setCommentWriter(controller->commentWriter());
    QObject::connect(controller.get(), &SyncController::received, &page, &CasePage::reload);
    QObject::connect(&page, &CasePage::caseChanged, feed->model(), &FeedModel::refreshCase); // as MainWindow
    page.resize(1000, 700);
    page.show();
    page.showCase(published);
    REQUIRE(pumpUntil([&] { return page.isLoaded(); }));
    const QString answer = QStringLiteral("No fracture line; cast and repeat the film in ten days.");
    QTest::keyClicks(page.composer(), answer);
    QTest::mouseClick(page.postButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return page.thread()->rowCount() == 1; }));
    REQUIRE(pumpUntil([&] { return controller->state() == SyncState::Online && controller->waiting() == 0; }));
    world.amara({QStringLiteral("pull")});
    CHECK(hasComment(world.amaraCase(caseId), answer));

    // 5. Offline: the relay stops; a comment waits in the outbox and the indicator says so.
    world.relay->stop();
    const QString later = QStringLiteral("Written while the relay was down.");
    QTest::keyClicks(page.composer(), later);
    QTest::mouseClick(page.postButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return page.thread()->rowCount() == 2; }));
    REQUIRE(pumpUntil([&] { return controller->state() == SyncState::Offline; }, 30000));
    CHECK(controller->waiting() == 1);
    CHECK(indicator->text() == QStringLiteral("Offline — 1 change(s) waiting")); // a comment: no published case
    CHECK(indicator->toolTip().contains(world.url));
    // The reason in plain words, the network's own below it for whoever runs the relay.
    CHECK(controller->relayUnreachable());
    CHECK(indicator->toolTip().contains(QStringLiteral("Last attempt: The relay cannot be reached.")));
    CHECK(indicator->toolTip().contains(QStringLiteral("Details: cannot reach the relay")));
    window.statusBar()->showMessage(QStringLiteral("The relay was stopped; a comment waits in the outbox."));
    saveScreenshot(window, QStringLiteral("feed-offline"));

    // The relay comes back on the same port: the app reconnects by itself and delivers it.
    CHECK(world.relay->start() == world.url);
    REQUIRE(pumpUntil([&] { return controller->state() == SyncState::Online && controller->waiting() == 0; }, 30000));
    CHECK(indicator->text() == QStringLiteral("Online · synced"));
    world.amara({QStringLiteral("pull")});
    CHECK(hasComment(world.amaraCase(caseId), later));

    // 6. And back: Amara's reply arrives on Jonas's open case page through a wake-up.
    const QString reply = QStringLiteral("Agreed, thank you.");
    world.amara({QStringLiteral("comment"), QStringLiteral("--case"), caseId, QStringLiteral("--text"), reply});
    REQUIRE(pumpUntil([&] { return page.thread()->rowCount() == 3; }, 20000));

    // 7. Two windows side by side, as the README suggests: Amara's full main window (unlocked on
    // its unlock page, told the relay with --relay) shows Jonas's next comment arriving on the
    // open case page; locking the window stops its sync cleanly.
    MainWindowOptions options;
    options.profileFolder = world.profile(QStringLiteral("amara"));
    options.relayUrl = world.url;
    MainWindow amara(QStringLiteral("amara"), options);
    amara.resize(1200, 800);
    amara.show();
    QTest::keyClicks(amara.profileGate()->unlockPage()->passphraseField(), QLatin1String(demo::kDemoPassphrase));
    QTest::keyClick(amara.profileGate()->unlockPage()->passphraseField(), Qt::Key_Return);
    REQUIRE(pumpUntil([&] { return amara.sync() && amara.sync()->state() == SyncState::Online; }, 20000));
    auto* amaraIndicator = amara.findChild<SyncStatusLabel*>(QStringLiteral("syncStatus"));
    REQUIRE(amaraIndicator);
    CHECK(amaraIndicator->isVisible());
    CHECK(amaraIndicator->text() == QStringLiteral("Online · synced"));
    Q_EMIT amara.feedPage()->caseActivated(published);
    REQUIRE(pumpUntil([&] { return amara.casePage()->isLoaded() && amara.casePage()->thread()->rowCount() == 3; }));
    const QString travelling = QStringLiteral("Follow-up film booked for Thursday.");
    QTest::keyClicks(page.composer(), travelling);
    QTest::mouseClick(page.postButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return amara.casePage()->thread()->rowCount() == 4; }, 20000));
    CHECK(amara.casePage()->thread()->entry(3).comment.body == travelling);
    saveScreenshot(amara, QStringLiteral("case-comment-arrived"));

    // 8. Amara publishes a case through the wizard (File › New Case…) to Jonas: it travels through
    // the relay to his feed, and its images decrypt there.
    const QString samples = world.path(QStringLiteral("samples"));
    REQUIRE(world.cli({QStringLiteral("make-samples"), samples}, 120000).exitCode == 0);
    ComposeWizard* wizard = amara.compose()->newCase(
        {QDir(samples).filePath(QStringLiteral("cr")), QDir(samples).filePath(QStringLiteral("photos"))});
    const QString wizardTitle = QStringLiteral("Pigmented lesion and a clear chest film");
    composeUpTo(*wizard, wizardTitle, QStringLiteral("Jonas"));
    QTest::mouseClick(wizard->publishPage()->publishButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return wizard->publishPage()->state() == PublishPage::State::Published; }, 60000));
    // The progress is the whole case's (both images and every envelope), and ends full.
    auto* progress = wizard->publishPage()->findChild<QProgressBar*>(QStringLiteral("publishProgress"));
    REQUIRE(progress);
    CHECK(progress->value() == progress->maximum());
    const std::optional<OutboxEntry> sentEntry = amara.sync()->outboxEntry(wizard->publishPage()->caseId());
    REQUIRE(sentEntry.has_value());
    CHECK(sentEntry->state == OutboxEntry::State::Sent);
    CHECK(sentEntry->title == wizardTitle);
    CHECK(sentEntry->totalBytes > 2 * 1024); // two encrypted images and the envelopes
    CHECK(sentEntry->sentBytes == sentEntry->totalBytes);
    saveScreenshot(*wizard, QStringLiteral("compose-published-through-relay"));
    REQUIRE(pumpUntil([&] { return rowOf(*feed->model(), wizardTitle) >= 0; }, 30000));
    const QUuid fromWizard = caseIdOf(*feed->model(), wizardTitle);
    REQUIRE_FALSE(fromWizard.isNull());
    QTemporaryDir received;
    const QStringList files = decryptAttachments(host, feed, fromWizard, received.path());
    REQUIRE(files.size() == 2); // the chest film and the photo, de-identified
    int dicomFiles = 0;
    for (const QString& file : files) {
        if (auto summary = dicom::readInstanceSummary(file)) {
            ++dicomFiles;
            CHECK(summary->patientName.isEmpty()); // emptied by the default profile
        } else {
            CHECK_FALSE(QImage(file).isNull()); // the photo
        }
    }
    CHECK(dicomFiles == 1);
    wizard->close();

    // With the relay down the case is kept in the outbox and the author is told; it arrives once
    // the relay is back.
    world.relay->stop();
    wizard = amara.compose()->newCase({QDir(samples).filePath(QStringLiteral("photos"))});
    const QString queuedTitle = QStringLiteral("Photo published while the relay was down");
    composeUpTo(*wizard, queuedTitle, QStringLiteral("Jonas"));
    QTest::mouseClick(wizard->publishPage()->publishButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return wizard->publishPage()->state() == PublishPage::State::Queued; }, 60000));
    CHECK(wizard->publishPage()->statusLabel()->text().contains(QStringLiteral("outbox")));
    CHECK(wizard->button(QWizard::FinishButton)->isEnabled());
    saveScreenshot(*wizard, QStringLiteral("compose-queued-relay-down"));
    const QUuid queuedId = wizard->publishPage()->caseId();
    wizard->close();
    // The Outbox section lists it as queued while offline, with a badge; the status bar says so.
    Navigator* navigator = amara.navigator();
    REQUIRE(navigator->action(QStringLiteral("outbox")));
    navigator->action(QStringLiteral("outbox"))->trigger();
    auto* outboxPage = qobject_cast<OutboxPage*>(navigator->currentPage());
    REQUIRE(outboxPage);
    REQUIRE(pumpUntil([&] { return amara.sync()->outboxEntry(queuedId).has_value(); }));
    CHECK(amara.sync()->outboxEntry(queuedId)->state == OutboxEntry::State::Queued);
    CHECK(navigator->badge(QStringLiteral("outbox")) == 1);
    REQUIRE(outboxPage->list()->topLevelItemCount() >= 1);
    CHECK(outboxPage->list()->topLevelItem(0)->text(0) == queuedTitle);
    CHECK(outboxPage->stateText(0) == QStringLiteral("Queued · offline"));
    CHECK(outboxPage->sendNowButton()->isEnabled());
    pumpUntil([] { return false; }, 200);
    saveScreenshot(amara, QStringLiteral("outbox-queued-offline"));
    CHECK(world.relay->start() == world.url);
    outboxPage->sendNowButton()->click(); // rather than wait for the back-off
    // After reconnecting it goes out: sent, at 100 %, and the badge goes.
    REQUIRE(pumpUntil(
        [&] {
            const auto entry = amara.sync()->outboxEntry(queuedId);
            return entry && entry->state == OutboxEntry::State::Sent;
        },
        60000));
    CHECK(amara.sync()->outboxEntry(queuedId)->perMille() == 1000);
    CHECK(navigator->badge(QStringLiteral("outbox")) == 0);
    CHECK(outboxPage->stateText(0) == QStringLiteral("Sent"));
    pumpUntil([] { return false; }, 200);
    saveScreenshot(amara, QStringLiteral("outbox-sent-after-reconnect"));
    REQUIRE(pumpUntil([&] { return rowOf(*feed->model(), queuedTitle) >= 0; }, 60000));
    QTemporaryDir queuedFiles;
    CHECK(decryptAttachments(host, feed, caseIdOf(*feed->model(), queuedTitle), queuedFiles.path()).size() == 1);
    saveScreenshot(window, QStringLiteral("feed-with-wizard-cases"));
    amara.lockProfile();
    CHECK_FALSE(amara.sync());
    CHECK_FALSE(amara.findChild<SyncStatusLabel*>(QStringLiteral("syncStatus")));

    controller.reset(); // before the host, as MainWindow does
}

TEST_CASE("demo seed --relay refuses bad options and leaves nothing behind when the relay is unreachable",
          "[integration][sync]")
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONSILIUM_HOME"), home.path());
    const auto seed = [&](const QStringList& options) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QDir(binDir()).filePath(QStringLiteral("consilium-cli")),
                      QStringList{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--fast-unlock")}
                          + options);
        REQUIRE(process.waitForFinished(240000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [badScheme, badSchemeError] = seed({QStringLiteral("--relay"), QStringLiteral("ftp://127.0.0.1:1")});
    CHECK(badScheme == 2);
    CHECK(badSchemeError.contains(QStringLiteral("--relay must be an http:// or https:// URL")));
    const auto [alone, aloneError] = seed({QStringLiteral("--verifier"), home.filePath(QStringLiteral("v"))});
    CHECK(alone == 2);
    CHECK(aloneError.contains(QStringLiteral("--verifier goes with --relay")));

    // Port 1 on loopback: nothing listens there.
    const auto [unreachable, why] = seed({QStringLiteral("--relay"), QStringLiteral("http://127.0.0.1:1")});
    CHECK(unreachable == 1);
    CHECK(why.contains(QStringLiteral("cannot reach the relay")));
    CHECK(QDir(home.filePath(QStringLiteral("data/profiles"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

namespace {

// Cases with images, as the store lists them: Amara's, received, and Jonas's own, whose uploads
// the relay accepted — the relay holds all of them, so the cache limit may evict all of them.
QList<QUuid> casesWithImages(store::StoreHost& host, QObject* receiver)
{
    std::optional<Result<QList<QUuid>>> done;
    host.run(
        receiver,
        [](store::Store& store) -> Result<QList<QUuid>> {
            auto statement = store.database().prepare(
                QStringLiteral("SELECT DISTINCT c.case_uuid FROM cases c JOIN case_attachments a ON a.case_id = c.id "
                               "ORDER BY c.created_at"));
            if (!statement)
                return tl::unexpected(statement.error());
            QList<QUuid> ids;
            const auto rows = statement->forEach([&] { ids.append(QUuid::fromRfc4122(statement->blob(0))); });
            if (!rows)
                return tl::unexpected(rows.error());
            return ids;
        },
        [&](Result<QList<QUuid>> value) { done = std::move(value); });
    REQUIRE(pumpUntil([&] { return done.has_value(); }));
    REQUIRE(done->has_value());
    return **done;
}

store::CacheUsage usageOf(SyncController& controller, QObject* receiver)
{
    std::optional<Result<store::CacheUsage>> usage;
    controller.cacheUsage(receiver, [&](Result<store::CacheUsage> value) { usage = std::move(value); });
    REQUIRE(pumpUntil([&] { return usage.has_value(); }));
    REQUIRE(usage->has_value());
    return **usage;
}

} // namespace

TEST_CASE("images evicted by the cache limit are downloaded again from the relay when their case opens",
          "[integration][sync][ui][cache]")
{
    World world;
    const Run seeded = world.cli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--fast-unlock"),
                                  QStringLiteral("--relay"), world.url, QStringLiteral("--verifier"),
                                  world.path(QStringLiteral("verifier"))},
                                 240000);
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);

    // Jonas (B) as the app opens him; his cache holds Amara's cases as received through the relay.
    store::StoreHost host(unlock(world.profile(QStringLiteral("jonas"))));
    SyncTimings timings;
    timings.firstRetry = std::chrono::milliseconds(200);
    timings.maxRetry = std::chrono::milliseconds(1000);
    auto controller = std::make_unique<SyncController>(host, QUrl(), timings);
    REQUIRE(pumpUntil([&] { return controller->state() == SyncState::Online; }, 20000));
    CasePage page(host);
    page.setCommentWriter(controller->commentWriter());
    page.setImageFetcher(controller->imageFetcher());
    QObject::connect(&page, &CasePage::openCaseChanged, controller.get(), &SyncController::setOpenCase);
    page.resize(1000, 700);
    page.show();

    const QList<QUuid> received = casesWithImages(host, &page);
    REQUIRE(received.size() >= 2);
    const store::CacheUsage before = usageOf(*controller, &page);
    REQUIRE(before.cachedBytes > 0);
    CHECK(before.evictedBytes == 0);

    // A limit of one byte: every received case's images go (none is kept offline or open).
    QList<store::EvictionReport> evicted;
    QObject::connect(controller.get(), &SyncController::cacheChanged,
                     [&evicted](const store::EvictionReport& report) { evicted.append(report); });
    controller->setCacheLimit(1);
    REQUIRE(pumpUntil([&] { return evicted.size() >= 1; }));
    const store::CacheUsage after = usageOf(*controller, &page);
    CHECK(after.evictedCases == received.size());
    CHECK(after.cachedBytes + after.evictedBytes == before.cachedBytes);

    // Opening an evicted case downloads its images from the relay, visibly, then they decrypt.
    const QUuid first = received.first();
    page.showCase(first);
    REQUIRE(pumpUntil([&] { return page.isDownloadingImages(); }));
    CHECK(page.imageBanner()->isVisible());
    CHECK(page.imageBanner()->progressBar()->isVisible());
    CHECK_FALSE(page.imageBanner()->retryButton()->isVisible());
    CHECK(page.imageBanner()->stateLabel()->text().startsWith(QStringLiteral("Downloading images…")));
    CHECK_FALSE(page.viewImagesButton()->isEnabled());
    saveScreenshot(page, QStringLiteral("case-images-downloading"));
    REQUIRE(pumpUntil([&] { return !page.isDownloadingImages() && page.viewImagesButton()->isEnabled(); }, 30000));
    CHECK_FALSE(page.imageBanner()->isVisible());
    QTemporaryDir plain;
    const QStringList files = decryptAttachments(host, &page, first, plain.path());
    REQUIRE_FALSE(files.isEmpty());
    // Decryption authenticates every chunk; the images among them also read as DICOM or as a photo.
    const auto readable = std::count_if(files.cbegin(), files.cend(), [](const QString& file) {
        return dicom::readInstanceSummary(file).has_value() || !QImage(file).isNull();
    });
    CHECK(readable >= 1);
    // The open case is spared by the next pass; the others stay evicted.
    controller->enforceCacheLimit();
    REQUIRE(pumpUntil([&] { return evicted.size() >= 2; }));
    CHECK(usageOf(*controller, &page).evictedCases == received.size() - 1);
    QSignalSpy viewed(&page, &CasePage::imagesReady);
    page.viewImages();
    REQUIRE(pumpUntil([&] { return viewed.count() == 1; }, 30000));

    // Offline: the relay stops; another evicted case says what happened and how to get them back.
    world.relay->stop();
    const QUuid second = received.at(1);
    page.showCase(second);
    REQUIRE(pumpUntil([&] { return page.isLoaded() && !page.isDownloadingImages() && page.imageBanner()->isVisible(); },
                      60000));
    CHECK(page.imageBanner()->stateLabel()->text()
          == QStringLiteral("This case's images were removed from the cache to respect the size limit; connect to "
                            "download them again."));
    CHECK(page.imageBanner()->retryButton()->isVisible());
    CHECK_FALSE(page.imageBanner()->progressBar()->isVisible());
    // Why, in the box itself (not only in a tooltip): the relay could not be reached.
    INFO(page.imageBanner()->reasonLabel()->text().toStdString());
    CHECK(page.imageBanner()->reasonLabel()->isVisible());
    CHECK(page.imageBanner()->reasonLabel()->text().contains(QStringLiteral("relay"), Qt::CaseInsensitive));
    CHECK_FALSE(page.viewImagesButton()->isEnabled());
    saveScreenshot(page, QStringLiteral("case-images-offline"));

    // Back online, "Try Again" brings them.
    CHECK(world.relay->start() == world.url);
    page.imageBanner()->retryButton()->click();
    REQUIRE(pumpUntil([&] { return !page.isDownloadingImages() && page.viewImagesButton()->isEnabled(); }, 60000));
    CHECK(usageOf(*controller, &page).evictedCases == received.size() - 2);

    // Blobs accepted by the relay before store schema 6 recorded it (a profile from an earlier
    // version) are confirmed with the relay at the next session, and only when the relay sends
    // the same last bytes: a blob it does not hold, or a local copy that differs, stays unconfirmed.
    controller.reset();
    const auto sql = [&](const QString& query) {
        std::optional<Result<QList<QByteArray>>> rows;
        host.run(
            &page,
            [query](store::Store& store) -> Result<QList<QByteArray>> {
                auto statement = store.database().prepare(query);
                if (!statement)
                    return tl::unexpected(statement.error());
                QList<QByteArray> values;
                const auto done = statement->forEach([&] { values.append(statement->blob(0)); });
                if (!done)
                    return tl::unexpected(done.error());
                return values;
            },
            [&](Result<QList<QByteArray>> value) { rows = std::move(value); });
        REQUIRE(pumpUntil([&] { return rows.has_value(); }));
        REQUIRE(rows->has_value());
        return **rows;
    };
    const QString unconfirmed = QStringLiteral("SELECT blob_uuid FROM blobs WHERE on_relay = 0 AND evicted = 0");
    sql(QStringLiteral("UPDATE blobs SET on_relay = 0 WHERE evicted = 0"));
    const QList<QByteArray> onDisk = sql(unconfirmed);
    REQUIRE(onDisk.size() >= 3);
    // One the relay does not hold (another hash), one whose local copy differs from the relay's.
    sql(QStringLiteral("UPDATE blobs SET ciphertext_hash = zeroblob(32) WHERE blob_uuid = x'%1'")
            .arg(QString::fromLatin1(onDisk.at(0).toHex())));
    std::optional<Result<std::optional<store::BlobRecord>>> record;
    host.run(
        &page, [id = QUuid::fromRfc4122(onDisk.at(1))](store::Store& store) { return store.blobs().find(id); },
        [&](Result<std::optional<store::BlobRecord>> value) { record = std::move(value); });
    REQUIRE(pumpUntil([&] { return record.has_value(); }));
    REQUIRE(record->has_value());
    REQUIRE(record->value().has_value());
    QFile tampered(record->value()->path);
    REQUIRE(tampered.open(QIODevice::ReadWrite));
    REQUIRE(tampered.seek(tampered.size() - 1));
    const char last = tampered.read(1).at(0);
    REQUIRE(tampered.seek(tampered.size() - 1));
    tampered.write(QByteArray(1, char(last ^ 0x01)));
    tampered.close();

    controller = std::make_unique<SyncController>(host, QUrl(), timings);
    QSignalSpy confirmed(controller.get(), &SyncController::blobsConfirmed);
    REQUIRE(pumpUntil([&] { return confirmed.count() == 1; }, 30000));
    CHECK(confirmed.first().first().toInt() == onDisk.size() - 2);
    const QList<QByteArray> left = sql(unconfirmed);
    CHECK(left.size() == 2);
    CHECK(left.contains(onDisk.at(0)));
    CHECK(left.contains(onDisk.at(1)));

    controller.reset(); // before the host, as MainWindow does
}
