// consilium-cli bench deid — header de-identification speed against GDCM's gdcmanon (PS3.15
// basic profile) on the same generated files in the same run (docs/bench.md).

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/dicom/FileScan.h"
#include "core/samples/SampleGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace consilium::cli {

namespace {

struct Timing {
    double seconds = 0;
    QString error;
};

qint64 totalBytes(const QStringList& files)
{
    qint64 bytes = 0;
    for (const QString& file : files)
        bytes += QFileInfo(file).size();
    return bytes;
}

// One thread, one file after another: the same conditions as gdcmanon.
Timing runOurs(const QStringList& files, const QString& out)
{
    QDir(out).removeRecursively();
    const deid::HeaderDeidentifier engine(deid::DeidProfile(), deid::CaseSecrets(QByteArray(32, 'b')));
    QElapsedTimer timer;
    timer.start();
    for (const QString& file : files) {
        if (auto report = engine.deidentify(file, out); !report)
            return {0, report.error().message};
    }
    return {static_cast<double>(timer.nsecsElapsed()) / 1e9, {}};
}

Timing runProcess(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {0, program + QStringLiteral(": ") + process.errorString()};
    if (!process.waitForFinished(600000)) {
        process.kill();
        return {0, program + QStringLiteral(" did not finish in 10 minutes")};
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {0, program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll()).trimmed().left(300)};
    return {seconds, {}};
}

// gdcmanon -e encrypts the original attributes into an Encrypted Attributes Sequence, so it
// needs a certificate; a throwaway self-signed one does.
std::optional<QString> makeCertificate(const QString& folder, QString& error)
{
    const QString key = QDir(folder).filePath(QStringLiteral("key.pem"));
    const QString cert = QDir(folder).filePath(QStringLiteral("cert.pem"));
    const Timing made = runProcess(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                    QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=consilium-bench")});
    if (!made.error.isEmpty()) {
        error = made.error;
        return std::nullopt;
    }
    return cert;
}

Timing runGdcmanon(const QString& gdcmanon, const QString& certificate, const QString& input, const QString& out)
{
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    const bool folder = QFileInfo(input).isDir();
    const QString target = folder ? out : QDir(out).filePath(QFileInfo(input).fileName());
    QStringList arguments{QStringLiteral("-e"), QStringLiteral("-c"), certificate, QStringLiteral("-i"), input,
                          QStringLiteral("-o"), target};
    if (folder)
        arguments << QStringLiteral("-r");
    return runProcess(gdcmanon, arguments);
}

} // namespace

int runBenchDeid(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Header de-identification (PS3.15 basic profile) on the generated 300-slice CT series and the 30-frame "
        "ultrasound cine: files/s and MB/s for Consilium and, in the same run on the same files, GDCM's gdcmanon "
        "(Debian libgdcm-tools) when installed; best of --rounds runs each, one thread each. Target: faster than "
        "gdcmanon."));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("Use an existing make-samples folder instead of generating one."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each tool (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON."));
    parser.addOptions({samplesOption, roundsOption, jsonOption});
    if (const auto exit = parseSubcommand(parser, args, QString()))
        return *exit;
    bool okRounds = false;
    const int rounds = parser.value(roundsOption).toInt(&okRounds);
    if (!okRounds || rounds < 1 || rounds > 20)
        return usageError(args.first(), QStringLiteral("--rounds must be between 1 and 20"));

    QTemporaryDir work;
    if (!work.isValid()) {
        err() << "consilium-cli bench deid: cannot create a work folder: " << work.errorString() << '\n';
        return ExitFailure;
    }
    QString samples = parser.value(samplesOption);
    if (samples.isEmpty()) {
        samples = QDir(work.path()).filePath(QStringLiteral("samples"));
        if (auto made = samples::generateSamples(samples, {}); !made) {
            err() << "consilium-cli bench deid: " << made.error().message << '\n';
            return ExitFailure;
        }
    }
    const QString gdcmanon = QStandardPaths::findExecutable(QStringLiteral("gdcmanon"));
    QString certificate;
    if (!gdcmanon.isEmpty()) {
        QString error;
        if (const auto made = makeCertificate(work.path(), error))
            certificate = *made;
        else
            err() << "consilium-cli bench deid: no certificate for gdcmanon (" << error << "); skipping it\n";
    }

    QJsonArray results;
    for (const QString& kind : {QStringLiteral("ct"), QStringLiteral("us")}) {
        const QString input = QDir(samples).filePath(kind);
        const auto files = dicom::expandPaths({input});
        if (!files || files->isEmpty()) {
            err() << "consilium-cli bench deid: no files in " << input << '\n';
            return ExitFailure;
        }
        const double megabytes = static_cast<double>(totalBytes(*files)) / 1e6;
        double ours = 1e300;
        double theirs = 1e300;
        for (int round = 0; round < rounds; ++round) {
            const Timing mine = runOurs(*files, QDir(work.path()).filePath(QStringLiteral("ours")));
            if (!mine.error.isEmpty()) {
                err() << "consilium-cli bench deid: " << mine.error << '\n';
                return ExitFailure;
            }
            ours = std::min(ours, mine.seconds);
            if (!certificate.isEmpty()) {
                const Timing other = runGdcmanon(gdcmanon, certificate, input, QDir(work.path()).filePath(QStringLiteral("gdcm")));
                if (!other.error.isEmpty()) {
                    err() << "consilium-cli bench deid: " << other.error << '\n';
                    return ExitFailure;
                }
                theirs = std::min(theirs, other.seconds);
            }
        }
        QJsonObject row{{QStringLiteral("input"), kind},
                        {QStringLiteral("files"), static_cast<int>(files->size())},
                        {QStringLiteral("megabytes"), megabytes},
                        {QStringLiteral("consiliumSeconds"), ours},
                        {QStringLiteral("consiliumFilesPerSecond"), files->size() / ours},
                        {QStringLiteral("consiliumMBPerSecond"), megabytes / ours}};
        if (!certificate.isEmpty()) {
            row.insert(QStringLiteral("gdcmanonSeconds"), theirs);
            row.insert(QStringLiteral("gdcmanonFilesPerSecond"), files->size() / theirs);
            row.insert(QStringLiteral("speedRatio"), theirs / ours); // > 1: Consilium is faster
        }
        results.append(row);
    }

    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("deid-headers")},
                                           {QStringLiteral("rounds"), rounds},
                                           {QStringLiteral("results"), results}})
                     .toJson();
    } else {
        out() << "header de-identification, basic profile, best of " << rounds << ", one thread each\n";
        for (const auto& value : results) {
            const QJsonObject row = value.toObject();
            out() << "  " << row.value(QStringLiteral("input")).toString() << ": "
                  << row.value(QStringLiteral("files")).toInt() << " files, "
                  << QString::number(row.value(QStringLiteral("megabytes")).toDouble(), 'f', 1) << " MB\n"
                  << "    consilium  " << QString::number(row.value(QStringLiteral("consiliumFilesPerSecond")).toDouble(), 'f', 1)
                  << " files/s, " << QString::number(row.value(QStringLiteral("consiliumMBPerSecond")).toDouble(), 'f', 1)
                  << " MB/s\n";
            if (row.contains(QStringLiteral("gdcmanonSeconds"))) {
                out() << "    gdcmanon   " << QString::number(row.value(QStringLiteral("gdcmanonFilesPerSecond")).toDouble(), 'f', 1)
                      << " files/s   ratio " << QString::number(row.value(QStringLiteral("speedRatio")).toDouble(), 'f', 2)
                      << " (> 1: Consilium faster)\n";
            }
        }
        if (certificate.isEmpty())
            out() << "gdcmanon not found (Debian: libgdcm-tools): no reference figures\n";
    }
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
