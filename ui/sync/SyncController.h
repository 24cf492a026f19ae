#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "ui/sync/SyncWorker.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace consilium::store {
class Store;
class StoreHost;
} // namespace consilium::store

namespace consilium::ui {

/// The open profile's end-to-end encrypted sync, seen from the GUI thread: starts a SyncWorker on
/// the StoreHost's thread (never blocking the GUI), mirrors its status for the indicator and says
/// when new cases or comments arrived. Destroy it before the StoreHost (it removes the worker on
/// the store thread and waits for that).
class SyncController : public QObject {
    Q_OBJECT

public:
    /// `relayOverride`: a relay URL given on the command line (stored in the profile), or empty.
    SyncController(store::StoreHost& host, const QUrl& relayOverride, SyncTimings timings = {},
                   QObject* parent = nullptr);
    ~SyncController() override;

    [[nodiscard]] SyncState state() const { return m_state; }
    /// Outbox items the relay has not accepted yet.
    [[nodiscard]] int waiting() const { return m_waiting; }
    [[nodiscard]] QString relay() const { return m_relay; }
    [[nodiscard]] QString lastError() const { return m_detail; }

    /// For CasePage::setCommentWriter: runs on the store thread and sends the comment through the
    /// engine (a local-only case keeps it local).
    [[nodiscard]] std::function<Result<QUuid>(store::Store&, const cases::Comment&)> commentWriter() const;

    /// For the publish wizard: runs on the store thread and publishes through the engine (or,
    /// without a relay, stores the case on this computer only); SyncWorker::publishCase.
    [[nodiscard]] std::function<Result<QUuid>(store::Store&, const sync::CaseDraft&)> caseWriter() const;

    /// Asks for a sync cycle now (after reconnecting, or from a menu).
    void syncNow();

Q_SIGNALS:
    void statusChanged();
    /// New envelopes were stored: reload the feed and the open case.
    void received();
    /// A blob upload advanced: `sent` of `total` bytes are on the relay.
    void uploadProgress(qint64 sent, qint64 total);

private:
    store::StoreHost& m_host;
    /// The worker lives on the store thread and this pointer is only read and written there; shared
    /// with the comment writer, which may run after this controller is gone.
    std::shared_ptr<SyncWorker*> m_worker = std::make_shared<SyncWorker*>(nullptr);
    SyncState m_state = SyncState::NotConfigured;
    int m_waiting = 0;
    QString m_relay;
    QString m_detail;
};

} // namespace consilium::ui
