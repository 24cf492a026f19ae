#pragma once

#include <QByteArray>
#include <QHash>

namespace consilium::relay {

/// One token bucket per client key (a bearer token's hash, or an IP address): `burst` requests
/// at once, refilled at `perSecond`. Buckets that are full again are forgotten, so the table
/// only holds clients that were busy recently.
/// Thread notes: not thread-safe; one owner.
class RateLimiter {
public:
    RateLimiter(double perSecond, double burst);

    /// Takes one token for `key` at time `nowMs`; false when the bucket is empty.
    bool allow(const QByteArray& key, qint64 nowMs);
    /// Seconds until `key` has a token again (at least 1), for Retry-After.
    [[nodiscard]] int retryAfterSeconds(const QByteArray& key) const;

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void forgetFullBuckets(qint64 nowMs);

    double m_perSecond;
    double m_burst;
    QHash<QByteArray, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace consilium::relay
