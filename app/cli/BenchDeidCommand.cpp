// consilium-cli bench deid — header de-identification speed against GDCM's gdcmanon (PS3.15
// basic profile) on the same generated files in the same run (docs/bench.md).

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/RedactionPlanner.h"
#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetWriter.h"
#include "core/dicom/FileScan.h"
#include "core/dicom/ImageDecoder.h"
#include "core/samples/BitmapFont.h"
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

#include <ctime>

#include <algorithm>
#include <optional>
#include <tuple>

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

// 512x512 8-bit secondary captures, each with three lines of burned-in text (name, ID, date)
// over a textured background: what a screen capture of a CT slice with its banner looks like.
// The text differs per file so nothing is learnt from one to the next.
Result<QStringList> writeTextCaptures(const QString& folder, int count)
{
    using dicom::Vr;
    QDir().mkpath(folder);
    QStringList files;
    for (int index = 0; index < count; ++index) {
        constexpr int kSide = 512;
        QByteArray pixels(kSide * kSide, '\0');
        for (int y = 0; y < kSide; ++y) {
            for (int x = 0; x < kSide; ++x) {
                const int disc = (x - 256) * (x - 256) + (y - 280) * (y - 280) < 200 * 200 ? 70 : 0;
                pixels[y * kSide + x] = static_cast<char>(20 + disc + ((x * 7 + y * 13 + index * 31) % 23));
            }
        }
        const QStringList lines{QStringLiteral("DOE^JOHN %1").arg(4711 + index),
                                QStringLiteral("ID 0815-%1").arg(100 + index),
                                QStringLiteral("2026-11-%1 10:%2").arg(10 + index % 18).arg(10 + index)};
        for (int line = 0; line < lines.size(); ++line) {
            const int y = line == 2 ? 480 : 12 + line * 24;
            samples::BitmapFont::draw(lines[line], 12, y, 2, [&](int px, int py) {
                if (px >= 0 && px < kSide && py >= 0 && py < kSide)
                    pixels[py * kSide + px] = static_cast<char>(235);
            });
        }
        dicom::Dataset ds;
        ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
        ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.51251200%1").arg(index));
        ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
        ds.setString({0x0010, 0x0010}, Vr::PN, lines[0].section(u' ', 0, 0));
        ds.setString({0x0028, 0x0301}, Vr::CS, QStringLiteral("YES"));
        dicom::ImagePixels image;
        image.rows = kSide;
        image.columns = kSide;
        image.data = pixels;
        if (auto set = ds.setImagePixels(image); !set)
            return tl::unexpected(set.error());
        const QString path = QDir(folder).filePath(QStringLiteral("SC%1.dcm").arg(index, 4, 10, QLatin1Char('0')));
        if (auto written = dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian); !written)
            return tl::unexpected(written.error());
        files.append(path);
    }
    return files;
}

struct OcrTiming {
    int frames = 0;
    int regions = 0;
    double seconds = 0;
    double cpuSeconds =
        0; ///< of the whole process (Tesseract may use OpenMP threads): the CPU work, even on a busy machine
    QString error;
};

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// What `consilium-cli deid` does to each file (OCR of every frame, redaction, header
// de-identification, writing), on one thread: Tesseract on one core, frames one after another.
OcrTiming runOcrRedaction(const QStringList& files, const QString& out)
{
    QDir(out).removeRecursively();
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets(QByteArray(32, 'o')));
    deid::RedactionRequest request;
    request.autoText = true;
    request.scanEveryObject = true; // the CT slices would be skipped otherwise: their header promises no text
    request.ocr.threads = 1;
    OcrTiming timing;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    for (const QString& file : files) {
        auto plan = deid::planRedaction(file, {}, request);
        if (!plan)
            return {0, 0, 0, 0, plan.error().message};
        auto report = engine.deidentify(file, out, *plan);
        if (!report)
            return {0, 0, 0, 0, report.error().message};
        timing.regions += static_cast<int>(plan->regions.size());
    }
    timing.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timing.cpuSeconds = processCpuSeconds() - cpuStart;
    for (const QString& file : files) {
        const auto info = dicom::readImageInfo(file);
        timing.frames += info ? info->frames : 0;
    }
    return timing;
}

} // namespace

int runBenchDeid(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Header de-identification (PS3.15 basic profile) on the generated 300-slice CT series and the 30-frame "
        "ultrasound cine: files/s and MB/s for Consilium and, in the same run on the same files, GDCM's gdcmanon "
        "(Debian libgdcm-tools) when installed; best of --rounds runs each, one thread each. Target: faster than "
        "gdcmanon.\n"
        "OCR redaction (what deid does by default): OCR of every frame, redaction, header de-identification and "
        "writing, on one thread, in frames/s: 20 CT slices (512x512, no text), 10 generated 512x512 captures "
        "with three lines of burned-in text, and the ultrasound cine (640x480, 30 frames). Target: >= 5 frames/s "
        "at 512x512 on one core."));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("Use an existing make-samples folder instead of generating one."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each tool (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON."));
    const QCommandLineOption noOcrOption(QStringLiteral("no-ocr"),
                                         QStringLiteral("Skip the OCR redaction figures (headers only)."));
    parser.addOptions({samplesOption, roundsOption, jsonOption, noOcrOption});
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

    QJsonArray ocr;
    if (!parser.isSet(noOcrOption)) {
        const auto ct = dicom::expandPaths({QDir(samples).filePath(QStringLiteral("ct"))});
        const auto captures = writeTextCaptures(QDir(work.path()).filePath(QStringLiteral("captures")), 10);
        const auto us = dicom::expandPaths({QDir(samples).filePath(QStringLiteral("us"))});
        if (!ct || !captures || !us) {
            err() << "consilium-cli bench deid: cannot prepare the OCR inputs\n";
            return ExitFailure;
        }
        const QList<std::tuple<QString, QString, QStringList>> inputs{
            {QStringLiteral("ct"), QStringLiteral("512x512, no text"), ct->mid(0, 20)},
            {QStringLiteral("capture"), QStringLiteral("512x512, 3 lines of text"), *captures},
            {QStringLiteral("us"), QStringLiteral("640x480, 5 lines of text"), *us}};
        for (const auto& [kind, what, files] : inputs) {
            const OcrTiming timing = runOcrRedaction(files, QDir(work.path()).filePath(QStringLiteral("ocr")));
            if (!timing.error.isEmpty()) {
                err() << "consilium-cli bench deid: " << timing.error << '\n';
                return ExitFailure;
            }
            const double fps = timing.frames / timing.seconds;
            const double cpuFps = timing.frames / std::max(timing.cpuSeconds, 1e-9);
            const bool at512 = what.startsWith(QLatin1String("512x512"));
            QJsonObject row{{QStringLiteral("input"), kind},
                            {QStringLiteral("frames"), timing.frames},
                            {QStringLiteral("description"), what},
                            {QStringLiteral("seconds"), timing.seconds},
                            {QStringLiteral("framesPerSecond"), fps},
                            {QStringLiteral("cpuSeconds"), timing.cpuSeconds},
                            {QStringLiteral("framesPerCpuSecond"), cpuFps},
                            {QStringLiteral("regionsRedacted"), timing.regions}};
            // Judged on CPU time (all threads, Tesseract's OpenMP ones included): one core's worth of work,
            // whatever else runs on the machine.
            if (at512)
                row.insert(QStringLiteral("targetMet"), cpuFps >= 5.0);
            ocr.append(row);
        }
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject document{{QStringLiteral("benchmark"), QStringLiteral("deid-headers")},
                             {QStringLiteral("rounds"), rounds},
                             {QStringLiteral("results"), results}};
        if (!ocr.isEmpty())
            document.insert(QStringLiteral("ocr"), ocr);
        out() << QJsonDocument(document).toJson();
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
        if (!ocr.isEmpty())
            out() << "OCR redaction (OCR, redaction, header de-identification, writing), one thread:\n";
        for (const auto& value : ocr) {
            const QJsonObject row = value.toObject();
            out() << "  " << row.value(QStringLiteral("input")).toString() << " ("
                  << row.value(QStringLiteral("description")).toString()
                  << "): " << row.value(QStringLiteral("frames")).toInt() << " frames, "
                  << QString::number(row.value(QStringLiteral("framesPerSecond")).toDouble(), 'f', 2)
                  << " frames/s wall, "
                  << QString::number(row.value(QStringLiteral("framesPerCpuSecond")).toDouble(), 'f', 2)
                  << " frames per CPU second, " << row.value(QStringLiteral("regionsRedacted")).toInt()
                  << " regions redacted";
            if (row.contains(QStringLiteral("targetMet")))
                out() << (row.value(QStringLiteral("targetMet")).toBool() ? "  (>= 5 frames/s: met)"
                                                                          : "  (>= 5 frames/s: NOT met)");
            out() << '\n';
        }
    }
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
