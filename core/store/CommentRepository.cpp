#include "core/store/CommentRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

using namespace detail;

Result<bool> CommentRepository::add(const cases::Comment& comment)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO comments (comment_uuid, case_id, parent_uuid, author_identity, body, created_at) "
        "SELECT ?1, id, ?2, ?3, ?4, ?5 FROM cases WHERE case_uuid = ?6"));
    if (!insert)
        return tl::unexpected(insert.error());
    insert->bind(1, uuidBytes(comment.id))
        .bind(2, comment.parentId.isNull() ? QByteArray() : uuidBytes(comment.parentId))
        .bind(3, comment.authorIdentity)
        .bind(4, comment.body)
        .bind(5, toMs(comment.createdAt))
        .bind(6, uuidBytes(comment.caseId));
    if (auto ok = insert->run(); !ok)
        return tl::unexpected(ok.error());
    if (m_db.changes() == 0) {
        // Either a duplicate delivery or a comment on a case we do not have.
        auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM comments WHERE comment_uuid = ?"));
        if (!exists)
            return tl::unexpected(exists.error());
        auto row = exists->bind(1, uuidBytes(comment.id)).next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("the comment's case is not in this profile"));
        return false;
    }
    const qint64 rowId = m_db.lastInsertId();
    auto index = m_db.prepare(QStringLiteral("INSERT INTO comment_search (docid, body) VALUES (?, ?)"));
    if (!index)
        return tl::unexpected(index.error());
    if (auto ok = index->bind(1, rowId).bind(2, comment.body).run(); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return true;
}

Result<QList<cases::Comment>> CommentRepository::thread(const QUuid& caseId)
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT m.comment_uuid, m.parent_uuid, m.author_identity, m.body, m.created_at, "
        "  (SELECT count(*) FROM reactions r WHERE r.comment_id = m.id AND r.kind = ?2) "
        "FROM comments m JOIN cases c ON c.id = m.case_id WHERE c.case_uuid = ?1 ORDER BY m.created_at, m.id"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(caseId)).bind(2, kHelpfulReaction);
    QList<cases::Comment> comments;
    const auto rows = statement->forEach([&] {
        cases::Comment comment;
        comment.id = uuidFrom(statement->blob(0));
        comment.caseId = caseId;
        comment.parentId = uuidFrom(statement->blob(1));
        comment.authorIdentity = statement->blob(2);
        comment.body = statement->text(3);
        comment.createdAt = fromMs(statement->integer(4));
        comment.helpfulCount = static_cast<int>(statement->integer(5));
        comments.append(std::move(comment));
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return comments;
}

Result<void> CommentRepository::setHelpful(const QUuid& commentId, const QByteArray& identityKey, bool helpful,
                                           const QDateTime& at)
{
    const QString sql = helpful
                            ? QStringLiteral("INSERT OR IGNORE INTO reactions (comment_id, author_identity, kind, created_at) "
                                             "SELECT id, ?2, ?3, ?4 FROM comments WHERE comment_uuid = ?1")
                            : QStringLiteral("DELETE FROM reactions WHERE author_identity = ?2 AND kind = ?3 AND "
                                             "comment_id = (SELECT id FROM comments WHERE comment_uuid = ?1)");
    auto statement = m_db.prepare(sql);
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(commentId)).bind(2, identityKey).bind(3, kHelpfulReaction);
    if (helpful)
        statement->bind(4, toMs(at));
    return statement->run();
}

} // namespace consilium::store
