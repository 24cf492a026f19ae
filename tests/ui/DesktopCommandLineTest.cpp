// The desktop executable's command line, run as a real process: --version and --help work
// without a display; a bad --profile, --lang or --edit stops with exit code 2 and says why.

#include "core/common/Version.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium::test;

TEST_CASE("consilium --version prints the version and exits 0", "[ui][cli]")
{
    const auto run = runTool(QStringLiteral("consilium"), {QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.standardOutput).trimmed() == QStringLiteral("consilium ") + consilium::versionString());
}

TEST_CASE("consilium --help lists the profile, language and edit options", "[ui][cli]")
{
    const auto run = runTool(QStringLiteral("consilium"), {QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    const QString help = QString::fromUtf8(run.standardOutput);
    CHECK(help.contains(QStringLiteral("--profile <NAME>")));
    CHECK(help.contains(QStringLiteral("--lang <LANG>")));
    CHECK(help.contains(QStringLiteral("--relay <URL>")));
    CHECK(help.contains(QStringLiteral("--version")));
    CHECK(help.contains(QStringLiteral("--edit <FILE>")));
}

TEST_CASE("consilium rejects a bad command line with exit code 2 and a reason", "[ui][cli]")
{
    struct Case {
        QStringList args;
        QString reason;
    };
    const Case cases[] = {
        {{QStringLiteral("--profile"), QStringLiteral("../escape")},
         QStringLiteral("invalid profile name '../escape'")},
        {{QStringLiteral("--profile"), QStringLiteral("has space")}, QStringLiteral("invalid profile name")},
        {{QStringLiteral("--profile"), QStringLiteral("-dash")}, QStringLiteral("invalid profile name")},
        {{QStringLiteral("--lang"), QStringLiteral("xx-nonsense")}, QStringLiteral("unknown language 'xx-nonsense'")},
        {{QStringLiteral("--relay"), QStringLiteral("ftp://127.0.0.1:1")}, QStringLiteral("--relay must be an http")},
        {{QStringLiteral("--relay"), QStringLiteral("not a url")}, QStringLiteral("--relay must be an http")},
        {{QStringLiteral("--no-such-option")}, QStringLiteral("no-such-option")},
        {{QStringLiteral("stray-argument")}, QStringLiteral("unexpected argument 'stray-argument'")},
        {{QStringLiteral("--edit"), QStringLiteral("/no/such/image.dcm")},
         QStringLiteral("no such file '/no/such/image.dcm'")},
    };
    for (const auto& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto run = runTool(QStringLiteral("consilium"), c.args);
        CHECK(run.exitCode == 2);
        CHECK(QString::fromUtf8(run.standardError).contains(c.reason));
        CHECK(run.standardOutput.isEmpty());
    }
}
