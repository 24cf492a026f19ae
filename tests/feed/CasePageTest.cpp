// The case page over a real encrypted store, offscreen: reading a case marks it read, a comment
// and a reply are posted from the keyboard and land in the thread in reading order, a colleague's
// comment is marked helpful and unmarked; the thread model is checked by QAbstractItemModelTester.

#include "ui/feed/CasePage.h"
#include "core/store/StoreHost.h"
#include "tests/store/StoreTestSupport.h"
#include "ui/feed/CommentThreadModel.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QDir>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

namespace {

const QByteArray kMe(32, 'm');
const QByteArray kColleague(32, 'c');

} // namespace

TEST_CASE("a case is read, discussed, replied to and marked helpful from its page", "[ui][feed]")
{
    QTemporaryDir dir;
    cases::Case value = makeCase(7, QStringLiteral("Painless expanding lesion of the left shin"));
    value.history = QStringLiteral("Sixteen-year-old, three months of a slowly growing mass, no trauma.");
    value.findings = QStringLiteral("Eccentric lytic lesion with a sclerotic rim in the metaphysis.");
    value.authorIdentity = kColleague;
    cases::Comment question;
    question.id = QUuid::createUuid();
    question.caseId = value.id;
    question.authorIdentity = kColleague;
    question.body = QStringLiteral("Non-ossifying fibroma or fibrous dysplasia? Follow-up or biopsy?");
    question.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        REQUIRE((*store)->cases().save(value).has_value());
        cases::Person me{kMe, QStringLiteral("Dr. Me"), QString(), QString(), true, true};
        cases::Person colleague{kColleague, QStringLiteral("Dr. Jonas Weber"), QString(), QString(), false, false};
        REQUIRE((*store)->people().savePerson(me).has_value());
        REQUIRE((*store)->people().savePerson(colleague).has_value());
        REQUIRE((*store)->people().setVerified(kColleague, true, value.createdAt).has_value());
        REQUIRE(*(*store)->comments().add(question));
    }
    auto opened = store::Store::open(dir.path(), testKey());
    REQUIRE(opened.has_value());
    store::StoreHost host(std::move(*opened));

    CasePage page(host);
    QAbstractItemModelTester tester(page.thread(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1100, 700);
    page.show();
    QSignalSpy changed(&page, &CasePage::caseChanged);
    page.showCase(value.id);
    REQUIRE(pumpUntil([&] { return page.isLoaded(); }));
    REQUIRE(page.thread()->rowCount() == 1);
    REQUIRE(pumpUntil([&] { return changed.count() >= 1; })); // marked read

    // A comment from the keyboard.
    CHECK_FALSE(page.postButton()->isEnabled());
    page.composer()->setFocus();
    QTest::keyClicks(page.composer(), QStringLiteral("Classic NOF: follow-up, no biopsy."));
    CHECK(page.postButton()->isEnabled());
    QTest::keyClick(page.composer(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(pumpUntil([&] { return page.thread()->rowCount() == 2; }));
    CHECK(page.composer()->toPlainText().isEmpty());
    CHECK(page.thread()->entry(1).authorIsSelf);
    CHECK(page.thread()->entry(1).depth == 0);

    // A reply to the colleague's question lands right under it, indented.
    page.replyTo(0);
    QTest::keyClicks(page.composer(), QStringLiteral("Agree: sclerotic rim, no periosteal reaction."));
    QTest::mouseClick(page.postButton(), Qt::LeftButton);
    REQUIRE(pumpUntil([&] { return page.thread()->rowCount() == 3; }));
    CHECK(page.thread()->entry(1).depth == 1);
    CHECK(page.thread()->entry(1).comment.parentId == question.id);
    CHECK(page.thread()->entry(2).comment.body == QStringLiteral("Classic NOF: follow-up, no biopsy."));

    // Helpful on the colleague's comment, then taken back; one's own comment cannot be marked.
    page.toggleHelpful(0);
    REQUIRE(pumpUntil([&] { return page.thread()->entry(0).helpfulByMe; }));
    CHECK(page.thread()->entry(0).comment.helpfulCount == 1);
    page.threadView()->setCurrentIndex(page.thread()->index(0));

    saveScreenshot(page, QStringLiteral("case-page"));

    page.toggleHelpful(0);
    REQUIRE(pumpUntil([&] { return !page.thread()->entry(0).helpfulByMe; }));
    CHECK(page.thread()->entry(0).comment.helpfulCount == 0);
    page.toggleHelpful(2);
    host.waitForIdle();
    QCoreApplication::processEvents();
    CHECK(page.thread()->entry(2).comment.helpfulCount == 0);
}
