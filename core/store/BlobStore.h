#pragma once

#include "core/common/Error.h"

#include <QByteArray>
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
};

/// What a recovery pass found and repaired after an unclean shutdown.
struct BlobRecovery {
    int removedStagingFiles = 0; ///< half-written files from an interrupted write
    int removedOrphanFiles = 0;  ///< complete files whose row was never committed
    int removedDanglingRows = 0; ///< rows whose file has gone (deleted outside Consilium)
};

/// Encrypted blob files beside the database, with their keys in the database.
///
/// Crash safety comes from the order of operations: write to a staging file, fsync it, rename it
/// into place, fsync the folder, and only then commit the row; removal deletes the row first and
/// the file after. A crash at any point therefore leaves at worst a file without a row, which
/// recover() deletes — never a row without its file. Not thread-safe (like its SqlDatabase).
class BlobStore
{
public:
    BlobStore(SqlDatabase& db, QString folder);

    /// A fresh path in the staging area to write a ciphertext file to before adopt().
    [[nodiscard]] QString newStagingPath() const;

    /// Moves a complete ciphertext file from staging into the store and records it.
    /// The staged file is consumed on success and on failure.
    Result<BlobRecord> adopt(const QString& stagedFile, const QByteArray& key, const QByteArray& ciphertextHash,
                             const QUuid& caseId = {}, bool pinned = false);

    Result<std::optional<BlobRecord>> find(const QUuid& id);
    Result<void> remove(const QUuid& id);
    Result<void> setPinned(const QUuid& id, bool pinned);
    /// Total ciphertext bytes on disk.
    Result<qint64> totalSize();

    /// Repairs the folder after an unclean shutdown (see the class comment). Run at open.
    Result<BlobRecovery> recover();

    [[nodiscard]] QString folder() const { return m_folder; }

private:
    SqlDatabase& m_db;
    QString m_folder;
};

} // namespace consilium::store
