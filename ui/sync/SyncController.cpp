#include "ui/sync/SyncController.h"

#include "core/store/StoreHost.h"
#include "core/sync/LocalCase.h"
#include "core/sync/SyncProfile.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>

#include <algorithm>
#include <utility>

namespace consilium::ui {

SyncController::SyncController(store::StoreHost& host, const QUrl& relayOverride, SyncTimings timings, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_timings(timings)
{
    m_host.run(
        this,
        [this, relayOverride](store::Store& store) {
            startWorker(store, relayOverride);
            return true;
        },
        [](bool) {});
}

void SyncController::startWorker(store::Store& store, const QUrl& relayOverride)
{
    // The worker is made on the store thread, so its sockets and timers belong to that thread's
    // event loop. Its signals reach this object queued, on the GUI thread.
    delete *m_worker;
    *m_worker = new SyncWorker(store, relayOverride, m_timings);
    connect(*m_worker, &SyncWorker::statusChanged, this,
            [this](int state, int waiting, int changes, const QString& relay, const QString& detail, bool unreachable) {
                m_state = static_cast<SyncState>(state);
                m_waiting = waiting;
                m_changes = changes;
                m_relay = relay;
                m_detail = detail;
                m_unreachable = unreachable;
                Q_EMIT statusChanged();
            });
    connect(*m_worker, &SyncWorker::received, this, [this] {
        Q_EMIT received();
        enforceCacheLimit(); // new images may have pushed the cache over its limit
    });
    // Blobs the relay turned out to hold may now be evicted (own cases from before schema 6).
    connect(*m_worker, &SyncWorker::blobsConfirmed, this, [this](int count) {
        Q_EMIT blobsConfirmed(count);
        enforceCacheLimit();
    });
    connect(*m_worker, &SyncWorker::uploadProgress, this, &SyncController::uploadProgress);
    connect(*m_worker, &SyncWorker::outboxChanged, this, [this](const QList<OutboxEntry>& entries) {
        m_outbox = entries;
        Q_EMIT outboxChanged();
    });
    (*m_worker)->start();
}

std::optional<OutboxEntry> SyncController::outboxEntry(const QUuid& caseId) const
{
    for (const OutboxEntry& entry : m_outbox) {
        if (entry.caseId == caseId)
            return entry;
    }
    return std::nullopt;
}

int SyncController::pendingCases() const
{
    return int(std::count_if(m_outbox.cbegin(), m_outbox.cend(),
                             [](const OutboxEntry& entry) { return entry.state != OutboxEntry::State::Sent; }));
}

Result<void> SyncController::setRelay(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(QStringLiteral("sync"), ErrorCode::InvalidArgument,
                    tr("“%1” is not a relay address: it must look like https://relay.example.org").arg(url.toString()));
    m_host.run(
        this,
        [this, url](store::Store& store) {
            startWorker(store, url);
            return true;
        },
        [](bool) {});
    return {};
}

void SyncController::pinsNewCases(QObject* receiver, std::function<void(Result<bool>)> done)
{
    m_host.run(
        receiver,
        [](store::Store& store) -> Result<bool> {
            auto profile = sync::SyncProfile::load(store);
            if (!profile)
                return tl::unexpected(profile.error());
            return profile->pinsNewCases();
        },
        std::move(done));
}

void SyncController::setPinsNewCases(bool pin, QObject* receiver, std::function<void(Result<void>)> done)
{
    m_host.run(
        receiver,
        [pin](store::Store& store) -> Result<void> {
            auto profile = sync::SyncProfile::load(store);
            if (!profile)
                return tl::unexpected(profile.error());
            return profile->setPinsNewCases(pin);
        },
        std::move(done));
}

void SyncController::cacheSize(QObject* receiver, std::function<void(Result<qint64>)> done)
{
    m_host.run(
        receiver, [](store::Store& store) { return store.blobs().totalSize(); }, std::move(done));
}

void SyncController::cacheUsage(QObject* receiver, std::function<void(Result<store::CacheUsage>)> done)
{
    m_host.run(
        receiver, [](store::Store& store) { return store.cache().usage(); }, std::move(done));
}

void SyncController::setCacheLimit(qint64 bytes)
{
    const bool tighter = bytes > 0 && (m_cacheLimit <= 0 || bytes < m_cacheLimit);
    m_cacheLimit = std::max<qint64>(0, bytes);
    if (tighter)
        enforceCacheLimit();
}

void SyncController::setOpenCase(const QUuid& caseId)
{
    m_openCase = caseId;
}

void SyncController::enforceCacheLimit()
{
    if (m_cacheLimit <= 0)
        return;
    if (m_evicting) {
        m_evictAgain = true;
        return;
    }
    m_evicting = true;
    QSet<QUuid> keep;
    if (!m_openCase.isNull())
        keep.insert(m_openCase);
    // On the store thread: deleting files never holds up the window.
    m_host.run(
        this, [limit = m_cacheLimit, keep](store::Store& store) { return store.cache().enforce(limit, keep); },
        [this](Result<store::EvictionReport> report) {
            m_evicting = false;
            if (report)
                Q_EMIT cacheChanged(*report);
            else
                qWarning("cache eviction failed: %s", qPrintable(report.error().message));
            if (std::exchange(m_evictAgain, false))
                enforceCacheLimit();
        });
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

namespace {

/// A callback that may be called on any thread, once, and delivers its value to `done` on
/// `receiver`'s thread (a QFutureWatcher owned by the receiver, as StoreHost::run does). If the
/// store thread drops the callback uncalled (the worker went away mid-request), `done` hears so.
template <typename T>
std::function<void(T)> deliverTo(QObject* receiver, std::function<void(T)> done)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)] {
        if (watcher->future().resultCount() > 0)
            done(watcher->future().takeResult());
        else
            done(fail(QStringLiteral("sync"), ErrorCode::Cancelled,
                      SyncController::tr("The profile was locked before the relay answered.")));
        watcher->deleteLater();
    });
    auto promise = std::make_shared<QPromise<T>>();
    watcher->setFuture(promise->future());
    promise->start();
    return [promise](T value) {
        promise->addResult(std::move(value));
        promise->finish();
    };
}

} // namespace

void SyncController::createInvite(QObject* receiver, std::function<void(Result<QString>)> done)
{
    m_host.run(
        receiver,
        [](store::Store& store) -> Result<QString> {
            auto profile = sync::SyncProfile::load(store);
            if (!profile)
                return tl::unexpected(profile.error());
            auto invite = profile->createInvite(quint64(QDateTime::currentSecsSinceEpoch()));
            if (!invite)
                return tl::unexpected(invite.error());
            return invite->text();
        },
        std::move(done));
}

void SyncController::addContact(const QString& inviteCode, QObject* receiver,
                                std::function<void(Result<cases::Person>)> done)
{
    m_host.post([worker = m_worker, inviteCode, finish = deliverTo<Result<cases::Person>>(receiver, std::move(done))] {
        if (!*worker)
            return finish(fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped.")));
        (*worker)->addContact(inviteCode, finish);
    });
}

void SyncController::linkNewDevice(const QString& deviceName, QObject* receiver,
                                   std::function<void(Result<LinkedDevice>)> done)
{
    m_host.post([worker = m_worker, deviceName, finish = deliverTo<Result<LinkedDevice>>(receiver, std::move(done))] {
        if (!*worker)
            return finish(fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped.")));
        (*worker)->linkNewDevice(deviceName, [finish](Result<sync::NewDeviceLink> link) {
            if (!link)
                return finish(tl::unexpected(link.error()));
            finish(LinkedDevice{link->device.bytes(), link->file, link->code.toDisplayString(),
                                QDateTime::fromSecsSinceEpoch(qint64(link->expires)), link->sharedCases});
        });
    });
}

void SyncController::unlinkDevice(const QByteArray& device, QObject* receiver,
                                  std::function<void(Result<RemovedDevice>)> done)
{
    m_host.post([worker = m_worker, device, finish = deliverTo<Result<RemovedDevice>>(receiver, std::move(done))] {
        if (!*worker)
            return finish(fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped.")));
        (*worker)->unlinkDevice(device, [finish](Result<sync::UnlinkReport> report) {
            if (!report)
                return finish(tl::unexpected(report.error()));
            finish(RemovedDevice{report->casesRotated, report->casesSkipped});
        });
    });
}

SyncController::ImageFetcher SyncController::imageFetcher() const
{
    return [host = &m_host, worker = m_worker](const QUuid& caseId, QObject* receiver,
                                               std::function<void(int, int)> progress,
                                               std::function<void(Result<int>)> done) {
        auto finish = deliverTo<Result<int>>(receiver, std::move(done));
        QPointer<QObject> target(receiver);
        // Progress crosses to the receiver's thread queued; dropped once the receiver is gone.
        auto report = [target, progress = std::move(progress)](int fetched, int total) {
            if (target)
                QMetaObject::invokeMethod(
                    target, [progress, fetched, total] { progress(fetched, total); }, Qt::QueuedConnection);
        };
        host->post([worker, caseId, report, finish] {
            if (!*worker)
                return finish(fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped.")));
            (*worker)->refetchCase(caseId, report, finish);
        });
    };
}

void SyncController::removeGroupMember(const QUuid& groupId, const QByteArray& identity, QObject* receiver,
                                       std::function<void(Result<int>)> done)
{
    m_host.run(
        receiver,
        [worker = m_worker, groupId, identity](store::Store&) -> Result<int> {
            if (!*worker)
                return fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped."));
            return (*worker)->removeGroupMember(groupId, identity);
        },
        std::move(done));
}

void SyncController::setGroupMemberRole(const QUuid& groupId, const QByteArray& identity, cases::GroupRole role,
                                        QObject* receiver, std::function<void(Result<int>)> done)
{
    m_host.run(
        receiver,
        [worker = m_worker, groupId, identity, role](store::Store&) -> Result<int> {
            if (!*worker)
                return fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped."));
            return (*worker)->setGroupMemberRole(groupId, identity, role);
        },
        std::move(done));
}

void SyncController::addCaseMembers(const QUuid& caseId, const QList<QByteArray>& identities, QObject* receiver,
                                    std::function<void(Result<int>)> done)
{
    m_host.run(
        receiver,
        [worker = m_worker, caseId, identities](store::Store&) -> Result<int> {
            if (!*worker)
                return fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped."));
            return (*worker)->addCaseMembers(caseId, identities);
        },
        std::move(done));
}

void SyncController::removeCaseMember(const QUuid& caseId, const QByteArray& identity, QObject* receiver,
                                      std::function<void(Result<void>)> done)
{
    m_host.run(
        receiver,
        [worker = m_worker, caseId, identity](store::Store&) -> Result<void> {
            if (!*worker)
                return fail(QStringLiteral("sync"), ErrorCode::Cancelled, tr("Sync has stopped."));
            return (*worker)->removeCaseMember(caseId, identity);
        },
        std::move(done));
}

std::function<Result<QUuid>(store::Store&, const sync::CaseDraft&)> SyncController::caseWriter() const
{
    return [worker = m_worker](store::Store& store, const sync::CaseDraft& draft) -> Result<QUuid> {
        if (*worker)
            return (*worker)->publishCase(draft);
        return sync::storeCaseLocally(store, draft);
    };
}

QString SyncController::failureText() const
{
    if (m_unreachable)
        //: Why sync failed when the relay does not answer; sync resumes by itself.
        return tr("The relay cannot be reached. Check the network connection; sync resumes by itself.");
    return m_detail;
}

void SyncController::syncNow()
{
    m_host.post([worker = m_worker] {
        if (*worker)
            (*worker)->requestSync();
    });
}

} // namespace consilium::ui
