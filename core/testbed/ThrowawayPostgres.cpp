#include "core/testbed/ThrowawayPostgres.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace consilium::testbed {

namespace {

const QString kDomain = QStringLiteral("testbed");
const QString kUser = QStringLiteral("consilium");

tl::unexpected<Error> ioError(const QString& message)
{
    return fail(kDomain, ErrorCode::IoError, message);
}

} // namespace

QString ThrowawayPostgres::binDir()
{
    QStringList candidates;
    QDirIterator it(QStringLiteral("/usr/lib/postgresql"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString bin = it.next() + QStringLiteral("/bin");
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            candidates.append(bin);
    }
    // Version folders are numbers ("13", "15"): the newest sorts last once compared as numbers.
    std::sort(candidates.begin(), candidates.end(), [](const QString& a, const QString& b) {
        const int left = QFileInfo(QFileInfo(a).path()).fileName().toInt();
        const int right = QFileInfo(QFileInfo(b).path()).fileName().toInt();
        return left != right ? left < right : a < b;
    });
    return candidates.isEmpty() ? QString() : candidates.constLast();
}

Result<std::unique_ptr<ThrowawayPostgres>> ThrowawayPostgres::start(Options options)
{
    std::unique_ptr<ThrowawayPostgres> cluster(new ThrowawayPostgres);
    cluster->m_durable = options.durable;
    cluster->m_bin = binDir();
    if (cluster->m_bin.isEmpty())
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql)"));
    cluster->m_version =
        QStringLiteral("PostgreSQL ") + QFileInfo(QDir::cleanPath(cluster->m_bin + QStringLiteral("/.."))).fileName();
    if (!cluster->m_root.isValid())
        return ioError(QStringLiteral("cannot create a temporary folder for PostgreSQL"));
    if (::geteuid() == 0) {
        const passwd* user = ::getpwnam("postgres");
        if (!user)
            return fail(kDomain, ErrorCode::NotFound,
                        QStringLiteral("running as root and there is no 'postgres' user to run PostgreSQL"));
        cluster->m_runAs = QStringLiteral("postgres");
        if (::chown(QFile::encodeName(cluster->m_root.path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return ioError(QStringLiteral("cannot hand %1 to the postgres user").arg(cluster->m_root.path()));
    }
    cluster->m_port = 40000 + int(QRandomGenerator::global()->bounded(20000));
    const QString data = cluster->m_root.filePath(QStringLiteral("data"));
    QStringList initdb{QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                       QStringLiteral("-U"), kUser};
    QString serverOptions =
        QStringLiteral("-k %1 -c listen_addresses='' -p %2").arg(cluster->socketDir()).arg(cluster->m_port);
    if (!options.durable) {
        initdb << QStringLiteral("--no-sync");
        serverOptions += QStringLiteral(" -c fsync=off");
    }
    if (auto ok = cluster->runTool(QStringLiteral("initdb"), initdb); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = cluster->runTool(QStringLiteral("mkdir"), {cluster->socketDir()}); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = cluster->runTool(QStringLiteral("pg_ctl"),
                                   {QStringLiteral("-D"), data, QStringLiteral("-l"),
                                    cluster->m_root.filePath(QStringLiteral("log")), QStringLiteral("-w"),
                                    QStringLiteral("-o"), serverOptions, QStringLiteral("start")});
        !ok)
        return tl::unexpected(ok.error());
    cluster->m_started = true;
    auto url = cluster->createDatabase(QStringLiteral("relay"));
    if (!url)
        return tl::unexpected(url.error());
    cluster->m_url = *url;
    return cluster;
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    // A durable cluster is shut down cleanly; a test's is dropped at once (nothing to keep).
    if (m_started)
        (void)runTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_root.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                       m_durable ? QStringLiteral("fast") : QStringLiteral("immediate"), QStringLiteral("-w"),
                       QStringLiteral("stop")});
}

QString ThrowawayPostgres::socketDir() const
{
    return m_root.filePath(QStringLiteral("sock"));
}

Result<QString> ThrowawayPostgres::createDatabase(const QString& name)
{
    if (auto ok = runTool(QStringLiteral("createdb"), {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"),
                                                       QString::number(m_port), QStringLiteral("-U"), kUser, name});
        !ok)
        return tl::unexpected(ok.error());
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(kUser, name, socketDir()).arg(m_port);
}

Result<void> ThrowawayPostgres::runTool(const QString& tool, const QStringList& arguments)
{
    const QString program = tool == QLatin1String("mkdir") ? QStringLiteral("mkdir") : m_bin + u'/' + tool;
    QProcess process;
    if (m_runAs.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return ioError(QStringLiteral("%1 failed: %2")
                           .arg(tool, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return {};
}

} // namespace consilium::testbed
