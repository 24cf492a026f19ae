#include "core/dicom/ViewerBenchmark.h"

#include "core/dicom/DcmtkSupport.h"
#include "core/dicom/ImageDecoder.h"
#include "core/dicom/SeriesScan.h"
#include "core/imaging/DisplayPipeline.h"

#include <dcmtk/dcmimgle/dcmimage.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>
#include <vector>

namespace consilium::dicom {

namespace {

const QString kDomain = QStringLiteral("dicom");

// What the viewer pane does (ui/viewer/ViewerPane.cpp): up to four decodes in flight, four
// ahead of the image shown, and at most 160 decoded frames kept.
constexpr int kPrefetchAhead = 4;
constexpr int kCacheLimit = 160;
constexpr int kWindowRounds = 200;
// Rounds of the per-slice comparison (each over every slice, ours and DCMTK's interleaved):
// odd, so the median is one round's figure.
constexpr int kSliceRounds = 7;

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Peak resident set size of this process (Linux /proc/self/status VmHWM), 0 when unknown.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // readAll, not atEnd/readLine: /proc files report a size of 0.
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Our path for one slice: the file on disk to the 8-bit image the viewer shows.
Result<void> sliceOurs(const StackImage& image, const imaging::DisplaySettings& settings)
{
    const auto frame = loadFrame(image.path, image.frame);
    if (!frame || imaging::renderFrame(*frame, settings).isNull())
        return fail(kDomain, ErrorCode::Internal, QStringLiteral("%1 did not decode").arg(image.path));
    return {};
}

// DCMTK's plain path for the same file and the same window: DicomImage, setWindow, 8-bit output.
Result<void> sliceDcmtk(const StackImage& image, const imaging::DisplaySettings& settings)
{
    DicomImage dicomImage(detail::toFilename(image.path).getCharPointer(), CIF_UsePartialAccessToPixelData,
                          static_cast<unsigned long>(image.frame), 1);
    if (dicomImage.getStatus() != EIS_Normal)
        return fail(kDomain, ErrorCode::Internal, QStringLiteral("DCMTK cannot open %1").arg(image.path));
    dicomImage.setWindow(settings.window.center, settings.window.width);
    if (dicomImage.getOutputData(8, 0, 0) == nullptr)
        return fail(kDomain, ErrorCode::Internal, QStringLiteral("DCMTK cannot render %1").arg(image.path));
    return {};
}

} // namespace

Result<ViewerBenchmarkResult> benchmarkViewer(const QString& folder)
{
    ViewerBenchmarkResult result;
    QElapsedTimer open;
    open.start();
    const SeriesScan scan = scanSeries({folder});
    result.indexMs = msSince(open);
    if (scan.series.size() != 1) {
        return fail(kDomain, ErrorCode::InvalidArgument,
                    QStringLiteral("%1 must hold exactly one series (found %2)").arg(folder).arg(scan.series.size()));
    }
    const QList<StackImage> images = scan.series.first().images;
    result.slices = static_cast<int>(images.size());

    // Open to first image: the viewer shows the middle of a CT volume.
    auto first = loadFrame(images[result.slices / 2].path, images[result.slices / 2].frame);
    if (!first)
        return tl::unexpected(first.error());
    const imaging::DisplaySettings defaults = imaging::DisplaySettings::defaultsFor(*first);
    const QImage shown = imaging::renderFrame(*first, defaults);
    result.firstImageMs = msSince(open);
    if (shown.isNull())
        return fail(kDomain, ErrorCode::Internal, QStringLiteral("the first image did not render"));
    result.width = first->width;
    result.height = first->height;

    // Window/level: a new window each time, as a drag does; the decoded frame is reused.
    std::vector<double> renders;
    renders.reserve(kWindowRounds);
    imaging::DisplaySettings settings = defaults;
    settings.voi = imaging::DisplaySettings::Voi::Window;
    for (int i = 0; i < kWindowRounds; ++i) {
        settings.window = imaging::VoiWindow{40.0 + i, 400.0 + 2 * i, imaging::VoiFunction::Linear, {}};
        QElapsedTimer timer;
        timer.start();
        const QImage image = imaging::renderFrame(*first, settings);
        renders.push_back(msSince(timer));
        if (image.isNull())
            return fail(kDomain, ErrorCode::Internal, QStringLiteral("a window/level render failed"));
    }
    std::nth_element(renders.begin(), renders.begin() + kWindowRounds / 2, renders.end());
    result.windowRenderMs = renders[kWindowRounds / 2];
    first = {};

    // Scrolling with prefetch: decodes run on the pool ahead of the image shown; each image
    // shown goes through the display LUT; the cache keeps the frames nearest to the position.
    QHash<int, QFuture<Result<imaging::Frame>>> inFlight;
    std::deque<std::pair<int, imaging::Frame>> cache;
    auto request = [&](int index) {
        if (index < result.slices && !inFlight.contains(index)) {
            const StackImage& image = images[index];
            inFlight.insert(index, QtConcurrent::run([image] { return loadFrame(image.path, image.frame); }));
        }
    };
    QElapsedTimer scroll;
    scroll.start();
    for (int index = 0; index < result.slices; ++index) {
        for (int ahead = 0; ahead <= kPrefetchAhead; ++ahead)
            request(index + ahead);
        auto frame = inFlight.take(index).result();
        if (!frame)
            return tl::unexpected(frame.error().withContext(images[index].path));
        const QImage image = imaging::renderFrame(*frame, settings);
        if (image.isNull())
            return fail(kDomain, ErrorCode::Internal, QStringLiteral("slice %1 did not render").arg(index + 1));
        result.rawPixelBytes += static_cast<qint64>(frame->width) * frame->height * 2;
        cache.emplace_back(index, std::move(*frame));
        if (static_cast<int>(cache.size()) > kCacheLimit)
            cache.pop_front(); // scrolling forward: the farthest is the oldest
    }
    result.scrollImagesPerSecond = result.slices / (msSince(scroll) / 1000.0);
    cache.clear();
    result.peakRssBytes = peakResidentBytes();

    // Per slice, one thread: ours (decode + display LUT) against DCMTK's own display path.
    // Interleaved slice by slice, the order alternating, so that a burst of load on the shared
    // machine (or a warm CPU cache left by the other path) favours neither; whole rounds over
    // the series are repeated and their medians reported.
    detail::ensureDcmtkInitialised();
    std::vector<double> oursRounds;
    std::vector<double> dcmtkRounds;
    for (int round = 0; round < kSliceRounds; ++round) {
        double oursMs = 0.0;
        double dcmtkMs = 0.0;
        for (int index = 0; index < result.slices; ++index) {
            for (int part = 0; part < 2; ++part) {
                const bool oursNow = (part == 0) == ((index + round) % 2 == 0);
                QElapsedTimer timer;
                timer.start();
                auto done = oursNow ? sliceOurs(images[index], settings) : sliceDcmtk(images[index], settings);
                (oursNow ? oursMs : dcmtkMs) += msSince(timer);
                if (!done)
                    return tl::unexpected(done.error());
            }
        }
        oursRounds.push_back(oursMs / result.slices);
        dcmtkRounds.push_back(dcmtkMs / result.slices);
    }
    result.perSliceRounds = kSliceRounds;
    result.oursPerSliceMs = median(oursRounds);
    result.dcmtkPerSliceMs = median(dcmtkRounds);
    result.oursPerSliceBestMs = *std::min_element(oursRounds.begin(), oursRounds.end());
    result.dcmtkPerSliceBestMs = *std::min_element(dcmtkRounds.begin(), dcmtkRounds.end());
    return result;
}

} // namespace consilium::dicom
