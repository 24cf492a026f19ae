#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace consilium::store {

class SqlStatement;

/// One connection to an SQLCipher database, opened with a raw 256-bit key.
///
/// The client links libsqlcipher only — never libsqlite3, which exports the same symbols — so
/// this talks to the SQLCipher C API directly instead of Qt's QSQLITE driver.
/// Not thread-safe: use a connection from one thread at a time (the store's worker thread).
class SqlDatabase
{
public:
    /// Opens or creates `path` and unlocks it with `rawKey` (exactly 32 bytes). The key is given
    /// as the first statement, `PRAGMA key = "x'…'"`, built from the bytes (never from user
    /// text) in a buffer that is wiped afterwards. Asserts `PRAGMA cipher_version` (a plain
    /// SQLite would silently ignore the key), sets 4096-byte pages, WAL, secure delete and
    /// foreign keys. A wrong key fails with PermissionDenied and leaves the file untouched.
    static Result<std::unique_ptr<SqlDatabase>> open(const QString& path, QByteArrayView rawKey);

    ~SqlDatabase();
    SqlDatabase(const SqlDatabase&) = delete;
    SqlDatabase& operator=(const SqlDatabase&) = delete;

    /// Runs one or more statements without results (schema, pragmas).
    Result<void> execute(const QString& sql);

    /// Prepares one statement; errors carry SQLite's message and the statement's first words.
    Result<SqlStatement> prepare(const QString& sql);

    /// The rowid of the last successful INSERT on this connection.
    [[nodiscard]] qint64 lastInsertId() const;
    /// Rows changed by the last INSERT/UPDATE/DELETE.
    [[nodiscard]] int changes() const;
    /// Whether a transaction is open on this connection (BlobStore::evict refuses to run in one).
    [[nodiscard]] bool inTransaction() const;

    /// SQLCipher's version string ("3.4.1"), as reported by PRAGMA cipher_version.
    [[nodiscard]] QString cipherVersion() const { return m_cipherVersion; }

    [[nodiscard]] sqlite3* handle() const { return m_db; }

    /// Converts the connection's last SQLite error into an Error.
    [[nodiscard]] Error lastError(const QString& what) const;

private:
    explicit SqlDatabase(sqlite3* db);

    sqlite3* m_db = nullptr;
    QString m_cipherVersion;
};

/// A prepared statement. Move-only; finalised on destruction. Bind indexes start at 1.
class SqlStatement
{
public:
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&& other) noexcept;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    ~SqlStatement();

    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqlStatement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    SqlStatement& bind(int index, const QString& text);
    SqlStatement& bind(int index, const QByteArray& blob);
    SqlStatement& bindNull(int index);
    /// Binds a secret straight from guarded memory (SQLite copies it into the encrypted page).
    SqlStatement& bindSecret(int index, const crypto::SecretBytes& secret);
    template <typename T>
    SqlStatement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// The index of a named parameter (":name"), or 0 when the statement has none by that name.
    [[nodiscard]] int parameterIndex(const char* name) const;

    /// Advances to the next row: true when a row is available, false when done.
    Result<bool> next();
    /// Calls `onRow` for each row (read the columns through this statement) until the end or
    /// the first error.
    Result<void> forEach(const std::function<void()>& onRow);
    /// Runs a statement that returns no rows.
    Result<void> run();
    /// Resets for another execution with new bindings.
    void reset();

    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    /// A blob column read straight into guarded memory, for keys kept in the database.
    [[nodiscard]] crypto::SecretBytes secretBlob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    friend class SqlDatabase;
    SqlStatement(sqlite3* db, sqlite3_stmt* statement, QString sql);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    int m_bindError = 0;
};

/// A transaction that rolls back unless commit() is called (BEGIN IMMEDIATE: writers queue up
/// at the start rather than failing half-way). Inside another transaction it becomes a
/// SAVEPOINT, so a repository call that protects itself still composes into a caller's batch:
/// its failure undoes only its own work, and nothing is durable until the outermost commit.
class SqlTransaction
{
public:
    static Result<SqlTransaction> begin(SqlDatabase& db);
    SqlTransaction(SqlTransaction&& other) noexcept;
    SqlTransaction& operator=(SqlTransaction&&) = delete;
    SqlTransaction(const SqlTransaction&) = delete;
    ~SqlTransaction();

    Result<void> commit();

private:
    SqlTransaction(SqlDatabase* db, bool nested) : m_db(db), m_nested(nested) { }
    SqlDatabase* m_db = nullptr;
    bool m_nested = false;
};

} // namespace consilium::store
