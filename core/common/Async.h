#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace consilium {

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
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->future().takeResult());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
    return watcher;
}

} // namespace consilium
