#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "core/sync/DeviceLinking.h"
#include "core/sync/SyncEngine.h"
#include "ui/sync/OutboxTracker.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {
class NetworkHttpTransport;
class RelayClient;
class SyncEngine;
class SyncProfile;
class WakeupListener;
} // namespace consilium::sync

namespace consilium::ui {

/// What the indicator shows (SyncController::state()).
enum class SyncState : int {
    NotConfigured = 0, ///< the profile has no relay
    Syncing = 1,
    Online = 2,
    Offline = 3,
    /// The relay refuses this computer: its device is not in the identity's device list (removed
    /// from another of the identity's computers, docs/protocol.md § 19.6). Retried slowly.
    Removed = 4,
};

/// Timings of the sync loop; the defaults are what users get (tests shorten them).
struct SyncTimings {
    std::chrono::milliseconds period{60000}; ///< pull this often even without a wake-up
    std::chrono::milliseconds firstRetry{1000}; ///< after a failure; doubles up to maxRetry
    std::chrono::milliseconds maxRetry{30000};
};

/// core/sync's SyncEngine for one profile, living on the StoreHost's thread (which runs an event
/// loop): the relay client and its network transport, the WebSocket wake-up listener and the
/// timers are all created there, so every callback arrives on the thread that owns the Store.
///
/// A sync cycle sends the outbox, then pulls the mailbox. Cycles run on start, on a wake-up, after
/// a local write, every `period`, and after a failure with exponential back-off; a request while
/// a cycle runs is folded into one more cycle after it. Reports go out as queued signals.
/// Thread notes: created, used and deleted on the store thread only.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    /// `relayOverride`, when valid, replaces the relay URL stored in the profile (and is stored).
    SyncWorker(store::Store& store, const QUrl& relayOverride, SyncTimings timings);
    ~SyncWorker() override;

    /// Loads the profile's sync state and starts the first cycle; NotConfigured without a relay.
    void start();
    /// Writes a comment: through the engine (sealed, queued for the case's members, then a cycle
    /// sends it) for a shared case, locally only for a case that was never shared.
    Result<QUuid> addComment(const cases::Comment& comment);
    /// Publishes a case: through the engine (sealed for its audience and queued in the outbox
    /// in one transaction, then a cycle sends it) when the profile syncs with a relay; as a
    /// private case stored on this computer only when it has none (NotConfigured).
    Result<QUuid> publishCase(const sync::CaseDraft& draft);
    /// Asks for a cycle soon.
    void requestSync();
    /// Adds the colleague an invitation code names (core/sync's SyncEngine::addContact: fetched,
    /// verified against the pinned verifier and the invitation, introduced); then a cycle sends
    /// the introduction. `done` runs on this (the store) thread.
    void addContact(const QString& inviteCode, std::function<void(Result<cases::Person>)> done);
    /// Removes a member from a group and rotates the key of every case shared with it
    /// (SyncEngine::removeGroupMember); returns how many cases rotated.
    Result<int> removeGroupMember(const QUuid& groupId, const QByteArray& identity);
    /// Gives a group member another role and records it in every case shared with the group
    /// (SyncEngine::setGroupMemberRole); returns how many cases moved to a new epoch.
    Result<int> setGroupMemberRole(const QUuid& groupId, const QByteArray& identity, cases::GroupRole role);
    /// Shares a case with more people (SyncEngine::addCaseMembers); returns how many were added.
    Result<int> addCaseMembers(const QUuid& caseId, const QList<QByteArray>& identities);
    /// Removes a person from a case: a new epoch they never get (SyncEngine::removeCaseMember).
    Result<void> removeCaseMember(const QUuid& caseId, const QByteArray& identity);
    /// Links a new device of this identity (core/sync's linkNewDevice: its keys made here, the
    /// device list published, its history queued); then a cycle sends the history. `done` runs on
    /// this (the store) thread.
    void linkNewDevice(const QString& deviceName, std::function<void(Result<sync::NewDeviceLink>)> done);
    /// Removes a device of this identity (SyncEngine::unlinkDevice: the device list published
    /// without it, cases rotated, contacts told); then a cycle sends what it queued. `done` runs
    /// on this (the store) thread.
    void unlinkDevice(const QByteArray& device, std::function<void(Result<sync::UnlinkReport>)> done);
    /// Fetches again from the relay the images of `caseId` the cache limit evicted
    /// (sync::refetchEvicted); `progress` and `done` run on this (the store) thread.
    void refetchCase(const QUuid& caseId, std::function<void(int fetched, int total)> progress,
                     std::function<void(Result<int>)> done);
    /// Why this profile cannot sync (no relay, no credential…), or empty when it can.
    [[nodiscard]] QString unavailableReason() const;

Q_SIGNALS:
    /// `waiting`: outbox items not yet accepted by the relay, `changes` of them outside any published
    /// case (comments, introductions); `detail`: the last failure.
    /// `unreachable`: the last failure was the relay not answering (core/sync isRelayUnreachable).
    void statusChanged(int state, int waiting, int changes, const QString& relay, const QString& detail,
                       bool unreachable);
    /// A pull stored `accepted` new envelopes (cases, comments, keys).
    void received(int accepted);
    /// The relay proved it holds `count` blobs not known to be there (sync::confirmBlobsOnRelay):
    /// the cache limit may now evict them.
    void blobsConfirmed(int count);
    /// A blob upload advanced: `sent` of `total` bytes are on the relay.
    void uploadProgress(qint64 sent, qint64 total);
    /// The published cases waiting in the outbox, being sent, or sent this session, with their
    /// whole-case progress (OutboxTracker).
    void outboxChanged(const QList<consilium::ui::OutboxEntry>& entries);

private:
    /// Reads the outbox again and says so (outboxChanged).
    void reportOutbox();
    void runCycle();
    void finishCycle(const std::optional<Error>& failure, int accepted);
    void report(SyncState state, const QString& detail = {}, bool unreachable = false);
    void connectWakeups();
    /// Once a session, after a successful cycle: sync::confirmBlobsOnRelay.
    void confirmBlobs();

    store::Store& m_store;
    QUrl m_relayOverride;
    SyncTimings m_timings;
    QUrl m_relay;
    std::unique_ptr<sync::NetworkHttpTransport> m_transport;
    std::unique_ptr<sync::RelayClient> m_client;
    std::unique_ptr<sync::SyncProfile> m_profile;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::WakeupListener> m_wakeups;
    QTimer m_timer; ///< the next cycle: periodic or a retry
    std::chrono::milliseconds m_retry{0};
    bool m_running = false; ///< a cycle is under way
    bool m_again = false; ///< another cycle was asked for meanwhile
    bool m_listening = false; ///< the wake-up socket is open
    bool m_blobsConfirmed = false; ///< confirmBlobs() ran (or runs) this session
    SyncState m_state = SyncState::NotConfigured;
    QString m_notConfigured; ///< why start() left the engine out
    OutboxTracker m_outbox;
};

} // namespace consilium::ui
