#include "core/store/CaseDetailRepository.h"

#include "core/store/CommentRepository.h"
#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QHash>

namespace consilium::store {

using namespace detail;

namespace {

struct Author {
    QString name;
    bool verified = false;
    bool self = false;
};

} // namespace

Result<std::optional<CaseDetail>> CaseDetailRepository::load(const QUuid& caseId)
{
    auto summary = m_feed.entry(caseId);
    if (!summary)
        return tl::unexpected(summary.error());
    if (!summary->has_value())
        return std::optional<CaseDetail>();

    CommentRepository comments(m_db);
    auto thread = comments.thread(caseId);
    if (!thread)
        return tl::unexpected(thread.error());

    // Authors of the thread, and which comments the profile's owner marked helpful.
    auto authors = m_db.prepare(
        QStringLiteral("SELECT DISTINCT m.author_identity, i.display_name, i.verified, i.is_self FROM comments m "
                       "JOIN cases c ON c.id = m.case_id LEFT JOIN identities i ON i.identity_key = m.author_identity "
                       "WHERE c.case_uuid = ?1"));
    if (!authors)
        return tl::unexpected(authors.error());
    authors->bind(1, uuidBytes(caseId));
    QHash<QByteArray, Author> authorOf;
    if (auto rows = authors->forEach([&] {
            authorOf.insert(authors->blob(0), Author{authors->isNull(1) ? QString() : authors->text(1),
                                                     authors->integer(2) != 0, authors->integer(3) != 0});
        });
        !rows)
        return tl::unexpected(rows.error());

    auto marked = m_db.prepare(QStringLiteral(
        "SELECT m.comment_uuid FROM reactions r JOIN comments m ON m.id = r.comment_id "
        "JOIN cases c ON c.id = m.case_id JOIN identities i ON i.identity_key = r.author_identity AND i.is_self = 1 "
        "WHERE c.case_uuid = ?1 AND r.kind = ?2"));
    if (!marked)
        return tl::unexpected(marked.error());
    marked->bind(1, uuidBytes(caseId)).bind(2, kHelpfulReaction);
    QSet<QUuid> markedByMe;
    if (auto rows = marked->forEach([&] { markedByMe.insert(uuidFrom(marked->blob(0))); }); !rows)
        return tl::unexpected(rows.error());

    CaseDetail detail;
    detail.summary = std::move(**summary);
    for (cases::ThreadPosition& position : cases::orderThread(*thread)) {
        ThreadEntry entry;
        const Author author = authorOf.value(position.comment.authorIdentity);
        entry.authorName = author.name;
        entry.authorVerified = author.verified;
        entry.authorIsSelf = author.self;
        entry.helpfulByMe = markedByMe.contains(position.comment.id);
        entry.depth = position.depth;
        entry.comment = std::move(position.comment);
        detail.thread.append(std::move(entry));
    }
    return std::optional<CaseDetail>(std::move(detail));
}

} // namespace consilium::store
