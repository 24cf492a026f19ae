#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// The feed card's thumbnail of a case: a small encoded image (JPEG) of its first image, made on
/// this computer and kept in the encrypted database (schema 7), never as a file. A case whose
/// first image could not be decoded gets a failure marker instead, so it is not tried again.
/// Thumbnails go with their case (ON DELETE CASCADE) and stay when the cache limit evicts the
/// images. Not thread-safe (like its SqlDatabase).
class ThumbnailRepository {
public:
    explicit ThumbnailRepository(SqlDatabase& db)
        : m_db(db)
    {
    }

    /// Stores (or replaces) the case's thumbnail, clearing any failure. NotFound when the case
    /// is not cached; InvalidArgument for empty bytes.
    Result<void> put(const QUuid& caseId, const QByteArray& encodedImage);
    /// Records that the case's first image cannot be made into a thumbnail (`reason` is for
    /// logs: no PHI). NotFound when the case is not cached.
    Result<void> recordFailure(const QUuid& caseId, const QString& reason);
    /// The case's encoded thumbnail; nullopt when there is none or it failed.
    Result<std::optional<QByteArray>> get(const QUuid& caseId);
    /// Why the case has no thumbnail, when a failure was recorded.
    Result<std::optional<QString>> failure(const QUuid& caseId);
    /// Cases still waiting for a thumbnail, newest first, at most `limit`: their first image
    /// (DICOM or photo, by position) is on this computer (not evicted), and they have neither a
    /// thumbnail nor a recorded failure. Cases whose first image was evicted wait until it is
    /// fetched again.
    Result<QList<QUuid>> missing(int limit);

private:
    Result<void> write(const QUuid& caseId, const std::optional<QByteArray>& image, const QString& failure);

    SqlDatabase& m_db;
};

} // namespace consilium::store
