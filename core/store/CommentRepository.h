#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QList>

namespace consilium::store {

class SqlDatabase;

/// Comment threads and "helpful" marks, with comment text in the full-text index.
/// Not thread-safe (like its SqlDatabase).
class CommentRepository
{
public:
    explicit CommentRepository(SqlDatabase& db) : m_db(db) { }

    /// Adds a comment to an existing case; adding the same comment id again changes nothing
    /// (sync may deliver it twice) and returns false.
    Result<bool> add(const cases::Comment& comment);
    /// A case's comments, oldest first, with their helpful counts.
    Result<QList<cases::Comment>> thread(const QUuid& caseId);
    /// Marks (or unmarks) a comment helpful on behalf of one clinician; idempotent.
    Result<void> setHelpful(const QUuid& commentId, const QByteArray& identityKey, bool helpful, const QDateTime& at);

private:
    SqlDatabase& m_db;
};

} // namespace consilium::store
