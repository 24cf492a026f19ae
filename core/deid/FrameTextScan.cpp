// detectTextInFile(): OCR of every frame of a file, fast on cine (BurnedInTextDetector.h).

#include "core/deid/BurnedInTextDetector.h"

#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

namespace consilium::deid {

namespace {

const QString kDomain = QStringLiteral("deid");

// Frames held in memory at once (rendered, 8-bit): a run shares its first frame's reading.
constexpr int kRunLength = 32;
// Context kept around the changing area, in frame pixels, so Tesseract sees the gap around a
// glyph at its edge (regions it touches are taken in whole, see readRun). Small on purpose: on
// the sample ultrasound 16 pixels reached the footer line under the sector, which was then
// re-read on every frame and made the whole cine 2.6 times slower.
constexpr int kChangeMargin = 8;

struct Rendered {
    int index = 0;
    QImage image;
    std::optional<Error> error;
};

// The pool frames are read on by default. Its threads never expire, so their Tesseract engines
// are made once per process.
QThreadPool& framePool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setExpiryTimeout(-1);
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

// Runs `work` over `items` with the requested parallelism: on the calling thread alone for one
// thread; otherwise QtConcurrent, on framePool() by default.
//
// Called from a thread of the global pool (deid reading files in parallel, runAsync), the work
// stays on the calling thread: the caller is already parallel, and QImage splits large
// conversions over the global pool — with its threads all waiting here for frames, those
// conversions never ran and the process hung.
template <typename T, typename R>
QList<R> mapped(const QList<T>& items, int threads, const std::function<R(const T&)>& work)
{
    if (threads == 1 || items.size() <= 1 || QThreadPool::globalInstance()->contains(QThread::currentThread())) {
        QList<R> results;
        results.reserve(items.size());
        for (const T& item : items)
            results.append(work(item));
        return results;
    }
    if (threads <= 0)
        return QtConcurrent::blockingMapped<QList<R>>(&framePool(), items, work);
    QThreadPool pool;
    pool.setMaxThreadCount(threads - 1);
    return QtConcurrent::blockingMapped<QList<R>>(&pool, items, work);
}

// The smallest rectangle holding every pixel that differs between `a` and `b` (null when the
// images are identical), and whether they are.
QRect changedArea(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.format() != b.format())
        return a.rect();
    const int bytesPerPixel = std::max(1, a.depth() / 8);
    int left = a.width();
    int right = -1;
    int top = a.height();
    int bottom = -1;
    for (int y = 0; y < a.height(); ++y) {
        const uchar* rowA = a.constScanLine(y);
        const uchar* rowB = b.constScanLine(y);
        if (std::memcmp(rowA, rowB, size_t(a.width()) * size_t(bytesPerPixel)) == 0)
            continue;
        top = std::min(top, y);
        bottom = y;
        for (int x = 0; x < a.width(); ++x) {
            if (std::memcmp(rowA + qsizetype(x) * bytesPerPixel, rowB + qsizetype(x) * bytesPerPixel,
                            size_t(bytesPerPixel))
                != 0) {
                left = std::min(left, x);
                break;
            }
        }
        for (int x = a.width() - 1; x > right; --x) {
            if (std::memcmp(rowA + qsizetype(x) * bytesPerPixel, rowB + qsizetype(x) * bytesPerPixel,
                            size_t(bytesPerPixel))
                != 0) {
                right = x;
                break;
            }
        }
    }
    return bottom < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

QList<TextRegion> reindexed(QList<TextRegion> regions, int frame)
{
    for (TextRegion& region : regions)
        region.frame = frame;
    return regions;
}

// One run of frames (rendered, in order): its first frame read whole, the others where pixels
// change within the run; results in frame order.
Result<QList<TextRegion>> readRun(const QList<Rendered>& run, const TextDetectionOptions& options)
{
    const auto first = detectText(run.first().image, run.first().index, options);
    if (!first)
        return tl::unexpected(first.error());
    QList<TextRegion> found = *first;
    if (run.size() == 1)
        return found;

    // Where anything moves in the run, and which frames repeat their predecessor.
    QRect changing;
    std::vector<bool> repeats(size_t(run.size()), false);
    for (qsizetype k = 1; k < run.size(); ++k) {
        const QRect changed = changedArea(run[k - 1].image, run[k].image);
        repeats[size_t(k)] = changed.isNull();
        changing = changing.united(changed);
    }
    // Grown by a margin and by every first-frame region it touches (until none is cut), so
    // that text crossing its edge is read whole on every frame.
    QList<TextRegion> kept = *first;
    if (!changing.isNull()) {
        changing = changing.adjusted(-kChangeMargin, -kChangeMargin, kChangeMargin, kChangeMargin)
                       .intersected(run.first().image.rect());
        for (bool grew = true; grew;) {
            grew = false;
            for (qsizetype i = kept.size() - 1; i >= 0; --i) {
                if (kept[i].rect.intersects(changing)) {
                    changing =
                        changing
                            .united(kept[i].rect.adjusted(-kChangeMargin, -kChangeMargin, kChangeMargin, kChangeMargin))
                            .intersected(run.first().image.rect());
                    kept.removeAt(i);
                    grew = true;
                }
            }
        }
    }

    QList<qsizetype> toRead;
    for (qsizetype k = 1; k < run.size(); ++k) {
        if (!repeats[size_t(k)])
            toRead.append(k);
    }
    struct Reading {
        qsizetype position = 0;
        Result<QList<TextRegion>> regions;
    };
    const std::function<Reading(const qsizetype&)> read = [&](const qsizetype& k) {
        return Reading{k, detectText(run[k].image, run[k].index, options, changing)};
    };
    const QList<Reading> readings = mapped(toRead, options.threads, read);

    QList<TextRegion> previous = *first;
    qsizetype next = 0;
    for (qsizetype k = 1; k < run.size(); ++k) {
        QList<TextRegion> regions;
        if (repeats[size_t(k)]) {
            regions = reindexed(previous, run[k].index);
        } else {
            const Reading& reading = readings[next++];
            if (!reading.regions)
                return tl::unexpected(reading.regions.error());
            regions = reindexed(kept, run[k].index) + *reading.regions;
        }
        found += regions;
        previous = regions;
    }
    return found;
}

} // namespace

Result<QList<TextRegion>> detectTextInFile(const QString& path, const QList<int>& frames,
                                           const TextDetectionOptions& options)
{
    if (const auto data = ocrLanguageData(); !data)
        return tl::unexpected(data.error());
    // Photos are not DICOM but have one frame; loadFrame() reads both.
    int frameCount = 1;
    if (const auto info = dicom::readImageInfo(path))
        frameCount = info->frames;
    QList<int> wanted = frames;
    if (wanted.isEmpty()) {
        for (int i = 0; i < frameCount; ++i)
            wanted.append(i);
    }
    for (const int index : wanted) {
        if (index < 0 || index >= frameCount) {
            return fail(kDomain, ErrorCode::InvalidArgument,
                        QStringLiteral("frame %1 does not exist (the image has %2)").arg(index).arg(frameCount));
        }
    }

    const std::function<Rendered(const int&)> render = [&path](const int& index) {
        const auto decoded = dicom::loadFrame(path, index);
        if (!decoded)
            return Rendered{index, {}, decoded.error()};
        return Rendered{index, imaging::renderFrame(*decoded, imaging::DisplaySettings::defaultsFor(*decoded)),
                        std::nullopt};
    };
    const std::function<Result<QList<TextRegion>>(const Rendered&)> readWhole = [&options](const Rendered& frame) {
        return detectText(frame.image, frame.index, options);
    };

    QList<TextRegion> regions;
    for (qsizetype start = 0; start < wanted.size(); start += kRunLength) {
        const QList<Rendered> run = mapped(wanted.mid(start, kRunLength), options.threads, render);
        for (const Rendered& frame : run) {
            if (frame.error)
                return tl::unexpected(*frame.error);
        }
        if (options.reuseUnchangedAreas) {
            const auto found = readRun(run, options);
            if (!found)
                return tl::unexpected(found.error());
            regions += *found;
            continue;
        }
        for (const auto& found : mapped(run, options.threads, readWhole)) {
            if (!found)
                return tl::unexpected(found.error());
            regions += *found;
        }
    }
    return regions;
}

} // namespace consilium::deid
