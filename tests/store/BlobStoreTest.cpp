#include "core/store/Schema.h"
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

QString stage(store::BlobStore& blobs, const QByteArray& content)
{
    const QString path = blobs.newStagingPath();
    writeFile(path, content);
    return path;
}

QByteArray blake(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256);
}

QStringList blobFiles(const store::BlobStore& blobs)
{
    return QDir(blobs.folder()).entryList(QDir::Files);
}

} // namespace

TEST_CASE("an adopted blob is recorded with its key, size and hash under a random name", "[store]")
{
    TempStore temp;
    auto& blobs = temp->blobs();
    const QByteArray content(100'000, 'x');
    const QString staged = stage(blobs, content);
    const QUuid caseId = QUuid::createUuid();
    auto record = blobs.adopt(staged, QByteArray(32, 'k'), blake(content), caseId, true);
    REQUIRE(record.has_value());
    CHECK_FALSE(QFile::exists(staged));
    CHECK(QFile::exists(record->path));
    CHECK_FALSE(QFileInfo(record->path).fileName().contains(caseId.toString(QUuid::Id128)));

    auto found = blobs.find(record->id);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->key == QByteArray(32, 'k'));
    CHECK((*found)->ciphertextSize == 100'000);
    CHECK((*found)->ciphertextHash == blake(content));
    CHECK((*found)->caseId == caseId);
    CHECK((*found)->pinned);
    CHECK(*blobs.totalSize() == 100'000);

    REQUIRE(blobs.remove(record->id).has_value());
    CHECK_FALSE(QFile::exists(record->path));
    CHECK_FALSE(blobs.find(record->id)->has_value());
    CHECK(blobs.remove(record->id).error().code == ErrorCode::NotFound);
}

TEST_CASE("adopting a missing staged file fails and records nothing", "[store]")
{
    TempStore temp;
    auto record = temp->blobs().adopt(temp->blobs().newStagingPath(), QByteArray(32, 'k'), QByteArray());
    REQUIRE_FALSE(record.has_value());
    CHECK(record.error().code == ErrorCode::IoError);
    CHECK(*temp->blobs().totalSize() == 0);
    CHECK(blobFiles(temp->blobs()).isEmpty());
}

TEST_CASE("recovery removes staging leftovers and orphan files, and rows whose file vanished", "[store]")
{
    QTemporaryDir dir;
    QUuid kept;
    QUuid vanished;
    {
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        auto& blobs = (*store)->blobs();
        kept = blobs.adopt(stage(blobs, "kept"), QByteArray(32, 'k'), blake("kept"))->id;
        auto gone = blobs.adopt(stage(blobs, "gone"), QByteArray(32, 'k'), blake("gone"));
        vanished = gone->id;
        QFile::remove(gone->path);                                         // deleted behind our back
        writeFile(blobs.newStagingPath(), "half-written");                 // interrupted write
        writeFile(QDir(blobs.folder()).filePath(QStringLiteral("0123abcd")), "orphan"); // commit never happened
    }
    auto store = store::Store::open(dir.path(), testKey());
    REQUIRE(store.has_value());
    CHECK((*store)->recovery().removedStagingFiles == 1);
    CHECK((*store)->recovery().removedOrphanFiles == 1);
    CHECK((*store)->recovery().removedDanglingRows == 1);
    CHECK((*store)->blobs().find(kept)->has_value());
    CHECK_FALSE((*store)->blobs().find(vanished)->has_value());
    CHECK(blobFiles((*store)->blobs()).size() == 1);
}

TEST_CASE("a writer killed with SIGKILL mid-write leaves a consistent store that opens", "[store]")
{
    const QString writer = QDir(QStringLiteral(CONSILIUM_TEST_BIN_DIR)).filePath(QStringLiteral("store_crash_writer"));
    REQUIRE(QFile::exists(writer));
    for (const int delayMs : {40, 120, 250, 400, 700}) {
        INFO("killed after " << delayMs << " ms");
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QProcess process;
        process.start(writer, {dir.path()});
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForReadyRead(20000)); // "ready": at least one blob committed
        QThread::msleep(static_cast<unsigned long>(delayMs));
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        REQUIRE(process.waitForFinished(10000));
        CHECK(process.exitStatus() == QProcess::CrashExit);

        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        auto check = (*store)->database().prepare(QStringLiteral("PRAGMA integrity_check;"));
        REQUIRE(check.has_value());
        REQUIRE(*check->next());
        CHECK(check->text(0) == QStringLiteral("ok"));

        // Every recorded blob has its complete file; no file is unrecorded.
        auto rows = (*store)->database().prepare(QStringLiteral("SELECT blob_uuid FROM blobs"));
        REQUIRE(rows.has_value());
        int recorded = 0;
        while (*rows->next()) {
            ++recorded;
            auto record = (*store)->blobs().find(QUuid::fromRfc4122(rows->blob(0)));
            REQUIRE(record.has_value());
            REQUIRE(record->has_value());
            QFile file((*record)->path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            CHECK(content.size() == (*record)->ciphertextSize);
            CHECK(blake(content) == (*record)->ciphertextHash);
        }
        CHECK(recorded >= 1);
        CHECK(blobFiles((*store)->blobs()).size() == recorded);
        CHECK(QDir(QDir((*store)->blobs().folder()).filePath(QStringLiteral(".staging"))).isEmpty());
    }
}
