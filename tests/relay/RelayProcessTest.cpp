// consilium-relay as deployments and scripts see it: a real process on 127.0.0.1 with a port
// picked by the system, its one "listening on" line, its HTTP answers, its exit codes and its
// graceful shutdown on SIGTERM/SIGINT.

#include "tests/relay/RelayProcess.h"
#include "core/common/Version.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <memory>

using namespace consilium::test;

namespace {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray allow;
};

HttpResult request(const QString& url, const QByteArray& verb = "GET")
{
    QNetworkAccessManager manager;
    // Loopback only: a proxy from the environment must not see or reroute these requests.
    manager.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(QNetworkRequest(QUrl(url)), verb));
    REQUIRE(pumpUntil([&] { return reply->isFinished(); }));
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.cacheControl = reply->rawHeader("Cache-Control");
    result.allow = reply->rawHeader("Allow");
    return result;
}

QJsonObject jsonObject(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    INFO(body.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("the relay picks a free port, says where it listens and answers GET /health", "[relay]")
{
    QTemporaryDir data;
    RelayProcess relay(data.path());
    const QString url = relay.waitUntilListening();
    INFO(relay.process().readAllStandardError().toStdString());
    REQUIRE_FALSE(url.isEmpty());
    CHECK(relay.port() != 0);

    const auto health = request(url + QStringLiteral("/health"));
    CHECK(health.status == 200);
    CHECK(health.contentType.startsWith("application/json"));
    CHECK(health.cacheControl == "no-store");
    const QJsonObject body = jsonObject(health.body);
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("version")).toString() == consilium::versionString());
}

TEST_CASE("the relay answers unknown routes with a JSON 404 and wrong methods with 405", "[relay]")
{
    QTemporaryDir data;
    RelayProcess relay(data.path());
    const QString url = relay.waitUntilListening();
    REQUIRE_FALSE(url.isEmpty());

    for (const char* path : {"/", "/nope", "/health/extra", "/healthz"}) {
        INFO(path);
        const auto missing = request(url + QString::fromLatin1(path));
        CHECK(missing.status == 404);
        CHECK(missing.contentType.startsWith("application/json"));
        CHECK(jsonObject(missing.body).value(QStringLiteral("code")).toString() == QStringLiteral("not-found"));
    }

    const auto post = request(url + QStringLiteral("/health"), "POST");
    CHECK(post.status == 405);
    CHECK(post.allow == "GET");
    CHECK(jsonObject(post.body).contains(QStringLiteral("message")));
}

TEST_CASE("SIGTERM and SIGINT stop the relay gracefully with exit code 0", "[relay]")
{
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        INFO("signal " << signalNumber);
        QTemporaryDir data;
        RelayProcess relay(data.path());
        const QString url = relay.waitUntilListening();
        REQUIRE_FALSE(url.isEmpty());
        // It is serving, not merely started.
        REQUIRE(request(url + QStringLiteral("/health")).status == 200);

        REQUIRE(::kill(static_cast<pid_t>(relay.pid()), signalNumber) == 0);
        REQUIRE(relay.process().waitForFinished(10000));
        CHECK(relay.process().exitStatus() == QProcess::NormalExit);
        CHECK(relay.process().exitCode() == 0);
        CHECK(relay.process().readAllStandardError().contains("received, shutting down"));
    }
}

TEST_CASE("a bad --listen exits 2 with a clear message", "[relay]")
{
    QTemporaryDir data;
    struct Case {
        const char* listen;
        const char* message;
    };
    for (const Case c : {Case{"nonsense", "expected HOST:PORT"}, Case{"127.0.0.1", "expected HOST:PORT"},
                         Case{"127.0.0.1:99999", "out of range"}, Case{"127.0.0.1:http", "expected HOST:PORT"},
                         Case{"relay.example.org:8765", "is not an IP address"},
                         Case{"192.0.2.1:8765", "not a loopback address"},
                         Case{"0.0.0.0:8765", "not a loopback address"}, Case{"[::]:8765", "not a loopback address"}}) {
        INFO(c.listen);
        const auto run = runTool(QStringLiteral("consilium-relay"),
                                 {QStringLiteral("--listen"), QString::fromLatin1(c.listen), QStringLiteral("--data"),
                                  data.path()});
        CHECK(run.exitCode == 2);
        CHECK(run.standardOutput.isEmpty());
        CHECK(run.standardError.contains(c.message));
        CHECK(run.standardError.contains(c.listen));
    }
}

TEST_CASE("the relay also listens on IPv6 loopback and accepts localhost", "[relay]")
{
    QTemporaryDir data;
    for (const char* listen : {"localhost:0", "[::1]:0"}) {
        INFO(listen);
        RelayProcess relay(data.path(), QString::fromLatin1(listen));
        QDeadlineTimer deadline(15000);
        QString line;
        while (line.isEmpty() && !deadline.hasExpired() && relay.process().state() != QProcess::NotRunning) {
            if (relay.process().canReadLine())
                line = QString::fromUtf8(relay.process().readLine()).trimmed();
            else
                relay.process().waitForReadyRead(100);
        }
        CHECK(line.startsWith(QStringLiteral("listening on http://")));
        if (QString::fromLatin1(listen).startsWith(u'['))
            CHECK(line.startsWith(QStringLiteral("listening on http://[::1]:")));
        else
            CHECK(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")));
    }
}

TEST_CASE("the data folder is created if missing, and an unusable one is reported with its path", "[relay]")
{
    QTemporaryDir root;
    const QString nested = root.filePath(QStringLiteral("a/b/relay-data"));
    {
        RelayProcess relay(nested);
        REQUIRE_FALSE(relay.waitUntilListening().isEmpty());
        CHECK(QFileInfo(nested).isDir());
        CHECK(QFileInfo(QDir(nested).filePath(QStringLiteral("relay.sqlite"))).isFile());
        // The writability probe leaves nothing behind.
        CHECK(QDir(nested).entryList({QStringLiteral(".write-test-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    const QString file = root.filePath(QStringLiteral("plain-file"));
    QFile plain(file);
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const QString& unusable : QStringList{file, file + QStringLiteral("/below")}) {
        INFO(unusable.toStdString());
        const auto run = runTool(QStringLiteral("consilium-relay"),
                                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                                  unusable});
        CHECK(run.exitCode == 1);
        CHECK(run.standardOutput.isEmpty());
        CHECK(QString::fromLocal8Bit(run.standardError).contains(unusable));
    }
}

TEST_CASE("a port in use is reported and the relay exits 1", "[relay]")
{
    QTemporaryDir data;
    RelayProcess first(data.path());
    REQUIRE_FALSE(first.waitUntilListening().isEmpty());

    QTemporaryDir otherData;
    const auto second = runTool(QStringLiteral("consilium-relay"),
                                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(first.port()),
                                 QStringLiteral("--data"), otherData.path()});
    CHECK(second.exitCode == 1);
    CHECK(second.standardOutput.isEmpty());
    CHECK(QString::fromUtf8(second.standardError)
              .contains(QStringLiteral("cannot listen on http://127.0.0.1:%1").arg(first.port())));
}

TEST_CASE("the relay prints its version and help, and rejects unknown options", "[relay]")
{
    const auto version = runTool(QStringLiteral("consilium-relay"), {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(QString::fromUtf8(version.standardOutput).trimmed()
          == QStringLiteral("consilium-relay ") + consilium::versionString());

    const auto help = runTool(QStringLiteral("consilium-relay"), {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* option : {"--listen", "--data", "--allow-remote", "--version", "--config", "--verifier-key"})
        CHECK(help.standardOutput.contains(option));

    const auto unknown = runTool(QStringLiteral("consilium-relay"), {QStringLiteral("--frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.standardError.contains("frobnicate"));
}

TEST_CASE("the relay process cannot write a core dump", "[relay]")
{
    QTemporaryDir data;
    RelayProcess relay(data.path());
    REQUIRE_FALSE(relay.waitUntilListening().isEmpty());
    QFile limits(QStringLiteral("/proc/%1/limits").arg(relay.pid()));
    if (!limits.open(QIODevice::ReadOnly))
        skipTest(QStringLiteral("no /proc/PID/limits on this system"));
    const QString text = QString::fromLatin1(limits.readAll());
    static const QRegularExpression coreLimit(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                              QRegularExpression::MultilineOption);
    const auto match = coreLimit.match(text);
    INFO(text.toStdString());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1) == QStringLiteral("0"));
    CHECK(match.captured(2) == QStringLiteral("0"));
}
