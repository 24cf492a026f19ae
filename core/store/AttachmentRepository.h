#pragma once

#include "core/common/CancellationToken.h"
#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace consilium::store {

class BlobStore;
class SqlDatabase;

enum class AttachmentKind {
    Dicom = 0, ///< a de-identified DICOM derivative
    Photo = 1, ///< a clinical photo written from pixels only
    AnnotationLayer = 2, ///< core/annotation's serialised layer for an image
};

/// One thing a case shows, stored as an encrypted blob.
struct Attachment {
    QUuid blobId;
    AttachmentKind kind = AttachmentKind::Dicom;
    QString label; ///< what the author called it ("Axial CT", "Lateral view")
    QString fileName; ///< the derivative's own name, for export
    int position = 0; ///< order within the case
    qint64 plaintextSize = 0;
    bool cached = true; ///< false once evicted by the cache limit: fetched again from the relay
};

/// One blob to decrypt, resolved on the store thread so the decryption itself can run on any
/// thread, in parallel with others (the case page streams a case's slices to the viewer).
struct DecryptionJob {
    QUuid blobId;
    QString ciphertextPath;
    QByteArray key; ///< the blob key as the database holds it (BlobRecord::key)
    QString plaintextPath;
};

/// A case's images and layers: encrypting files into the blob store, listing them in order,
/// and decrypting one back to a file for the viewer. Not thread-safe (like its SqlDatabase).
class AttachmentRepository {
public:
    AttachmentRepository(SqlDatabase& db, BlobStore& blobs)
        : m_db(db)
        , m_blobs(blobs)
    {
    }

    /// Encrypts `plaintextPath` under a fresh key into the blob store and appends it to the
    /// case. The case must exist. Nothing is left behind on failure.
    Result<Attachment> attachFile(const QUuid& caseId, const QString& plaintextPath, AttachmentKind kind,
                                  const QString& label, const CancellationToken& token = {});
    /// Appends an attachment received from another device: `stagedCiphertext` (a file in the
    /// blob store's staging area, consumed) is already encrypted under `key` and hashes to
    /// `ciphertextHash`. The case must exist. Nothing is left behind on failure.
    Result<Attachment> adoptReceived(const QUuid& caseId, const QString& stagedCiphertext, const QByteArray& key,
                                     const QByteArray& ciphertextHash, AttachmentKind kind, const QString& label,
                                     const QString& fileName, qint64 plaintextSize);
    /// The case's attachments in order.
    Result<QList<Attachment>> list(const QUuid& caseId);
    /// Decrypts one attachment's blob to `plaintextPath` (authenticated chunk by chunk; the file
    /// appears only once complete) and marks it used.
    Result<void> decryptTo(const QUuid& blobId, const QString& plaintextPath, const CancellationToken& token = {});

    /// The blob file and key of `blobId`, to be decrypted to `plaintextPath` by decryptJob().
    /// An evicted blob is NotFound, saying so (the caller fetches it again first).
    Result<DecryptionJob> prepareDecryption(const QUuid& blobId, const QString& plaintextPath);
    /// Decrypts a prepared job; touches no database. Thread-safe (each job on its own thread).
    static Result<void> decryptJob(const DecryptionJob& job, const CancellationToken& token = {});

private:
    /// The case's row id and the next free position.
    Result<std::pair<qint64, int>> nextPosition(const QUuid& caseId);
    Result<void> insertRow(qint64 caseRowId, const Attachment& attachment);

    SqlDatabase& m_db;
    BlobStore& m_blobs;
};

} // namespace consilium::store
