#pragma once

#include "core/store/Store.h"

#include "core/common/Async.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>
#include <utility>

namespace consilium::store {

/// Owns an open Store and the one worker thread allowed to touch it (Store is not thread-safe;
/// ARCHITECTURE.md, Threading). Every use goes through run(): the work gets `Store&` on that
/// thread, in submission order, and its value is delivered to the receiver's thread.
///
/// The worker thread runs an event loop, so objects that live next to the store and answer
/// through callbacks (core/sync's SyncEngine with its network transport) can be created there by
/// work queued with run(); their callbacks then interleave with queued work, never concurrently.
///
/// The GUI keeps one StoreHost per unlocked profile; item models hold a reference and never
/// see the Store itself. The destructor waits for queued work, then closes the store.
class StoreHost {
public:
    explicit StoreHost(std::unique_ptr<Store> store);
    ~StoreHost();
    StoreHost(const StoreHost&) = delete;
    StoreHost& operator=(const StoreHost&) = delete;

    /// Queues `work(Store&)` on the store thread; `done(value)` runs on `receiver`'s thread
    /// unless `receiver` is gone by then (the work still runs). Returns the watcher, which
    /// deletes itself after `done`.
    template <typename Work, typename Done>
    auto run(QObject* receiver, Work work, Done done)
    {
        using Value = std::invoke_result_t<Work&, Store&>;
        static_assert(!std::is_void_v<Value>, "run() delivers a value; return Result<...> instead of void");
        auto* watcher = new QFutureWatcher<Value>(receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                         [watcher, receiver, done = std::move(done)]() mutable {
                             detail::deliverResult(watcher, receiver, done);
                             watcher->deleteLater();
                         });
        auto promise = std::make_shared<QPromise<Value>>();
        watcher->setFuture(promise->future());
        promise->start();
        post([store = m_store.get(), promise, work = std::move(work)]() mutable {
            promise->addResult(work(*store));
            promise->finish();
        });
        return watcher;
    }

    /// Queues `task()` on the store thread, for work that needs no answer (creating and deleting
    /// objects that live there). It must not block.
    template <typename Task>
    void post(Task task)
    {
        QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
    }

    /// The object that lives on the store thread: a context for connections and timers whose
    /// slots must run there.
    [[nodiscard]] QObject* context() const { return m_context; }
    [[nodiscard]] QThread* thread() const { return m_thread.get(); }

    /// Blocks until every piece of work queued so far has finished (shutdown and tests).
    /// Never call it on the store thread.
    void waitForIdle();

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; deleted there when it finishes
};

} // namespace consilium::store
