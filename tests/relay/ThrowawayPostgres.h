#pragma once

// A throwaway PostgreSQL cluster for relay tests: initdb in a temporary folder, a Unix socket
// only (no TCP), stopped and removed when the object goes. Skips the test (exit 77) when the
// PostgreSQL server is not installed.

#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace consilium::test {

// The newest /usr/lib/postgresql/N/bin, or empty.
inline QString postgresBinDir()
{
    QStringList candidates;
    QDirIterator it(QStringLiteral("/usr/lib/postgresql"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString bin = it.next() + QStringLiteral("/bin");
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            candidates.append(bin);
    }
    std::sort(candidates.begin(), candidates.end());
    return candidates.isEmpty() ? QString() : candidates.constLast();
}

// A PostgreSQL cluster for one test: initdb, start on a Unix socket with a random port number
// (no TCP), one database "relay", stopped and removed at the end. PostgreSQL refuses to run as
// root, so as root the server runs as the "postgres" system user.
class ThrowawayPostgres {
public:
    ThrowawayPostgres()
    {
        m_bin = postgresBinDir();
        if (m_bin.isEmpty())
            skipTest(QStringLiteral(
                "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)"));
        REQUIRE(m_root.isValid());
        if (::geteuid() == 0) {
            const passwd* user = ::getpwnam("postgres");
            if (!user)
                skipTest(QStringLiteral("running as root and there is no 'postgres' user to run the server"));
            m_runAs = QStringLiteral("postgres");
            REQUIRE(::chown(QFile::encodeName(m_root.path()).constData(), user->pw_uid, user->pw_gid) == 0);
        }
        m_port = 40000 + int(QRandomGenerator::global()->bounded(20000));
        const QString data = m_root.filePath(QStringLiteral("data"));
        const QString socket = m_root.filePath(QStringLiteral("sock"));
        REQUIRE(runServerTool(QStringLiteral("initdb"),
                              {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                               QStringLiteral("-U"), QStringLiteral("consilium"), QStringLiteral("--no-sync")}));
        REQUIRE(runServerTool(QStringLiteral("mkdir"), {socket}));
        REQUIRE(
            runServerTool(QStringLiteral("pg_ctl"),
                          {QStringLiteral("-D"), data, QStringLiteral("-l"), m_root.filePath(QStringLiteral("log")),
                           QStringLiteral("-w"), QStringLiteral("-o"),
                           QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=off").arg(socket).arg(m_port),
                           QStringLiteral("start")}));
        m_started = true;
        m_url = createDatabase(QStringLiteral("relay"));
    }

    ~ThrowawayPostgres()
    {
        if (m_started)
            runServerTool(QStringLiteral("pg_ctl"),
                          {QStringLiteral("-D"), m_root.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                           QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    ThrowawayPostgres(const ThrowawayPostgres&) = delete;
    ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

    /// The URL of the database "relay".
    [[nodiscard]] const QString& url() const { return m_url; }

    /// The folder of the server's Unix socket (the "host" of a libpq connection).
    [[nodiscard]] QString socketDir() const { return m_root.filePath(QStringLiteral("sock")); }
    [[nodiscard]] int port() const { return m_port; }

    /// Creates another empty database and returns its URL.
    QString createDatabase(const QString& name)
    {
        const QString socket = m_root.filePath(QStringLiteral("sock"));
        REQUIRE(runServerTool(QStringLiteral("createdb"),
                              {QStringLiteral("-h"), socket, QStringLiteral("-p"), QString::number(m_port),
                               QStringLiteral("-U"), QStringLiteral("consilium"), name}));
        return QStringLiteral("postgresql://consilium@/%1?host=%2&port=%3").arg(name, socket).arg(m_port);
    }

private:
    bool runServerTool(const QString& tool, const QStringList& arguments)
    {
        const QString program = tool == QLatin1String("mkdir") ? QStringLiteral("mkdir") : m_bin + u'/' + tool;
        QProcess process;
        if (m_runAs.isEmpty())
            process.start(program, arguments);
        else
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
        const bool finished = process.waitForFinished(60000);
        if (!finished || process.exitCode() != 0) {
            WARN(tool.toStdString() << " failed: " << process.readAllStandardError().toStdString());
            return false;
        }
        return true;
    }

    QTemporaryDir m_root;
    QString m_bin;
    QString m_runAs;
    QString m_url;
    int m_port = 0;
    bool m_started = false;
};

} // namespace consilium::test
