#include "core/store/AttachmentRepository.h"

#include "core/crypto/BlobStream.h"
#include "core/store/BlobStore.h"
#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QFile>
#include <QFileInfo>

namespace consilium::store {

using namespace detail;

namespace {

const QString kDomain = QStringLiteral("store");

} // namespace

Result<std::pair<qint64, int>> AttachmentRepository::nextPosition(const QUuid& caseId)
{
    auto caseRow = m_db.prepare(QStringLiteral(
        "SELECT c.id, (SELECT coalesce(max(a.position) + 1, 0) FROM case_attachments a WHERE a.case_id = c.id) "
        "FROM cases c WHERE c.case_uuid = ?1"));
    if (!caseRow)
        return tl::unexpected(caseRow.error());
    caseRow->bind(1, uuidBytes(caseId));
    auto found = caseRow->next();
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no case %1 to attach to").arg(caseId.toString()));
    return std::pair{caseRow->integer(0), static_cast<int>(caseRow->integer(1))};
}

Result<void> AttachmentRepository::insertRow(qint64 caseRowId, const Attachment& attachment)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO case_attachments (case_id, position, blob_uuid, kind, label, file_name, plaintext_size) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert)
        return tl::unexpected(insert.error());
    insert->bind(1, caseRowId)
        .bind(2, attachment.position)
        .bind(3, uuidBytes(attachment.blobId))
        .bind(4, static_cast<int>(attachment.kind))
        .bind(5, attachment.label)
        .bind(6, attachment.fileName)
        .bind(7, attachment.plaintextSize);
    if (auto ok = insert->run(); !ok) {
        // Do not leave an encrypted file nobody refers to.
        (void)m_blobs.remove(attachment.blobId);
        return tl::unexpected(ok.error());
    }
    return {};
}

Result<Attachment> AttachmentRepository::attachFile(const QUuid& caseId, const QString& plaintextPath,
                                                    AttachmentKind kind, const QString& label,
                                                    const CancellationToken& token)
{
    auto position = nextPosition(caseId);
    if (!position)
        return tl::unexpected(position.error());

    const crypto::SecretBytes key = crypto::generateBlobKey();
    const QString staged = m_blobs.newStagingPath();
    auto encrypted = crypto::encryptBlobFile(plaintextPath, staged, key, token);
    if (!encrypted)
        return tl::unexpected(encrypted.error());
    auto record = m_blobs.adopt(staged, key.view().toByteArray(), encrypted->ciphertextHash, caseId);
    if (!record)
        return tl::unexpected(record.error());

    Attachment attachment;
    attachment.blobId = record->id;
    attachment.kind = kind;
    attachment.label = label;
    attachment.fileName = QFileInfo(plaintextPath).fileName();
    attachment.position = position->second;
    attachment.plaintextSize = encrypted->plaintextSize;
    if (auto ok = insertRow(position->first, attachment); !ok)
        return tl::unexpected(ok.error());
    return attachment;
}

Result<Attachment> AttachmentRepository::adoptReceived(const QUuid& caseId, const QString& stagedCiphertext,
                                                       const QByteArray& key, const QByteArray& ciphertextHash,
                                                       AttachmentKind kind, const QString& label,
                                                       const QString& fileName, qint64 plaintextSize)
{
    auto position = nextPosition(caseId);
    if (!position) {
        QFile::remove(stagedCiphertext);
        return tl::unexpected(position.error());
    }
    // Received from the relay: it holds the same ciphertext, so the cache limit may evict it.
    auto record = m_blobs.adopt(stagedCiphertext, key, ciphertextHash, caseId, false, true);
    if (!record)
        return tl::unexpected(record.error());
    Attachment attachment;
    attachment.blobId = record->id;
    attachment.kind = kind;
    attachment.label = label;
    attachment.fileName = fileName;
    attachment.position = position->second;
    attachment.plaintextSize = plaintextSize;
    if (auto ok = insertRow(position->first, attachment); !ok)
        return tl::unexpected(ok.error());
    return attachment;
}

Result<QList<Attachment>> AttachmentRepository::list(const QUuid& caseId)
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT a.blob_uuid, a.kind, a.label, a.file_name, a.position, a.plaintext_size, coalesce(b.evicted, 0) "
        "FROM case_attachments a JOIN cases c ON c.id = a.case_id LEFT JOIN blobs b ON b.blob_uuid = a.blob_uuid "
        "WHERE c.case_uuid = ?1 ORDER BY a.position"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(caseId));
    QList<Attachment> attachments;
    const auto rows = statement->forEach([&] {
        Attachment attachment;
        attachment.blobId = uuidFrom(statement->blob(0));
        const qint64 kind = statement->integer(1);
        attachment.kind = kind == 1   ? AttachmentKind::Photo
                          : kind == 2 ? AttachmentKind::AnnotationLayer
                                      : AttachmentKind::Dicom;
        attachment.label = statement->text(2);
        attachment.fileName = statement->text(3);
        attachment.position = static_cast<int>(statement->integer(4));
        attachment.plaintextSize = statement->integer(5);
        attachment.cached = statement->integer(6) == 0;
        attachments.append(std::move(attachment));
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return attachments;
}

Result<DecryptionJob> AttachmentRepository::prepareDecryption(const QUuid& blobId, const QString& plaintextPath)
{
    auto record = m_blobs.find(blobId);
    if (!record)
        return tl::unexpected(record.error());
    if (!record->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no blob %1 in this profile").arg(blobId.toString()));
    if ((*record)->evicted)
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("this image was removed from the cache to respect its size limit; it is "
                                   "downloaded again from the relay"));
    return DecryptionJob{blobId, (*record)->path, (*record)->key, plaintextPath};
}

Result<void> AttachmentRepository::decryptJob(const DecryptionJob& job, const CancellationToken& token)
{
    const crypto::SecretBytes key = crypto::SecretBytes::copyOf(job.key);
    auto decrypted = crypto::decryptBlobFile(job.ciphertextPath, job.plaintextPath, key, token);
    if (!decrypted)
        return tl::unexpected(
            decrypted.error().withContext(QStringLiteral("attachment %1").arg(job.blobId.toString())));
    return {};
}

Result<void> AttachmentRepository::decryptTo(const QUuid& blobId, const QString& plaintextPath,
                                             const CancellationToken& token)
{
    auto job = prepareDecryption(blobId, plaintextPath);
    if (!job)
        return tl::unexpected(job.error());
    if (auto ok = m_blobs.touch({blobId}); !ok)
        return ok;
    return decryptJob(*job, token);
}

} // namespace consilium::store
