#include "core/store/ThumbnailRepository.h"

#include "core/store/AttachmentRepository.h"
#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QDateTime>

#include <algorithm>

namespace consilium::store {

using namespace detail;

Result<void> ThumbnailRepository::put(const QUuid& caseId, const QByteArray& encodedImage)
{
    if (encodedImage.isEmpty())
        return fail(QStringLiteral("store"), ErrorCode::InvalidArgument, QStringLiteral("an empty thumbnail"));
    return write(caseId, encodedImage, {});
}

Result<void> ThumbnailRepository::recordFailure(const QUuid& caseId, const QString& reason)
{
    return write(caseId, std::nullopt, reason.isEmpty() ? QStringLiteral("unknown") : reason);
}

Result<void> ThumbnailRepository::write(const QUuid& caseId, const std::optional<QByteArray>& image,
                                        const QString& failure)
{
    auto statement =
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO case_thumbnails (case_id, image, failure, made_at) "
                                    "SELECT id, ?2, ?3, ?4 FROM cases WHERE case_uuid = ?1"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto ran = statement->bind(1, uuidBytes(caseId))
                   .bind(2, image)
                   .bind(3, failure)
                   .bind(4, QDateTime::currentMSecsSinceEpoch())
                   .run();
    if (!ran)
        return ran;
    if (m_db.changes() == 0)
        return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("the case is not in this profile"));
    return {};
}

Result<std::optional<QByteArray>> ThumbnailRepository::get(const QUuid& caseId)
{
    auto statement =
        m_db.prepare(QStringLiteral("SELECT t.image FROM case_thumbnails t JOIN cases c ON c.id = t.case_id "
                                    "WHERE c.case_uuid = ?1 AND t.image IS NOT NULL"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, uuidBytes(caseId)).next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional(statement->blob(0));
}

Result<std::optional<QString>> ThumbnailRepository::failure(const QUuid& caseId)
{
    auto statement =
        m_db.prepare(QStringLiteral("SELECT t.failure FROM case_thumbnails t JOIN cases c ON c.id = t.case_id "
                                    "WHERE c.case_uuid = ?1 AND t.image IS NULL"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, uuidBytes(caseId)).next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional(statement->text(0));
}

Result<QList<QUuid>> ThumbnailRepository::missing(int limit)
{
    // The first image is the lowest position among DICOM and photo attachments (layers are not
    // images); it must have a blob row whose file is here. Walks the feed index newest first.
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT c.case_uuid FROM cases c "
        "WHERE NOT EXISTS (SELECT 1 FROM case_thumbnails t WHERE t.case_id = c.id) "
        "  AND EXISTS (SELECT 1 FROM case_attachments a JOIN blobs b ON b.blob_uuid = a.blob_uuid "
        "      WHERE a.case_id = c.id AND b.evicted = 0 AND a.position = "
        "        (SELECT min(f.position) FROM case_attachments f WHERE f.case_id = c.id AND f.kind IN (?2, ?3))) "
        "ORDER BY c.created_at DESC, c.case_uuid DESC LIMIT ?1"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, std::max(0, limit))
        .bind(2, static_cast<int>(AttachmentKind::Dicom))
        .bind(3, static_cast<int>(AttachmentKind::Photo));
    QList<QUuid> result;
    const auto rows = statement->forEach([&] { result.append(uuidFrom(statement->blob(0))); });
    if (!rows)
        return tl::unexpected(rows.error());
    return result;
}

} // namespace consilium::store
