#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::test;

TEST_CASE("sealed objects are stored once and read back in epoch and sequence order", "[store]")
{
    TempStore temp;
    auto& sync = temp->syncState();
    const QUuid caseId = QUuid::createUuid();
    store::StoredObject second{QUuid::createUuid(), caseId, 2, QByteArray(32, 'd'), 2, 0, QByteArray("sealed-2")};
    store::StoredObject first{QUuid::createUuid(), caseId, 1, QByteArray(32, 'd'), 1, 0, QByteArray("sealed-1")};
    store::StoredObject nextEpoch{QUuid::createUuid(), caseId, 2, QByteArray(32, 'e'), 1, 1, QByteArray("sealed-3")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(*sync.putObject(nextEpoch, now));
    CHECK(*sync.putObject(second, now));
    CHECK(*sync.putObject(first, now));
    CHECK_FALSE(*sync.putObject(first, now)); // duplicate delivery

    auto objects = sync.objectsOfCase(caseId);
    REQUIRE(objects.has_value());
    REQUIRE(objects->size() == 3);
    CHECK(objects->at(0).sealed == QByteArray("sealed-1"));
    CHECK(objects->at(1).sealed == QByteArray("sealed-2"));
    CHECK(objects->at(2).epoch == 1);
}

TEST_CASE("the outbox hands out due items and keeps failed ones for retry", "[store]")
{
    TempStore temp;
    auto& sync = temp->syncState();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 a = *sync.enqueue(1, QByteArray("upload blob"), now);
    const qint64 b = *sync.enqueue(2, QByteArray("post envelope"), now.addSecs(60));
    CHECK(b > a);
    auto due = sync.due(now);
    REQUIRE(due.has_value());
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).payload == QByteArray("upload blob"));

    REQUIRE(sync.recordFailure(a, QStringLiteral("relay unreachable"), now.addSecs(30)).has_value());
    CHECK(sync.due(now)->isEmpty());
    auto later = sync.due(now.addSecs(61));
    REQUIRE(later->size() == 2);
    CHECK(later->at(0).attempts == 1);
    CHECK(later->at(0).lastError == QStringLiteral("relay unreachable"));

    REQUIRE(sync.remove(a).has_value());
    CHECK(*sync.outboxSize() == 1);
}

TEST_CASE("the outbox lists what it holds case by case, with bytes, attempts and the last error", "[store]")
{
    TempStore temp;
    auto& sync = temp->syncState();
    const cases::Case first = makeCase(1, QStringLiteral("Chest film"));
    const cases::Case second = makeCase(2, QStringLiteral("Forearm photo"));
    REQUIRE(temp->cases().save(first).has_value());
    REQUIRE(temp->cases().save(second).has_value());
    const QUuid gone = QUuid::createUuid(); // a case no longer in the store
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 blob = *sync.enqueue(1, QByteArray(16, 'b'), now, first.id, 5000);
    REQUIRE(sync.enqueue(2, QByteArray("envelopes"), now, first.id).has_value()); // size: the payload's 9 bytes
    REQUIRE(sync.enqueue(2, QByteArray("introduction"), now).has_value()); // no case: not listed
    REQUIRE(sync.enqueue(1, QByteArray(16, 'c'), now, second.id, 700).has_value());
    REQUIRE(sync.enqueue(2, QByteArray("x"), now, gone).has_value());
    REQUIRE(sync.recordFailure(blob, QStringLiteral("relay unreachable"), now).has_value());

    auto due = sync.due(now);
    REQUIRE(due->size() == 5);
    CHECK(due->at(0).caseId == first.id);
    CHECK(due->at(0).size == 5000);
    CHECK(due->at(1).size == 9);
    CHECK(due->at(2).caseId.isNull());

    auto cases = sync.pendingCases();
    REQUIRE(cases.has_value());
    REQUIRE(cases->size() == 3);
    CHECK(cases->at(0).caseId == first.id); // in the order they will be sent
    CHECK(cases->at(0).title == QStringLiteral("Chest film"));
    CHECK(cases->at(0).items == 2);
    CHECK(cases->at(0).bytes == 5009);
    CHECK(cases->at(0).attempts == 1);
    CHECK(cases->at(0).lastError == QStringLiteral("relay unreachable"));
    CHECK(cases->at(1).title == QStringLiteral("Forearm photo"));
    CHECK(cases->at(1).bytes == 700);
    CHECK(cases->at(1).lastError.isEmpty());
    CHECK(cases->at(2).caseId == gone);
    CHECK(cases->at(2).title.isEmpty());

    REQUIRE(sync.remove(blob).has_value());
    CHECK(sync.pendingCases()->at(0).bytes == 9);
}

TEST_CASE("inbox cursors persist per mailbox", "[store]")
{
    TempStore temp;
    auto& sync = temp->syncState();
    CHECK_FALSE(sync.inboxCursor(QStringLiteral("device-1"))->has_value());
    REQUIRE(sync.setInboxCursor(QStringLiteral("device-1"), QStringLiteral("41")).has_value());
    REQUIRE(sync.setInboxCursor(QStringLiteral("device-1"), QStringLiteral("42")).has_value());
    CHECK(**sync.inboxCursor(QStringLiteral("device-1")) == QStringLiteral("42"));
}

TEST_CASE("drafts save, list newest first, load and delete", "[store]")
{
    TempStore temp;
    auto& drafts = temp->drafts();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::Draft a{QUuid::createUuid(), QStringLiteral("Half-written case"), QByteArray("state-a"), now};
    store::Draft b{QUuid::createUuid(), QStringLiteral("Another"), QByteArray("state-b"), now.addSecs(10)};
    REQUIRE(drafts.save(a).has_value());
    REQUIRE(drafts.save(b).has_value());
    a.payload = QByteArray("state-a2");
    a.updatedAt = now.addSecs(20);
    REQUIRE(drafts.save(a).has_value());

    auto list = drafts.list();
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == a.id);
    CHECK(list->at(0).payload.isEmpty()); // listing does not load payloads
    CHECK((*drafts.find(a.id))->payload == QByteArray("state-a2"));
    REQUIRE(drafts.remove(a.id).has_value());
    CHECK_FALSE(drafts.find(a.id)->has_value());
}
