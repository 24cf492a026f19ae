// consilium-cli bench viewer — the viewer's loading and display path on the generated 300-slice
// CT, beside DCMTK's plain DicomImage path on the same files in the same run (docs/bench.md).
// The measuring lives in core/dicom (ViewerBenchmark); this prints it.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/dicom/ViewerBenchmark.h"
#include "core/samples/SampleGenerator.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace consilium::cli {

namespace {

// The targets (issue 3, Benchmark).
constexpr double kFirstImageTargetMs = 150.0;
constexpr double kIndexTargetMs = 1000.0;
constexpr double kWindowTargetMs = 2.0;
constexpr double kScrollTarget = 60.0;
constexpr double kMemoryFactor = 1.3;
constexpr qint64 kMemoryAllowance = 100LL * 1000 * 1000;

QString verdict(bool met)
{
    return met ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

} // namespace

int runBenchViewer(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The viewer's path without widgets on the generated 300-slice CT (make-samples ct/): index, open to first "
        "image, window/level re-render, scrolling with prefetch, peak memory against the raw pixel bytes; and, in "
        "the same run, DCMTK's DicomImage + getOutputData per slice against ours, as a ratio."));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"), QStringLiteral("Use an existing make-samples folder instead of generating one."),
        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON."));
    parser.addOptions({samplesOption, jsonOption});
    if (const auto exit = parseSubcommand(parser, args, QString()))
        return *exit;

    QTemporaryDir work;
    QString samples = parser.value(samplesOption);
    if (samples.isEmpty()) {
        if (!work.isValid()) {
            err() << "consilium-cli bench viewer: cannot create a work folder: " << work.errorString() << '\n';
            return ExitFailure;
        }
        samples = QDir(work.path()).filePath(QStringLiteral("samples"));
        if (auto made = samples::generateSamples(samples, {}); !made) {
            err() << "consilium-cli bench viewer: " << made.error().message << '\n';
            return ExitFailure;
        }
    }
    const auto result = dicom::benchmarkViewer(QDir(samples).filePath(QStringLiteral("ct")));
    if (!result) {
        err() << "consilium-cli bench viewer: " << result.error().message << '\n';
        return ExitFailure;
    }
    const dicom::ViewerBenchmarkResult& r = *result;
    const double memoryLimit = kMemoryFactor * static_cast<double>(r.rawPixelBytes) + kMemoryAllowance;
    const double ratio = r.oursPerSliceMs / r.dcmtkPerSliceMs;
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(QJsonObject{
                                   {QStringLiteral("benchmark"), QStringLiteral("viewer")},
                                   {QStringLiteral("slices"), r.slices},
                                   {QStringLiteral("width"), r.width},
                                   {QStringLiteral("height"), r.height},
                                   {QStringLiteral("rawPixelBytes"), static_cast<double>(r.rawPixelBytes)},
                                   {QStringLiteral("indexMs"), r.indexMs},
                                   {QStringLiteral("firstImageMs"), r.firstImageMs},
                                   {QStringLiteral("windowRenderMs"), r.windowRenderMs},
                                   {QStringLiteral("scrollImagesPerSecond"), r.scrollImagesPerSecond},
                                   {QStringLiteral("peakRssBytes"), static_cast<double>(r.peakRssBytes)},
                                   {QStringLiteral("peakRssLimitBytes"), memoryLimit},
                                   {QStringLiteral("oursPerSliceMs"), r.oursPerSliceMs},
                                   {QStringLiteral("dcmtkPerSliceMs"), r.dcmtkPerSliceMs},
                                   {QStringLiteral("perSliceRatio"), ratio},
                                   {QStringLiteral("perSliceRounds"), r.perSliceRounds},
                                   {QStringLiteral("oursPerSliceBestMs"), r.oursPerSliceBestMs},
                                   {QStringLiteral("dcmtkPerSliceBestMs"), r.dcmtkPerSliceBestMs},
                               })
                     .toJson();
    } else {
        const auto ms = [](double value) -> QString { return QString::number(value, 'f', 2) + QStringLiteral(" ms"); };
        out() << "viewer, " << r.slices << " slices of " << r.width << "x" << r.height << " ("
              << QString::number(r.rawPixelBytes / 1e6, 'f', 1) << " MB of raw pixels), warm page cache\n"
              << "  index                " << ms(r.indexMs) << "   target <= 1000 ms  "
              << verdict(r.indexMs <= kIndexTargetMs) << '\n'
              << "  open to first image  " << ms(r.firstImageMs) << "   target <= 150 ms   "
              << verdict(r.firstImageMs <= kFirstImageTargetMs) << '\n'
              << "  window/level render  " << ms(r.windowRenderMs) << "   target <= 2 ms     "
              << verdict(r.windowRenderMs <= kWindowTargetMs) << '\n'
              << "  scroll               " << QString::number(r.scrollImagesPerSecond, 'f', 1)
              << " images/s   target >= 60   " << verdict(r.scrollImagesPerSecond >= kScrollTarget) << '\n'
              << "  peak memory          " << QString::number(r.peakRssBytes / 1e6, 'f', 1) << " MB   limit "
              << QString::number(memoryLimit / 1e6, 'f', 1) << " MB   " << verdict(r.peakRssBytes <= memoryLimit)
              << '\n'
              << "  per slice, 1 thread  consilium " << ms(r.oursPerSliceMs) << ", DCMTK DicomImage "
              << ms(r.dcmtkPerSliceMs) << ", ratio " << QString::number(ratio, 'f', 2)
              << " (<= 1: no worse than DCMTK)  " << verdict(ratio <= 1.0) << '\n'
              << "                       median of " << r.perSliceRounds
              << " rounds, ours and DCMTK interleaved slice by slice; best round: consilium "
              << ms(r.oursPerSliceBestMs) << ", DCMTK " << ms(r.dcmtkPerSliceBestMs) << '\n';
    }
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
