#include "core/relay/PostgresRelayStorage.h"

#include "core/common/Logging.h"
#include "core/relay/SqlSupport.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <map>

namespace consilium::relay {

using namespace detail;

namespace {

const QString kChannel = QStringLiteral("consilium_relay_wakeup");
// NOTIFY payloads must stay under 8000 bytes: 100 device keys in hex with commas is 6 499.
constexpr qsizetype kDevicesPerNotification = 100;
// Any 64-bit number, the same in every relay process: serialises schema creation.
constexpr qint64 kSchemaLock = 0x436f6e73696c6975; // "Consiliu"

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS identities (identity BYTEA PRIMARY KEY, credential BYTEA NOT NULL, "
    "device_list_sequence BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS device_lists (identity BYTEA NOT NULL, sequence BIGINT NOT NULL, entry BYTEA NOT NULL, "
    "PRIMARY KEY (identity, sequence))",
    "CREATE TABLE IF NOT EXISTS devices (device BYTEA PRIMARY KEY, identity BYTEA NOT NULL)",
    "CREATE INDEX IF NOT EXISTS devices_by_identity ON devices (identity)",
    "CREATE TABLE IF NOT EXISTS challenges (challenge BYTEA PRIMARY KEY, device BYTEA NOT NULL, expires BIGINT NOT "
    "NULL)",
    "CREATE TABLE IF NOT EXISTS tokens (token_hash BYTEA PRIMARY KEY, device BYTEA NOT NULL, identity BYTEA NOT NULL, "
    "expires BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, identity BYTEA NOT NULL, size BIGINT NOT NULL, "
    "received BIGINT NOT NULL, created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS upload_chunks (upload TEXT NOT NULL REFERENCES uploads (id) ON DELETE CASCADE, "
    "position BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (upload, position))",
    "CREATE TABLE IF NOT EXISTS blobs (hash BYTEA PRIMARY KEY, size BIGINT NOT NULL, owner BYTEA NOT NULL)",
    "CREATE INDEX IF NOT EXISTS blobs_by_owner ON blobs (owner)",
    "CREATE TABLE IF NOT EXISTS blob_chunks (hash BYTEA NOT NULL REFERENCES blobs (hash) ON DELETE CASCADE, "
    "position BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (hash, position))",
    "CREATE TABLE IF NOT EXISTS mailboxes (device BYTEA PRIMARY KEY, last_sequence BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS envelopes (device BYTEA NOT NULL, sequence BIGINT NOT NULL, data BYTEA NOT NULL, "
    "received BIGINT NOT NULL, PRIMARY KEY (device, sequence))",
    "CREATE TABLE IF NOT EXISTS key_backups (identity BYTEA PRIMARY KEY, locator BYTEA NOT NULL UNIQUE, "
    "backup BYTEA NOT NULL, updated BIGINT NOT NULL)",
};

QSqlDatabase database(const QString& connection)
{
    return QSqlDatabase::database(connection, false);
}

} // namespace

PostgresRelayStorage::PostgresRelayStorage(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

PostgresRelayStorage::~PostgresRelayStorage()
{
    {
        QSqlDatabase db = database(m_connection);
        if (db.isOpen()) {
            if (db.driver()->subscribedToNotifications().contains(kChannel))
                db.driver()->unsubscribeFromNotification(kChannel);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<PostgresRelayStorage>> PostgresRelayStorage::open(const QString& urlText)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return storageError(
            ErrorCode::Unsupported,
            QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian libqt6sql6-psql) is not installed"));
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        || url.path().size() < 2)
        return storageError(ErrorCode::InvalidArgument,
                            QStringLiteral("--db must be postgresql://[user[:password]@][host][:port]/dbname"
                                           "[?host=/socket/dir&port=N]"));
    const QUrlQuery query(url);
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("consilium-relay-pg-%1").arg(counter.fetch_add(1));
    std::unique_ptr<PostgresRelayStorage> storage(new PostgresRelayStorage(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    // libpq reads a host starting with '/' as a Unix socket folder.
    db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                              : url.host());
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt()
                                                                : url.port(-1);
    if (port > 0)
        db.setPort(port);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open()) {
        // libpq's message names host, port and database, never the password.
        return storageError(ErrorCode::IoError,
                            QStringLiteral("cannot connect to PostgreSQL: %1").arg(db.lastError().text().trimmed()));
    }
    if (auto migrated = storage->migrate(); !migrated)
        return tl::unexpected(migrated.error());
    if (!db.driver()->subscribeToNotification(kChannel))
        return storageError(ErrorCode::IoError,
                            QStringLiteral("cannot LISTEN for wake-ups: %1").arg(db.driver()->lastError().text()));
    QObject::connect(
        db.driver(), &QSqlDriver::notification, &storage->m_context,
        [raw = storage.get()](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
            if (channel != kChannel || !raw->m_envelopeListener)
                return;
            QList<QByteArray> devices;
            for (const QString& hex : payload.toString().split(u',', Qt::SkipEmptyParts))
                devices.append(QByteArray::fromHex(hex.toLatin1()));
            raw->m_envelopeListener(devices);
        });
    return storage;
}

Result<void> PostgresRelayStorage::migrate()
{
    const QSqlDatabase db = database(m_connection);
    // libpq prints NOTICEs ("relation already exists, skipping") on stderr.
    if (auto quiet = run(db, QStringLiteral("SET client_min_messages = warning")); !quiet)
        return tl::unexpected(quiet.error());
    Transaction transaction(db);
    // Two relay processes starting at once would race on CREATE TABLE IF NOT EXISTS.
    if (auto locked = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLock}); !locked)
        return tl::unexpected(locked.error());
    for (const char* statement : kSchema) {
        if (auto ok = run(db, QLatin1String(statement)); !ok)
            return tl::unexpected(ok.error());
    }
    return transaction.commit();
}

void PostgresRelayStorage::setEnvelopeListener(std::function<void(const QList<QByteArray>&)> listener)
{
    m_envelopeListener = std::move(listener);
}

// Identities ---------------------------------------------------------------------------------

Result<std::optional<StoredIdentity>> PostgresRelayStorage::identity(const QByteArray& identityKey)
{
    auto query = run(database(m_connection),
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

Result<QList<QByteArray>> PostgresRelayStorage::deviceListHistory(const QByteArray& identityKey)
{
    auto query =
        run(database(m_connection),
            QStringLiteral("SELECT entry FROM device_lists WHERE identity = ? ORDER BY sequence"), {identityKey});
    if (!query)
        return tl::unexpected(query.error());
    QList<QByteArray> entries;
    while (query->next())
        entries.append(query->value(0).toByteArray());
    return entries;
}

namespace {

Result<void> replaceDevices(const QSqlDatabase& db, const QByteArray& identity, const QList<QByteArray>& devices)
{
    if (auto ok = run(db, QStringLiteral("DELETE FROM devices WHERE identity = ?"), {identity}); !ok)
        return tl::unexpected(ok.error());
    for (const QByteArray& device : devices) {
        // ON CONFLICT DO NOTHING + row count, rather than a failed INSERT, which would abort the
        // whole PostgreSQL transaction.
        auto inserted = run(db,
                            QStringLiteral("INSERT INTO devices (device, identity) VALUES (?, ?) "
                                           "ON CONFLICT (device) DO NOTHING"),
                            {device, identity});
        if (!inserted)
            return tl::unexpected(inserted.error());
        if (inserted->numRowsAffected() != 1)
            return storageError(
                ErrorCode::AlreadyExists,
                QStringLiteral("device %1 belongs to another identity").arg(QString::fromLatin1(device.toHex())));
    }
    return {};
}

} // namespace

Result<void> PostgresRelayStorage::createIdentity(const StoredIdentity& identity, const QList<QByteArray>& history,
                                                  const QList<QByteArray>& devices)
{
    const QSqlDatabase db = database(m_connection);
    Transaction transaction(db);
    auto inserted = run(db,
                        QStringLiteral("INSERT INTO identities (identity, credential, device_list_sequence) "
                                       "VALUES (?, ?, ?) ON CONFLICT (identity) DO NOTHING"),
                        {identity.identityKey, identity.credential, qint64(identity.deviceListSequence)});
    if (!inserted)
        return tl::unexpected(inserted.error());
    if (inserted->numRowsAffected() != 1)
        return storageError(ErrorCode::AlreadyExists, QStringLiteral("the identity is already registered"));
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

Result<void> PostgresRelayStorage::replaceCredential(const QByteArray& identityKey, const QByteArray& credential)
{
    auto query = run(database(m_connection), QStringLiteral("UPDATE identities SET credential = ? WHERE identity = ?"),
                     {credential, identityKey});
    if (!query)
        return tl::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return storageError(ErrorCode::NotFound, QStringLiteral("no such identity"));
    return {};
}

Result<void> PostgresRelayStorage::appendDeviceList(const QByteArray& identityKey, quint64 expectedSequence,
                                                    const QByteArray& entry, quint64 sequence,
                                                    const QList<QByteArray>& devices)
{
    const QSqlDatabase db = database(m_connection);
    Transaction transaction(db);
    auto updated = run(db,
                       QStringLiteral("UPDATE identities SET device_list_sequence = ? WHERE identity = ? AND "
                                      "device_list_sequence = ?"),
                       {qint64(sequence), identityKey, qint64(expectedSequence)});
    if (!updated)
        return tl::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return storageError(ErrorCode::AlreadyExists, QStringLiteral("the device list changed meanwhile"));
    if (auto ok = run(db, QStringLiteral("INSERT INTO device_lists (identity, sequence, entry) VALUES (?, ?, ?)"),
                      {identityKey, qint64(sequence), entry});
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok = replaceDevices(db, identityKey, devices); !ok)
        return ok;
    return transaction.commit();
}

Result<std::optional<QByteArray>> PostgresRelayStorage::identityOfDevice(const QByteArray& device)
{
    auto query = run(database(m_connection), QStringLiteral("SELECT identity FROM devices WHERE device = ?"), {device});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>(query->value(0).toByteArray());
}

// Challenges and tokens ----------------------------------------------------------------------

Result<void> PostgresRelayStorage::putChallenge(const QByteArray& challenge, const StoredChallenge& value)
{
    if (auto ok = run(database(m_connection),
                      QStringLiteral("INSERT INTO challenges (challenge, device, expires) VALUES (?, ?, ?)"),
                      {challenge, value.device, value.expires});
        !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<std::optional<StoredChallenge>> PostgresRelayStorage::takeChallenge(const QByteArray& challenge)
{
    // One statement: of two processes answering the same challenge, only one gets the row.
    auto query =
        run(database(m_connection),
            QStringLiteral("DELETE FROM challenges WHERE challenge = ? RETURNING device, expires"), {challenge});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredChallenge>{};
    return std::optional<StoredChallenge>(StoredChallenge{query->value(0).toByteArray(), query->value(1).toLongLong()});
}

Result<void> PostgresRelayStorage::putToken(const QByteArray& tokenHash, const StoredToken& value)
{
    if (auto ok = run(database(m_connection),
                      QStringLiteral("INSERT INTO tokens (token_hash, device, identity, expires) VALUES (?, ?, ?, ?)"),
                      {tokenHash, value.device, value.identity, value.expires});
        !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<std::optional<StoredToken>> PostgresRelayStorage::token(const QByteArray& tokenHash)
{
    auto query = run(database(m_connection),
                     QStringLiteral("SELECT device, identity, expires FROM tokens WHERE token_hash = ?"), {tokenHash});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredToken>{};
    return std::optional<StoredToken>(
        StoredToken{query->value(0).toByteArray(), query->value(1).toByteArray(), query->value(2).toLongLong()});
}

Result<void> PostgresRelayStorage::purgeExpired(qint64 now)
{
    for (const char* sql : {"DELETE FROM challenges WHERE expires < ?", "DELETE FROM tokens WHERE expires < ?"}) {
        if (auto ok = run(database(m_connection), QLatin1String(sql), {now}); !ok)
            return tl::unexpected(ok.error());
    }
    return {};
}

// Blobs --------------------------------------------------------------------------------------

Result<UploadState> PostgresRelayStorage::createUpload(const QByteArray& identity, qint64 size, qint64 quotaBytes,
                                                       qint64 now)
{
    const QSqlDatabase db = database(m_connection);
    Transaction transaction(db);
    // Serialise the quota check per identity across processes.
    if (auto locked = run(db, QStringLiteral("SELECT 1 FROM identities WHERE identity = ? FOR UPDATE"), {identity});
        !locked)
        return tl::unexpected(locked.error());
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
    if (auto ok = run(
            db, QStringLiteral("INSERT INTO uploads (id, identity, size, received, created) VALUES (?, ?, ?, 0, ?)"),
            {id, identity, size, now});
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    return UploadState{id, identity, size, 0};
}

Result<std::optional<UploadState>> PostgresRelayStorage::upload(const QString& uploadId)
{
    auto query = run(database(m_connection),
                     QStringLiteral("SELECT identity, size, received FROM uploads WHERE id = ?"), {uploadId});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<UploadState>{};
    return std::optional<UploadState>(UploadState{uploadId, query->value(0).toByteArray(), query->value(1).toLongLong(),
                                                  query->value(2).toLongLong()});
}

Result<UploadState> PostgresRelayStorage::writeChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes)
{
    const QSqlDatabase db = database(m_connection);
    Transaction transaction(db);
    auto state =
        run(db, QStringLiteral("SELECT identity, size, received FROM uploads WHERE id = ? FOR UPDATE"), {uploadId});
    if (!state)
        return tl::unexpected(state.error());
    if (!state->next())
        return storageError(ErrorCode::NotFound, QStringLiteral("no such upload"));
    UploadState current{uploadId, state->value(0).toByteArray(), state->value(1).toLongLong(),
                        state->value(2).toLongLong()};
    if (offset != current.received)
        return storageError(ErrorCode::AlreadyExists,
                            QStringLiteral("chunk at offset %1, but the upload continues at offset %2")
                                .arg(offset)
                                .arg(current.received));
    if (offset + bytes.size() > current.size)
        return storageError(ErrorCode::InvalidArgument, QStringLiteral("chunk ends at %1, beyond the announced size %2")
                                                            .arg(offset + bytes.size())
                                                            .arg(current.size));
    if (auto ok = run(db, QStringLiteral("INSERT INTO upload_chunks (upload, position, data) VALUES (?, ?, ?)"),
                      {uploadId, offset, bytes});
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok =
            run(db, QStringLiteral("UPDATE uploads SET received = ? WHERE id = ?"), {offset + bytes.size(), uploadId});
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    current.received = offset + bytes.size();
    return current;
}

Result<BlobInfo> PostgresRelayStorage::commitUpload(const QString& uploadId, const QByteArray& expectedHash)
{
    const QSqlDatabase db = database(m_connection);
    Transaction transaction(db);
    auto state =
        run(db, QStringLiteral("SELECT identity, size, received FROM uploads WHERE id = ? FOR UPDATE"), {uploadId});
    if (!state)
        return tl::unexpected(state.error());
    if (!state->next())
        return storageError(ErrorCode::NotFound, QStringLiteral("no such upload"));
    const QByteArray owner = state->value(0).toByteArray();
    const qint64 size = state->value(1).toLongLong();
    if (state->value(2).toLongLong() != size)
        return storageError(ErrorCode::InvalidArgument, QStringLiteral("the upload is incomplete"));

    // Forward-only: QPSQL fetches row by row, so a large blob is hashed chunk by chunk.
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    {
        auto chunks =
            run(db, QStringLiteral("SELECT data FROM upload_chunks WHERE upload = ? ORDER BY position"), {uploadId});
        if (!chunks)
            return tl::unexpected(chunks.error());
        while (chunks->next())
            hash.addData(chunks->value(0).toByteArray());
    }
    if (hash.result() != expectedHash)
        return storageError(
            ErrorCode::Malformed,
            QStringLiteral("the uploaded bytes hash to %1, not to the announced %2")
                .arg(QString::fromLatin1(hash.result().toHex()), QString::fromLatin1(expectedHash.toHex())));
    auto inserted =
        run(db, QStringLiteral("INSERT INTO blobs (hash, size, owner) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING"),
            {expectedHash, size, owner});
    if (!inserted)
        return tl::unexpected(inserted.error());
    if (inserted->numRowsAffected() == 1) {
        if (auto ok = run(db,
                          QStringLiteral("INSERT INTO blob_chunks (hash, position, data) "
                                         "SELECT ?, position, data FROM upload_chunks WHERE upload = ?"),
                          {expectedHash, uploadId});
            !ok)
            return tl::unexpected(ok.error());
    }
    if (auto ok = run(db, QStringLiteral("DELETE FROM uploads WHERE id = ?"), {uploadId}); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    return BlobInfo{expectedHash, size};
}

Result<std::optional<BlobInfo>> PostgresRelayStorage::blob(const QByteArray& hash)
{
    auto query = run(database(m_connection), QStringLiteral("SELECT size FROM blobs WHERE hash = ?"), {hash});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<BlobInfo>{};
    return std::optional<BlobInfo>(BlobInfo{hash, query->value(0).toLongLong()});
}

Result<QByteArray> PostgresRelayStorage::readBlob(const QByteArray& hash, qint64 offset, qint64 length)
{
    const qint64 end = offset + length;
    auto query = run(database(m_connection),
                     QStringLiteral("SELECT position, data FROM blob_chunks WHERE hash = ? AND position < ? AND "
                                    "position + length(data) > ? ORDER BY position"),
                     {hash, end, offset});
    if (!query)
        return tl::unexpected(query.error());
    QByteArray bytes;
    bytes.reserve(length);
    while (query->next()) {
        const qint64 position = query->value(0).toLongLong();
        const QByteArray data = query->value(1).toByteArray();
        const qint64 from = std::max<qint64>(0, offset - position);
        const qint64 to = std::min<qint64>(data.size(), end - position);
        bytes += data.mid(from, to - from);
    }
    if (bytes.size() != length)
        return storageError(ErrorCode::IoError,
                            QStringLiteral("blob %1 is shorter than recorded").arg(QString::fromLatin1(hash.toHex())));
    return bytes;
}

// Mailboxes ----------------------------------------------------------------------------------

Result<QList<quint64>> PostgresRelayStorage::postEnvelopes(const QList<OutgoingEnvelope>& envelopes,
                                                           qint64 maxPerMailbox, qint64 now)
{
    const QSqlDatabase db = database(m_connection);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return storageError(ErrorCode::IoError, QStringLiteral("cannot start a transaction"));
    // Batched: a few statements per mailbox and per few hundred envelopes, not three per
    // envelope — each statement is a round trip to the server (docs/bench.md, PostgreSQL).
    // Mailboxes are locked in byte order, so two posters never wait on each other in a cycle.
    std::map<QByteArray, qint64> perMailbox; // mailbox → envelopes in this batch
    for (const OutgoingEnvelope& envelope : envelopes)
        ++perMailbox[envelope.mailbox];
    std::map<QByteArray, qint64> nextSequence; // mailbox → first sequence of this batch
    for (const auto& [mailbox, count] : perMailbox) {
        // The upsert locks the mailbox row until commit: sequence numbers are never handed out
        // twice, whichever process posts.
        auto last = run(db,
                        QStringLiteral("INSERT INTO mailboxes (device, last_sequence) VALUES (?, ?) "
                                       "ON CONFLICT (device) DO UPDATE SET last_sequence = mailboxes.last_sequence + ? "
                                       "RETURNING last_sequence"),
                        {mailbox, count, count});
        if (!last)
            return tl::unexpected(last.error());
        if (!last->next())
            return storageError(ErrorCode::Internal, QStringLiteral("mailbox row vanished"));
        nextSequence[mailbox] = last->value(0).toLongLong() - count + 1;
        auto stored = run(db, QStringLiteral("SELECT COUNT(*) FROM envelopes WHERE device = ?"), {mailbox});
        if (!stored)
            return tl::unexpected(stored.error());
        if (stored->next() && stored->value(0).toLongLong() + count > maxPerMailbox)
            return storageError(ErrorCode::PermissionDenied,
                                QStringLiteral("mailbox %1 is full (%2 envelopes not yet acknowledged)")
                                    .arg(QString::fromLatin1(mailbox.toHex()))
                                    .arg(maxPerMailbox));
    }
    QList<quint64> sequences;
    sequences.reserve(envelopes.size());
    for (const OutgoingEnvelope& envelope : envelopes)
        sequences.append(quint64(nextSequence[envelope.mailbox]++));
    constexpr qsizetype kRowsPerInsert = 250; // 1,000 bound values per statement
    for (qsizetype first = 0; first < envelopes.size(); first += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, envelopes.size() - first);
        QStringList placeholders(rows, QStringLiteral("(?, ?, ?, ?)"));
        QVariantList values;
        values.reserve(rows * 4);
        for (qsizetype i = first; i < first + rows; ++i)
            values << envelopes[i].mailbox << qint64(sequences[i]) << envelopes[i].data << now;
        if (auto ok = run(db,
                          QStringLiteral("INSERT INTO envelopes (device, sequence, data, received) VALUES ")
                              + placeholders.join(QStringLiteral(", ")),
                          values);
            !ok)
            return tl::unexpected(ok.error());
    }
    // Delivered to every listening relay process when (and only if) the transaction commits.
    QList<QByteArray> mailboxes;
    for (const auto& entry : perMailbox)
        mailboxes.append(entry.first);
    for (qsizetype first = 0; first < mailboxes.size(); first += kDevicesPerNotification) {
        QStringList hex;
        for (const QByteArray& mailbox : mailboxes.mid(first, kDevicesPerNotification))
            hex.append(QString::fromLatin1(mailbox.toHex()));
        if (auto ok = run(db, QStringLiteral("SELECT pg_notify(?, ?)"), {kChannel, hex.join(u',')}); !ok)
            return tl::unexpected(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return tl::unexpected(ok.error());
    return sequences;
}

Result<QList<StoredEnvelope>> PostgresRelayStorage::fetchEnvelopes(const QByteArray& mailbox, quint64 after, int limit)
{
    auto query = run(database(m_connection),
                     QStringLiteral("SELECT sequence, data, received FROM envelopes WHERE device = ? AND sequence > ? "
                                    "ORDER BY sequence LIMIT ?"),
                     {mailbox, qint64(after), limit});
    if (!query)
        return tl::unexpected(query.error());
    QList<StoredEnvelope> envelopes;
    while (query->next())
        envelopes.append({query->value(0).toULongLong(), query->value(1).toByteArray(), query->value(2).toLongLong()});
    return envelopes;
}

Result<qint64> PostgresRelayStorage::ackEnvelopes(const QByteArray& mailbox, quint64 upTo)
{
    auto query = run(database(m_connection), QStringLiteral("DELETE FROM envelopes WHERE device = ? AND sequence <= ?"),
                     {mailbox, qint64(upTo)});
    if (!query)
        return tl::unexpected(query.error());
    return static_cast<qint64>(query->numRowsAffected());
}

// Key backups --------------------------------------------------------------------------------

Result<void> PostgresRelayStorage::putKeyBackup(const StoredKeyBackup& backup)
{
    return detail::putKeyBackup(database(m_connection), backup);
}

Result<std::optional<StoredKeyBackup>> PostgresRelayStorage::keyBackup(const QByteArray& locator)
{
    return detail::keyBackup(database(m_connection), locator);
}

} // namespace consilium::relay
