#include "core/store/FeedRepository.h"

#include "core/store/CaseRepository.h"
#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

using namespace detail;

Result<FeedEntryPage> FeedRepository::page(const cases::FeedQuery& query)
{
    auto cases = m_cases.feed(query);
    if (!cases)
        return tl::unexpected(cases.error());
    auto statement = prepareDecoration();
    if (!statement)
        return tl::unexpected(statement.error());
    FeedEntryPage page;
    page.next = cases->next;
    page.entries.reserve(cases->cases.size());
    for (cases::Case& value : cases->cases) {
        FeedEntry entry;
        entry.value = std::move(value);
        if (auto ok = decorate(*statement, entry); !ok)
            return tl::unexpected(ok.error());
        page.entries.append(std::move(entry));
    }
    return page;
}

Result<std::optional<FeedEntry>> FeedRepository::entry(const QUuid& caseId)
{
    auto found = m_cases.find(caseId);
    if (!found)
        return tl::unexpected(found.error());
    if (!found->has_value())
        return std::optional<FeedEntry>();
    auto statement = prepareDecoration();
    if (!statement)
        return tl::unexpected(statement.error());
    FeedEntry entry;
    entry.value = std::move(**found);
    if (auto ok = decorate(*statement, entry); !ok)
        return tl::unexpected(ok.error());
    return std::optional<FeedEntry>(std::move(entry));
}

Result<SqlStatement> FeedRepository::prepareDecoration()
{
    // Scalar subqueries on indexed columns: identities(identity_key) is UNIQUE, comments are
    // indexed by case, reactions by (comment_id, ...), thumbnails by case_id (UNIQUE). A
    // missing author yields NULL columns, a missing or failed thumbnail a NULL image.
    return m_db.prepare(QStringLiteral("SELECT i.display_name, i.verified, i.is_self, "
                                       "  (SELECT count(*) FROM comments m WHERE m.case_id = c.id), "
                                       "  (SELECT count(*) FROM comments m JOIN reactions r ON r.comment_id = m.id "
                                       "     WHERE m.case_id = c.id AND r.kind = ?2), "
                                       "  (SELECT t.image FROM case_thumbnails t WHERE t.case_id = c.id) "
                                       "FROM cases c LEFT JOIN identities i ON i.identity_key = c.author_identity "
                                       "WHERE c.case_uuid = ?1"));
}

Result<void> FeedRepository::decorate(SqlStatement& statement, FeedEntry& entry)
{
    statement.reset();
    statement.bind(1, uuidBytes(entry.value.id)).bind(2, kHelpfulReaction);
    auto row = statement.next();
    if (!row)
        return tl::unexpected(row.error());
    if (*row) {
        entry.authorName = statement.isNull(0) ? QString() : statement.text(0);
        entry.authorVerified = statement.integer(1) != 0;
        entry.authorIsSelf = statement.integer(2) != 0;
        entry.commentCount = static_cast<int>(statement.integer(3));
        entry.helpfulCount = static_cast<int>(statement.integer(4));
        if (!statement.isNull(5))
            entry.thumbnail = statement.blob(5);
    }
    return {};
}

Result<QStringList> FeedRepository::specialties()
{
    auto statement =
        m_db.prepare(QStringLiteral("SELECT DISTINCT specialty FROM cases WHERE specialty <> '' ORDER BY specialty"));
    if (!statement)
        return tl::unexpected(statement.error());
    QStringList result;
    const auto rows = statement->forEach([&] { result.append(statement->text(0)); });
    if (!rows)
        return tl::unexpected(rows.error());
    return result;
}

Result<FeedCounts> FeedRepository::counts()
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM cases WHERE unread = 1), "
        "  (SELECT count(*) FROM comments m WHERE NOT EXISTS "
        "     (SELECT 1 FROM identities i WHERE i.identity_key = m.author_identity AND i.is_self = 1))"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->next();
    if (!row)
        return tl::unexpected(row.error());
    FeedCounts counts;
    if (*row) {
        counts.cases = static_cast<int>(statement->integer(0));
        counts.unreadCases = static_cast<int>(statement->integer(1));
        counts.commentsByOthers = static_cast<int>(statement->integer(2));
    }
    return counts;
}

} // namespace consilium::store
