#include "core/store/Schema.h"
#include "core/store/SqlDatabase.h"
#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace consilium;
using namespace consilium::test;

namespace {

// Data written by a database at each schema version, in that version's own SQL. When a
// migration is added, add the seed for the version before it here: the test then upgrades a
// populated database from every earlier version to the latest.
const std::vector<std::function<void(store::SqlDatabase&)>>& seeds()
{
    static const std::vector<std::function<void(store::SqlDatabase&)>> all{
        // version 0: an empty file, nothing to seed.
        [](store::SqlDatabase&) {},
        // version 1
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral(
                                   "INSERT INTO cases (case_uuid, author_identity, title, created_at, updated_at) "
                                   "VALUES (x'00112233445566778899aabbccddeeff', zeroblob(32), 'seeded at v1', 1, 1);"))
                        .has_value());
        },
        // version 2
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral("INSERT INTO own_keys (purpose, secret, public_key, created_at) "
                                              "VALUES ('identity', zeroblob(32), zeroblob(32), 2);"))
                        .has_value());
        },
        // version 3
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral("INSERT INTO case_attachments (case_id, position, blob_uuid, kind, "
                                              "plaintext_size) SELECT id, 0, zeroblob(16), 0, 1 FROM cases;"))
                        .has_value());
        },
        // version 4
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral("INSERT INTO sync_values (name, value, updated_at) "
                                              "VALUES ('relay-url', CAST('http://127.0.0.1:1' AS BLOB), 4);"))
                        .has_value());
        },
        // version 5
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral("INSERT INTO outbox (kind, payload, next_attempt_at, created_at, "
                                              "case_uuid, size) VALUES (1, zeroblob(16), 5, 5, zeroblob(16), 1024);"))
                        .has_value());
        },
        // version 6
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral("UPDATE blobs SET evicted = 0, on_relay = 0;")).has_value());
        },
        // version 7
        [](store::SqlDatabase& db) {
            REQUIRE(db.execute(QStringLiteral("INSERT INTO case_thumbnails (case_id, image, made_at) "
                                              "SELECT id, x'ffd8ffd9', 7 FROM cases;"))
                        .has_value());
        },
    };
    return all;
}

} // namespace

TEST_CASE("there is a seed for every schema version", "[store]")
{
    CHECK(static_cast<int>(seeds().size()) == store::latestSchemaVersion() + 1);
}

TEST_CASE("a database upgrades from every earlier schema version and keeps its data", "[store]")
{
    for (int from = 0; from < store::latestSchemaVersion(); ++from) {
        INFO("upgrading from version " << from);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("profile.db"));
        {
            auto db = store::SqlDatabase::open(path, testKey());
            REQUIRE(db.has_value());
            REQUIRE(store::migrate(**db, from).has_value());
            for (int version = 0; version <= from; ++version)
                seeds()[static_cast<size_t>(version)](**db);
        }
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        auto version = store::schemaVersion((*store)->database());
        REQUIRE(version.has_value());
        CHECK(*version == store::latestSchemaVersion());
        auto check = (*store)->database().prepare(QStringLiteral("PRAGMA integrity_check;"));
        REQUIRE(check.has_value());
        REQUIRE(*check->next());
        CHECK(check->text(0) == QStringLiteral("ok"));
        if (from >= 1) {
            auto count = (*store)->cases().count();
            REQUIRE(count.has_value());
            CHECK(*count == 1);
        }
    }
}

TEST_CASE("schema 6 marks the blobs of received cases as held by the relay, and the profile's own as not",
          "[store][cache]")
{
    QTemporaryDir dir;
    const QString path = store::Store::databasePath(dir.path());
    {
        auto db = store::SqlDatabase::open(path, testKey());
        REQUIRE(db.has_value());
        REQUIRE(store::migrate(**db, 5).has_value());
        REQUIRE((*db)
                    ->execute(QStringLiteral(
                                  "INSERT INTO identities (identity_key, display_name, is_self, created_at) "
                                  "VALUES (x'%1', 'Me', 1, 1), (x'%2', 'Colleague', 0, 1);"
                                  "INSERT INTO cases (case_uuid, author_identity, title, created_at, updated_at) "
                                  "VALUES (x'000000000000000000000000000000aa', x'%1', 'mine', 1, 1), "
                                  "(x'000000000000000000000000000000bb', x'%2', 'received', 1, 1);"
                                  "INSERT INTO blobs (blob_uuid, file_name, blob_key, ciphertext_size, "
                                  "ciphertext_hash, case_uuid, last_access) VALUES "
                                  "(x'000000000000000000000000000000a1', 'mine', zeroblob(32), 10, zeroblob(32), "
                                  "x'000000000000000000000000000000aa', 1), "
                                  "(x'000000000000000000000000000000b1', 'received', zeroblob(32), 20, zeroblob(32), "
                                  "x'000000000000000000000000000000bb', 1);")
                                  .arg(QString(64, u'1'), QString(64, u'2')))
                    .has_value());
        REQUIRE(store::migrate(**db).has_value());
        auto rows = (*db)->prepare(QStringLiteral("SELECT file_name, on_relay, evicted FROM blobs ORDER BY file_name"));
        REQUIRE(rows.has_value());
        REQUIRE(*rows->next());
        CHECK(rows->text(0) == QStringLiteral("mine"));
        CHECK(rows->integer(1) == 0); // may exist only here: never evicted
        CHECK(rows->integer(2) == 0);
        REQUIRE(*rows->next());
        CHECK(rows->text(0) == QStringLiteral("received"));
        CHECK(rows->integer(1) == 1);
        CHECK(rows->integer(2) == 0);
    }
    // Their files are missing here: opening keeps the received blob as evicted (fetched again on
    // opening the case) and drops the row of the own one, as before.
    auto store = store::Store::open(dir.path(), testKey());
    REQUIRE(store.has_value());
    CHECK((*store)->recovery().markedEvicted == 1);
    CHECK((*store)->recovery().removedDanglingRows == 1);
    CHECK((*store)->cache().usage()->evictedBytes == 20);
}

TEST_CASE("schema 7 adds the thumbnails table to a populated schema 6 database and keeps its cases",
          "[store][thumbnails]")
{
    QTemporaryDir dir;
    const QUuid caseId = QUuid::fromRfc4122(QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    {
        auto db = store::SqlDatabase::open(store::Store::databasePath(dir.path()), testKey());
        REQUIRE(db.has_value());
        REQUIRE(store::migrate(**db, 6).has_value());
        seeds()[1](**db);
        auto table =
            (*db)->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'case_thumbnails'"));
        REQUIRE(table.has_value());
        REQUIRE(*table->next());
        CHECK(table->integer(0) == 0);
    }
    auto store = store::Store::open(dir.path(), testKey());
    REQUIRE(store.has_value());
    CHECK(*store::schemaVersion((*store)->database()) == 7);
    auto seeded = (*store)->cases().find(caseId);
    REQUIRE(seeded.has_value());
    REQUIRE(seeded->has_value());
    CHECK((*seeded)->title == QStringLiteral("seeded at v1"));
    // The seeded case has no thumbnail yet, and gets one.
    CHECK_FALSE((*store)->thumbnails().get(caseId)->has_value());
    REQUIRE((*store)->thumbnails().put(caseId, QByteArray("\xff\xd8\xff\xd9", 4)).has_value());
    CHECK((*store)->thumbnails().get(caseId)->has_value());
}

TEST_CASE("a database from a newer Consilium is refused with advice", "[store]")
{
    QTemporaryDir dir;
    {
        auto db = store::SqlDatabase::open(store::Store::databasePath(dir.path()), testKey());
        REQUIRE(db.has_value());
        REQUIRE((*db)->execute(QStringLiteral("PRAGMA user_version = 999;")).has_value());
    }
    auto store = store::Store::open(dir.path(), testKey());
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == ErrorCode::Unsupported);
    CHECK(store.error().message.contains(QStringLiteral("newer Consilium")));
}
