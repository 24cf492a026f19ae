#pragma once

#include "core/common/Error.h"

#include <atomic>
#include <memory>

namespace consilium {

/// A shared "please stop" flag for long work running off the GUI thread.
/// Copies share one flag: the requester keeps a copy and calls cancel(); the worker polls
/// isCancelled() between units of work and returns cancelledError().
/// Thread-safe.
class CancellationToken
{
public:
    CancellationToken();

    void cancel() const noexcept;
    [[nodiscard]] bool isCancelled() const noexcept;

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

/// The error a worker returns when it stops because its token was cancelled.
Error cancelledError(const QString& domain);

} // namespace consilium
