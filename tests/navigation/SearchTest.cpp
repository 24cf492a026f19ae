// Full-text search as a user meets it, over a real encrypted store, offscreen: typing finds a case
// by its findings and a colleague's comment by its words, snippets highlight the matches and
// never interpret user text as markup, and a comment hit opens its case with the comment selected
// and in view. The model is checked by QAbstractItemModelTester.

#include "core/store/StoreHost.h"
#include "tests/store/StoreTestSupport.h"
#include "ui/common/EmptyState.h"
#include "ui/feed/CasePage.h"
#include "ui/feed/CommentThreadModel.h"
#include "ui/search/SearchHitDelegate.h"
#include "ui/search/SearchModel.h"
#include "ui/search/SearchPage.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

namespace {

const QByteArray kMe(32, 'm');
const QByteArray kColleague(32, 'c');

cases::Comment comment(const QUuid& caseId, const QString& body, int minutesAgo)
{
    cases::Comment value;
    value.id = QUuid::createUuid();
    value.caseId = caseId;
    value.authorIdentity = kColleague;
    value.body = body;
    value.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo);
    return value;
}

/// A store with three cases and a long discussion on one of them, so the hit is scrolled to.
struct SearchFixture {
    QTemporaryDir dir;
    cases::Case lesion = makeCase(1, QStringLiteral("Painless expanding lesion of the left shin"));
    cases::Case chest = makeCase(2, QStringLiteral("Breathless after a fall"));
    cases::Case skin = makeCase(3, QStringLiteral("Itchy plaques on both elbows"));
    cases::Comment hit;
    std::unique_ptr<store::StoreHost> host;

    SearchFixture()
    {
        chest.findings = QStringLiteral("Right apical pneumothorax, 2 cm rim, no mediastinal shift.");
        lesion.history = QStringLiteral("Sixteen-year-old <b>not bold</b> & three months of a growing mass.");
        {
            auto store = store::Store::open(dir.path(), testKey());
            REQUIRE(store.has_value());
            REQUIRE((*store)->people().savePerson({kMe, QStringLiteral("Dr. Me"), {}, {}, true, true}).has_value());
            REQUIRE((*store)
                        ->people()
                        .savePerson({kColleague, QStringLiteral("Dr. Jonas Weber"), {}, {}, false, true})
                        .has_value());
            for (const cases::Case& value : {lesion, chest, skin})
                REQUIRE((*store)->cases().save(value).has_value());
            for (int i = 0; i < 30; ++i) {
                REQUIRE(*(*store)->comments().add(
                    comment(lesion.id, QStringLiteral("Remark %1 on the rim and the matrix.").arg(i), 200 - i)));
            }
            hit = comment(lesion.id, QStringLiteral("Looks like a non-ossifying fibroma; no biopsy needed."), 100);
            REQUIRE(*(*store)->comments().add(hit));
            for (int i = 30; i < 45; ++i) {
                REQUIRE(*(*store)->comments().add(
                    comment(lesion.id, QStringLiteral("Remark %1 on the cortex.").arg(i), 90 - i)));
            }
        }
        auto opened = store::Store::open(dir.path(), testKey());
        REQUIRE(opened.has_value());
        host = std::make_unique<store::StoreHost>(std::move(*opened));
    }
};

} // namespace

TEST_CASE("search finds cases and comments as the user types, matches highlighted", "[ui][search]")
{
    SearchFixture f;
    SearchPage page(*f.host);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(760, 520);
    page.show();

    // Nothing typed: the page explains what it searches.
    auto* empty = page.findChild<EmptyState*>();
    REQUIRE(empty != nullptr);
    CHECK(empty->isVisible());
    CHECK(empty->title().contains(QStringLiteral("Search")));

    // Typed like a user, with the pause before the query runs.
    page.field()->setFocus();
    QTest::keyClicks(page.field(), QStringLiteral("pneumo"));
    REQUIRE(pumpUntil([&] { return page.model()->rowCount() == 1; }));
    const QModelIndex caseHit = page.model()->index(0);
    CHECK(caseHit.data(SearchModel::CaseIdRole).toUuid() == f.chest.id);
    CHECK_FALSE(caseHit.data(SearchModel::IsCommentRole).toBool());
    const QString snippet = caseHit.data(SearchModel::SnippetRole).toString();
    CHECK(snippet.contains(QChar(store::SearchHit::kMatchStart) + QStringLiteral("pneumothorax")
                           + QChar(store::SearchHit::kMatchEnd)));
    CHECK(page.view()->isVisible());
    CHECK(page.findChild<QLabel*>(QStringLiteral("searchStatus"))->text() == QStringLiteral("1 result(s)"));

    // Two words, each a prefix; the hit is a colleague's comment.
    page.search(QStringLiteral("fibro biop"));
    REQUIRE(pumpUntil([&] { return !page.model()->isSearching(); }));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0).data(SearchModel::CommentIdRole).toUuid() == f.hit.id);
    CHECK(page.model()->index(0).data(SearchModel::CaseIdRole).toUuid() == f.lesion.id);
    CHECK(page.model()->index(0).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Comment on")));
    saveScreenshot(page, QStringLiteral("search-comment-hit"));

    // Case text that looks like markup stays text in the snippet.
    page.search(QStringLiteral("sixteen"));
    REQUIRE(pumpUntil([&] { return !page.model()->isSearching() && page.model()->rowCount() == 1; }));
    const QString html =
        SearchHitDelegate::snippetHtml(page.model()->index(0).data(SearchModel::SnippetRole).toString(), Qt::yellow);
    INFO(html.toStdString());
    CHECK(html.contains(QStringLiteral("&lt;b&gt;not bold")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>")));
    CHECK(html.contains(QStringLiteral(">Sixteen</span>")));
    CHECK(SearchModel::plainSnippet(page.model()->index(0).data(SearchModel::SnippetRole).toString())
              .contains(QStringLiteral("Sixteen-year-old <b>not bold")));

    // Nothing found, and input that is only punctuation: explained, no error, no query.
    page.search(QStringLiteral("xylophone"));
    REQUIRE(pumpUntil([&] { return !page.model()->isSearching(); }));
    CHECK(page.model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->title().contains(QStringLiteral("xylophone")));
    page.search(QStringLiteral("\"( ) * - OR"));
    CHECK(page.model()->rowCount() <= 1); // "OR" is a word here, not an operator
    page.search(QStringLiteral("((( ***"));
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(page.model()->isSearching());
}

TEST_CASE("a comment hit opens its case with the comment selected and scrolled into view", "[ui][search]")
{
    SearchFixture f;
    QSplitter window;
    auto* page = new SearchPage(*f.host, &window);
    auto* casePage = new CasePage(*f.host, &window);
    window.resize(1400, 600);
    window.show();
    QObject::connect(
        page, &SearchPage::hitActivated, casePage,
        [casePage](const QUuid& caseId, const QUuid& commentId) { casePage->showCase(caseId, commentId); });
    QSignalSpy opened(page, &SearchPage::hitActivated);

    page->search(QStringLiteral("ossifying"));
    REQUIRE(pumpUntil([&] { return !page->model()->isSearching() && page->model()->rowCount() == 1; }));
    // Enter in the field opens the first result, as in a browser's address bar.
    page->field()->setFocus();
    QTest::keyClick(page->field(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toUuid() == f.lesion.id);
    CHECK(opened.at(0).at(1).toUuid() == f.hit.id);

    REQUIRE(pumpUntil([&] { return casePage->isLoaded() && casePage->thread()->rowCount() == 46; }));
    const QModelIndex current = casePage->threadView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(CommentThreadModel::CommentIdRole).toUuid() == f.hit.id);
    pumpUntil([] { return false; }, 200);
    // In view: the 31st of 46 comments is far below the first screen unless scrolled to.
    const QRect visible = casePage->threadView()->viewport()->rect();
    CHECK(visible.intersects(casePage->threadView()->visualRect(current)));
    saveScreenshot(window, QStringLiteral("search-opens-comment"));

    // A case hit opens the case without moving the thread.
    page->search(QStringLiteral("pneumothorax"));
    REQUIRE(pumpUntil([&] { return !page->model()->isSearching() && page->model()->rowCount() == 1; }));
    Q_EMIT page->view()->activated(page->model()->index(0));
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(1).toUuid().isNull());
    REQUIRE(pumpUntil([&] { return casePage->isLoaded() && casePage->caseId() == f.chest.id; }));
}
