#include "core/store/SearchRepository.h"
#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::test;

namespace {

cases::Comment makeComment(const QUuid& caseId, const QString& body, int minute, const QUuid& parent = {})
{
    return cases::Comment{QUuid::createUuid(), caseId, parent, QByteArray(32, 'c'), body,
                          QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + minute * 60'000LL, Qt::UTC), 0};
}

} // namespace

TEST_CASE("a thread keeps order, replies and helpful marks", "[store]")
{
    TempStore temp;
    const cases::Case value = makeCase(1);
    REQUIRE(temp->cases().save(value).has_value());
    const cases::Comment first = makeComment(value.id, QStringLiteral("Looks like a Ghon focus."), 2);
    const cases::Comment reply = makeComment(value.id, QStringLiteral("Agreed, see the hilar node."), 3, first.id);
    REQUIRE(*temp->comments().add(reply));
    REQUIRE(*temp->comments().add(first));
    // A second delivery of the same comment changes nothing.
    auto again = temp->comments().add(first);
    REQUIRE(again.has_value());
    CHECK_FALSE(*again);

    const QByteArray alice(32, 'A');
    const QByteArray bob(32, 'B');
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(temp->comments().setHelpful(first.id, alice, true, now).has_value());
    REQUIRE(temp->comments().setHelpful(first.id, alice, true, now).has_value()); // idempotent
    REQUIRE(temp->comments().setHelpful(first.id, bob, true, now).has_value());
    REQUIRE(temp->comments().setHelpful(reply.id, bob, true, now).has_value());
    REQUIRE(temp->comments().setHelpful(reply.id, bob, false, now).has_value());

    auto thread = temp->comments().thread(value.id);
    REQUIRE(thread.has_value());
    REQUIRE(thread->size() == 2);
    CHECK(thread->at(0).id == first.id);
    CHECK(thread->at(0).helpfulCount == 2);
    CHECK(thread->at(1).parentId == first.id);
    CHECK(thread->at(1).helpfulCount == 0);
}

TEST_CASE("a comment on an unknown case is refused", "[store]")
{
    TempStore temp;
    auto added = temp->comments().add(makeComment(QUuid::createUuid(), QStringLiteral("orphan"), 1));
    REQUIRE_FALSE(added.has_value());
    CHECK(added.error().code == ErrorCode::NotFound);
}

TEST_CASE("search matches word prefixes across cases and comments, newest first", "[store]")
{
    TempStore temp;
    cases::Case older = makeCase(1, QStringLiteral("Spontaneous pneumothorax in a tall young man"));
    cases::Case newer = makeCase(2, QStringLiteral("Tension pneumothorax after line insertion"));
    REQUIRE(temp->cases().save(older).has_value());
    REQUIRE(temp->cases().save(newer).has_value());
    REQUIRE(*temp->comments().add(makeComment(older.id, QStringLiteral("Pleural line visible at the apex."), 30)));

    auto hits = temp->search().search(QStringLiteral("pneumo"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 2);
    CHECK(hits->at(0).caseId == newer.id);
    const QString marked =
        QChar(store::SearchHit::kMatchStart) + QStringLiteral("pneumothorax") + QChar(store::SearchHit::kMatchEnd);
    CHECK(hits->at(0).snippet.contains(marked, Qt::CaseInsensitive));

    auto both = temp->search().search(QStringLiteral("pleural apex"));
    REQUIRE(both.has_value());
    REQUIRE(both->size() == 1);
    CHECK(both->at(0).caseId == older.id);
    CHECK_FALSE(both->at(0).commentId.isNull());
    CHECK(both->at(0).caseTitle == older.title);

    CHECK(temp->search().search(QStringLiteral("TENSION"))->size() == 1);
    CHECK(temp->search().search(QStringLiteral("tension -line"))->size() == 1); // '-' is not an operator
}

TEST_CASE("user text cannot form FTS syntax", "[store]")
{
    TempStore temp;
    REQUIRE(temp->cases().save(makeCase(1, QStringLiteral("Ordinary case"))).has_value());
    for (const char* hostile : {"\"", "*", "NEAR", "a OR b", "title:x", "(", "\"unterminated", "-", "^", "''", ""}) {
        INFO(hostile);
        auto hits = temp->search().search(QString::fromUtf8(hostile));
        CHECK(hits.has_value());
    }
    CHECK(store::SearchRepository::matchExpression(QStringLiteral("Foo OR bar")) == QStringLiteral("foo* or* bar*"));
    CHECK(store::SearchRepository::matchExpression(QStringLiteral("  ?!  ")).isEmpty());
    CHECK(store::SearchRepository::matchExpression(QStringLiteral("Müller café")) == QStringLiteral("müller* café*"));
}
