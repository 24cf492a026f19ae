#include "core/store/SqlDatabase.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>

#include <cstring>
#include <string.h> // explicit_bzero

namespace consilium::store {

namespace {

const QString kDomain = QStringLiteral("store");

Error sqlError(sqlite3* db, int code, const QString& what)
{
    ErrorCode kind = ErrorCode::Internal;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        kind = ErrorCode::PermissionDenied;
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = ErrorCode::IoError;
        break;
    case SQLITE_CORRUPT:
        kind = ErrorCode::Malformed;
        break;
    case SQLITE_CONSTRAINT:
        kind = ErrorCode::AlreadyExists;
        break;
    default:
        break;
    }
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return Error{kDomain, kind, what + QStringLiteral(": ") + QString::fromUtf8(message)};
}

// The first few words of a statement, enough to tell which one failed without logging data.
QString statementLabel(const QString& sql)
{
    return sql.simplified().section(u' ', 0, 3);
}

// Runs "PRAGMA key" from a buffer that is wiped afterwards, so the hex key does not linger in
// freed heap memory (QString would copy it around).
int applyRawKey(sqlite3* db, QByteArrayView key)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    static constexpr char kPrefix[] = "PRAGMA key = \"x'";
    static constexpr char kSuffix[] = "'\";";
    char statement[sizeof(kPrefix) - 1 + 64 + sizeof(kSuffix)];
    std::memcpy(statement, kPrefix, sizeof(kPrefix) - 1);
    char* out = statement + sizeof(kPrefix) - 1;
    for (const char byte : key) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = kHex[value >> 4];
        *out++ = kHex[value & 0x0f];
    }
    std::memcpy(out, kSuffix, sizeof(kSuffix));
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, nullptr);
    explicit_bzero(statement, sizeof(statement));
    return rc;
}

} // namespace

SqlDatabase::SqlDatabase(sqlite3* db)
    : m_db(db)
{
}

SqlDatabase::~SqlDatabase()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqlDatabase>> SqlDatabase::open(const QString& path, QByteArrayView rawKey)
{
    if (rawKey.size() != 32)
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the database key must be 32 bytes"));

    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<SqlDatabase> db(new SqlDatabase(raw));
    if (rc != SQLITE_OK)
        return tl::unexpected(sqlError(raw, rc, QStringLiteral("cannot open %1").arg(path)));
    sqlite3_busy_timeout(raw, 5000);

    // PRAGMA key must be the first statement on the connection.
    if (applyRawKey(raw, rawKey) != SQLITE_OK)
        return tl::unexpected(db->lastError(QStringLiteral("cannot set the database key")));

    // Page size is part of the file format under SQLCipher 3: set it before the first read,
    // for new and existing files alike.
    if (auto pageSize = db->execute(QStringLiteral("PRAGMA cipher_page_size = 4096;")); !pageSize)
        return tl::unexpected(pageSize.error());

    // A plain SQLite library would accept PRAGMA key and store everything in clear text.
    auto version = db->prepare(QStringLiteral("PRAGMA cipher_version;"));
    if (!version)
        return tl::unexpected(version.error());
    auto hasRow = version->next();
    if (!hasRow || !*hasRow || version->text(0).isEmpty()) {
        return fail(kDomain, ErrorCode::Internal,
                    QStringLiteral("the SQLite library in use is not SQLCipher; refusing to store data unencrypted"));
    }
    db->m_cipherVersion = version->text(0);

    // The first read decrypts page 1: a wrong key (or a file that is not ours) fails here.
    const int check = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (check != SQLITE_OK) {
        if ((check & 0xff) == SQLITE_NOTADB) {
            return fail(kDomain, ErrorCode::PermissionDenied,
                        QStringLiteral("cannot unlock %1: wrong key, or not a Consilium database").arg(path));
        }
        return tl::unexpected(db->lastError(QStringLiteral("cannot read %1").arg(path)));
    }

    for (const char* pragma : {"PRAGMA journal_mode = WAL;", "PRAGMA secure_delete = ON;", "PRAGMA foreign_keys = ON;",
                               "PRAGMA synchronous = NORMAL;"}) {
        if (auto ok = db->execute(QString::fromLatin1(pragma)); !ok)
            return tl::unexpected(ok.error());
    }
    return db;
}

Result<void> SqlDatabase::execute(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        Error error = sqlError(m_db, rc, statementLabel(sql));
        error.message = statementLabel(sql) + QStringLiteral(": ") + text;
        return tl::unexpected(error);
    }
    return {};
}

Result<SqlStatement> SqlDatabase::prepare(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        return tl::unexpected(sqlError(m_db, rc, statementLabel(sql)));
    return SqlStatement(m_db, statement, sql);
}

qint64 SqlDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqlDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int SqlDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqlDatabase::lastError(const QString& what) const
{
    return sqlError(m_db, sqlite3_errcode(m_db), what);
}

// --- SqlStatement ---------------------------------------------------------------------------

SqlStatement::SqlStatement(sqlite3* db, sqlite3_stmt* statement, QString sql)
    : m_db(db), m_statement(statement), m_sql(std::move(sql))
{
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)), m_sql(std::move(other.m_sql)),
      m_bindError(other.m_bindError)
{
}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_sql = std::move(other.m_sql);
        m_bindError = other.m_bindError;
    }
    return *this;
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_statement, index, value); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (const int rc = sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                                         SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement& SqlStatement::bindSecret(int index, const crypto::SecretBytes& secret)
{
    if (const int rc =
            sqlite3_bind_blob(m_statement, index, secret.data(), static_cast<int>(secret.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& blob)
{
    // A null QByteArray would bind SQL NULL through a null pointer; bind an empty blob instead.
    static const char empty = 0;
    const char* data = blob.isNull() ? &empty : blob.constData();
    if (const int rc = sqlite3_bind_blob(m_statement, index, data, static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_statement, index); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

int SqlStatement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_statement, name);
}

Result<bool> SqlStatement::next()
{
    if (m_bindError != SQLITE_OK)
        return tl::unexpected(sqlError(m_db, m_bindError, QStringLiteral("binding ") + statementLabel(m_sql)));
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return tl::unexpected(sqlError(m_db, rc, statementLabel(m_sql)));
}

Result<void> SqlStatement::forEach(const std::function<void()>& onRow)
{
    while (true) {
        auto row = next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return {};
        onRow();
    }
}

Result<void> SqlStatement::run()
{
    auto step = next();
    if (!step)
        return tl::unexpected(step.error());
    return {};
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = SQLITE_OK;
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

crypto::SecretBytes SqlStatement::secretBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return crypto::SecretBytes::copyOf(QByteArrayView(data, sqlite3_column_bytes(m_statement, column)));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

// --- SqlTransaction -------------------------------------------------------------------------

Result<SqlTransaction> SqlTransaction::begin(SqlDatabase& db)
{
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    if (auto ok = db.execute(nested ? QStringLiteral("SAVEPOINT nested;") : QStringLiteral("BEGIN IMMEDIATE;")); !ok)
        return tl::unexpected(ok.error());
    return SqlTransaction(&db, nested);
}

SqlTransaction::SqlTransaction(SqlTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_nested(other.m_nested)
{
}

SqlTransaction::~SqlTransaction()
{
    if (!m_db)
        return;
    // Savepoint names stack: the innermost "nested" is the one this object opened.
    (void)m_db->execute(m_nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested;") : QStringLiteral("ROLLBACK;"));
}

Result<void> SqlTransaction::commit()
{
    if (!m_db)
        return fail(kDomain, ErrorCode::Internal, QStringLiteral("transaction already finished"));
    auto ok = m_db->execute(m_nested ? QStringLiteral("RELEASE nested;") : QStringLiteral("COMMIT;"));
    if (ok)
        m_db = nullptr;
    return ok;
}

} // namespace consilium::store
