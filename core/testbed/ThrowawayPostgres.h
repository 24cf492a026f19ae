#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace consilium::testbed {

/// A PostgreSQL cluster of its own for one benchmark run or one test: initdb in a temporary
/// folder, started on a Unix socket only (no TCP) with a random port number, one database
/// "relay"; stopped and its folder removed when destroyed. PostgreSQL refuses to run as root, so
/// as root the server runs as the "postgres" system user.
///
/// Used by `consilium-cli bench sync` and the PostgreSQL relay tests, which need a real server
/// but no installed, configured one. Blocking (runs initdb, pg_ctl, createdb); not thread-safe.
class ThrowawayPostgres {
public:
    struct Options {
        /// fsync on, as a production server runs (benchmarks). Off for tests: faster, and
        /// nothing in the cluster outlives the test.
        bool durable = true;
    };

    /// NotFound when the server binaries are not installed (/usr/lib/postgresql/N/bin), or when
    /// running as root without a "postgres" user to run them; IoError when a step fails (the
    /// message carries the tool's error output).
    static Result<std::unique_ptr<ThrowawayPostgres>> start(Options options);
    static Result<std::unique_ptr<ThrowawayPostgres>> start() { return start(Options{}); }
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres&) = delete;
    ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

    /// postgresql://consilium@/relay?host=SOCKET_DIR&port=N
    [[nodiscard]] const QString& url() const { return m_url; }
    /// "PostgreSQL 15" — the major version of the binaries used.
    [[nodiscard]] const QString& version() const { return m_version; }
    /// The folder of the server's Unix socket (the "host" of a libpq connection).
    [[nodiscard]] QString socketDir() const;
    [[nodiscard]] int port() const { return m_port; }

    /// Creates another empty database and returns its URL.
    Result<QString> createDatabase(const QString& name);

    /// The newest /usr/lib/postgresql/N/bin holding initdb, or empty.
    static QString binDir();

private:
    ThrowawayPostgres() = default;
    Result<void> runTool(const QString& tool, const QStringList& arguments);

    QTemporaryDir m_root;
    QString m_bin;
    QString m_runAs;
    QString m_url;
    QString m_version;
    int m_port = 0;
    bool m_durable = true;
    bool m_started = false;
};

} // namespace consilium::testbed
