#include "core/store/Schema.h"
#include "core/store/SqlDatabase.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace consilium;
using namespace consilium::test;

TEST_CASE("the database is SQLCipher with 4096-byte pages, WAL and secure delete", "[store]")
{
    TempStore temp;
    auto& db = temp->database();
    CHECK(db.cipherVersion() == QStringLiteral("3.4.1"));
    const auto pragma = [&db](const char* sql) {
        auto statement = db.prepare(QString::fromLatin1(sql));
        REQUIRE(statement.has_value());
        auto row = statement->next();
        REQUIRE(row.has_value());
        REQUIRE(*row);
        return statement->text(0);
    };
    CHECK(pragma("PRAGMA cipher_page_size;") == QStringLiteral("4096"));
    CHECK(pragma("PRAGMA journal_mode;") == QStringLiteral("wal"));
    CHECK(pragma("PRAGMA secure_delete;") == QStringLiteral("1"));
    CHECK(pragma("PRAGMA foreign_keys;") == QStringLiteral("1"));
}

TEST_CASE("the database file does not start with the SQLite plaintext header", "[store]")
{
    TempStore temp;
    REQUIRE(temp->cases().save(makeCase(1)).has_value());
    QFile file(store::Store::databasePath(temp.dir.path()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.read(16).startsWith("SQLite format 3"));
}

TEST_CASE("a wrong key fails cleanly and leaves the data intact", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        REQUIRE((*store)->cases().save(makeCase(7)).has_value());
    }
    const QByteArray before = allBytesUnder(dir.path());
    auto wrong = store::Store::open(dir.path(), testKey(0x43));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == ErrorCode::PermissionDenied);
    CHECK(wrong.error().message.contains(QStringLiteral("wrong key")));

    auto right = store::Store::open(dir.path(), testKey());
    REQUIRE(right.has_value());
    auto found = (*right)->cases().find(makeCase(7).id);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->title == QStringLiteral("Case 7"));
    CHECK(before.size() > 0);
}

TEST_CASE("a key of the wrong length is refused", "[store]")
{
    QTemporaryDir dir;
    auto db = store::SqlDatabase::open(dir.filePath(QStringLiteral("x.db")), QByteArray(16, 'k'));
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a file that is not a database is refused without being changed", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.db"));
    const QByteArray junk(8192, 'j');
    writeFile(path, junk);
    auto db = store::SqlDatabase::open(path, testKey());
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::PermissionDenied);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == junk);
}

TEST_CASE("planted plaintext never reaches the disk", "[store]")
{
    const QString planted = QStringLiteral("Zebrafinch-Pneumothorax-7731");
    TempStore temp;
    cases::Case value = makeCase(3, planted);
    value.history = QStringLiteral("History mentions ") + planted;
    REQUIRE(temp->cases().save(value).has_value());
    cases::Comment comment{QUuid::createUuid(), value.id, {}, QByteArray(32, 'a'), planted + QStringLiteral(" comment"),
                           QDateTime::currentDateTimeUtc(), 0};
    REQUIRE(temp->comments().add(comment).has_value());
    // Search must still find it: the index lives inside the encrypted database.
    auto hits = temp->search().search(QStringLiteral("zebrafinch"));
    REQUIRE(hits.has_value());
    CHECK(hits->size() == 2);

    const QByteArray disk = allBytesUnder(temp.dir.path());
    CHECK(disk.size() > 4096);
    CHECK_FALSE(disk.contains(planted.toUtf8()));
    CHECK_FALSE(disk.contains("Zebrafinch"));
    CHECK_FALSE(disk.contains("zebrafinch"));
}

TEST_CASE("the client executables never load libsqlite3", "[store]")
{
    // libsqlite3 and libsqlcipher export the same symbols; loading both would silently route
    // some calls to the unencrypted library (ARCHITECTURE.md).
    for (const char* program : {"consilium", "consilium-cli"}) {
        const QString path = QDir(binDir()).filePath(QString::fromLatin1(program));
        if (!QFile::exists(path))
            continue;
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {path});
        REQUIRE(ldd.waitForFinished(20000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        INFO(program);
        CHECK_FALSE(libraries.contains("libsqlite3"));
    }
}

TEST_CASE("a failing repository call inside a batch undoes only its own work", "[store]")
{
    TempStore temp;
    auto outer = store::SqlTransaction::begin(temp->database());
    REQUIRE(outer.has_value());
    REQUIRE(temp->cases().save(makeCase(1)).has_value());
    // Fails half-way (unknown member) and rolls back to its savepoint.
    cases::Group group{QUuid::createUuid(), QStringLiteral("g"), {{QByteArray(32, 'z'), cases::GroupRole::Member}}};
    REQUIRE_FALSE(temp->groups().save(group).has_value());
    REQUIRE(temp->cases().save(makeCase(2)).has_value());
    REQUIRE(outer->commit().has_value());

    CHECK(*temp->cases().count() == 2);
    CHECK(temp->groups().list()->isEmpty());
}

TEST_CASE("an abandoned batch leaves nothing behind", "[store]")
{
    TempStore temp;
    {
        auto outer = store::SqlTransaction::begin(temp->database());
        REQUIRE(outer.has_value());
        REQUIRE(temp->cases().save(makeCase(1)).has_value());
    } // no commit
    CHECK(*temp->cases().count() == 0);
    CHECK(temp->search().search(QStringLiteral("lesion"))->isEmpty());
}
