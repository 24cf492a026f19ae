// consilium-cli as users and scripts see it: a real process, its output and its exit codes.

#include "core/common/Version.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace consilium::test;

TEST_CASE("the version option prints the version and exits 0", "[cli]")
{
    const auto run = runTool(QStringLiteral("consilium-cli"), {QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.standardOutput).startsWith(QStringLiteral("consilium-cli ") + consilium::versionString()));
}

TEST_CASE("help lists the commands and every command has its own help", "[cli]")
{
    const auto help = runTool(QStringLiteral("consilium-cli"), {QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QString text = QString::fromUtf8(help.standardOutput);
    CHECK(text.contains(QStringLiteral("Commands:")));

    // Every command listed under "Commands:" answers --help with its own usage line.
    const QStringList lines = text.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0)
                                  .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        const QString command = line.trimmed().section(u' ', 0, 0);
        INFO(command.toStdString());
        const auto sub = runTool(QStringLiteral("consilium-cli"), {command, QStringLiteral("--help")});
        CHECK(sub.exitCode == 0);
        CHECK(QString::fromUtf8(sub.standardOutput).startsWith(QStringLiteral("Usage: consilium-cli ") + command));
    }
}

TEST_CASE("usage errors exit 2 with a hint", "[cli]")
{
    for (const QStringList& args : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                    QStringList{QStringLiteral("info")},
                                    QStringList{QStringLiteral("info"), QStringLiteral("--no-such-option"), QStringLiteral("x")}}) {
        INFO(args.join(u' ').toStdString());
        const auto run = runTool(QStringLiteral("consilium-cli"), args);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.standardError.isEmpty());
    }
}

TEST_CASE("info prints one row per instance and goes on past broken files", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.dcm")), minimalImageFile(4, 6, QStringLiteral("Doe^Jane")));
    writeFile(dir.filePath(QStringLiteral("b.txt")), "not dicom at all");
    writeFile(dir.filePath(QStringLiteral("c.dcm")), minimalImageFile(5, 7, QStringLiteral("Roe^Rick")));

    const auto run = runTool(QStringLiteral("consilium-cli"), {QStringLiteral("info"), dir.path()});
    CHECK(run.exitCode == 1); // one file could not be read
    const QString out = QString::fromUtf8(run.standardOutput);
    CHECK(out.contains(QStringLiteral("Doe^Jane")));
    CHECK(out.contains(QStringLiteral("6x4x1")));
    CHECK(out.contains(QStringLiteral("Roe^Rick")));
    CHECK(out.contains(QStringLiteral("Little Endian Explicit")));
    const QString errors = QString::fromUtf8(run.standardError);
    CHECK(errors.count(u'\n') == 1);
    CHECK(errors.contains(QStringLiteral("b.txt: not a DICOM file")));
}

TEST_CASE("info --json is machine-readable and reports errors per file", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.dcm")), minimalImageFile(4, 6));
    writeFile(dir.filePath(QStringLiteral("z.dcm")), QByteArray());

    const auto run = runTool(QStringLiteral("consilium-cli"), {QStringLiteral("info"), QStringLiteral("--json"), dir.path()});
    CHECK(run.exitCode == 1);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.standardOutput, &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(QStringLiteral("rows")).toInt() == 4);
    CHECK(rows[0].toObject().value(QStringLiteral("frames")).toInt() == 1);
    CHECK(rows[1].toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("malformed"));
}

TEST_CASE("info on a missing path names it and exits 1", "[cli]")
{
    const auto run = runTool(QStringLiteral("consilium-cli"), {QStringLiteral("info"), QStringLiteral("/no/such/file.dcm")});
    CHECK(run.exitCode == 1);
    CHECK(run.standardError.contains("/no/such/file.dcm"));
}
