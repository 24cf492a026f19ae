// consilium-cli bench crypto — blob encryption throughput of the file-to-file API against raw
// libsodium secretstream, measured in one run (docs/bench.md). The measuring lives in
// core/crypto/Benchmark.cpp; this file parses options and prints.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SubcommandGroup.h"
#include "core/crypto/Benchmark.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <array>

namespace consilium::cli {

namespace {

QString cpuModel()
{
    // Files in /proc report size 0, so QFile::atEnd() is true at once: read everything instead.
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("model name")))
            return line.section(u':', 1).trimmed();
    }
    return QStringLiteral("unknown");
}

int runBenchCrypto(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measure blob encryption: encryptBlobFile() from file to file against libsodium's "
                       "secretstream on the same data in memory (without and with the BLAKE2b ciphertext hash the "
                       "API also computes). Best of several interleaved rounds, in MiB/s."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON instead of text."));
    const QCommandLineOption sizeOption(QStringLiteral("size-mib"), QStringLiteral("Data size in MiB (default 256)."),
        QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds (default 5)."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the temporary files (default: the system temp folder)."), QStringLiteral("DIR"));
    parser.addOptions({jsonOption, sizeOption, roundsOption, dirOption});
    if (const auto exit = parseSubcommand(parser, args, QString()))
        return *exit;
    bool sizeOk = false;
    bool roundsOk = false;
    const qint64 sizeMiB = parser.value(sizeOption).toLongLong(&sizeOk);
    const int rounds = parser.value(roundsOption).toInt(&roundsOk);
    if (!sizeOk || sizeMiB < 1 || sizeMiB > 16384)
        return usageError(args.first(), QStringLiteral("--size-mib must be a number from 1 to 16384"));
    if (!roundsOk || rounds < 1 || rounds > 100)
        return usageError(args.first(), QStringLiteral("--rounds must be a number from 1 to 100"));

    QTemporaryDir workDir(
        parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX") : QString());
    if (!workDir.isValid()) {
        err() << "consilium-cli " << args.first() << ": cannot create a temporary folder: " << workDir.errorString()
              << '\n';
        return ExitFailure;
    }
    auto result = crypto::benchmarkBlobEncryption(sizeMiB * 1024 * 1024, rounds, workDir.path());
    if (!result) {
        err() << "consilium-cli " << args.first() << ": " << result.error().message << '\n';
        return ExitFailure;
    }
    const QString cpu = cpuModel();
    const int threads = QThread::idealThreadCount();
    if (parser.isSet(jsonOption)) {
        const QJsonObject object {
            {QStringLiteral("benchmark"), QStringLiteral("blob-encryption")},
            {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("cpu"), cpu},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("sizeMiB"), sizeMiB},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("chunkKiB"), 64},
            {QStringLiteral("rawSecretstreamMiBps"), result->rawMiBps},
            {QStringLiteral("rawSecretstreamBlake2bMiBps"), result->rawWithHashMiBps},
            {QStringLiteral("fileApiMiBps"), result->fileMiBps},
            {QStringLiteral("ratio"), result->ratio()},
            {QStringLiteral("ratioSameWork"), result->ratioSameWork()},
        };
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        out() << "blob encryption, " << sizeMiB << " MiB, best of " << rounds << " rounds (" << cpu << ", " << threads
              << " threads)\n"
              << "  raw secretstream, in memory:            " << qRound(result->rawMiBps) << " MiB/s\n"
              << "  raw secretstream + BLAKE2b, in memory:  " << qRound(result->rawWithHashMiBps) << " MiB/s\n"
              << "  encryptBlobFile, file to file:          " << qRound(result->fileMiBps) << " MiB/s\n"
              << "  ratio to raw secretstream:              " << QString::number(result->ratio(), 'f', 2) << '\n'
              << "  ratio to the same work in memory:       " << QString::number(result->ratioSameWork(), 'f', 2)
              << '\n';
    }
    out().flush();
    return ExitSuccess;
}

constexpr std::array kActions{
    GroupAction{"crypto", "Blob encryption throughput against raw libsodium", &runBenchCrypto},
    GroupAction{"store", "Encrypted store at scale: feed pages, search, unlock", &runBenchStore},
    GroupAction{"deid", "Header de-identification against gdcmanon", &runBenchDeid},
    GroupAction{"sync", "Publishing through a loopback relay against a plain upload; envelopes/s", &runBenchSync},
    GroupAction{"viewer", "Viewer loading and display against DCMTK's DicomImage", &runBenchViewer},
    GroupAction{"app", "Desktop app: cold start to painted feed, case to first image", &runBenchApp},
};

} // namespace

int runBench(const QStringList& args)
{
    return runGroup(args, QStringLiteral("Benchmarks; each prints its figures, --json for machines."), kActions);
}

} // namespace consilium::cli
