// The feed over a real encrypted store: FeedModel paging and filtering (checked by
// QAbstractItemModelTester), FeedPage's empty states, and a screenshot of the list as users see it.

#include "core/store/StoreHost.h"
#include "tests/store/StoreTestSupport.h"
#include "ui/feed/CardPainting.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QThread>
#include <functional>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

namespace {

/// A host over a temporary store filled with `count` cases (makeCase: alternating radiology and
/// dermatology, tags "teaching" and "case-<n % 3>", one minute apart), half of them read.
struct FilledHost {
    QTemporaryDir dir;
    std::unique_ptr<store::StoreHost> host;

    explicit FilledHost(int count, const std::function<void(store::Store&)>& extra = {})
    {
        auto opened = store::Store::open(dir.path(), testKey());
        REQUIRE(opened.has_value());
        store::Store& store = **opened;
        auto transaction = store::SqlTransaction::begin(store.database());
        REQUIRE(transaction.has_value());
        for (int n = 0; n < count; ++n) {
            cases::Case value = makeCase(n);
            value.unread = n % 2 == 0;
            REQUIRE(store.cases().save(value).has_value());
        }
        REQUIRE(transaction->commit().has_value());
        if (extra)
            extra(store);
        host = std::make_unique<store::StoreHost>(std::move(*opened));
    }
};

} // namespace

TEST_CASE("the feed model pages through every case once, newest first", "[ui][feed]")
{
    FilledHost filled(260);
    FeedModel model(*filled.host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setQuery({});
    REQUIRE(pumpUntil([&] { return model.hasLoadedFirstPage(); }));
    CHECK(model.rowCount() == 50);
    CHECK(model.index(0).data(FeedModel::TitleRole).toString() == QStringLiteral("Case 259"));

    // QAbstractItemModelTester fetches too (as views do), so drive paging until nothing is left.
    for (int guard = 0; guard < 20; ++guard) {
        REQUIRE(pumpUntil([&] { return !model.isLoading(); }));
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    REQUIRE(model.rowCount() == 260);
    QSet<QUuid> ids;
    QDateTime previous = model.index(0).data(FeedModel::CreatedRole).toDateTime();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        ids.insert(index.data(FeedModel::CaseIdRole).toUuid());
        const QDateTime created = index.data(FeedModel::CreatedRole).toDateTime();
        CHECK(created <= previous);
        previous = created;
    }
    CHECK(ids.size() == 260);
}

TEST_CASE("changing the query starts again and drops pages of the old query", "[ui][feed]")
{
    FilledHost filled(120);
    FeedModel model(*filled.host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setQuery({});
    // Change the query before the first page arrives: only dermatology rows may ever appear.
    cases::FeedQuery dermatology;
    dermatology.specialty = QStringLiteral("dermatology");
    dermatology.unreadOnly = true;
    model.setQuery(dermatology);
    REQUIRE(pumpUntil([&] { return model.hasLoadedFirstPage() && !model.isLoading(); }));
    filled.host->waitForIdle();
    QCoreApplication::processEvents();
    // makeCase: odd n is dermatology; unread only when n is even, so none match.
    CHECK(model.rowCount() == 0);

    cases::FeedQuery tagged;
    tagged.tag = QStringLiteral("Case 1"); // normalised to case-1 like the stored tags
    model.setQuery(tagged);
    REQUIRE(pumpUntil([&] { return model.hasLoadedFirstPage() && !model.isLoading(); }));
    CHECK(model.rowCount() == 40);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row).data(FeedModel::TagsRole).toStringList().contains(QStringLiteral("case-1")));
}

TEST_CASE("one case's row is refreshed in place, without resetting the list", "[ui][feed]")
{
    FilledHost filled(120);
    FeedModel model(*filled.host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    REQUIRE(pumpUntil([&] { return model.hasLoadedFirstPage(); }));
    // Load every page first (the tester fetches too), so only the refresh can change anything.
    for (int guard = 0; guard < 20; ++guard) {
        REQUIRE(pumpUntil([&] { return !model.isLoading(); }));
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    const int rows = model.rowCount();
    REQUIRE(rows == 120);
    const QModelIndex row3 = model.index(3);
    const QUuid id = row3.data(FeedModel::CaseIdRole).toUuid();
    const bool wasUnread = row3.data(FeedModel::UnreadRole).toBool();

    bool written = false;
    QObject receiver;
    filled.host->run(
        &receiver, [id, wasUnread](store::Store& store) { return store.cases().setUnread(id, !wasUnread); },
        [&](Result<void> ok) { written = ok.has_value(); });
    REQUIRE(pumpUntil([&] { return written; }));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshCase(id);
    REQUIRE(pumpUntil([&] { return changed.count() == 1; }));
    CHECK(reset.count() == 0);
    CHECK(model.rowCount() == rows);
    CHECK(changed.first().at(0).value<QModelIndex>().row() == 3);
    CHECK(model.index(3).data(FeedModel::UnreadRole).toBool() == !wasUnread);
}

TEST_CASE("a case's age is told relative to now", "[ui][feed]")
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000LL, Qt::UTC);
    CHECK(relativeAge(now.addSecs(-20), now) == QStringLiteral("just now"));
    CHECK(relativeAge(now.addSecs(-5 * 60), now) == QStringLiteral("5 min ago"));
    CHECK(relativeAge(now.addSecs(-3 * 3600), now) == QStringLiteral("3 h ago"));
    CHECK(relativeAge(now.addDays(-3), now) == QStringLiteral("3 days ago"));
    CHECK_FALSE(relativeAge(now.addDays(-30), now).contains(QStringLiteral("ago")));
}

TEST_CASE("the feed page filters, explains empty results and scrolls 10,000 cases", "[ui][feed]")
{
    // Names and verified badges for the screenshot.
    FilledHost filled(10000, [](store::Store& store) {
        const QStringList names{QStringLiteral("Dr. Amara Okafor"),  QStringLiteral("Dr. Jonas Weber"),
                                QStringLiteral("Dr. Lucía Ortega"),  QStringLiteral("Dr. Chen Wei"),
                                QStringLiteral("Dr. Marie Laurent"), QStringLiteral("Dr. Sam Patel"),
                                QStringLiteral("Dr. Ines Costa")};
        for (int n = 0; n < names.size(); ++n) {
            cases::Person person;
            person.identityKey = QByteArray(32, static_cast<char>(n + 1));
            person.displayName = names.at(n);
            REQUIRE(store.people().savePerson(person).has_value());
            if (n % 2 == 0)
                REQUIRE(store.people().setVerified(person.identityKey, true, QDateTime::currentDateTimeUtc()));
        }
    });

    FeedPage page(*filled.host);
    page.resize(900, 640);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* stack = page.findChild<QStackedWidget*>();
    REQUIRE(stack);
    REQUIRE(pumpUntil([&] { return page.model()->hasLoadedFirstPage(); }));
    CHECK(stack->currentWidget() == page.view());

    auto* specialty = page.findChild<QComboBox*>();
    REQUIRE(specialty);
    REQUIRE(pumpUntil([&] { return specialty->count() == 3; }));
    CHECK(specialty->itemText(1) == QStringLiteral("Dermatology"));

    saveScreenshot(page, QStringLiteral("feed"));

    // Scrolling to the bottom repeatedly makes the view fetch page after page on its own.
    QScrollBar* bar = page.view()->verticalScrollBar();
    for (int i = 0; i < 30 && page.model()->rowCount() < 10000; ++i) {
        bar->setValue(bar->maximum());
        pumpUntil([&] { return !page.model()->isLoading(); });
        QCoreApplication::processEvents();
    }
    CHECK(page.model()->rowCount() > 50 * 10);

    // A tag nobody uses: the empty state explains the filters.
    auto* tag = page.findChild<QLineEdit*>();
    REQUIRE(tag);
    tag->setText(QStringLiteral("no-such-tag"));
    REQUIRE(pumpUntil([&] {
        return page.model()->query().tag == QStringLiteral("no-such-tag") && page.model()->hasLoadedFirstPage()
               && !page.model()->isLoading();
    }));
    CHECK(page.model()->rowCount() == 0);
    CHECK(stack->currentWidget() != page.view());
    saveScreenshot(page, QStringLiteral("feed-no-match"));

    tag->clear();
    REQUIRE(pumpUntil([&] { return page.model()->query().tag.isEmpty() && page.model()->rowCount() >= 50; }));
    CHECK(stack->currentWidget() == page.view());
}
