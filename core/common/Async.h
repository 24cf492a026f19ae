#pragma once

#include "core/common/Error.h"
#include "core/common/Logging.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace consilium {

namespace detail {

template <typename T>
struct IsResult : std::false_type {
};
template <typename T>
struct IsResult<Result<T>> : std::true_type {
};

/// Hands the value of `watcher`'s finished future to `done`. A future can finish without a value
/// (cancelled, or its promise dropped uncalled); taking a result from it is undefined behaviour in
/// release builds (heap corruption was seen), so `done` then gets a Cancelled error instead, or is
/// not called when the value is not a Result.
template <typename Value, typename Done>
void deliverResult(QFutureWatcher<Value>* watcher, const QObject* receiver, Done& done)
{
    QFuture<Value> future = watcher->future();
    if (future.isValid() && future.resultCount() > 0) {
        done(future.takeResult());
        return;
    }
    qCWarning(lcCommon) << "background work for" << receiver->metaObject()->className()
                        << "finished without a value (cancelled or dropped)";
    if constexpr (IsResult<Value>::value)
        done(Value(fail(QStringLiteral("async"), ErrorCode::Cancelled,
                        QStringLiteral("The background work was cancelled before it produced a result."))));
}

} // namespace detail

/// The one async idiom (ARCHITECTURE.md, Threading): run `work` on a thread pool and deliver
/// its value to `done` on `receiver`'s thread, through a QFutureWatcher owned by `receiver`.
///
/// - `work` must be callable with no arguments and return a value (typically Result<T>); it must
///   not touch `receiver` or any GUI object. Capture data by value.
/// - If `receiver` is destroyed first, the watcher goes with it and `done` is never called; the
///   work still runs to its end, so give it a CancellationToken and cancel it in the destructor.
/// - Returns the watcher (for progress or cancellation wiring); it deletes itself after `done`.
template <typename Work, typename Done>
auto runAsync(QObject* receiver, Work work, Done done, QThreadPool* pool = QThreadPool::globalInstance())
    -> QFutureWatcher<std::invoke_result_t<Work>>*
{
    using Value = std::invoke_result_t<Work>;
    static_assert(!std::is_void_v<Value>, "runAsync delivers a value; return Result<...> instead of void");

    auto* watcher = new QFutureWatcher<Value>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, receiver, done = std::move(done)]() mutable {
                         detail::deliverResult(watcher, receiver, done);
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
    return watcher;
}

} // namespace consilium
