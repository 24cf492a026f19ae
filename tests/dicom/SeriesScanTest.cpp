// scanSeries, what File › Open runs: many scans at once from the global thread pool's own
// threads must all finish (regression: each waited for header reads queued on the same pool,
// and two quick opens on a two-core machine hung forever).

#include "core/dicom/SeriesScan.h"
#include "tests/imaging/SyntheticImages.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace consilium;

TEST_CASE("scans started from every global pool thread at once all finish", "[dicom][scan]")
{
    QTemporaryDir dir;
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 6, 16);
    const int scans = QThreadPool::globalInstance()->maxThreadCount() + 2;
    QList<QFuture<dicom::SeriesScan>> futures;
    for (int i = 0; i < scans; ++i)
        futures << QtConcurrent::run([series] { return dicom::scanSeries({series}); });
    QDeadlineTimer deadline(60000);
    const auto allDone = [&] {
        return std::all_of(futures.begin(), futures.end(), [](const auto& future) { return future.isFinished(); });
    };
    while (!allDone() && !deadline.hasExpired())
        QThread::msleep(10);
    REQUIRE(allDone());
    for (auto& future : futures) {
        const dicom::SeriesScan scan = future.result();
        CHECK(scan.problems.isEmpty());
        REQUIRE(scan.series.size() == 1);
        CHECK(scan.series.first().images.size() == 6);
    }
}

TEST_CASE("a cancelled scan stops early and reports no problems for the files it skipped", "[dicom][scan]")
{
    QTemporaryDir dir;
    const QString series = dir.filePath(QStringLiteral("series"));
    test::writeCtPhantomSeries(series, 4, 16);
    CancellationToken token;
    token.cancel();
    const dicom::SeriesScan scan = dicom::scanSeries({series}, token);
    CHECK(scan.problems.isEmpty());
    CHECK(scan.series.isEmpty());
}
