#include "core/relay/RelayMetrics.h"

namespace consilium::relay {

void RelayMetrics::countResponse(int status)
{
    ++m_responses[status];
}

QByteArray RelayMetrics::prometheusText() const
{
    QByteArray text;
    const auto counter = [&text](const char* name, const char* help, qint64 value, const char* type = "counter") {
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' '
                + QByteArray::number(value) + '\n';
    };
    text += "# HELP consilium_relay_responses_total HTTP responses by status code.\n"
            "# TYPE consilium_relay_responses_total counter\n";
    for (auto it = m_responses.constBegin(); it != m_responses.constEnd(); ++it)
        text += "consilium_relay_responses_total{status=\"" + QByteArray::number(it.key()) + "\"} "
                + QByteArray::number(it.value()) + '\n';
    counter("consilium_relay_envelopes_stored_total", "Envelopes stored in mailboxes.", m_envelopesStored);
    counter("consilium_relay_envelopes_deleted_total", "Envelopes deleted by acknowledgement.", m_envelopesDeleted);
    counter("consilium_relay_blob_bytes_received_total", "Blob bytes received in upload chunks.", m_blobBytesReceived);
    counter("consilium_relay_blob_bytes_sent_total", "Blob bytes sent in downloads.", m_blobBytesSent);
    counter("consilium_relay_blobs_committed_total", "Blob uploads committed.", m_blobsCommitted);
    counter("consilium_relay_registrations_total", "Identities registered or renewed.", m_registrations);
    counter("consilium_relay_tokens_issued_total", "Bearer tokens issued.", m_tokensIssued);
    counter("consilium_relay_rate_limited_total", "Requests refused by the rate limit.", m_rateLimited);
    counter("consilium_relay_wakeups_sent_total", "Wake-up messages sent.", m_wakeupsSent);
    counter("consilium_relay_wakeup_connections", "Open wake-up connections.", m_wakeupConnections, "gauge");
    return text;
}

} // namespace consilium::relay
