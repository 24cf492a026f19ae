// consilium-cli make-samples as a script sees it: help, usage errors and refusals.

#include "tests/samples/SampleFixture.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace consilium::test;

TEST_CASE("make-samples --help describes the output", "[samples]")
{
    const auto run = runMakeSamples({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    const QString help = QString::fromUtf8(run.standardOutput);
    CHECK(help.startsWith(QStringLiteral("Usage: consilium-cli make-samples")));
    for (const char* expected : {"--seed", "--force", "ct/CT0001.dcm", "variants/", "jpeg-ls-lossless",
                                 "photos/lesion.jpg", "planted-phi.json", "phantom.json", "byte-identical"}) {
        INFO(expected);
        CHECK(help.contains(QString::fromLatin1(expected)));
    }
}

TEST_CASE("make-samples usage errors exit 2 without writing anything", "[samples]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out"));
    const QList<QStringList> cases{
        {},
        {target, QStringLiteral("--seed"), QStringLiteral("abc")},
        {target, QStringLiteral("--seed"), QStringLiteral("-1")},
        {target, QStringLiteral("--seed"), QStringLiteral("18446744073709551616")},
        {target, QStringLiteral("--seed")},
        {target, dir.filePath(QStringLiteral("second"))},
        {target, QStringLiteral("--no-such-option")},
    };
    for (const QStringList& args : cases) {
        INFO(args.join(u' ').toStdString());
        const auto run = runMakeSamples(args);
        CHECK(run.exitCode == 2);
        CHECK(run.standardError.contains("make-samples"));
        CHECK_FALSE(QFileInfo::exists(target));
    }
}

TEST_CASE("make-samples reports an unwritable folder with its path and exits 1", "[samples]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A path under a regular file cannot be created, whoever runs the test (root included).
    const QString file = dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "not a folder");
    for (const QString& target : {QDir(file).filePath(QStringLiteral("samples")), file}) {
        INFO(target.toStdString());
        const auto run = runMakeSamples({target});
        CHECK(run.exitCode == 1);
        CHECK(QString::fromUtf8(run.standardError).contains(QDir::toNativeSeparators(target)));
    }
}

TEST_CASE("make-samples refuses a folder with files in it unless --force", "[samples]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "keep me");
    const auto run = runMakeSamples({dir.path()});
    CHECK(run.exitCode == 1);
    const QString message = QString::fromUtf8(run.standardError);
    CHECK(message.contains(QDir::toNativeSeparators(dir.path())));
    CHECK(message.contains(QStringLiteral("--force")));
    CHECK(filesUnder(dir.path()) == QStringList{QStringLiteral("notes.txt")});
}
