#pragma once

#include <QByteArray>
#include <QMap>

namespace consilium::relay {

/// Counters of what the relay did, exposed in the Prometheus text format (version 0.0.4).
/// Counts only: no identities, devices, sizes per client or timings that could tie requests
/// to people.
/// Thread notes: not thread-safe; one owner.
class RelayMetrics {
public:
    /// One request answered with `status`.
    void countResponse(int status);
    void countEnvelopesStored(qint64 count) { m_envelopesStored += count; }
    void countEnvelopesDeleted(qint64 count) { m_envelopesDeleted += count; }
    void countBlobBytesReceived(qint64 bytes) { m_blobBytesReceived += bytes; }
    void countBlobBytesSent(qint64 bytes) { m_blobBytesSent += bytes; }
    void countBlobsCommitted() { ++m_blobsCommitted; }
    void countRegistrations() { ++m_registrations; }
    void countTokensIssued() { ++m_tokensIssued; }
    void countRateLimited() { ++m_rateLimited; }
    void countWakeupsSent(qint64 count) { m_wakeupsSent += count; }
    /// Current number of open wake-up connections (a gauge).
    void setWakeupConnections(qint64 count) { m_wakeupConnections = count; }

    [[nodiscard]] QByteArray prometheusText() const;

private:
    QMap<int, qint64> m_responses; ///< by status code
    qint64 m_envelopesStored = 0;
    qint64 m_envelopesDeleted = 0;
    qint64 m_blobBytesReceived = 0;
    qint64 m_blobBytesSent = 0;
    qint64 m_blobsCommitted = 0;
    qint64 m_registrations = 0;
    qint64 m_tokensIssued = 0;
    qint64 m_rateLimited = 0;
    qint64 m_wakeupsSent = 0;
    qint64 m_wakeupConnections = 0;
};

} // namespace consilium::relay
