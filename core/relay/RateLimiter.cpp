#include "core/relay/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace consilium::relay {

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_perSecond(perSecond)
    , m_burst(std::max(1.0, burst))
{
}

bool RateLimiter::allow(const QByteArray& key, qint64 nowMs)
{
    forgetFullBuckets(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    Bucket& bucket = *it;
    const double elapsed = double(std::max<qint64>(0, nowMs - bucket.updatedMs)) / 1000.0;
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_perSecond);
    bucket.updatedMs = nowMs;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds(const QByteArray& key) const
{
    const auto it = m_buckets.constFind(key);
    const double missing = it == m_buckets.constEnd() ? 0.0 : std::max(0.0, 1.0 - it->tokens);
    return std::max(1, int(std::ceil(missing / m_perSecond)));
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    // Once a minute is enough to bound the table; a forgotten bucket would be full anyway.
    if (nowMs - m_lastSweepMs < 60000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = double(nowMs - it->updatedMs) / 1000.0;
        if (it->tokens + elapsed * m_perSecond >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace consilium::relay
