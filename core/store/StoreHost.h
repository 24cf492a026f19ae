#pragma once

#include "core/common/Async.h"
#include "core/store/Store.h"

#include <QThreadPool>

#include <memory>
#include <utility>

namespace consilium::store {

/// Owns an open Store and the one worker thread allowed to touch it (Store is not thread-safe;
/// ARCHITECTURE.md, Threading). Every use goes through run(): the work gets `Store&` on that
/// thread, in submission order, and its value is delivered to the receiver's thread.
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
    /// unless `receiver` is gone by then (see runAsync()).
    template <typename Work, typename Done>
    auto run(QObject* receiver, Work work, Done done)
    {
        Store* store = m_store.get();
        return runAsync(
            receiver, [store, work = std::move(work)]() mutable { return work(*store); }, std::move(done), &m_pool);
    }

    /// Blocks until every queued piece of work has finished (shutdown and tests).
    void waitForIdle();

private:
    std::unique_ptr<Store> m_store;
    QThreadPool m_pool;
};

} // namespace consilium::store
