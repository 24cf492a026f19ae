#include "core/common/Async.h"
#include "core/common/CancellationToken.h"
#include "core/common/Error.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace consilium;

namespace {

// Pumps the event loop until `done` or the deadline; tests only (production code never waits).
template <typename Predicate>
bool pumpUntil(Predicate done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return done();
}

} // namespace

TEST_CASE("runAsync runs work off the calling thread and delivers the value on the receiver's thread", "[common]")
{
    QObject receiver;
    const QThread* mainThread = QThread::currentThread();
    std::atomic<const QThread*> workThread{nullptr};
    const QThread* deliveryThread = nullptr;
    std::optional<Result<int>> delivered;

    auto* watcher = runAsync(
        &receiver,
        [&workThread]() -> Result<int> {
            workThread = QThread::currentThread();
            return 6 * 7;
        },
        [&](Result<int> value) {
            deliveryThread = QThread::currentThread();
            delivered = std::move(value);
        });
    CHECK(watcher->parent() == &receiver);

    REQUIRE(pumpUntil([&] { return delivered.has_value(); }));
    REQUIRE(delivered->has_value());
    CHECK(**delivered == 42);
    CHECK(workThread.load() != mainThread);
    CHECK(deliveryThread == mainThread);
}

TEST_CASE("runAsync delivers errors as values", "[common]")
{
    QObject receiver;
    std::optional<Result<QString>> delivered;
    runAsync(
        &receiver,
        []() -> Result<QString> { return fail(QStringLiteral("test"), ErrorCode::IoError, QStringLiteral("disk full")); },
        [&](Result<QString> value) { delivered = std::move(value); });
    REQUIRE(pumpUntil([&] { return delivered.has_value(); }));
    REQUIRE_FALSE(delivered->has_value());
    CHECK(delivered->error().code == ErrorCode::IoError);
}

TEST_CASE("a destroyed receiver never gets the result, and cancellation stops the work", "[common]")
{
    CancellationToken token;
    std::atomic_bool started{false};
    std::atomic_bool finished{false};
    bool delivered = false;
    {
        auto receiver = std::make_unique<QObject>();
        QPointer<QFutureWatcherBase> watcher = runAsync(
            receiver.get(),
            [token, &started, &finished]() -> Result<int> {
                started = true;
                while (!token.isCancelled())
                    QThread::msleep(1);
                finished = true;
                return tl::unexpected(cancelledError(QStringLiteral("test")));
            },
            [&delivered](Result<int>) { delivered = true; });
        REQUIRE(pumpUntil([&] { return started.load(); }));
        receiver.reset();
        CHECK(watcher.isNull()); // the watcher was owned by the receiver
        token.cancel();
    }
    REQUIRE(pumpUntil([&] { return finished.load(); }));
    QCoreApplication::processEvents();
    CHECK_FALSE(delivered);
}

TEST_CASE("copies of a CancellationToken share one flag", "[common]")
{
    CancellationToken requester;
    const CancellationToken worker = requester;
    CHECK_FALSE(worker.isCancelled());
    requester.cancel();
    CHECK(worker.isCancelled());
    CHECK(CancellationToken().isCancelled() == false);
    CHECK(cancelledError(QStringLiteral("dicom")).code == ErrorCode::Cancelled);
}

TEST_CASE("work cancelled before it started is delivered as a Cancelled error, not a missing value", "[common]")
{
    // A one-thread pool kept busy, so the second piece of work is still queued when cancelled:
    // its future then finishes with no value, and taking one would be undefined behaviour.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    std::atomic_bool release{false};
    QObject receiver;
    std::optional<Result<int>> blocker;
    runAsync(
        &receiver,
        [&release]() -> Result<int> {
            while (!release)
                QThread::msleep(1);
            return 1;
        },
        [&](Result<int> value) { blocker = std::move(value); }, &pool);
    std::optional<Result<int>> cancelled;
    auto* watcher = runAsync(
        &receiver, []() -> Result<int> { return 2; }, [&](Result<int> value) { cancelled = std::move(value); }, &pool);
    watcher->cancel();
    release = true;
    REQUIRE(pumpUntil([&] { return blocker.has_value() && cancelled.has_value(); }));
    CHECK(blocker->value() == 1);
    REQUIRE_FALSE(cancelled->has_value());
    CHECK(cancelled->error().code == ErrorCode::Cancelled);
}
