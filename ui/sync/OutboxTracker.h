#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <algorithm>

namespace consilium::store {
class SyncStateRepository;
struct OutboxItem;
} // namespace consilium::store

namespace consilium::ui {

/// One published case's way to the relay, as the outbox view and the publish page show it: all
/// its blobs and objects counted together.
struct OutboxEntry {
    enum class State : int {
        Queued = 0, ///< waiting: offline, or behind another case
        Sending = 1, ///< its items are going out now
        Sent = 2, ///< the relay accepted everything (kept for this session only)
    };
    QUuid caseId;
    QString title;
    State state = State::Queued;
    qint64 sentBytes = 0;
    qint64 totalBytes = 0;
    int attempts = 0; ///< failed attempts so far
    QString lastError;

    /// Per mille, for a progress bar (1000 when there is nothing to send).
    [[nodiscard]] int perMille() const
    {
        return totalBytes <= 0 ? 1000 : int(std::min<qint64>(1000, sentBytes * 1000 / totalBytes));
    }
};

/// Turns the outbox's rows (SyncStateRepository::pendingCases) and the item being sent into
/// whole-case progress. A case's total is what was pending when it was first seen, so the bytes
/// already on the relay count as sent; a case that leaves the outbox becomes Sent.
/// Thread notes: used on the store thread only (SyncWorker).
class OutboxTracker {
public:
    /// An outbox item starts (`done` false) or has been accepted (`done` true).
    void itemChanged(const store::OutboxItem& item, bool done);
    /// Bytes of the current item the relay holds.
    void itemProgress(qint64 sent) { m_itemSent = sent; }
    /// The cycle ended: nothing is being sent.
    void idle();
    /// Reads the outbox again and answers every case in it, then the cases sent this session.
    Result<QList<OutboxEntry>> refresh(store::SyncStateRepository& outbox);

private:
    QHash<QUuid, OutboxEntry> m_pending; ///< the last reading: each pending case with its whole size
    QList<OutboxEntry> m_sent; ///< newest first
    QUuid m_sendingCase;
    qint64 m_itemSent = 0;
};

} // namespace consilium::ui

Q_DECLARE_METATYPE(consilium::ui::OutboxEntry)
