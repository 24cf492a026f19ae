#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace consilium;
using namespace consilium::test;

TEST_CASE("a saved case reads back field for field, tags normalised", "[store]")
{
    TempStore temp;
    cases::Case value = makeCase(5);
    value.history = QStringLiteral("Two weeks of cough.");
    value.findings = QStringLiteral("Right upper lobe opacity.");
    value.tags = {QStringLiteral("  Chest X-ray "), QStringLiteral("chest x-ray"), QStringLiteral("Teaching")};
    value.audience = cases::Audience::Group;
    value.groupId = QUuid::createUuid();
    value.epoch = 3;
    REQUIRE(temp->cases().save(value).has_value());

    auto found = temp->cases().find(value.id);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    const cases::Case& read = **found;
    CHECK(read.title == value.title);
    CHECK(read.history == value.history);
    CHECK(read.findings == value.findings);
    CHECK(read.authorIdentity == value.authorIdentity);
    CHECK(read.audience == cases::Audience::Group);
    CHECK(read.groupId == value.groupId);
    CHECK(read.createdAt == value.createdAt);
    CHECK(read.epoch == 3);
    CHECK(read.tags == QStringList{QStringLiteral("chest-x-ray"), QStringLiteral("teaching")});

    auto missing = temp->cases().find(QUuid::createUuid());
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("saving a case again replaces it and its search entry", "[store]")
{
    TempStore temp;
    cases::Case value = makeCase(1, QStringLiteral("Original pneumonia title"));
    REQUIRE(temp->cases().save(value).has_value());
    value.title = QStringLiteral("Corrected sarcoidosis title");
    REQUIRE(temp->cases().save(value).has_value());
    CHECK(*temp->cases().count() == 1);
    CHECK(temp->search().search(QStringLiteral("pneumonia"))->isEmpty());
    CHECK(temp->search().search(QStringLiteral("sarcoid"))->size() == 1);
}

TEST_CASE("the feed pages newest first through every case exactly once", "[store]")
{
    TempStore temp;
    constexpr int kCases = 1234;
    {
        auto transaction = store::SqlTransaction::begin(temp->database());
        REQUIRE(transaction.has_value());
        for (int n = 0; n < kCases; ++n) {
            cases::Case value = makeCase(n);
            // Equal timestamps in pairs, so the id must break ties.
            value.createdAt = value.createdAt.addSecs(-(n % 2) * 60);
            REQUIRE(temp->cases().save(value).has_value());
        }
        REQUIRE(transaction->commit().has_value());
    }
    cases::FeedQuery query;
    query.limit = 50;
    QSet<QUuid> seen;
    QDateTime previous;
    int pages = 0;
    while (true) {
        auto page = temp->cases().feed(query);
        REQUIRE(page.has_value());
        ++pages;
        for (const cases::Case& value : page->cases) {
            CHECK_FALSE(seen.contains(value.id));
            seen.insert(value.id);
            if (previous.isValid())
                CHECK(value.createdAt <= previous);
            previous = value.createdAt;
        }
        if (!page->next)
            break;
        query.after = page->next;
    }
    CHECK(seen.size() == kCases);
    CHECK(pages == kCases / 50 + 1);
}

TEST_CASE("feed filters by specialty, tag, group and unread", "[store]")
{
    TempStore temp;
    const QUuid group = QUuid::createUuid();
    for (int n = 0; n < 30; ++n) {
        cases::Case value = makeCase(n);
        if (n % 5 == 0)
            value.groupId = group;
        REQUIRE(temp->cases().save(value).has_value());
    }
    REQUIRE(temp->cases().setUnread(makeCase(2).id, false).has_value());
    REQUIRE(temp->cases().setUnread(makeCase(4).id, false).has_value());

    const auto countFor = [&](cases::FeedQuery query) {
        query.limit = 100;
        auto page = temp->cases().feed(query);
        REQUIRE(page.has_value());
        return page->cases.size();
    };
    cases::FeedQuery bySpecialty;
    bySpecialty.specialty = QStringLiteral("radiology");
    CHECK(countFor(bySpecialty) == 15);
    cases::FeedQuery byTag;
    byTag.tag = QStringLiteral("Case 1"); // normalised like the stored tags
    CHECK(countFor(byTag) == 10);
    cases::FeedQuery byGroup;
    byGroup.groupId = group;
    CHECK(countFor(byGroup) == 6);
    cases::FeedQuery unread;
    unread.unreadOnly = true;
    CHECK(countFor(unread) == 28);
    cases::FeedQuery combined;
    combined.specialty = QStringLiteral("radiology");
    combined.unreadOnly = true;
    CHECK(countFor(combined) == 13);
}

TEST_CASE("flags change only existing cases", "[store]")
{
    TempStore temp;
    REQUIRE(temp->cases().save(makeCase(1)).has_value());
    REQUIRE(temp->cases().setPinned(makeCase(1).id, true).has_value());
    REQUIRE(temp->cases().setFollowing(makeCase(1).id, false).has_value());
    auto found = temp->cases().find(makeCase(1).id);
    CHECK((*found)->pinned);
    CHECK_FALSE((*found)->following);
    auto missing = temp->cases().setPinned(QUuid::createUuid(), true);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("removing a case removes its comments and search entries", "[store]")
{
    TempStore temp;
    const cases::Case value = makeCase(1, QStringLiteral("Unique histiocytosis case"));
    REQUIRE(temp->cases().save(value).has_value());
    REQUIRE(temp->comments()
                .add({QUuid::createUuid(), value.id, {}, QByteArray(32, 'x'), QStringLiteral("histiocytosis indeed"),
                      QDateTime::currentDateTimeUtc(), 0})
                .has_value());
    CHECK(temp->search().search(QStringLiteral("histiocytosis"))->size() == 2);
    REQUIRE(temp->cases().remove(value.id).has_value());
    CHECK(*temp->cases().count() == 0);
    CHECK(temp->search().search(QStringLiteral("histiocytosis"))->isEmpty());
    CHECK(temp->comments().thread(value.id)->isEmpty());
}
