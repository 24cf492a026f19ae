#include "core/relay/SqlSupport.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace consilium::relay::detail {

tl::unexpected<Error> storageError(ErrorCode code, const QString& message)
{
    return fail(QStringLiteral("relay-storage"), code, message);
}

tl::unexpected<Error> sqlError(const QSqlQuery& query)
{
    return storageError(ErrorCode::IoError, QStringLiteral("database: %1").arg(query.lastError().text()));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Statements without values run directly: PostgreSQL cannot PREPARE DDL.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(query);
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return query;
}

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    m_open = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    if (!m_db.commit())
        return storageError(ErrorCode::IoError, QStringLiteral("database commit: %1").arg(m_db.lastError().text()));
    m_open = false;
    return {};
}

QString newUploadId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

Result<void> putKeyBackup(const QSqlDatabase& db, const StoredKeyBackup& backup)
{
    Transaction transaction(db);
    auto owner = run(db, QStringLiteral("SELECT identity FROM key_backups WHERE locator = ?"), {backup.locator});
    if (!owner)
        return tl::unexpected(owner.error());
    if (owner->next() && owner->value(0).toByteArray() != backup.identity)
        return storageError(ErrorCode::AlreadyExists, QStringLiteral("another identity's key backup has this locator"));
    // One backup per identity: a new recovery key replaces the old backup and its locator.
    if (auto removed = run(db, QStringLiteral("DELETE FROM key_backups WHERE identity = ?"), {backup.identity});
        !removed)
        return tl::unexpected(removed.error());
    if (auto inserted = run(db,
                            QStringLiteral("INSERT INTO key_backups (identity, locator, backup, updated) "
                                           "VALUES (?, ?, ?, ?)"),
                            {backup.identity, backup.locator, backup.backup, backup.updated});
        !inserted)
        return tl::unexpected(inserted.error());
    return transaction.commit();
}

Result<std::optional<StoredKeyBackup>> keyBackup(const QSqlDatabase& db, const QByteArray& locator)
{
    auto query =
        run(db, QStringLiteral("SELECT identity, backup, updated FROM key_backups WHERE locator = ?"), {locator});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredKeyBackup>{};
    return std::optional(StoredKeyBackup{query->value(0).toByteArray(), locator, query->value(1).toByteArray(),
                                         query->value(2).toLongLong()});
}

} // namespace consilium::relay::detail
