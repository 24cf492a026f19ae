#pragma once

// Internal to core/relay: what the Qt Sql storages share. Errors name tables and constraints,
// never bound values (which may be ciphertext).

#include "core/common/Error.h"
#include "core/relay/RelayStorage.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace consilium::relay::detail {

tl::unexpected<Error> storageError(ErrorCode code, const QString& message);
tl::unexpected<Error> sqlError(const QSqlQuery& query);

/// Prepares and runs `sql` with positional bindings.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

/// Rolls back unless commit() succeeded, so every early return leaves the state unchanged.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase& db); // QSqlDatabase has no move constructor (Qt 6.4)
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

/// RelayStorage's key backup methods, in SQL both SQLite and PostgreSQL run.
Result<void> putKeyBackup(const QSqlDatabase& db, const StoredKeyBackup& backup);
Result<std::optional<StoredKeyBackup>> keyBackup(const QSqlDatabase& db, const QByteArray& locator);

/// A random upload id: 32 lower-case hex digits.
QString newUploadId();

} // namespace consilium::relay::detail
