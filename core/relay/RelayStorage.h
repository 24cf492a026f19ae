#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace consilium::relay {

/// A registered identity as the relay keeps it: public keys and signed structures only.
struct StoredIdentity {
    QByteArray identityKey; ///< 32 bytes (Ed25519)
    QByteArray credential; ///< the encoded credential (docs/protocol.md § 5.1)
    QByteArray deviceList; ///< the newest encoded device list entry (§ 7.3)
    quint64 deviceListSequence = 0;
};

/// An outstanding authentication challenge.
struct StoredChallenge {
    QByteArray device;
    qint64 expires = 0; ///< seconds since the epoch
};

/// What a bearer token stands for. The token itself is never stored, only its hash.
struct StoredToken {
    QByteArray device;
    QByteArray identity;
    qint64 expires = 0;
};

/// A blob upload in progress. Bytes arrive in order: `received` is where the next chunk goes.
struct UploadState {
    QString id; ///< random, 32 hex digits
    QByteArray identity; ///< owner (quotas, and only the owner may continue it)
    qint64 size = 0; ///< announced total size
    qint64 received = 0; ///< bytes durably stored so far
};

/// A committed blob, addressed by the BLAKE2b-256 of its bytes (docs/protocol.md § 3.2).
struct BlobInfo {
    QByteArray hash; ///< 32 bytes
    qint64 size = 0;
};

/// One envelope to store in one device's mailbox.
struct OutgoingEnvelope {
    QByteArray mailbox; ///< the recipient device key (32 bytes)
    QByteArray data; ///< opaque ciphertext
};

/// One stored envelope.
struct StoredEnvelope {
    quint64 sequence = 0; ///< per mailbox, strictly increasing, never reused
    QByteArray data;
    qint64 received = 0;
};

/// An identity's recovery-key backup (docs/protocol.md § 14.3), opaque to the relay.
struct StoredKeyBackup {
    QByteArray identity; ///< 32 bytes
    QByteArray locator; ///< 32 bytes, derived from the recovery key
    QByteArray backup;
    qint64 updated = 0;
};

/// Everything the relay keeps. Every method is one transaction: it either happens completely or
/// leaves the state as it was. Failures are values; ErrorCode::AlreadyExists means a conflict
/// with the stored state (the caller turns it into 409), NotFound a missing row, IoError/Internal
/// a storage failure (500).
///
/// The embedded implementation is SqliteRelayStorage (one process); a PostgreSQL one lets several
/// relay processes share a database, which is why every "check then write" the API needs (device
/// list successor, quota, upload offset) is passed down as an expected value and checked inside
/// the storage's transaction rather than read first and written later.
/// Thread notes: an instance is used from one thread.
class RelayStorage {
public:
    virtual ~RelayStorage() = default;

    // Identities and devices ---------------------------------------------------------------
    virtual Result<std::optional<StoredIdentity>> identity(const QByteArray& identityKey) = 0;
    /// Every device list entry of the identity, sequence 1 first.
    virtual Result<QList<QByteArray>> deviceListHistory(const QByteArray& identityKey) = 0;
    /// Registers a new identity with its credential and verified device list history (sequence 1
    /// first; `identity.deviceList` is its last entry). AlreadyExists if the identity exists or a
    /// device of the current list belongs to another identity.
    virtual Result<void> createIdentity(const StoredIdentity& identity, const QList<QByteArray>& history,
                                        const QList<QByteArray>& devices) = 0;
    /// Replaces the credential of an existing identity (renewal).
    virtual Result<void> replaceCredential(const QByteArray& identityKey, const QByteArray& credential) = 0;
    /// Appends a device list entry if the stored newest entry still has `expectedSequence`
    /// (AlreadyExists otherwise); the identity's devices become exactly `devices`.
    virtual Result<void> appendDeviceList(const QByteArray& identityKey, quint64 expectedSequence,
                                          const QByteArray& entry, quint64 sequence,
                                          const QList<QByteArray>& devices) = 0;
    /// The identity whose current device list holds `device`.
    virtual Result<std::optional<QByteArray>> identityOfDevice(const QByteArray& device) = 0;

    // Challenges and tokens ----------------------------------------------------------------
    virtual Result<void> putChallenge(const QByteArray& challenge, const StoredChallenge& value) = 0;
    /// Removes and returns the challenge: a challenge answers at most once.
    virtual Result<std::optional<StoredChallenge>> takeChallenge(const QByteArray& challenge) = 0;
    virtual Result<void> putToken(const QByteArray& tokenHash, const StoredToken& value) = 0;
    virtual Result<std::optional<StoredToken>> token(const QByteArray& tokenHash) = 0;
    /// Drops challenges and tokens that expired before `now`.
    virtual Result<void> purgeExpired(qint64 now) = 0;

    // Blobs --------------------------------------------------------------------------------
    /// Starts an upload if the owner's committed blobs plus open uploads plus `size` stay within
    /// `quotaBytes` (PermissionDenied "quota" otherwise).
    virtual Result<UploadState> createUpload(const QByteArray& identity, qint64 size, qint64 quotaBytes,
                                             qint64 now) = 0;
    virtual Result<std::optional<UploadState>> upload(const QString& uploadId) = 0;
    /// Stores `bytes` at `offset`, which must equal the upload's `received` (AlreadyExists
    /// otherwise); returns the new state once the bytes are durable.
    virtual Result<UploadState> writeChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes) = 0;
    /// Recomputes the BLAKE2b-256 of the complete upload; if it equals `expectedHash` the blob
    /// is stored and the upload removed. A different hash is Malformed and changes nothing.
    virtual Result<BlobInfo> commitUpload(const QString& uploadId, const QByteArray& expectedHash) = 0;
    virtual Result<std::optional<BlobInfo>> blob(const QByteArray& hash) = 0;
    /// `length` bytes of a committed blob from `offset` (the caller checked the range).
    virtual Result<QByteArray> readBlob(const QByteArray& hash, qint64 offset, qint64 length) = 0;

    // Mailboxes ----------------------------------------------------------------------------
    /// Stores all envelopes or none; returns their sequence numbers in order. Fails with
    /// PermissionDenied "mailbox full" when a mailbox would exceed `maxPerMailbox` envelopes.
    virtual Result<QList<quint64>> postEnvelopes(const QList<OutgoingEnvelope>& envelopes, qint64 maxPerMailbox,
                                                 qint64 now) = 0;
    /// Up to `limit` envelopes of `mailbox` with sequence > `after`, oldest first.
    virtual Result<QList<StoredEnvelope>> fetchEnvelopes(const QByteArray& mailbox, quint64 after, int limit) = 0;
    /// Deletes the envelopes of `mailbox` with sequence ≤ `upTo`; returns how many.
    virtual Result<qint64> ackEnvelopes(const QByteArray& mailbox, quint64 upTo) = 0;

    // Key backups --------------------------------------------------------------------------
    /// Stores the identity's one key backup, replacing its previous one (and so its locator).
    /// AlreadyExists if another identity's backup has this locator.
    virtual Result<void> putKeyBackup(const StoredKeyBackup& backup) = 0;
    virtual Result<std::optional<StoredKeyBackup>> keyBackup(const QByteArray& locator) = 0;

    // Wake-ups ----------------------------------------------------------------------------
    /// True when the storage itself tells every relay process sharing it about stored envelopes
    /// (PostgreSQL LISTEN/NOTIFY), through the listener below, including the process that
    /// stored them. False (the embedded storage): RelayApi wakes its own clients directly.
    [[nodiscard]] virtual bool announcesEnvelopes() const { return false; }
    /// Called, on the storage's thread, with the mailboxes that received envelopes.
    // NOLINTNEXTLINE(performance-unnecessary-value-param): a sink; implementations keep the listener
    virtual void setEnvelopeListener(std::function<void(const QList<QByteArray>&)> /*listener*/) {}
};

} // namespace consilium::relay
