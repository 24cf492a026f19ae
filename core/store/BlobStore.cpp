#include "core/store/BlobStore.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <fcntl.h>
#include <unistd.h>

namespace consilium::store {

using namespace detail;

namespace {

const QString kDomain = QStringLiteral("store");
const QString kStaging = QStringLiteral(".staging");

Error ioError(const QString& message)
{
    return Error{kDomain, ErrorCode::IoError, message};
}

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

BlobStore::BlobStore(SqlDatabase& db, QString folder)
    : m_db(db), m_folder(std::move(folder))
{
    QDir().mkpath(QDir(m_folder).filePath(kStaging));
}

QString BlobStore::newStagingPath() const
{
    return QDir(m_folder).filePath(kStaging + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<BlobRecord> BlobStore::adopt(const QString& stagedFile, const QByteArray& key, const QByteArray& ciphertextHash,
                                    const QUuid& caseId, bool pinned, bool onRelay)
{
    const auto discardStaged = qScopeGuard([&stagedFile] { QFile::remove(stagedFile); });
    const QFileInfo info(stagedFile);
    if (!info.isFile())
        return tl::unexpected(ioError(QStringLiteral("staged blob %1 does not exist").arg(stagedFile)));
    if (!syncPath(stagedFile, O_RDONLY))
        return tl::unexpected(ioError(QStringLiteral("cannot flush %1 to disk").arg(stagedFile)));

    BlobRecord record;
    record.id = QUuid::createUuid();
    const QString fileName = QUuid::createUuid().toString(QUuid::Id128);
    record.path = QDir(m_folder).filePath(fileName);
    record.key = key;
    record.ciphertextSize = info.size();
    record.ciphertextHash = ciphertextHash;
    record.caseId = caseId;
    record.pinned = pinned;
    record.onRelay = onRelay;

    if (::rename(QFile::encodeName(stagedFile).constData(), QFile::encodeName(record.path).constData()) != 0)
        return tl::unexpected(ioError(QStringLiteral("cannot move blob into %1").arg(m_folder)));
    if (!syncPath(m_folder, O_RDONLY | O_DIRECTORY)) {
        QFile::remove(record.path);
        return tl::unexpected(ioError(QStringLiteral("cannot flush folder %1").arg(m_folder)));
    }

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO blobs (blob_uuid, file_name, blob_key, ciphertext_size, ciphertext_hash, case_uuid, pinned, "
        "last_access, on_relay) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Result<void> inserted = insert ? insert->bind(1, uuidBytes(record.id))
                                         .bind(2, fileName)
                                         .bind(3, key)
                                         .bind(4, static_cast<qint64>(record.ciphertextSize))
                                         .bind(5, ciphertextHash)
                                         .bind(6, caseId.isNull() ? QByteArray() : uuidBytes(caseId))
                                         .bind(7, pinned)
                                         .bind(8, QDateTime::currentMSecsSinceEpoch())
                                         .bind(9, onRelay)
                                         .run()
                                   : Result<void>(tl::unexpected(insert.error()));
    if (!inserted) {
        QFile::remove(record.path); // not recorded: the file must not outlive the failure
        return tl::unexpected(inserted.error());
    }
    return record;
}

Result<std::optional<BlobRecord>> BlobStore::find(const QUuid& id)
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT file_name, blob_key, ciphertext_size, ciphertext_hash, case_uuid, pinned, evicted, on_relay FROM blobs "
        "WHERE blob_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, uuidBytes(id)).next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<BlobRecord>();
    return std::optional(BlobRecord{id, QDir(m_folder).filePath(statement->text(0)), statement->blob(1),
                                    statement->integer(2), statement->blob(3), uuidFrom(statement->blob(4)),
                                    statement->integer(5) != 0, statement->integer(6) != 0,
                                    statement->integer(7) != 0});
}

Result<void> BlobStore::remove(const QUuid& id)
{
    auto record = find(id);
    if (!record)
        return tl::unexpected(record.error());
    if (!*record)
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no such blob"));
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM blobs WHERE blob_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto ok = statement->bind(1, uuidBytes(id)).run(); !ok)
        return ok;
    // Row first, file second: a crash in between leaves an orphan file for recover().
    QFile::remove((*record)->path);
    return {};
}

Result<void> BlobStore::setPinned(const QUuid& id, bool pinned)
{
    auto statement = m_db.prepare(QStringLiteral("UPDATE blobs SET pinned = ? WHERE blob_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, pinned).bind(2, uuidBytes(id)).run();
}

Result<void> BlobStore::setOnRelay(const QUuid& id)
{
    auto statement = m_db.prepare(QStringLiteral("UPDATE blobs SET on_relay = 1 WHERE blob_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, uuidBytes(id)).run();
}

Result<QList<QUuid>> BlobStore::notKnownOnRelay()
{
    auto statement = m_db.prepare(QStringLiteral("SELECT blob_uuid FROM blobs WHERE on_relay = 0 AND evicted = 0"));
    if (!statement)
        return tl::unexpected(statement.error());
    QList<QUuid> ids;
    for (;;) {
        auto row = statement->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return ids;
        ids.append(uuidFrom(statement->blob(0)));
    }
}

Result<void> BlobStore::touch(const QList<QUuid>& ids)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto statement = m_db.prepare(QStringLiteral("UPDATE blobs SET last_access = ? WHERE blob_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QUuid& id : ids) {
        statement->reset();
        if (auto ok = statement->bind(1, now).bind(2, uuidBytes(id)).run(); !ok)
            return ok;
    }
    return transaction->commit();
}

Result<void> BlobStore::evict(const QUuid& id)
{
    auto record = find(id);
    if (!record)
        return tl::unexpected(record.error());
    if (!*record)
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no such blob"));
    if ((*record)->evicted)
        return {};
    if (m_db.inTransaction())
        return fail(kDomain, ErrorCode::Internal,
                    QStringLiteral("eviction must not run inside a transaction (the mark must be committed first)"));
    if (!(*record)->onRelay)
        return fail(kDomain, ErrorCode::InvalidArgument,
                    QStringLiteral("blob %1 exists only on this computer and cannot be evicted").arg(id.toString()));
    auto statement = m_db.prepare(QStringLiteral("UPDATE blobs SET evicted = 1 WHERE blob_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto ok = statement->bind(1, uuidBytes(id)).run(); !ok)
        return ok;
    // Marked (and committed: no transaction is open) first, deleted second: a crash in between
    // leaves an evicted row's file, which recover() deletes.
    QFile::remove((*record)->path);
    return {};
}

Result<void> BlobStore::restore(const QUuid& id, const QString& stagedFile)
{
    const auto discardStaged = qScopeGuard([&stagedFile] { QFile::remove(stagedFile); });
    auto record = find(id);
    if (!record)
        return tl::unexpected(record.error());
    if (!*record)
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no such blob"));
    if (!(*record)->evicted)
        return {}; // already present (fetched twice): the staged copy is not needed
    QFile file(stagedFile);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(ioError(QStringLiteral("cannot read %1: %2").arg(stagedFile, file.errorString())));
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (!hash.addData(&file))
        return tl::unexpected(ioError(QStringLiteral("cannot read %1").arg(stagedFile)));
    if (file.size() != (*record)->ciphertextSize || hash.result() != (*record)->ciphertextHash)
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("the fetched copy of blob %1 differs from the one recorded").arg(id.toString()));
    file.close();
    if (!syncPath(stagedFile, O_RDONLY))
        return tl::unexpected(ioError(QStringLiteral("cannot flush %1 to disk").arg(stagedFile)));
    if (::rename(QFile::encodeName(stagedFile).constData(), QFile::encodeName((*record)->path).constData()) != 0)
        return tl::unexpected(ioError(QStringLiteral("cannot move blob into %1").arg(m_folder)));
    if (!syncPath(m_folder, O_RDONLY | O_DIRECTORY)) {
        QFile::remove((*record)->path);
        return tl::unexpected(ioError(QStringLiteral("cannot flush folder %1").arg(m_folder)));
    }
    auto statement = m_db.prepare(QStringLiteral("UPDATE blobs SET evicted = 0, last_access = ? WHERE blob_uuid = ?"));
    Result<void> marked = statement
                              ? statement->bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, uuidBytes(id)).run()
                              : Result<void>(tl::unexpected(statement.error()));
    if (!marked) {
        QFile::remove((*record)->path); // still evicted in the database: the file must not stay
        return marked;
    }
    return {};
}

Result<qint64> BlobStore::totalSize()
{
    auto statement =
        m_db.prepare(QStringLiteral("SELECT coalesce(sum(ciphertext_size), 0) FROM blobs WHERE evicted = 0"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto row = statement->next(); !row)
        return tl::unexpected(row.error());
    return statement->integer(0);
}

Result<BlobRecovery> BlobStore::recover()
{
    BlobRecovery report;
    QDir staging(QDir(m_folder).filePath(kStaging));
    for (const QString& name : staging.entryList(QDir::Files | QDir::Hidden)) {
        if (staging.remove(name))
            ++report.removedStagingFiles;
    }

    QSet<QString> recorded; // rows that say their file is here
    QSet<QString> onRelay; // ... of which the relay holds a copy
    {
        auto statement = m_db.prepare(QStringLiteral("SELECT file_name, on_relay FROM blobs WHERE evicted = 0"));
        if (!statement)
            return tl::unexpected(statement.error());
        const auto rows = statement->forEach([&] {
            recorded.insert(statement->text(0));
            if (statement->integer(1) != 0)
                onRelay.insert(statement->text(0));
        });
        if (!rows)
            return tl::unexpected(rows.error());
    }
    const QDir folder(m_folder);
    QSet<QString> present;
    for (const QString& name : folder.entryList(QDir::Files)) {
        if (recorded.contains(name))
            present.insert(name);
        else if (QFile::remove(folder.filePath(name)))
            ++report.removedOrphanFiles;
    }
    for (const QString& name : recorded) {
        if (present.contains(name))
            continue;
        // A file the relay holds is only evicted: its key stays and it is fetched again.
        const bool keep = onRelay.contains(name);
        auto statement = m_db.prepare(keep ? QStringLiteral("UPDATE blobs SET evicted = 1 WHERE file_name = ?")
                                           : QStringLiteral("DELETE FROM blobs WHERE file_name = ?"));
        if (!statement)
            return tl::unexpected(statement.error());
        if (auto ok = statement->bind(1, name).run(); !ok)
            return tl::unexpected(ok.error());
        ++(keep ? report.markedEvicted : report.removedDanglingRows);
    }
    return report;
}

} // namespace consilium::store
