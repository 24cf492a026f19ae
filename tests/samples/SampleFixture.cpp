#include "tests/samples/SampleFixture.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>

#include <algorithm>
#include <optional>

namespace consilium::test {

namespace {

QJsonObject readJson(const QString& path)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// Names the binary that generated the cache: size and modification time of consilium-cli.
QByteArray binaryStamp()
{
    const QFileInfo cli(QDir(binDir()).filePath(QStringLiteral("consilium-cli")));
    REQUIRE(cli.isFile());
    return QByteArray::number(cli.size()) + ' ' + QByteArray::number(cli.lastModified().toMSecsSinceEpoch())
        + " seed 1";
}

} // namespace

ProcessResult runMakeSamples(const QStringList& arguments)
{
    return runTool(QStringLiteral("consilium-cli"), QStringList{QStringLiteral("make-samples")} + arguments, 300000);
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    std::sort(files.begin(), files.end());
    return files;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const SampleSet& sampleSet()
{
    static std::optional<SampleSet> cached;
    if (cached)
        return *cached;

    const QString dir = QStringLiteral(CONSILIUM_SAMPLES_CACHE_DIR);
    const QString stampPath = dir + QStringLiteral(".stamp");
    REQUIRE(QDir().mkpath(QFileInfo(dir).absolutePath()));
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    REQUIRE(lock.lock());

    const QByteArray stamp = binaryStamp();
    QFile stampFile(stampPath);
    const bool fresh = stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == stamp;
    stampFile.close();
    if (!fresh) {
        QFile::remove(stampPath);
        REQUIRE(QDir(dir).removeRecursively());
        const ProcessResult run = runMakeSamples({dir});
        INFO(run.standardError.toStdString());
        REQUIRE_FALSE(run.timedOut);
        REQUIRE(run.exitCode == 0);
        REQUIRE(stampFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stampFile.write(stamp);
        stampFile.close();
    }

    SampleSet set;
    set.dir = dir;
    set.planted = readJson(QDir(dir).filePath(QStringLiteral("planted-phi.json")));
    set.phantom = readJson(QDir(dir).filePath(QStringLiteral("phantom.json")));
    set.manifest =
        readJson(QDir(dir).filePath(QStringLiteral("manifest.json"))).value(QStringLiteral("files")).toArray();
    set.files = filesUnder(dir);
    cached = set;
    return *cached;
}

QJsonObject plantedEntry(const SampleSet& set, const QString& id)
{
    for (const QJsonValue& value : set.planted.value(QStringLiteral("values")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    FAIL("planted-phi.json has no value " << id.toStdString());
    return {};
}

QString plantedValue(const SampleSet& set, const QString& id)
{
    return plantedEntry(set, id).value(QStringLiteral("value")).toString();
}

} // namespace consilium::test
