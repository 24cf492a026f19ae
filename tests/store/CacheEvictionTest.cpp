// The cache size limit (issue 8) over a real SQLCipher store: what is evicted, in which order,
// what never is, how an evicted blob comes back, and what a crash at any moment leaves.

#include "core/store/CacheEviction.h"
#include "core/crypto/BlobStream.h"
#include "core/store/SqlDatabase.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace consilium;
using namespace consilium::test;

namespace {

constexpr qint64 kBlob = 100'000;

QByteArray blake(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256);
}

QByteArray contentOf(int n)
{
    return QByteArray(static_cast<int>(kBlob), static_cast<char>('a' + n));
}

// A received case (by someone else) with one blob of kBlob bytes that the relay holds, last used
// at `usedMs`.
struct Made {
    QUuid caseId;
    QUuid blobId;
    QString path;
};

Made receivedCase(store::Store& store, int n, qint64 usedMs, bool onRelay = true)
{
    const cases::Case value = makeCase(n);
    REQUIRE(store.cases().save(value).has_value());
    const QString staged = store.blobs().newStagingPath();
    writeFile(staged, contentOf(n));
    auto record = store.blobs().adopt(staged, QByteArray(32, 'k'), blake(contentOf(n)), value.id, false, onRelay);
    REQUIRE(record.has_value());
    auto touch = store.database().prepare(QStringLiteral("UPDATE blobs SET last_access = ? WHERE blob_uuid = ?"));
    REQUIRE(touch.has_value());
    REQUIRE(touch->bind(1, usedMs).bind(2, record->id.toRfc4122()).run().has_value());
    return {value.id, record->id, record->path};
}

bool isEvicted(store::Store& store, const QUuid& blobId)
{
    auto found = store.blobs().find(blobId);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return (*found)->evicted;
}

} // namespace

TEST_CASE("eviction removes the least recently used cases until the cache is under the limit", "[store][cache]")
{
    TempStore temp;
    store::Store& store = *temp.store;
    const Made oldest = receivedCase(store, 1, 1000);
    const Made older = receivedCase(store, 2, 2000);
    const Made recent = receivedCase(store, 3, 3000);
    const Made newest = receivedCase(store, 4, 4000);
    CHECK(store.cache().usage()->cachedBytes == 4 * kBlob);

    // Under the limit: nothing happens. No limit: nothing happens.
    CHECK(store.cache().enforce(4 * kBlob)->blobs == 0);
    CHECK(store.cache().enforce(0)->blobs == 0);

    auto report = store.cache().enforce(2 * kBlob + kBlob / 2);
    REQUIRE(report.has_value());
    CHECK(report->cases == 2);
    CHECK(report->blobs == 2);
    CHECK(report->freedBytes == 2 * kBlob);
    CHECK(report->cachedBytes == 2 * kBlob);
    CHECK(isEvicted(store, oldest.blobId));
    CHECK(isEvicted(store, older.blobId));
    CHECK_FALSE(isEvicted(store, recent.blobId));
    CHECK_FALSE(isEvicted(store, newest.blobId));
    CHECK_FALSE(QFile::exists(oldest.path));
    CHECK(QFile::exists(recent.path));

    // The evicted case stays listed, searchable and re-fetchable: row, key, hash and attachment.
    CHECK(store.cases().find(oldest.caseId)->has_value());
    CHECK_FALSE(store.search().search(QStringLiteral("Case 1"))->isEmpty());
    auto record = store.blobs().find(oldest.blobId);
    CHECK((*record)->key == QByteArray(32, 'k'));
    CHECK((*record)->ciphertextHash == blake(contentOf(1)));
    CHECK(*store.blobs().totalSize() == 2 * kBlob);

    const store::CacheUsage usage = *store.cache().usage();
    CHECK(usage.cachedBytes == 2 * kBlob);
    CHECK(usage.evictedBytes == 2 * kBlob);
    CHECK(usage.evictedCases == 2);
    CHECK(usage.pinnedBytes == 0);

    // Opening the older case uses it: it now outlives "recent" at the next pass.
    REQUIRE(store.blobs().touch({recent.blobId}).has_value());
    auto touchNewest =
        store.database().prepare(QStringLiteral("UPDATE blobs SET last_access = 5000 WHERE blob_uuid = ?"));
    REQUIRE(touchNewest->bind(1, recent.blobId.toRfc4122()).run().has_value());
    CHECK(store.cache().enforce(kBlob)->blobs == 1);
    CHECK(isEvicted(store, newest.blobId));
    CHECK_FALSE(isEvicted(store, recent.blobId));
}

TEST_CASE("pinned, open, outgoing and local-only cases are never evicted, even over the limit", "[store][cache]")
{
    TempStore temp;
    store::Store& store = *temp.store;
    const Made pinned = receivedCase(store, 1, 1000);
    REQUIRE(store.cases().setPinned(pinned.caseId, true).has_value());
    const Made open = receivedCase(store, 2, 1001);
    const Made outgoing = receivedCase(store, 3, 1002);
    REQUIRE(store.syncState()
                .enqueue(1, outgoing.blobId.toRfc4122(), QDateTime::currentDateTimeUtc(), outgoing.caseId, kBlob)
                .has_value());
    const Made localOnly = receivedCase(store, 4, 1003, false); // e.g. a case kept on this computer only
    const Made pinnedBlob = receivedCase(store, 5, 1004);
    REQUIRE(store.blobs().setPinned(pinnedBlob.blobId, true).has_value());
    const Made ordinary = receivedCase(store, 6, 9000); // the most recently used, yet the only candidate

    const store::CacheUsage before = *store.cache().usage();
    CHECK(before.pinnedBytes == 2 * kBlob);
    CHECK(before.evictableBytes == 2 * kBlob); // open and ordinary (the caller protects the open one)

    auto report = store.cache().enforce(1, {open.caseId});
    REQUIRE(report.has_value());
    CHECK(report->blobs == 1);
    CHECK(isEvicted(store, ordinary.blobId));
    for (const Made& kept : {pinned, open, outgoing, localOnly, pinnedBlob}) {
        CHECK_FALSE(isEvicted(store, kept.blobId));
        CHECK(QFile::exists(kept.path));
    }
    CHECK(report->cachedBytes == 5 * kBlob); // still over: the caller tells the user why

    // Evicting directly is refused where it would lose data, or inside a transaction.
    auto refused = store.blobs().evict(localOnly.blobId);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    {
        auto transaction = store::SqlTransaction::begin(store.database());
        REQUIRE(transaction.has_value());
        CHECK(store.blobs().evict(open.blobId).error().code == ErrorCode::Internal);
    }
    CHECK(QFile::exists(open.path));
}

TEST_CASE("an evicted attachment is listed as not cached and comes back, decryptable, from a verified copy",
          "[store][cache]")
{
    TempStore temp;
    store::Store& store = *temp.store;
    const cases::Case value = makeCase(7);
    REQUIRE(store.cases().save(value).has_value());
    QTemporaryDir plain;
    const QString image = plain.filePath(QStringLiteral("image.dcm"));
    const QByteArray pixels(300'000, 'p');
    writeFile(image, pixels);
    auto attached = store.attachments().attachFile(value.id, image, store::AttachmentKind::Dicom, QStringLiteral("CT"));
    REQUIRE(attached.has_value());
    // The profile's own case: evictable only once its upload is accepted.
    CHECK(store.cache().usage()->evictableBytes == 0);
    REQUIRE(store.blobs().setOnRelay(attached->blobId).has_value());
    const store::BlobRecord record = **store.blobs().find(attached->blobId);
    QFile ciphertext(record.path);
    REQUIRE(ciphertext.open(QIODevice::ReadOnly));
    const QByteArray relayCopy = ciphertext.readAll(); // what the relay holds, byte for byte
    ciphertext.close();

    REQUIRE(store.cache().enforce(1)->blobs == 1);
    CHECK_FALSE(store.attachments().list(value.id)->first().cached);
    CHECK(*store.cache().evictedBlobs(value.id) == QList<QUuid>{attached->blobId});
    auto refused = store.attachments().decryptTo(attached->blobId, plain.filePath(QStringLiteral("out")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(refused.error().message.contains(QStringLiteral("removed from the cache")));

    // A damaged download is refused; the blob stays evicted and nothing is left behind.
    const QString bad = store.blobs().newStagingPath();
    QByteArray damaged = relayCopy;
    damaged[100] = static_cast<char>(damaged[100] ^ 1);
    writeFile(bad, damaged);
    auto wrong = store.blobs().restore(attached->blobId, bad);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == ErrorCode::Malformed);
    CHECK_FALSE(QFile::exists(bad));
    CHECK_FALSE(QFile::exists(record.path));
    CHECK(isEvicted(store, attached->blobId));

    const QString good = store.blobs().newStagingPath();
    writeFile(good, relayCopy);
    REQUIRE(store.blobs().restore(attached->blobId, good).has_value());
    CHECK_FALSE(isEvicted(store, attached->blobId));
    CHECK(store.attachments().list(value.id)->first().cached);
    CHECK(store.cache().evictedBlobs(value.id)->isEmpty());
    const QString out = plain.filePath(QStringLiteral("decrypted.dcm"));
    REQUIRE(store.attachments().decryptTo(attached->blobId, out).has_value());
    QFile decrypted(out);
    REQUIRE(decrypted.open(QIODevice::ReadOnly));
    CHECK(decrypted.readAll() == pixels);
}

TEST_CASE("recovery completes an eviction or a restore a crash interrupted, and keeps vanished relay blobs",
          "[store][cache]")
{
    QTemporaryDir dir;
    Made markedNotDeleted;
    Made restoredNotMarked;
    Made vanished;
    Made localVanished;
    QString orphanOfRestore;
    {
        auto opened = store::Store::open(dir.path(), testKey());
        REQUIRE(opened.has_value());
        store::Store& store = **opened;
        markedNotDeleted = receivedCase(store, 1, 1000);
        restoredNotMarked = receivedCase(store, 2, 1000);
        vanished = receivedCase(store, 3, 1000);
        localVanished = receivedCase(store, 4, 1000, false);
        // Crash after the eviction's commit, before its unlink: the row says evicted, the file is there.
        REQUIRE(store.database()
                    .execute(QStringLiteral("UPDATE blobs SET evicted = 1 WHERE blob_uuid = x'%1'")
                                 .arg(QString::fromLatin1(markedNotDeleted.blobId.toRfc4122().toHex())))
                    .has_value());
        // Crash in a restore after the rename, before the row was un-marked.
        REQUIRE(store.blobs().evict(restoredNotMarked.blobId).has_value());
        writeFile(restoredNotMarked.path, contentOf(2));
        // Files deleted behind Consilium's back: the relay's copy makes that an eviction.
        QFile::remove(vanished.path);
        QFile::remove(localVanished.path);
    }
    auto opened = store::Store::open(dir.path(), testKey());
    REQUIRE(opened.has_value());
    store::Store& store = **opened;
    CHECK(store.recovery().removedOrphanFiles == 2);
    CHECK(store.recovery().markedEvicted == 1);
    CHECK(store.recovery().removedDanglingRows == 1);
    CHECK_FALSE(QFile::exists(markedNotDeleted.path));
    CHECK_FALSE(QFile::exists(restoredNotMarked.path));
    CHECK(isEvicted(store, markedNotDeleted.blobId));
    CHECK(isEvicted(store, restoredNotMarked.blobId));
    CHECK(isEvicted(store, vanished.blobId));
    CHECK(store.blobs().find(vanished.blobId)->value().key == QByteArray(32, 'k'));
    CHECK_FALSE(store.blobs().find(localVanished.blobId)->has_value());
    CHECK(store.cache().usage()->evictedCases == 3);
    CHECK(store.cache().usage()->cachedBytes == 0);
}

TEST_CASE("a process killed while evicting and restoring leaves every blob either whole or evicted", "[store][cache]")
{
    const QString writer = QDir(QStringLiteral(CONSILIUM_TEST_BIN_DIR)).filePath(QStringLiteral("store_crash_writer"));
    REQUIRE(QFile::exists(writer));
    for (const int delayMs : {30, 90, 200, 350}) {
        INFO("killed after " << delayMs << " ms");
        QTemporaryDir dir;
        QProcess process;
        process.start(writer, {dir.path(), QStringLiteral("evict")});
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForReadyRead(20000)); // "ready": twelve blobs committed
        QThread::msleep(static_cast<unsigned long>(delayMs));
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        REQUIRE(process.waitForFinished(10000));
        CHECK(process.exitStatus() == QProcess::CrashExit);

        auto opened = store::Store::open(dir.path(), testKey());
        REQUIRE(opened.has_value());
        store::Store& store = **opened;
        auto rows = store.database().prepare(QStringLiteral("SELECT blob_uuid FROM blobs"));
        REQUIRE(rows.has_value());
        int recorded = 0;
        int present = 0;
        while (*rows->next()) {
            ++recorded;
            const store::BlobRecord record = **store.blobs().find(QUuid::fromRfc4122(rows->blob(0)));
            CHECK(record.key == QByteArray(32, 'k')); // no key lost
            if (record.evicted) {
                CHECK_FALSE(QFile::exists(record.path));
                continue;
            }
            ++present;
            QFile file(record.path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            CHECK(blake(file.readAll()) == record.ciphertextHash);
        }
        CHECK(recorded == 12);
        CHECK(QDir(store.blobs().folder()).entryList(QDir::Files).size() == present);
        CHECK(QDir(QDir(store.blobs().folder()).filePath(QStringLiteral(".staging"))).isEmpty());
    }
}
