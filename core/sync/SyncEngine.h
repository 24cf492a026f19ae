#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/SyncStateRepository.h"
#include "core/sync/BlobTransfer.h"
#include "core/sync/RelayClient.h"
#include "core/sync/SyncFormats.h"
#include "core/sync/SyncProfile.h"

#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace consilium::sync {

/// A case to publish: its text, its files (encrypted into the store, then uploaded) and who
/// may read it (docs/protocol.md § 19).
struct CaseDraft {
    QString title;
    QString clinicalQuestion;
    QString history;
    QString findings;
    QString specialty;
    QStringList tags;
    struct File {
        QString path;
        QString label;
        store::AttachmentKind kind = store::AttachmentKind::Dicom;
    };
    QList<File> files;
    QList<crypto::SigningPublicKey> recipients; ///< identities (the author's own devices are added)
    std::optional<QUuid> groupId; ///< a group audience: its members are the recipients
};

/// What one pull did.
struct PullReport {
    int envelopes = 0;
    int accepted = 0;
    int duplicates = 0;
    QStringList rejections; ///< "envelope N: reason", one per refused envelope
};

/// What unlinkDevice() did.
struct UnlinkReport {
    quint64 deviceListSequence = 0; ///< the published entry without the device
    int casesRotated = 0; ///< cases that moved to an epoch whose key the device never gets
    int casesSkipped = 0; ///< cases this device cannot change (not admitted to it yet)
    int devicesTold = 0; ///< contact and own devices sent the new device list entry
};

/// Outbox item kinds (SyncStateRepository's outbox).
enum class OutboxKind : int {
    UploadBlob = 1, ///< payload: the local blob's uuid (16 bytes)
    Envelopes = 2, ///< payload: CBOR [[mailbox, data]...], posted in batches
};

/// Client sync over one profile's Store and one RelayClient (docs/protocol.md §§ 17, 19).
///
/// Writes are local first: publishCase(), addComment(), removeGroupMember() and
/// setGroupMemberRole() seal everything
/// and queue it in the store's outbox in one transaction, then flush() sends the queue in
/// order (blob uploads resumable, envelopes in batches), retrying transient failures. Object ids
/// make redelivery harmless: a recipient's ReplayGuard recognises what it accepted.
///
/// pull() fetches the device's mailbox after the stored cursor and handles each envelope in
/// order — verify (pinned verifier → credential → device list → device, signature, replay and
/// rollback) → decrypt → store — committing its effects together with the new cursor, and
/// acknowledges to the relay only what is committed. A refused envelope is recorded with its
/// reason and skipped. A crash at any point therefore neither loses nor duplicates anything.
///
/// Thread notes: on the store's thread, which must run an event loop (callbacks arrive there).
class SyncEngine {
public:
    SyncEngine(SyncProfile profile, RelayClient& client, RetryPolicy policy = {});

    void registerDevice(Callback<Registration> done);
    /// Fetches and verifies the identity's credential and device list, makes it a contact and
    /// queues this device's encryption key certificate to its devices (an introduction).
    void addContact(const crypto::SigningPublicKey& identity, std::function<void(Result<VerifiedIdentity>)> done);
    /// The same for the identity an invitation names (already parsed, so signed and unexpired),
    /// refusing it unless the relay's device list history holds the entry the invitation pins
    /// (a relay showing an older or a different list is caught) — what the app and
    /// `consilium-cli sync add-contact` do with a pasted code.
    void addContact(const crypto::InviteCode& invite, std::function<void(Result<VerifiedIdentity>)> done);

    Result<QUuid> publishCase(const CaseDraft& draft);
    Result<QUuid> addComment(const QUuid& caseId, const QString& text, const QUuid& parentId = {});
    /// Removes `identity` from the group and from every case this profile published to it: a new
    /// epoch whose key goes to the remaining member devices only. Returns how many cases rotated.
    Result<int> removeGroupMember(const QUuid& groupId, const crypto::SigningPublicKey& identity);
    /// Gives a group member another role (SyncGroups.cpp): stored in the group, so cases published
    /// to it afterwards add them with that role, and appended as a set-role event (a new epoch,
    /// its key wrapped to every member device) to every case this profile published to the group
    /// where they are a member — except this profile's own entry: the author stays the owner of
    /// their cases. Refuses an unknown group, a non-member and demoting the group's last owner.
    /// Returns how many cases moved to a new epoch (0 when the role does not change).
    Result<int> setGroupMemberRole(const QUuid& groupId, const crypto::SigningPublicKey& identity,
                                   cases::GroupRole role);

    /// Shares a case this profile already shared with more people (SyncCaseMembers.cpp): one add
    /// event per identity (as members) and a new epoch whose key every member device gets, after
    /// the new members' devices were sent every epoch key held here and every stored object of the
    /// case, as shareHistory() sends them to a linked device. Only the case's owners and admins
    /// may; each identity must be a contact whose devices' keys are known. Identities already
    /// members (and this profile's) are skipped. Returns how many were added. The caller flushes.
    Result<int> addCaseMembers(const QUuid& caseId, const QList<crypto::SigningPublicKey>& identities);
    /// Removes `identity` from a case (SyncCaseMembers.cpp): a remove event and a new epoch whose
    /// key only the remaining member devices get, so that nothing written afterwards reaches the
    /// removed member (what they downloaded before stays with them). Only owners and admins may;
    /// neither an owner nor this profile can be removed this way. The caller flushes.
    Result<void> removeCaseMember(const QUuid& caseId, const crypto::SigningPublicKey& identity);

    /// Device linking (docs/protocol.md § 19.5), on a device of this identity: publishes the next
    /// device list with `device` added (after catching up with the relay's list; a device listed
    /// already is not an error). Answers the device list's sequence number.
    void linkDevice(const crypto::SigningPublicKey& device, std::function<void(Result<quint64>)> done);
    /// Device linking, on the new device (a profile made with the same identity key): adopts the
    /// identity's device list from the relay, which must list this device, and queues this
    /// device's encryption key certificate to the identity's other devices.
    void joinIdentity(std::function<void(Result<VerifiedIdentity>)> done);
    /// Device removal (docs/protocol.md § 19.6), on another device of this identity: catches up
    /// with the relay's device list, publishes the next entry without `device` (the relay then
    /// refuses its token), and in one transaction queues, for every case this identity is a
    /// member of whose membership lists the device, a set-devices event without it (a new epoch
    /// whose key only the remaining devices get), and the new entry to every device of every
    /// contact and fellow member and to this identity's other devices, so that they stop
    /// encrypting to it. Refuses this very device and the last device. A run that published and
    /// stopped before the rest is completed by running it again. The caller flushes.
    void unlinkDevice(const crypto::SigningPublicKey& device, std::function<void(Result<UnlinkReport>)> done);
    /// History for a linked device: queues to `device` (of this identity, introduced, so that its
    /// encryption key is known) this device's encryption key certificate, every epoch key held
    /// here re-wrapped to it, and every stored object of every case this identity is a member
    /// of, verbatim and in the order it was accepted here — signed by their authors, so the new
    /// device verifies them as this one did. Returns how many cases.
    Result<int> shareHistory(const crypto::SigningPublicKey& device);

    /// Sends a pending key backup (§ 14.3), then the outbox in order; stops at the first
    /// failure (kept for the next flush).
    void flush(std::function<void(Result<int>)> done);
    void pull(std::function<void(Result<PullReport>)> done);

    /// Test hook: called after each envelope's effects are committed, before the next one.
    void setAfterCommitHook(std::function<void(quint64 sequence)> hook) { m_afterCommit = std::move(hook); }
    /// Test hook: upload progress (bytes the relay holds).
    void setUploadProgressHook(std::function<void(qint64 sent, qint64 total)> hook)
    {
        m_uploadProgress = std::move(hook);
    }

    /// Called as flush() starts each outbox item (`done` false) and once the relay accepted it
    /// (`done` true; it has left the outbox): the app's whole-case progress and outbox list.
    void setOutboxItemHook(std::function<void(const store::OutboxItem& item, bool done)> hook)
    {
        m_outboxItem = std::move(hook);
    }

    [[nodiscard]] SyncProfile& profile() { return m_profile; }

private:
    struct PullRun;
    struct FlushRun;

    Result<QByteArray> seal(crypto::ObjectType type, const QByteArray& caseId, quint64 epoch,
                            const crypto::SecretBytes& key, const QByteArray& plaintext,
                            QByteArray* objectId = nullptr);
    void addContactChecked(const crypto::SigningPublicKey& identity, std::optional<crypto::InviteDetails> invite,
                           std::function<void(Result<VerifiedIdentity>)> done);
    Result<void> enqueueEnvelopes(const QList<OutgoingEnvelope>& envelopes, const QUuid& caseId = {});
    Result<QList<crypto::MemberDevice>> otherDevices(const crypto::MembershipState& state) const;
    /// For every member device but this one: `key` (epoch `epoch`) wrapped to it, then each of
    /// `objects` (sealed under that key), in that order, so the receiver can open them.
    Result<QList<OutgoingEnvelope>> keyAndObjectsToMembers(const crypto::MembershipState& state,
                                                           const QByteArray& caseId, quint64 epoch,
                                                           const crypto::SecretBytes& key,
                                                           const QList<QByteArray>& objects) const;
    /// A membership change by this device, with the rotation it requires (§ 11.3): the event is
    /// signed, applied to `state` and appended to `log` (both stored), a fresh epoch key is kept,
    /// and the log is sealed under it; the case row follows the epoch. Returns, for every other
    /// member device after the change, the key wrap and the sealed log, for the caller to send.
    /// Call inside the caller's transaction.
    Result<QList<OutgoingEnvelope>> rotateEpoch(const QByteArray& caseId, crypto::MembershipState& state,
                                                QList<QByteArray>& log, const crypto::MembershipChange& change)
    {
        return rotateEpoch(caseId, state, log, QList<crypto::MembershipChange>{change});
    }
    /// The same for several changes in a row (one event and epoch each), with one fresh key for
    /// the last epoch only, as publishCase() does for the first members.
    Result<QList<OutgoingEnvelope>> rotateEpoch(const QByteArray& caseId, crypto::MembershipState& state,
                                                QList<QByteArray>& log, const QList<crypto::MembershipChange>& changes);
    /// For one device that joins a case (a linked device, a new member): every epoch key of the
    /// case held here up to `lastEpoch`, wrapped to it, then every stored object of the case,
    /// verbatim, in the order it was accepted here (signed by their authors, so the device
    /// verifies them as this one did). Send them before the event that admits the device: its
    /// replay guard takes each author's objects in order only.
    Result<QList<OutgoingEnvelope>> caseHistoryTo(const QByteArray& caseId, quint64 lastEpoch,
                                                  const crypto::MemberDevice& device);
    /// Whether this device was a member of the case at every epoch whose key it holds (`log` is
    /// the case's membership log): only then can it hand a newcomer the case's history.
    Result<bool> sawWholeCase(const QByteArray& caseId, const QList<QByteArray>& log);
    /// Removes `identity` from one case by a remove event and a rotation, queued for sending;
    /// false when it is no member there (or the case is unknown). Call inside a transaction.
    Result<bool> removeFromCase(const QByteArray& caseId, const crypto::SigningPublicKey& identity);
    QByteArray envelope(EnvelopeKind kind, const QByteArray& body) const;
    /// Fetches this identity's record from the relay and accepts its device lists (another device
    /// may have changed them; an earlier run may have published an entry and stopped before
    /// recording it), in one transaction. For linkDevice() and unlinkDevice().
    void catchUpOwnDeviceList(std::function<void(Result<void>)> then);
    /// unlinkDevice()'s local half, once the relay holds the entry without `device`.
    Result<UnlinkReport> finishUnlink(const crypto::SigningPublicKey& device);
    /// A device list envelope (§ 19.6): refreshes the sender's list from the relay when it
    /// announces a newer entry. Calls exactly one of `accepted` (true: changed) or `refused`.
    void applyDeviceListNotice(const Envelope& envelope, quint64 sequence, std::function<void(Result<bool>)> done);
    /// The ids (16 bytes each) of the cases this profile published to a group.
    Result<QList<QByteArray>> groupCases(const QUuid& groupId);

    void flushOutbox(std::function<void(Result<int>)> done);
    void flushNext(std::shared_ptr<FlushRun> run);
    void fetchPage(std::shared_ptr<PullRun> run);
    void processEnvelope(std::shared_ptr<PullRun> run, qsizetype index);
    void ensureIdentity(const crypto::SigningPublicKey& identity, const crypto::SigningPublicKey& device,
                        std::function<void(Result<VerifiedIdentity>)> done);
    void downloadAttachments(std::shared_ptr<PullRun> run, qsizetype index, QByteArray caseId,
                             QList<ManifestAttachment> pending, QStringList staged,
                             std::function<void(Result<QStringList>)> done);
    /// Applies one envelope's effects; an Error means "refuse it" unless its domain is "store".
    Result<bool> apply(const Envelope& envelope, const QStringList& staged);
    Result<bool> applyObject(const Envelope& envelope, const QStringList& staged);
    Result<void> finishEnvelope(quint64 sequence, const std::optional<QString>& rejection);

    SyncProfile m_profile;
    RelayClient& m_client;
    RetryPolicy m_policy;
    std::function<void(quint64)> m_afterCommit;
    std::function<void(qint64, qint64)> m_uploadProgress;
    std::function<void(const store::OutboxItem&, bool)> m_outboxItem;
};

} // namespace consilium::sync
