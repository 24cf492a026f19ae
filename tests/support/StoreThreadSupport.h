#pragma once

#include "core/store/StoreHost.h"
#include "tests/support/PumpUntil.h"
#include "ui/sync/SyncWorker.h"

#include <chrono>
#include <optional>
#include <utility>

namespace consilium::test {

/// The app's sync loop at test pace: a pull every second and retries within a second, so a test
/// that stops and starts the relay does not wait for the user-facing back-off.
inline ui::SyncTimings quickSyncTimings()
{
    ui::SyncTimings timings;
    timings.period = std::chrono::milliseconds(1000);
    timings.firstRetry = std::chrono::milliseconds(200);
    timings.maxRetry = std::chrono::milliseconds(1000);
    return timings;
}

/// A value computed on the store thread (as the app computes it), waited for on this one;
/// nullopt when the store thread did not answer within five seconds.
template <typename T, typename Work>
std::optional<T> askStore(store::StoreHost& host, QObject* receiver, Work work)
{
    std::optional<T> value;
    bool answered = false;
    host.run(receiver, std::move(work), [&](T result) {
        value = std::move(result);
        answered = true;
    });
    pumpUntil([&] { return answered; }, 5000);
    return value;
}

} // namespace consilium::test
