// consilium-cli identity/verifier as a real process: the whole offline verifier flow from a
// shell, with its exit codes (0 done, 1 reported error, 2 usage error).

#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace consilium::test;

namespace {

ProcessResult cli(const QStringList& arguments)
{
    return runTool(QStringLiteral("consilium-cli"), arguments);
}

QString output(const ProcessResult& run)
{
    return QString::fromUtf8(run.standardOutput);
}

QString errors(const ProcessResult& run)
{
    return QString::fromUtf8(run.standardError);
}

// "id:      <hex>" from the issue command's output.
QString issuedId(const ProcessResult& run)
{
    for (const QString& line : output(run).split(u'\n')) {
        if (line.startsWith(QLatin1String("id:")))
            return line.section(u':', 1).trimmed();
    }
    return {};
}

QStringList issueArguments(const QString& verifierDir, const QString& identity)
{
    return {QStringLiteral("verifier"), QStringLiteral("issue"), QStringLiteral("--dir"), verifierDir,
        QStringLiteral("--name"), QStringLiteral("Jane Roe"), QStringLiteral("--profession"),
        QStringLiteral("physician"), QStringLiteral("--specialty"), QStringLiteral("radiology"),
        QStringLiteral("--jurisdiction"), QStringLiteral("FR"), QStringLiteral("--licence"),
        QStringLiteral("10-123 456"), QStringLiteral("--expires"), QStringLiteral("2099-12-31"),
        QStringLiteral("--identity"), identity};
}

} // namespace

TEST_CASE("verifier flow end to end: init, identity, issue, show, revoke", "[crypto][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString verifierDir = dir.filePath(QStringLiteral("verifier"));
    const QString identityDir = dir.filePath(QStringLiteral("jane"));
    const QString credentialFile = dir.filePath(QStringLiteral("jane.cred"));

    const auto init = cli({QStringLiteral("verifier"), QStringLiteral("init"), verifierDir});
    INFO(errors(init).toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo(QDir(verifierDir).filePath(QStringLiteral("verifier.secret"))).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFileInfo::exists(QDir(verifierDir).filePath(QStringLiteral("verifier.pub"))));
    CHECK(QFileInfo::exists(QDir(verifierDir).filePath(QStringLiteral("revocations.cbor"))));

    const auto again = cli({QStringLiteral("verifier"), QStringLiteral("init"), verifierDir});
    CHECK(again.exitCode == 1);
    CHECK(errors(again).contains(QStringLiteral("verifier.secret: already exists; refusing to overwrite")));

    const auto identity = cli({QStringLiteral("identity"), QStringLiteral("new"), identityDir});
    REQUIRE(identity.exitCode == 0);
    const QString identityPub = QDir(identityDir).filePath(QStringLiteral("identity.pub"));
    REQUIRE(QFileInfo::exists(identityPub));

    QStringList issue = issueArguments(verifierDir, identityPub);
    issue << QStringLiteral("--out") << credentialFile;
    const auto issued = cli(issue);
    INFO(errors(issued).toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString id = issuedId(issued);
    CHECK(id.size() == 32);
    REQUIRE(QFileInfo::exists(credentialFile));

    const auto shown =
        cli({QStringLiteral("verifier"), QStringLiteral("show"), QStringLiteral("--dir"), verifierDir, credentialFile});
    CHECK(shown.exitCode == 0);
    CHECK(output(shown).contains(QStringLiteral("Jane Roe")));
    CHECK(output(shown).contains(QStringLiteral("status:       valid")));
    // The licence number never appears, in any spelling (short digit runs could occur in hex).
    CHECK_FALSE(output(shown).contains(QStringLiteral("10-123 456")));
    CHECK_FALSE(output(shown).contains(QStringLiteral("10123456")));

    const auto revoked = cli(
        {QStringLiteral("verifier"), QStringLiteral("revoke"), QStringLiteral("--dir"), verifierDir, credentialFile});
    INFO(errors(revoked).toStdString());
    REQUIRE(revoked.exitCode == 0);
    CHECK(output(revoked).contains(QStringLiteral("sequence 2")));

    const auto afterRevoke = cli({QStringLiteral("verifier"), QStringLiteral("show"), QStringLiteral("--json"),
        QStringLiteral("--dir"), verifierDir, credentialFile});
    CHECK(afterRevoke.exitCode == 1);
    const QJsonObject json = QJsonDocument::fromJson(afterRevoke.standardOutput).object();
    CHECK(json.value(QStringLiteral("valid")).toBool(true) == false);
    CHECK(json.value(QStringLiteral("status")).toString().contains(QStringLiteral("has been revoked")));
    CHECK(json.value(QStringLiteral("credential")).toString() == id);

    const auto twice =
        cli({QStringLiteral("verifier"), QStringLiteral("revoke"), QStringLiteral("--dir"), verifierDir, id});
    CHECK(twice.exitCode == 1);
    CHECK(errors(twice).contains(QStringLiteral("already revoked")));
}

TEST_CASE("verifier usage errors exit 2 and reported errors exit 1 naming the file", "[crypto][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString verifierDir = dir.filePath(QStringLiteral("verifier"));
    REQUIRE(cli({QStringLiteral("verifier"), QStringLiteral("init"), verifierDir}).exitCode == 0);
    const QString key = QStringLiteral("ab").repeated(32);

    const QList<QStringList> usage {
        {QStringLiteral("verifier")},
        {QStringLiteral("verifier"), QStringLiteral("frobnicate")},
        {QStringLiteral("verifier"), QStringLiteral("init")},
        {QStringLiteral("verifier"), QStringLiteral("issue"), QStringLiteral("--dir"), verifierDir},
        {QStringLiteral("verifier"), QStringLiteral("revoke"), QStringLiteral("--dir"), verifierDir,
            QStringLiteral("nonsense")},
        {QStringLiteral("identity")},
        {QStringLiteral("identity"), QStringLiteral("new")},
    };
    for (const QStringList& arguments : usage) {
        INFO(arguments.join(u' ').toStdString());
        const auto run = cli(arguments);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.standardError.isEmpty());
    }
    QStringList badDate = issueArguments(verifierDir, key);
    badDate[badDate.indexOf(QStringLiteral("2099-12-31"))] = QStringLiteral("31/12/2099");
    CHECK(cli(badDate).exitCode == 2);

    const auto noVerifier = cli(issueArguments(dir.filePath(QStringLiteral("nowhere")), key));
    CHECK(noVerifier.exitCode == 1);
    CHECK(errors(noVerifier).contains(QStringLiteral("nowhere: not a verifier folder")));

    const auto badIdentity = cli(issueArguments(verifierDir, QStringLiteral("cafe")));
    CHECK(badIdentity.exitCode == 1);
    CHECK(errors(badIdentity).contains(QStringLiteral("--identity must be 64 hexadecimal characters")));

    const QString junk = dir.filePath(QStringLiteral("junk.cred"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a credential");
    file.close();
    const auto show = cli({QStringLiteral("verifier"), QStringLiteral("show"), junk});
    CHECK(show.exitCode == 1);
    CHECK(errors(show).contains(junk + QStringLiteral(": credential: ")));

    const auto unknownId = cli({QStringLiteral("verifier"), QStringLiteral("revoke"), QStringLiteral("--dir"),
        verifierDir, QStringLiteral("00").repeated(16)});
    CHECK(unknownId.exitCode == 1);
    CHECK(errors(unknownId).contains(QStringLiteral("no credential 00000000000000000000000000000000 was issued")));
}

TEST_CASE("every verifier, identity and bench action has its own help", "[crypto][cli]")
{
    const QList<QStringList> commands {{QStringLiteral("verifier"), QStringLiteral("init")},
        {QStringLiteral("verifier"), QStringLiteral("issue")}, {QStringLiteral("verifier"), QStringLiteral("revoke")},
        {QStringLiteral("verifier"), QStringLiteral("show")}, {QStringLiteral("identity"), QStringLiteral("new")},
        {QStringLiteral("bench"), QStringLiteral("crypto")}};
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const auto run = cli(command + QStringList {QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(output(run).startsWith(QStringLiteral("Usage: consilium-cli ") + command.join(u' ')));
    }
}

TEST_CASE("bench crypto --json reports both throughputs and their ratio", "[crypto][cli]")
{
    const auto run = cli({QStringLiteral("bench"), QStringLiteral("crypto"), QStringLiteral("--json"),
        QStringLiteral("--size-mib"), QStringLiteral("2"), QStringLiteral("--rounds"), QStringLiteral("1")});
    INFO(errors(run).toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.standardOutput).object();
    CHECK(json.value(QStringLiteral("rawSecretstreamMiBps")).toDouble() > 0);
    CHECK(json.value(QStringLiteral("fileApiMiBps")).toDouble() > 0);
    CHECK(json.value(QStringLiteral("ratio")).toDouble() > 0);
    CHECK(json.value(QStringLiteral("sizeMiB")).toInt() == 2);
    CHECK(cli({QStringLiteral("bench"), QStringLiteral("crypto"), QStringLiteral("--size-mib"), QStringLiteral("0")})
              .exitCode
        == 2);
}
