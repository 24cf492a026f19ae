#include "core/relay/SqliteRelayStorage.h"

#include "core/relay/SqlSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

#include <fcntl.h>
#include <unistd.h>

namespace consilium::relay {

using namespace detail;

namespace {

Result<void> syncFile(QFile& file)
{
    file.flush();
    if (::fsync(file.handle()) != 0)
        return storageError(ErrorCode::IoError, QStringLiteral("cannot sync %1").arg(QFileInfo(file).fileName()));
    return {};
}

Result<void> syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return storageError(ErrorCode::IoError, QStringLiteral("cannot open folder %1").arg(dir));
    const int synced = ::fsync(fd);
    ::close(fd);
    if (synced != 0)
        return storageError(ErrorCode::IoError, QStringLiteral("cannot sync folder %1").arg(dir));
    return {};
}

Result<QByteArray> hashFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storageError(ErrorCode::IoError, QStringLiteral("cannot read %1").arg(QFileInfo(path).fileName()));
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (!hash.addData(&file))
        return storageError(ErrorCode::IoError, QStringLiteral("cannot read %1").arg(QFileInfo(path).fileName()));
    return hash.result();
}

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS identities (identity BLOB PRIMARY KEY, credential BLOB NOT NULL, "
    "device_list_sequence INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS device_lists (identity BLOB NOT NULL, sequence INTEGER NOT NULL, entry BLOB NOT NULL, "
    "PRIMARY KEY (identity, sequence))",
    "CREATE TABLE IF NOT EXISTS devices (device BLOB PRIMARY KEY, identity BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS devices_by_identity ON devices (identity)",
    "CREATE TABLE IF NOT EXISTS challenges (challenge BLOB PRIMARY KEY, device BLOB NOT NULL, expires INTEGER NOT "
    "NULL)",
    "CREATE TABLE IF NOT EXISTS tokens (token_hash BLOB PRIMARY KEY, device BLOB NOT NULL, identity BLOB NOT NULL, "
    "expires INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, identity BLOB NOT NULL, size INTEGER NOT NULL, "
    "received INTEGER NOT NULL, created INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS blobs (hash BLOB PRIMARY KEY, size INTEGER NOT NULL, owner BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS blobs_by_owner ON blobs (owner)",
    "CREATE TABLE IF NOT EXISTS mailboxes (device BLOB PRIMARY KEY, last_sequence INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS envelopes (device BLOB NOT NULL, sequence INTEGER NOT NULL, data BLOB NOT NULL, "
    "received INTEGER NOT NULL, PRIMARY KEY (device, sequence))",
    "CREATE TABLE IF NOT EXISTS key_backups (identity BLOB PRIMARY KEY, locator BLOB NOT NULL UNIQUE, "
    "backup BLOB NOT NULL, updated INTEGER NOT NULL)",
};

} // namespace

SqliteRelayStorage::SqliteRelayStorage(QString dir, QString connectionName)
    : m_dir(std::move(dir))
    , m_connection(std::move(connectionName))
{
}

SqliteRelayStorage::~SqliteRelayStorage()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SqliteRelayStorage>> SqliteRelayStorage::open(const QString& dir)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return storageError(ErrorCode::Unsupported, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    for (const char* sub : {"blobs", "uploads"}) {
        if (!QDir(dir).mkpath(QLatin1String(sub)))
            return storageError(ErrorCode::IoError, QStringLiteral("cannot create %1/%2").arg(dir, QLatin1String(sub)));
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("consilium-relay-%1").arg(counter.fetch_add(1));
    std::unique_ptr<SqliteRelayStorage> storage(new SqliteRelayStorage(dir, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QDir(dir).filePath(QStringLiteral("relay.sqlite")));
    if (!db.open())
        return storageError(ErrorCode::IoError,
                            QStringLiteral("cannot open the relay database in %1: %2").arg(dir, db.lastError().text()));
    if (auto migrated = storage->migrate(); !migrated)
        return tl::unexpected(migrated.error());
    return storage;
}

Result<void> SqliteRelayStorage::migrate()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, so a write the
    // relay acknowledged survives power loss, not only a process crash.
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (auto ok = run(db, QLatin1String(pragma)); !ok)
            return tl::unexpected(ok.error());
    }
    for (const char* statement : kSchema) {
        if (auto ok = run(db, QLatin1String(statement)); !ok)
            return tl::unexpected(ok.error());
    }
    return {};
}

QString SqliteRelayStorage::uploadPath(const QString& uploadId) const
{
    return QDir(m_dir).filePath(QStringLiteral("uploads/") + uploadId + QStringLiteral(".part"));
}

QString SqliteRelayStorage::blobPath(const QByteArray& hash) const
{
    return QDir(m_dir).filePath(QStringLiteral("blobs/") + QString::fromLatin1(hash.toHex()));
}

// Identities ---------------------------------------------------------------------------------

Result<std::optional<StoredIdentity>> SqliteRelayStorage::identity(const QByteArray& identityKey)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query = run(db,
                     QStringLiteral("SELECT i.credential, i.device_list_sequence, d.entry FROM identities i "
                                    "JOIN device_lists d ON d.identity = i.identity AND d.sequence = "
                                    "i.device_list_sequence WHERE i.identity = ?"),
                     {identityKey});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredIdentity>{};
    return std::optional<StoredIdentity>(StoredIdentity{identityKey, query->value(0).toByteArray(),
                                                        query->value(2).toByteArray(), query->value(1).toULongLong()});
}

Result<QList<QByteArray>> SqliteRelayStorage::deviceListHistory(const QByteArray& identityKey)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query =
        run(db, QStringLiteral("SELECT entry FROM device_lists WHERE identity = ? ORDER BY sequence"), {identityKey});
    if (!query)
        return tl::unexpected(query.error());
    QList<QByteArray> entries;
    while (query->next())
        entries.append(query->value(0).toByteArray());
    return entries;
}

namespace {

// Makes `devices` exactly the devices of `identity`; AlreadyExists if one belongs to another.
Result<void> replaceDevices(const QSqlDatabase& db, const QByteArray& identity, const QList<QByteArray>& devices)
{
    if (auto ok = run(db, QStringLiteral("DELETE FROM devices WHERE identity = ?"), {identity}); !ok)
        return tl::unexpected(ok.error());
    for (const QByteArray& device : devices) {
        auto owner = run(db, QStringLiteral("SELECT identity FROM devices WHERE device = ?"), {device});
        if (!owner)
            return tl::unexpected(owner.error());
        if (owner->next())
            return storageError(
                ErrorCode::AlreadyExists,
                QStringLiteral("device %1 belongs to another identity").arg(QString::fromLatin1(device.toHex())));
        if (auto ok =
                run(db, QStringLiteral("INSERT INTO devices (device, identity) VALUES (?, ?)"), {device, identity});
            !ok)
            return tl::unexpected(ok.error());
    }
    return {};
}

} // namespace

Result<void> SqliteRelayStorage::createIdentity(const StoredIdentity& identity, const QList<QByteArray>& history,
                                                const QList<QByteArray>& devices)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    auto existing = run(db, QStringLiteral("SELECT 1 FROM identities WHERE identity = ?"), {identity.identityKey});
    if (!existing)
        return tl::unexpected(existing.error());
    if (existing->next())
        return storageError(ErrorCode::AlreadyExists, QStringLiteral("the identity is already registered"));
    if (auto ok = run(db,
                      QStringLiteral("INSERT INTO identities (identity, credential, device_list_sequence) "
                                     "VALUES (?, ?, ?)"),
                      {identity.identityKey, identity.credential, identity.deviceListSequence});
        !ok)
        return tl::unexpected(ok.error());
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (auto ok = run(db, QStringLiteral("INSERT INTO device_lists (identity, sequence, entry) VALUES (?, ?, ?)"),
                          {identity.identityKey, qint64(i + 1), history[i]});
            !ok)
            return tl::unexpected(ok.error());
    }
    if (auto ok = replaceDevices(db, identity.identityKey, devices); !ok)
        return ok;
    return transaction.commit();
}

Result<void> SqliteRelayStorage::replaceCredential(const QByteArray& identityKey, const QByteArray& credential)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query =
        run(db, QStringLiteral("UPDATE identities SET credential = ? WHERE identity = ?"), {credential, identityKey});
    if (!query)
        return tl::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return storageError(ErrorCode::NotFound, QStringLiteral("no such identity"));
    return {};
}

Result<void> SqliteRelayStorage::appendDeviceList(const QByteArray& identityKey, quint64 expectedSequence,
                                                  const QByteArray& entry, quint64 sequence,
                                                  const QList<QByteArray>& devices)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    auto updated = run(db,
                       QStringLiteral("UPDATE identities SET device_list_sequence = ? WHERE identity = ? AND "
                                      "device_list_sequence = ?"),
                       {sequence, identityKey, expectedSequence});
    if (!updated)
        return tl::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return storageError(ErrorCode::AlreadyExists, QStringLiteral("the device list changed meanwhile"));
    if (auto ok = run(db, QStringLiteral("INSERT INTO device_lists (identity, sequence, entry) VALUES (?, ?, ?)"),
                      {identityKey, sequence, entry});
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok = replaceDevices(db, identityKey, devices); !ok)
        return ok;
    return transaction.commit();
}

Result<std::optional<QByteArray>> SqliteRelayStorage::identityOfDevice(const QByteArray& device)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query = run(db, QStringLiteral("SELECT identity FROM devices WHERE device = ?"), {device});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>(query->value(0).toByteArray());
}

// Challenges and tokens ----------------------------------------------------------------------

Result<void> SqliteRelayStorage::putChallenge(const QByteArray& challenge, const StoredChallenge& value)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (auto ok = run(db, QStringLiteral("INSERT INTO challenges (challenge, device, expires) VALUES (?, ?, ?)"),
                      {challenge, value.device, value.expires});
        !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<std::optional<StoredChallenge>> SqliteRelayStorage::takeChallenge(const QByteArray& challenge)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    auto query = run(db, QStringLiteral("SELECT device, expires FROM challenges WHERE challenge = ?"), {challenge});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredChallenge>{};
    StoredChallenge value{query->value(0).toByteArray(), query->value(1).toLongLong()};
    if (auto ok = run(db, QStringLiteral("DELETE FROM challenges WHERE challenge = ?"), {challenge}); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    return std::optional<StoredChallenge>(value);
}

Result<void> SqliteRelayStorage::putToken(const QByteArray& tokenHash, const StoredToken& value)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (auto ok =
            run(db, QStringLiteral("INSERT INTO tokens (token_hash, device, identity, expires) VALUES (?, ?, ?, ?)"),
                {tokenHash, value.device, value.identity, value.expires});
        !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<std::optional<StoredToken>> SqliteRelayStorage::token(const QByteArray& tokenHash)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query =
        run(db, QStringLiteral("SELECT device, identity, expires FROM tokens WHERE token_hash = ?"), {tokenHash});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredToken>{};
    return std::optional<StoredToken>(
        StoredToken{query->value(0).toByteArray(), query->value(1).toByteArray(), query->value(2).toLongLong()});
}

Result<void> SqliteRelayStorage::purgeExpired(qint64 now)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const char* sql : {"DELETE FROM challenges WHERE expires < ?", "DELETE FROM tokens WHERE expires < ?"}) {
        if (auto ok = run(db, QLatin1String(sql), {now}); !ok)
            return tl::unexpected(ok.error());
    }
    return {};
}

// Blobs --------------------------------------------------------------------------------------

Result<UploadState> SqliteRelayStorage::createUpload(const QByteArray& identity, qint64 size, qint64 quotaBytes,
                                                     qint64 now)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    auto used = run(db,
                    QStringLiteral("SELECT (SELECT COALESCE(SUM(size), 0) FROM blobs WHERE owner = ?) + "
                                   "(SELECT COALESCE(SUM(size), 0) FROM uploads WHERE identity = ?)"),
                    {identity, identity});
    if (!used)
        return tl::unexpected(used.error());
    const qint64 usedBytes = used->next() ? used->value(0).toLongLong() : 0;
    if (usedBytes + size > quotaBytes)
        return storageError(ErrorCode::PermissionDenied,
                            QStringLiteral("storage quota exceeded: %1 of %2 bytes used, %3 more requested")
                                .arg(usedBytes)
                                .arg(quotaBytes)
                                .arg(size));
    const QString id = newUploadId();
    QFile part(uploadPath(id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return storageError(ErrorCode::IoError, QStringLiteral("cannot create an upload file"));
    part.close();
    if (auto ok = run(
            db, QStringLiteral("INSERT INTO uploads (id, identity, size, received, created) VALUES (?, ?, ?, 0, ?)"),
            {id, identity, size, now});
        !ok) {
        part.remove();
        return tl::unexpected(ok.error());
    }
    if (auto ok = transaction.commit(); !ok) {
        part.remove();
        return tl::unexpected(ok.error());
    }
    return UploadState{id, identity, size, 0};
}

Result<std::optional<UploadState>> SqliteRelayStorage::upload(const QString& uploadId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query = run(db, QStringLiteral("SELECT identity, size, received FROM uploads WHERE id = ?"), {uploadId});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<UploadState>{};
    return std::optional<UploadState>(UploadState{uploadId, query->value(0).toByteArray(), query->value(1).toLongLong(),
                                                  query->value(2).toLongLong()});
}

Result<UploadState> SqliteRelayStorage::writeChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes)
{
    auto state = upload(uploadId);
    if (!state)
        return tl::unexpected(state.error());
    if (!*state)
        return storageError(ErrorCode::NotFound, QStringLiteral("no such upload"));
    UploadState current = **state;
    if (offset != current.received)
        return storageError(ErrorCode::AlreadyExists,
                            QStringLiteral("chunk at offset %1, but the upload continues at offset %2")
                                .arg(offset)
                                .arg(current.received));
    if (offset + bytes.size() > current.size)
        return storageError(ErrorCode::InvalidArgument, QStringLiteral("chunk ends at %1, beyond the announced size %2")
                                                            .arg(offset + bytes.size())
                                                            .arg(current.size));
    // The file may hold bytes past `received` from a write that was never acknowledged (the
    // process died between the fsync and the database update): cut them before appending.
    QFile part(uploadPath(uploadId));
    if (!part.open(QIODevice::ReadWrite))
        return storageError(ErrorCode::IoError, QStringLiteral("cannot open the upload file"));
    if (!part.resize(offset) || !part.seek(offset) || part.write(bytes) != bytes.size())
        return storageError(ErrorCode::IoError, QStringLiteral("cannot write the upload file"));
    if (auto synced = syncFile(part); !synced)
        return tl::unexpected(synced.error());
    part.close();
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto updated = run(db, QStringLiteral("UPDATE uploads SET received = ? WHERE id = ? AND received = ?"),
                       {offset + bytes.size(), uploadId, offset});
    if (!updated)
        return tl::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return storageError(ErrorCode::AlreadyExists, QStringLiteral("the upload changed meanwhile"));
    current.received = offset + bytes.size();
    return current;
}

Result<BlobInfo> SqliteRelayStorage::commitUpload(const QString& uploadId, const QByteArray& expectedHash)
{
    auto state = upload(uploadId);
    if (!state)
        return tl::unexpected(state.error());
    if (!*state)
        return storageError(ErrorCode::NotFound, QStringLiteral("no such upload"));
    const UploadState current = **state;
    if (current.received != current.size)
        return storageError(ErrorCode::InvalidArgument,
                            QStringLiteral("the upload is incomplete: %1 of %2 bytes received")
                                .arg(current.received)
                                .arg(current.size));
    const QString part = uploadPath(uploadId);
    const QString target = blobPath(expectedHash);
    // A previous commit may have renamed the file and died before its transaction: the blob
    // file is then already in place and is checked like the part file would have been.
    const bool renamedBefore = !QFileInfo::exists(part) && QFileInfo::exists(target);
    const QString source = renamedBefore ? target : part;
    if (QFileInfo(source).size() < current.size)
        return storageError(ErrorCode::IoError, QStringLiteral("the upload file is shorter than recorded"));
    if (QFileInfo(source).size() > current.size) {
        if (!QFile::resize(source, current.size))
            return storageError(ErrorCode::IoError, QStringLiteral("cannot trim the upload file"));
    }
    auto hash = hashFile(source);
    if (!hash)
        return tl::unexpected(hash.error());
    if (*hash != expectedHash)
        return storageError(ErrorCode::Malformed,
                            QStringLiteral("the uploaded bytes hash to %1, not to the announced %2")
                                .arg(QString::fromLatin1(hash->toHex()), QString::fromLatin1(expectedHash.toHex())));

    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto existing = blob(expectedHash);
    if (!existing)
        return tl::unexpected(existing.error());
    if (!renamedBefore) {
        if (*existing) {
            // Same bytes already stored (content addressing): keep the one file.
            QFile::remove(part);
        } else {
            // Durable before it is referenced: the part file was fsync'ed chunk by chunk; the
            // rename is made durable by syncing the folder.
            if (QFileInfo::exists(target))
                QFile::remove(target); // an orphan of an earlier crash, not referenced by any row
            if (!QFile::rename(part, target))
                return storageError(ErrorCode::IoError, QStringLiteral("cannot move the blob into place"));
            if (auto synced = syncDirectory(QDir(m_dir).filePath(QStringLiteral("blobs"))); !synced)
                return tl::unexpected(synced.error());
        }
    }
    Transaction transaction(db);
    if (!*existing) {
        if (auto ok = run(db, QStringLiteral("INSERT INTO blobs (hash, size, owner) VALUES (?, ?, ?)"),
                          {expectedHash, current.size, current.identity});
            !ok)
            return tl::unexpected(ok.error());
    }
    if (auto ok = run(db, QStringLiteral("DELETE FROM uploads WHERE id = ?"), {uploadId}); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    return BlobInfo{expectedHash, current.size};
}

Result<std::optional<BlobInfo>> SqliteRelayStorage::blob(const QByteArray& hash)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query = run(db, QStringLiteral("SELECT size FROM blobs WHERE hash = ?"), {hash});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<BlobInfo>{};
    return std::optional<BlobInfo>(BlobInfo{hash, query->value(0).toLongLong()});
}

Result<QByteArray> SqliteRelayStorage::readBlob(const QByteArray& hash, qint64 offset, qint64 length)
{
    QFile file(blobPath(hash));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return storageError(ErrorCode::IoError,
                            QStringLiteral("cannot read blob %1").arg(QString::fromLatin1(hash.toHex())));
    QByteArray bytes = file.read(length);
    if (bytes.size() != length)
        return storageError(ErrorCode::IoError,
                            QStringLiteral("blob %1 is shorter than recorded").arg(QString::fromLatin1(hash.toHex())));
    return bytes;
}

// Mailboxes ----------------------------------------------------------------------------------

Result<QList<quint64>> SqliteRelayStorage::postEnvelopes(const QList<OutgoingEnvelope>& envelopes, qint64 maxPerMailbox,
                                                         qint64 now)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return storageError(ErrorCode::IoError, QStringLiteral("cannot start a transaction"));
    QList<quint64> sequences;
    sequences.reserve(envelopes.size());
    for (const OutgoingEnvelope& envelope : envelopes) {
        auto count = run(db, QStringLiteral("SELECT COUNT(*) FROM envelopes WHERE device = ?"), {envelope.mailbox});
        if (!count)
            return tl::unexpected(count.error());
        if (count->next() && count->value(0).toLongLong() >= maxPerMailbox)
            return storageError(ErrorCode::PermissionDenied,
                                QStringLiteral("mailbox %1 is full (%2 envelopes not yet acknowledged)")
                                    .arg(QString::fromLatin1(envelope.mailbox.toHex()))
                                    .arg(maxPerMailbox));
        if (auto ok = run(db,
                          QStringLiteral("INSERT INTO mailboxes (device, last_sequence) VALUES (?, 1) "
                                         "ON CONFLICT (device) DO UPDATE SET last_sequence = last_sequence + 1"),
                          {envelope.mailbox});
            !ok)
            return tl::unexpected(ok.error());
        auto last = run(db, QStringLiteral("SELECT last_sequence FROM mailboxes WHERE device = ?"), {envelope.mailbox});
        if (!last)
            return tl::unexpected(last.error());
        if (!last->next())
            return storageError(ErrorCode::Internal, QStringLiteral("mailbox row vanished"));
        const quint64 sequence = last->value(0).toULongLong();
        if (auto ok =
                run(db, QStringLiteral("INSERT INTO envelopes (device, sequence, data, received) VALUES (?, ?, ?, ?)"),
                    {envelope.mailbox, sequence, envelope.data, now});
            !ok)
            return tl::unexpected(ok.error());
        sequences.append(sequence);
    }
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    return sequences;
}

Result<QList<StoredEnvelope>> SqliteRelayStorage::fetchEnvelopes(const QByteArray& mailbox, quint64 after, int limit)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query = run(db,
                     QStringLiteral("SELECT sequence, data, received FROM envelopes WHERE device = ? AND sequence > ? "
                                    "ORDER BY sequence LIMIT ?"),
                     {mailbox, after, limit});
    if (!query)
        return tl::unexpected(query.error());
    QList<StoredEnvelope> envelopes;
    while (query->next())
        envelopes.append({query->value(0).toULongLong(), query->value(1).toByteArray(), query->value(2).toLongLong()});
    return envelopes;
}

Result<qint64> SqliteRelayStorage::ackEnvelopes(const QByteArray& mailbox, quint64 upTo)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto query = run(db, QStringLiteral("DELETE FROM envelopes WHERE device = ? AND sequence <= ?"), {mailbox, upTo});
    if (!query)
        return tl::unexpected(query.error());
    return static_cast<qint64>(query->numRowsAffected());
}

// Key backups --------------------------------------------------------------------------------

Result<void> SqliteRelayStorage::putKeyBackup(const StoredKeyBackup& backup)
{
    return detail::putKeyBackup(QSqlDatabase::database(m_connection, false), backup);
}

Result<std::optional<StoredKeyBackup>> SqliteRelayStorage::keyBackup(const QByteArray& locator)
{
    return detail::keyBackup(QSqlDatabase::database(m_connection, false), locator);
}

} // namespace consilium::relay
