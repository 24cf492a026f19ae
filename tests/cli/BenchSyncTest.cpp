// consilium-cli bench sync's scale-out figures, run small: envelopes on PostgreSQL (when the server
// is installed) and WebSocket wake-up connections held by one relay process.

#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace consilium::test;

TEST_CASE("bench sync reports envelopes/s on both backends and the WebSockets it held and woke", "[cli]")
{
    const auto run = runTool(QStringLiteral("consilium-cli"),
                             {QStringLiteral("bench"), QStringLiteral("sync"), QStringLiteral("--json"),
                              QStringLiteral("--mb"), QStringLiteral("1"), QStringLiteral("--envelopes"),
                              QStringLiteral("1000"), QStringLiteral("--connections"), QStringLiteral("50")},
                             180000);
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.standardOutput).object();
    CHECK(json.value(QStringLiteral("envelopesPerSecond")).toDouble() > 0);

    const QJsonObject postgres = json.value(QStringLiteral("postgres")).toObject();
    if (postgres.contains(QStringLiteral("skipped"))) {
        WARN("PostgreSQL not installed: " << postgres.value(QStringLiteral("skipped")).toString().toStdString());
        CHECK(postgres.value(QStringLiteral("skipped")).toString().contains(QLatin1String("PostgreSQL")));
    } else {
        CHECK(postgres.value(QStringLiteral("server")).toString().startsWith(QLatin1String("PostgreSQL ")));
        CHECK(postgres.value(QStringLiteral("envelopes")).toInt() == 1000);
        CHECK(postgres.value(QStringLiteral("envelopesPerSecond")).toDouble() > 0);
    }

    const QJsonObject sockets = json.value(QStringLiteral("webSockets")).toObject();
    CHECK(sockets.value(QStringLiteral("requested")).toInt() == 50);
    CHECK(sockets.value(QStringLiteral("held")).toInt() == 50);
    CHECK(sockets.value(QStringLiteral("woken")).toInt() == 50);
    CHECK(sockets.value(QStringLiteral("relayResidentMBHeld")).toDouble() > 0);
    const double median = sockets.value(QStringLiteral("wakeMedianMs")).toDouble();
    CHECK(median > 0);
    CHECK(sockets.value(QStringLiteral("wakeAllMs")).toDouble() >= median);
}

TEST_CASE("bench sync refuses bad scale options and names an unreachable PostgreSQL", "[cli]")
{
    for (const QStringList& bad : {QStringList{QStringLiteral("--connections"), QStringLiteral("-1")},
                                   QStringList{QStringLiteral("--connections"), QStringLiteral("lots")},
                                   QStringList{QStringLiteral("--postgres"), QStringLiteral("mysql://db/relay")}}) {
        INFO(bad.join(u' ').toStdString());
        const auto run = runTool(QStringLiteral("consilium-cli"),
                                 QStringList{QStringLiteral("bench"), QStringLiteral("sync")} + bad);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.standardError.isEmpty());
    }
    const auto unreachable = runTool(
        QStringLiteral("consilium-cli"),
        {QStringLiteral("bench"), QStringLiteral("sync"), QStringLiteral("--mb"), QStringLiteral("1"),
         QStringLiteral("--envelopes"), QStringLiteral("1000"), QStringLiteral("--connections"), QStringLiteral("0"),
         QStringLiteral("--postgres"), QStringLiteral("postgresql://nobody@/nowhere?host=/nonexistent-socket-dir")},
        120000);
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.standardError.contains("cannot connect to PostgreSQL"));
}
