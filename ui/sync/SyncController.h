#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "core/store/CacheEviction.h"
#include "ui/sync/SyncWorker.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace consilium::store {
class Store;
class StoreHost;
} // namespace consilium::store

namespace consilium::ui {

/// A device removed from this identity (SyncController::unlinkDevice).
struct RemovedDevice {
    int casesRotated = 0; ///< cases moved to a key the device never gets
    int casesSkipped = 0; ///< cases this device could not change (never shared with it)
};

/// A new device linked from this one (SyncController::linkNewDevice): what the user carries to it.
struct LinkedDevice {
    QByteArray deviceId; ///< the new device's key
    QByteArray file; ///< the sealed hand-over, to be saved owner-only
    QString code; ///< the one-time code, as shown ("XXXX-XXXX-…"); never stored
    QDateTime expires;
    int sharedCases = 0; ///< cases whose history is on its way to the device
};

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
    /// Outbox items the relay has not accepted yet (internal: a case is several items).
    [[nodiscard]] int waiting() const { return m_waiting; }
    /// Of those, the ones outside any published case: comments, introductions, key rotations.
    /// With pendingCases(), what the status bar counts.
    [[nodiscard]] int waitingChanges() const { return m_changes; }
    [[nodiscard]] QString relay() const { return m_relay; }
    [[nodiscard]] QString lastError() const { return m_detail; }
    /// Whether the last failure was the relay not answering (rather than refusing or erring).
    [[nodiscard]] bool relayUnreachable() const { return m_unreachable; }
    /// The last failure in words the user acts on, translated: the relay not answering is said
    /// plainly; anything else is lastError() as it is.
    [[nodiscard]] QString failureText() const;
    /// Published cases in the outbox, being sent or sent this session (whole-case progress).
    [[nodiscard]] const QList<OutboxEntry>& outbox() const { return m_outbox; }
    /// The outbox entry of one case, if it is there.
    [[nodiscard]] std::optional<OutboxEntry> outboxEntry(const QUuid& caseId) const;
    /// Cases still to send (queued or sending).
    [[nodiscard]] int pendingCases() const;

    /// For CasePage::setCommentWriter: runs on the store thread and sends the comment through the
    /// engine (a local-only case keeps it local).
    [[nodiscard]] std::function<Result<QUuid>(store::Store&, const cases::Comment&)> commentWriter() const;

    /// For the publish wizard: runs on the store thread and publishes through the engine (or,
    /// without a relay, stores the case on this computer only); SyncWorker::publishCase.
    [[nodiscard]] std::function<Result<QUuid>(store::Store&, const sync::CaseDraft&)> caseWriter() const;

    /// Asks for a sync cycle now (after reconnecting, or from a menu).
    void syncNow();

    // Contacts and groups through the engine on the store thread (the same core/sync calls as
    // `consilium-cli sync`). Each `done` runs later on `receiver`'s thread, not at all if
    // `receiver` is gone by then.

    /// This profile's invitation code (valid 14 days), or why there is none (no relay yet).
    void createInvite(QObject* receiver, std::function<void(Result<QString>)> done);
    /// Adds the colleague an invitation code names: fetched from the relay, verified, introduced.
    void addContact(const QString& inviteCode, QObject* receiver, std::function<void(Result<cases::Person>)> done);
    /// Links a new device of this identity (issue 8): its keys made here, the signed device list
    /// extended at the relay, its history queued and sent, and the hand-over sealed under a fresh
    /// one-time code (docs/protocol.md § 19.5.1). `deviceName` labels it in this profile.
    void linkNewDevice(const QString& deviceName, QObject* receiver, std::function<void(Result<LinkedDevice>)> done);
    /// Removes a device of this identity (a lost, stolen or retired computer; docs/protocol.md
    /// § 19.6): the signed device list without it at the relay, which then refuses it, every case
    /// moved to a key it never gets, contacts told; then a cycle sends it. `device` is its key.
    void unlinkDevice(const QByteArray& device, QObject* receiver, std::function<void(Result<RemovedDevice>)> done);
    /// Points this profile at another relay (stored in the profile) and restarts sync with it.
    /// Fails at once for anything but an http(s) URL with a host.
    Result<void> setRelay(const QUrl& url);
    /// Whether received cases are kept offline as they arrive (stored in the profile).
    void pinsNewCases(QObject* receiver, std::function<void(Result<bool>)> done);
    void setPinsNewCases(bool pin, QObject* receiver, std::function<void(Result<void>)> done);
    /// Bytes of encrypted images and layers in the profile's cache (its blob folder).
    void cacheSize(QObject* receiver, std::function<void(Result<qint64>)> done);
    /// What the cache holds: on disk, of which pinned, and what was evicted.
    void cacheUsage(QObject* receiver, std::function<void(Result<store::CacheUsage>)> done);

    /// The cache size limit in bytes (0: none), from Settings › Sync. A lower limit than before
    /// is enforced at once; after that after every sync that brought something.
    void setCacheLimit(qint64 bytes);
    [[nodiscard]] qint64 cacheLimit() const { return m_cacheLimit; }
    /// The case open on the case page: never evicted while it is (null: none).
    void setOpenCase(const QUuid& caseId);
    /// Evicts least recently used cases' images on the store thread until the cache is under the
    /// limit (store::CacheEviction); cacheChanged() when done.
    void enforceCacheLimit();

    /// Fetches again the images of `caseId` the cache limit evicted. `progress(fetched, total)`
    /// and `done` run on `receiver`'s thread (not at all once it is gone).
    using ImageFetcher =
        std::function<void(const QUuid& caseId, QObject* receiver, std::function<void(int fetched, int total)> progress,
                           std::function<void(Result<int>)> done)>;
    /// For CasePage::setImageFetcher (stays safe to call after this controller is gone).
    [[nodiscard]] ImageFetcher imageFetcher() const;
    /// Removes a group member; the cases shared with the group move to a new key epoch.
    void removeGroupMember(const QUuid& groupId, const QByteArray& identity, QObject* receiver,
                           std::function<void(Result<int>)> done);
    /// Gives a group member another role; the cases shared with the group record it in a new key
    /// epoch. `done` (how many cases) runs on `receiver`'s thread.
    void setGroupMemberRole(const QUuid& groupId, const QByteArray& identity, cases::GroupRole role, QObject* receiver,
                            std::function<void(Result<int>)> done);
    /// Shares a case with more people (they get its history and what follows); `done` (how many
    /// were added) runs on `receiver`'s thread.
    void addCaseMembers(const QUuid& caseId, const QList<QByteArray>& identities, QObject* receiver,
                        std::function<void(Result<int>)> done);
    /// Removes a person from a case: it moves to a new key epoch they never get.
    void removeCaseMember(const QUuid& caseId, const QByteArray& identity, QObject* receiver,
                          std::function<void(Result<void>)> done);

Q_SIGNALS:
    void statusChanged();
    /// New envelopes were stored: reload the feed and the open case.
    void received();
    /// A blob upload advanced: `sent` of `total` bytes are on the relay.
    void uploadProgress(qint64 sent, qint64 total);
    /// outbox() changed.
    void outboxChanged();
    /// An eviction pass ran (`report.blobs` may be 0): the cache's usage may have changed.
    void cacheChanged(const consilium::store::EvictionReport& report);
    /// The relay proved it holds `count` more of this profile's blobs (own cases uploaded before
    /// store schema 6, see sync::confirmBlobsOnRelay); the cache limit was applied again.
    void blobsConfirmed(int count);

private:
    /// On the store thread: replaces the worker by a new one for `relayOverride` and starts it.
    void startWorker(store::Store& store, const QUrl& relayOverride);

    store::StoreHost& m_host;
    SyncTimings m_timings;
    /// The worker lives on the store thread and this pointer is only read and written there; shared
    /// with the comment writer, which may run after this controller is gone.
    std::shared_ptr<SyncWorker*> m_worker = std::make_shared<SyncWorker*>(nullptr);
    SyncState m_state = SyncState::NotConfigured;
    int m_waiting = 0;
    int m_changes = 0;
    QString m_relay;
    QString m_detail;
    bool m_unreachable = false;
    QList<OutboxEntry> m_outbox;
    qint64 m_cacheLimit = 0;
    QUuid m_openCase;
    bool m_evicting = false; ///< a pass is under way; another is run after it if asked
    bool m_evictAgain = false;
};

} // namespace consilium::ui
