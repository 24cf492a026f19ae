#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// What the database knows of one encrypted blob. The key decrypts the file (core/crypto blob
/// format); the file name is random and says nothing about the content.
struct BlobRecord {
    QUuid id;
    QString path; ///< absolute path of the ciphertext file
    QByteArray key;
    qint64 ciphertextSize = 0;
    QByteArray ciphertextHash;
    QUuid caseId;
    bool pinned = false;
    bool evicted = false; ///< the file was deleted to respect the cache limit (schema 6)
    bool onRelay = false; ///< the relay holds this ciphertext: it can be fetched again by its hash
};

/// What a recovery pass found and repaired after an unclean shutdown.
struct BlobRecovery {
    int removedStagingFiles = 0; ///< half-written files from an interrupted write
    int removedOrphanFiles = 0;  ///< complete files whose row was never committed
    int removedDanglingRows = 0; ///< rows whose file has gone (deleted outside Consilium)
    int markedEvicted = 0; ///< the same, for blobs the relay holds: kept as evicted, fetched again
};

/// Encrypted blob files beside the database, with their keys in the database.
///
/// Crash safety comes from the order of operations: write to a staging file, fsync it, rename it
/// into place, fsync the folder, and only then commit the row; removal deletes the row first and
/// the file after. A crash at any point therefore leaves at worst a file without a row, which
/// recover() deletes — never a row without its file. Not thread-safe (like its SqlDatabase).
///
/// Eviction (the cache size limit) keeps the row and its key and deletes only the file, in the
/// same spirit: the row is marked evicted and committed first, then the file is deleted, so a crash
/// leaves at worst the file of an evicted row, which recover() deletes. restore() puts a fetched
/// file back in the opposite order (file renamed into place, then the row un-marked).
class BlobStore
{
public:
    BlobStore(SqlDatabase& db, QString folder);

    /// A fresh path in the staging area to write a ciphertext file to before adopt().
    [[nodiscard]] QString newStagingPath() const;

    /// Moves a complete ciphertext file from staging into the store and records it.
    /// The staged file is consumed on success and on failure.
    Result<BlobRecord> adopt(const QString& stagedFile, const QByteArray& key, const QByteArray& ciphertextHash,
                             const QUuid& caseId = {}, bool pinned = false, bool onRelay = false);

    Result<std::optional<BlobRecord>> find(const QUuid& id);
    Result<void> remove(const QUuid& id);
    Result<void> setPinned(const QUuid& id, bool pinned);
    /// Records that the relay holds the blob (its upload was committed).
    Result<void> setOnRelay(const QUuid& id);
    /// Blobs on disk that the relay is not known to hold: a case kept only on this computer, an
    /// upload still in the outbox, or one accepted before schema 6 recorded acceptance.
    Result<QList<QUuid>> notKnownOnRelay();
    /// Marks blobs as just used (least-recently-used eviction), in one transaction.
    Result<void> touch(const QList<QUuid>& ids);
    /// Deletes the blob's file to free space, keeping its row and key (see the class comment).
    /// Refused for a blob the relay is not known to hold: evicting it would lose it.
    Result<void> evict(const QUuid& id);
    /// Puts an evicted blob's file back: `stagedFile` (consumed on success and on failure) must
    /// have the recorded size and hash.
    Result<void> restore(const QUuid& id, const QString& stagedFile);
    /// Total ciphertext bytes on disk (evicted blobs excluded).
    Result<qint64> totalSize();

    /// Repairs the folder after an unclean shutdown (see the class comment). Run at open.
    Result<BlobRecovery> recover();

    [[nodiscard]] QString folder() const { return m_folder; }

private:
    SqlDatabase& m_db;
    QString m_folder;
};

} // namespace consilium::store
