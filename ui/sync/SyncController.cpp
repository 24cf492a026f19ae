#include "ui/sync/SyncController.h"

#include "core/store/StoreHost.h"
#include "core/sync/LocalCase.h"

namespace consilium::ui {

SyncController::SyncController(store::StoreHost& host, const QUrl& relayOverride, SyncTimings timings, QObject* parent)
    : QObject(parent)
    , m_host(host)
{
    // The worker is made on the store thread, so its sockets and timers belong to that thread's
    // event loop. Its signals reach this object queued, on the GUI thread.
    m_host.run(
        this,
        [this, worker = m_worker, relayOverride, timings](store::Store& store) {
            *worker = new SyncWorker(store, relayOverride, timings);
            connect(*worker, &SyncWorker::statusChanged, this,
                    [this](int state, int waiting, const QString& relay, const QString& detail) {
                        m_state = static_cast<SyncState>(state);
                        m_waiting = waiting;
                        m_relay = relay;
                        m_detail = detail;
                        Q_EMIT statusChanged();
                    });
            connect(*worker, &SyncWorker::received, this, &SyncController::received);
            connect(*worker, &SyncWorker::uploadProgress, this, &SyncController::uploadProgress);
            (*worker)->start();
            return true;
        },
        [](bool) {});
}

SyncController::~SyncController()
{
    // Queued after the creation above, so the worker exists by then. Waiting is short: deleting
    // the worker drops its network requests without waiting for them.
    m_host.post([worker = m_worker] {
        delete *worker;
        *worker = nullptr;
    });
    m_host.waitForIdle();
}

std::function<Result<QUuid>(store::Store&, const cases::Comment&)> SyncController::commentWriter() const
{
    return [worker = m_worker](store::Store& store, const cases::Comment& comment) -> Result<QUuid> {
        if (*worker)
            return (*worker)->addComment(comment);
        if (auto added = store.comments().add(comment); !added)
            return tl::unexpected(added.error());
        return comment.id;
    };
}

std::function<Result<QUuid>(store::Store&, const sync::CaseDraft&)> SyncController::caseWriter() const
{
    return [worker = m_worker](store::Store& store, const sync::CaseDraft& draft) -> Result<QUuid> {
        if (*worker)
            return (*worker)->publishCase(draft);
        return sync::storeCaseLocally(store, draft);
    };
}

void SyncController::syncNow()
{
    m_host.post([worker = m_worker] {
        if (*worker)
            (*worker)->requestSync();
    });
}

} // namespace consilium::ui
