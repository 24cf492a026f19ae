#include "core/common/CancellationToken.h"

namespace consilium {

CancellationToken::CancellationToken()
    : m_flag(std::make_shared<std::atomic_bool>(false))
{
}

void CancellationToken::cancel() const noexcept
{
    m_flag->store(true, std::memory_order_relaxed);
}

bool CancellationToken::isCancelled() const noexcept
{
    return m_flag->load(std::memory_order_relaxed);
}

Error cancelledError(const QString& domain)
{
    return Error{domain, ErrorCode::Cancelled, QStringLiteral("the operation was cancelled")};
}

} // namespace consilium
