// Mailbox endpoints of RelayApi: batch post to device mailboxes, fetch after a cursor, ack.

#include "core/relay/RelayApi.h"
#include "core/relay/RelayApiSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace consilium::relay {

using namespace detail;

namespace {

// The refusal with "envelope N: " in front of its message, so the client knows which one.
RelayResponse withContext(const RelayResponse& refusal, const QString& where)
{
    QJsonObject object = QJsonDocument::fromJson(refusal.body).object();
    object.insert(QStringLiteral("message"), QString(where + object.value(QStringLiteral("message")).toString()));
    return RelayResponse::json(refusal.status, object);
}

} // namespace

RelayResponse RelayApi::postEnvelopes(const StoredToken& /*caller*/, const RelayRequest& request)
{
    const RelayLimits& limits = m_settings.limits;
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const QJsonValue list = std::get<QJsonObject>(body).value(QStringLiteral("envelopes"));
    if (!list.isArray() || list.toArray().isEmpty())
        return badRequest(QStringLiteral("'envelopes' must be a non-empty array"));
    const QJsonArray array = list.toArray();
    if (array.size() > limits.maxBatchEnvelopes)
        return RelayResponse::error(413, QStringLiteral("too-large"),
                                    QStringLiteral("A batch may hold at most %1 envelopes, not %2.")
                                        .arg(limits.maxBatchEnvelopes)
                                        .arg(array.size()));

    // Everything is checked before anything is stored: the batch is stored whole or not at all.
    QList<OutgoingEnvelope> envelopes;
    QSet<QByteArray> knownMailboxes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QString where = QStringLiteral("envelope %1: ").arg(i);
        const auto mailbox = hexField(item, QStringLiteral("mailbox"), 32);
        if (const auto* refusal = std::get_if<RelayResponse>(&mailbox))
            return withContext(*refusal, where);
        const auto data = base64Field(item, QStringLiteral("data"));
        if (const auto* refusal = std::get_if<RelayResponse>(&data))
            return withContext(*refusal, where);
        if (std::get<QByteArray>(data).isEmpty())
            return badRequest(where + QStringLiteral("'data' is empty"));
        if (std::get<QByteArray>(data).size() > limits.maxEnvelopeBytes)
            return RelayResponse::error(413, QStringLiteral("too-large"),
                                        where
                                            + QStringLiteral("%1 bytes; an envelope may have at most %2.")
                                                  .arg(std::get<QByteArray>(data).size())
                                                  .arg(limits.maxEnvelopeBytes));
        const QByteArray& device = std::get<QByteArray>(mailbox);
        if (!knownMailboxes.contains(device)) {
            auto owner = m_storage.identityOfDevice(device);
            if (!owner)
                return storageFailure(owner.error());
            if (!*owner)
                // The mailbox is named so that a sender drops what it queued for a device that
                // has left its identity's list and sends the rest (docs/protocol.md § 19.6).
                return RelayResponse::error(404, QStringLiteral("unknown-mailbox"),
                                            where + QStringLiteral("no registered device %1").arg(hex(device)),
                                            {{QStringLiteral("mailbox"), hex(device)}});
            knownMailboxes.insert(device);
        }
        envelopes.append({device, std::get<QByteArray>(data)});
    }
    auto sequences = m_storage.postEnvelopes(envelopes, limits.maxMailboxEnvelopes, nowSeconds());
    if (!sequences)
        return storageFailure(sequences.error());
    m_metrics.countEnvelopesStored(sequences->size());
    if (m_mailboxListener && !m_storage.announcesEnvelopes())
        m_mailboxListener(knownMailboxes.values());
    QJsonArray numbers;
    for (const quint64 sequence : *sequences)
        numbers.append(qint64(sequence));
    return RelayResponse::json(201, {{QStringLiteral("sequences"), numbers}});
}

RelayResponse RelayApi::fetchMailbox(const StoredToken& caller, const RelayRequest& request)
{
    const auto after = integerQuery(request, QStringLiteral("after"), 0, qint64(1) << 53, 0);
    if (const auto* refusal = std::get_if<RelayResponse>(&after))
        return *refusal;
    const int maxLimit = m_settings.limits.maxFetchLimit;
    const auto limit = integerQuery(request, QStringLiteral("limit"), 1, maxLimit, std::min(100, maxLimit));
    if (const auto* refusal = std::get_if<RelayResponse>(&limit))
        return *refusal;
    auto envelopes =
        m_storage.fetchEnvelopes(caller.device, quint64(std::get<qint64>(after)), int(std::get<qint64>(limit)));
    if (!envelopes)
        return storageFailure(envelopes.error());
    QJsonArray items;
    qint64 cursor = std::get<qint64>(after);
    for (const StoredEnvelope& envelope : *envelopes) {
        items.append(QJsonObject{{QStringLiteral("sequence"), qint64(envelope.sequence)},
                                 {QStringLiteral("data"), QString::fromLatin1(envelope.data.toBase64())},
                                 {QStringLiteral("received"), envelope.received}});
        cursor = qint64(envelope.sequence);
    }
    return RelayResponse::json(200, {{QStringLiteral("envelopes"), items},
                                     {QStringLiteral("cursor"), cursor},
                                     {QStringLiteral("more"), envelopes->size() == std::get<qint64>(limit)}});
}

RelayResponse RelayApi::ackMailbox(const StoredToken& caller, const RelayRequest& request)
{
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const auto upTo = integerField(std::get<QJsonObject>(body), QStringLiteral("upTo"), 1);
    if (const auto* refusal = std::get_if<RelayResponse>(&upTo))
        return *refusal;
    auto deleted = m_storage.ackEnvelopes(caller.device, quint64(std::get<qint64>(upTo)));
    if (!deleted)
        return storageFailure(deleted.error());
    m_metrics.countEnvelopesDeleted(*deleted);
    return RelayResponse::json(200, {{QStringLiteral("deleted"), *deleted}});
}

} // namespace consilium::relay
