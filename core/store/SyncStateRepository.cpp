#include "core/store/SyncStateRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QCborArray>
#include <QCborValue>

namespace consilium::store {

using namespace detail;

Result<bool> SyncStateRepository::putObject(const StoredObject& object, const QDateTime& receivedAt)
{
    auto statement = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO objects (object_uuid, case_uuid, type, author_device, sequence, epoch, sealed, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(object.id))
        .bind(2, uuidBytes(object.caseId))
        .bind(3, object.type)
        .bind(4, object.authorDevice)
        .bind(5, static_cast<qint64>(object.sequence))
        .bind(6, object.epoch)
        .bind(7, object.sealed)
        .bind(8, toMs(receivedAt));
    if (auto ok = statement->run(); !ok)
        return tl::unexpected(ok.error());
    return m_db.changes() > 0;
}

Result<QList<StoredObject>> SyncStateRepository::objectsOfCase(const QUuid& caseId, ObjectOrder order)
{
    auto statement = m_db.prepare(
        QStringLiteral(
            "SELECT object_uuid, type, author_device, sequence, epoch, sealed FROM objects WHERE case_uuid = ? ")
        + (order == ObjectOrder::Arrival ? QStringLiteral("ORDER BY id")
                                         : QStringLiteral("ORDER BY epoch, sequence, id")));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(caseId));
    QList<StoredObject> objects;
    const auto rows = statement->forEach([&] {
        objects.append(StoredObject{uuidFrom(statement->blob(0)), caseId, static_cast<int>(statement->integer(1)),
                                    statement->blob(2), statement->integer(3), static_cast<int>(statement->integer(4)),
                                    statement->blob(5)});
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return objects;
}

Result<qint64> SyncStateRepository::enqueue(int kind, const QByteArray& payload, const QDateTime& notBefore,
                                            const QUuid& caseId, qint64 size)
{
    auto statement = m_db.prepare(QStringLiteral("INSERT INTO outbox (kind, payload, next_attempt_at, created_at, "
                                                 "case_uuid, size) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, kind).bind(2, payload).bind(3, toMs(notBefore)).bind(4, QDateTime::currentMSecsSinceEpoch());
    if (caseId.isNull())
        statement->bindNull(5);
    else
        statement->bind(5, caseId.toRfc4122());
    statement->bind(6, size < 0 ? qint64(payload.size()) : size);
    if (auto ok = statement->run(); !ok)
        return tl::unexpected(ok.error());
    return m_db.lastInsertId();
}

Result<QList<OutboxItem>> SyncStateRepository::due(const QDateTime& now, int limit)
{
    auto statement = m_db.prepare(
        QStringLiteral("SELECT id, kind, payload, attempts, next_attempt_at, last_error, case_uuid, size FROM outbox "
                       "WHERE next_attempt_at <= ? ORDER BY id LIMIT ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, toMs(now)).bind(2, limit);
    QList<OutboxItem> items;
    const auto rows = statement->forEach([&] {
        const QByteArray caseId = statement->blob(6);
        items.append(OutboxItem{statement->integer(0), static_cast<int>(statement->integer(1)), statement->blob(2),
                                static_cast<int>(statement->integer(3)), fromMs(statement->integer(4)),
                                statement->text(5), caseId.size() == 16 ? QUuid::fromRfc4122(caseId) : QUuid(),
                                statement->integer(7)});
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return items;
}

Result<void> SyncStateRepository::recordFailure(qint64 id, const QString& error, const QDateTime& retryAt)
{
    auto statement = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?1"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, static_cast<qint64>(id)).bind(2, error).bind(3, toMs(retryAt)).run();
}

Result<void> SyncStateRepository::remove(qint64 id)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, static_cast<qint64>(id)).run();
}

Result<int> SyncStateRepository::outboxSize()
{
    auto statement = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto row = statement->next(); !row)
        return tl::unexpected(row.error());
    return static_cast<int>(statement->integer(0));
}

Result<int> SyncStateRepository::outboxSizeOutsideCases()
{
    auto statement = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE case_uuid IS NULL"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto row = statement->next(); !row)
        return tl::unexpected(row.error());
    return static_cast<int>(statement->integer(0));
}

Result<QList<OutboxCase>> SyncStateRepository::pendingCases()
{
    // The error shown is the one of the case's most recently failed item.
    auto statement = m_db.prepare(
        QStringLiteral("SELECT o.case_uuid, count(*), sum(o.size), max(o.attempts), "
                       "  (SELECT e.last_error FROM outbox e WHERE e.case_uuid = o.case_uuid AND e.last_error != '' "
                       "   ORDER BY e.attempts DESC, e.id LIMIT 1), "
                       "  (SELECT c.title FROM cases c WHERE c.case_uuid = o.case_uuid) "
                       "FROM outbox o WHERE o.case_uuid IS NOT NULL GROUP BY o.case_uuid ORDER BY min(o.id)"));
    if (!statement)
        return tl::unexpected(statement.error());
    QList<OutboxCase> cases;
    const auto rows = statement->forEach([&] {
        OutboxCase value;
        value.caseId = QUuid::fromRfc4122(statement->blob(0));
        value.items = static_cast<int>(statement->integer(1));
        value.bytes = statement->integer(2);
        value.attempts = static_cast<int>(statement->integer(3));
        value.lastError = statement->text(4);
        value.title = statement->text(5);
        cases.append(value);
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return cases;
}

Result<std::optional<QString>> SyncStateRepository::inboxCursor(const QString& mailbox)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT cursor FROM inbox_cursors WHERE mailbox = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, mailbox).next();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? std::optional(statement->text(0)) : std::nullopt;
}

Result<void> SyncStateRepository::setInboxCursor(const QString& mailbox, const QString& cursor)
{
    auto statement = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO inbox_cursors (mailbox, cursor, updated_at) VALUES (?, ?, ?)"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, mailbox).bind(2, cursor).bind(3, QDateTime::currentMSecsSinceEpoch()).run();
}

Result<std::optional<QByteArray>> SyncStateRepository::value(const QString& name)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT value FROM sync_values WHERE name = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, name).next();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? std::optional(statement->blob(0)) : std::nullopt;
}

Result<void> SyncStateRepository::setValue(const QString& name, const QByteArray& value)
{
    auto statement =
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_values (name, value, updated_at) VALUES (?, ?, ?)"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, name).bind(2, value).bind(3, QDateTime::currentMSecsSinceEpoch()).run();
}

Result<void> SyncStateRepository::removeValue(const QString& name)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM sync_values WHERE name = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, name).run();
}

Result<QStringList> SyncStateRepository::valueNames(const QString& prefix)
{
    auto statement = m_db.prepare(
        QStringLiteral("SELECT name FROM sync_values WHERE substr(name, 1, length(?1)) = ?1 ORDER BY name"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, prefix);
    QStringList names;
    const auto rows = statement->forEach([&] { names.append(statement->text(0)); });
    if (!rows)
        return tl::unexpected(rows.error());
    return names;
}

namespace {

const QString kPendingKeyBackup = QStringLiteral("key-backup/pending");

} // namespace

Result<void> SyncStateRepository::setPendingKeyBackup(const PendingKeyBackup& backup)
{
    return setValue(kPendingKeyBackup, QCborArray{backup.locator, backup.backup}.toCborValue().toCbor());
}

Result<std::optional<PendingKeyBackup>> SyncStateRepository::pendingKeyBackup()
{
    auto stored = value(kPendingKeyBackup);
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return std::optional<PendingKeyBackup>{};
    const QCborArray pair = QCborValue::fromCbor(**stored).toArray();
    return std::optional(PendingKeyBackup{pair.at(0).toByteArray(), pair.at(1).toByteArray()});
}

Result<void> SyncStateRepository::clearPendingKeyBackup(const PendingKeyBackup& sent)
{
    auto current = pendingKeyBackup();
    if (!current)
        return tl::unexpected(current.error());
    if (!current->has_value() || **current != sent)
        return {};
    return removeValue(kPendingKeyBackup);
}

} // namespace consilium::store
