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

} // namespace consilium::relay::detail
