// The outbox's whole-case progress over a real store (ui/sync's OutboxTracker): a case's blobs and
// envelopes counted together, the item in flight counted by its bytes, a case that leaves the
// outbox reported as sent, and cases listed in the order they go out. The Outbox page itself,
// offline and after reconnecting, is exercised end to end in tests/appsync.

#include "core/store/SyncStateRepository.h"
#include "tests/store/StoreTestSupport.h"
#include "ui/sync/OutboxTracker.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::test;
using consilium::ui::OutboxEntry;
using consilium::ui::OutboxTracker;

TEST_CASE("a published case's progress counts every blob and envelope, then it is sent", "[ui][outbox]")
{
    TempStore temp;
    auto& outbox = temp->syncState();
    const cases::Case chest = makeCase(1, QStringLiteral("Chest film"));
    const cases::Case photo = makeCase(2, QStringLiteral("Forearm photo"));
    REQUIRE(temp->cases().save(chest).has_value());
    REQUIRE(temp->cases().save(photo).has_value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(outbox.enqueue(1, QByteArray(16, 'a'), now, chest.id, 6000).has_value());
    REQUIRE(outbox.enqueue(1, QByteArray(16, 'b'), now, chest.id, 3000).has_value());
    REQUIRE(outbox.enqueue(2, QByteArray(1000, 'e'), now, chest.id).has_value());
    REQUIRE(outbox.enqueue(1, QByteArray(16, 'c'), now, photo.id, 500).has_value());

    OutboxTracker tracker;
    auto entries = tracker.refresh(outbox);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).title == QStringLiteral("Chest film"));
    CHECK(entries->at(0).state == OutboxEntry::State::Queued); // offline, or not started
    CHECK(entries->at(0).totalBytes == 10000);
    CHECK(entries->at(0).sentBytes == 0);
    CHECK(entries->at(0).perMille() == 0);
    CHECK(entries->at(1).title == QStringLiteral("Forearm photo"));

    // The first blob goes out: half of it is on the relay.
    auto items = outbox.due(now);
    REQUIRE(items->size() == 4);
    tracker.itemChanged(items->at(0), false);
    tracker.itemProgress(3000);
    entries = tracker.refresh(outbox);
    CHECK(entries->at(0).state == OutboxEntry::State::Sending);
    CHECK(entries->at(0).sentBytes == 3000);
    CHECK(entries->at(0).perMille() == 300);
    CHECK(entries->at(1).state == OutboxEntry::State::Queued);

    // Accepted and removed; the next blob starts: what left counts as sent, the total stays.
    REQUIRE(outbox.remove(items->at(0).id).has_value());
    tracker.itemChanged(items->at(0), true);
    tracker.itemChanged(items->at(1), false);
    tracker.itemProgress(1000);
    entries = tracker.refresh(outbox);
    CHECK(entries->at(0).totalBytes == 10000);
    CHECK(entries->at(0).sentBytes == 7000);

    // The connection drops mid-way: the case is queued again with what it had sent.
    tracker.idle();
    entries = tracker.refresh(outbox);
    CHECK(entries->at(0).state == OutboxEntry::State::Queued);
    CHECK(entries->at(0).sentBytes == 6000);

    // Back online: the rest goes; the case is reported sent, at 100 %, after the pending ones.
    REQUIRE(outbox.remove(items->at(1).id).has_value());
    REQUIRE(outbox.remove(items->at(2).id).has_value());
    tracker.itemChanged(items->at(2), true);
    entries = tracker.refresh(outbox);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).title == QStringLiteral("Forearm photo"));
    CHECK(entries->at(0).state == OutboxEntry::State::Queued);
    CHECK(entries->at(1).title == QStringLiteral("Chest film"));
    CHECK(entries->at(1).state == OutboxEntry::State::Sent);
    CHECK(entries->at(1).perMille() == 1000);

    // Reported sent once: the next reading still lists it, not twice.
    REQUIRE(outbox.remove(items->at(3).id).has_value());
    entries = tracker.refresh(outbox);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).title == QStringLiteral("Forearm photo")); // newest sent first
    CHECK(entries->at(0).state == OutboxEntry::State::Sent);
    CHECK(entries->at(1).state == OutboxEntry::State::Sent);
}
