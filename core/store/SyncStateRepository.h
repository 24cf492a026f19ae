#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// A sealed object as received or sent: kept verbatim (ciphertext and signature) so it can be
/// re-verified, re-served to a new device, and never needs the relay again.
struct StoredObject {
    QUuid id;
    QUuid caseId;
    int type = 0;
    QByteArray authorDevice;
    qint64 sequence = 0;
    int epoch = 0;
    QByteArray sealed;
};

/// Something to send to the relay, kept until the relay acknowledged it (crash-safe outbox).
struct OutboxItem {
    qint64 id = 0;
    int kind = 0;
    QByteArray payload;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QUuid caseId; ///< the case it publishes or belongs to; null for contact introductions
    qint64 size = 0; ///< bytes it sends (a blob's ciphertext, a batch's payload)
};

/// A key backup and the locator the relay keeps it under (§ 14.3).
struct PendingKeyBackup {
    QByteArray locator; ///< 32 bytes
    QByteArray backup;
    bool operator==(const PendingKeyBackup&) const = default;
};

/// What the outbox still holds for one case (SyncStateRepository::pendingCases).
struct OutboxCase {
    QUuid caseId;
    QString title; ///< the case's title, empty when the case is not in the store
    int items = 0;
    qint64 bytes = 0; ///< still to send
    int attempts = 0; ///< failed attempts of its most tried item
    QString lastError; ///< why the last attempt failed, if one did
};

/// Sync bookkeeping: sealed objects, the outbox and per-mailbox inbox cursors.
/// Not thread-safe (like its SqlDatabase).
class SyncStateRepository
{
public:
    explicit SyncStateRepository(SqlDatabase& db) : m_db(db) { }

    /// Stores an object once; returns false when it was already stored (a duplicate delivery).
    Result<bool> putObject(const StoredObject& object, const QDateTime& receivedAt);
    enum class ObjectOrder {
        EpochSequence, ///< by epoch, then sequence
        Arrival, ///< as stored: the order this profile accepted them, which a new device can replay
    };
    Result<QList<StoredObject>> objectsOfCase(const QUuid& caseId, ObjectOrder order = ObjectOrder::EpochSequence);

    /// Queues an item; `size` < 0 counts the payload's bytes.
    Result<qint64> enqueue(int kind, const QByteArray& payload, const QDateTime& notBefore, const QUuid& caseId = {},
                           qint64 size = -1);
    /// Items whose next attempt is due, oldest first.
    Result<QList<OutboxItem>> due(const QDateTime& now, int limit = 100);
    Result<void> recordFailure(qint64 id, const QString& error, const QDateTime& retryAt);
    Result<void> remove(qint64 id);
    Result<int> outboxSize();
    /// Outbox items that belong to no published case (comments, introductions, key rotations).
    Result<int> outboxSizeOutsideCases();
    /// The outbox by case, in the order the cases will be sent (items without a case left out).
    Result<QList<OutboxCase>> pendingCases();

    Result<std::optional<QString>> inboxCursor(const QString& mailbox);
    Result<void> setInboxCursor(const QString& mailbox, const QString& cursor);

    /// core/sync's named values (epoch keys, membership logs, the replay guard...): nullopt when
    /// unset. They live inside the encrypted database like everything else.
    Result<std::optional<QByteArray>> value(const QString& name);
    Result<void> setValue(const QString& name, const QByteArray& value);
    Result<void> removeValue(const QString& name);
    /// Names starting with `prefix`, sorted.
    Result<QStringList> valueNames(const QString& prefix);

    /// A recovery-key backup waiting to go to the relay (docs/protocol.md § 14.3): written with
    /// the backup (ProfileVault), sent by the next sync, then cleared. A newer one replaces it.
    Result<void> setPendingKeyBackup(const PendingKeyBackup& backup);
    Result<std::optional<PendingKeyBackup>> pendingKeyBackup();
    /// Clears it if it is still `sent` (a backup written during the upload stays pending).
    Result<void> clearPendingKeyBackup(const PendingKeyBackup& sent);

private:
    SqlDatabase& m_db;
};

} // namespace consilium::store
