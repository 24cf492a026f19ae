#include "ui/sync/OutboxTracker.h"

#include "core/store/SyncStateRepository.h"

#include <algorithm>

namespace consilium::ui {

namespace {

constexpr int kSentKept = 20; ///< the outbox view lists at most this many sent cases

} // namespace

void OutboxTracker::itemChanged(const store::OutboxItem& item, bool done)
{
    m_sendingCase = done ? QUuid() : item.caseId;
    m_itemSent = 0;
}

void OutboxTracker::idle()
{
    m_sendingCase = QUuid();
    m_itemSent = 0;
}

Result<QList<OutboxEntry>> OutboxTracker::refresh(store::SyncStateRepository& outbox)
{
    auto pending = outbox.pendingCases();
    if (!pending)
        return tl::unexpected(pending.error());
    QList<OutboxEntry> entries;
    QHash<QUuid, OutboxEntry> seen;
    for (const store::OutboxCase& value : *pending) {
        OutboxEntry entry;
        entry.caseId = value.caseId;
        entry.title = value.title;
        entry.totalBytes = std::max(m_pending.value(value.caseId).totalBytes, value.bytes);
        const qint64 current = value.caseId == m_sendingCase ? m_itemSent : 0;
        entry.sentBytes = std::min(entry.totalBytes, entry.totalBytes - value.bytes + current);
        entry.state = value.caseId == m_sendingCase ? OutboxEntry::State::Sending : OutboxEntry::State::Queued;
        entry.attempts = value.attempts;
        entry.lastError = value.lastError;
        seen.insert(value.caseId, entry);
        entries.append(entry);
    }
    // What left the outbox since the last reading was accepted by the relay.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        OutboxEntry sent = it.value();
        sent.state = OutboxEntry::State::Sent;
        sent.sentBytes = sent.totalBytes;
        sent.lastError.clear();
        m_sent.prepend(sent);
    }
    m_pending = seen;
    while (m_sent.size() > kSentKept)
        m_sent.removeLast();
    entries.append(m_sent);
    return entries;
}

} // namespace consilium::ui
