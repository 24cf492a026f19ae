#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QList>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// One page of the feed and where the next one starts (nullopt at the end).
struct FeedPage {
    QList<cases::Case> cases;
    std::optional<cases::FeedCursor> next;
};

/// Cases, their tags and their full-text index. Writes keep the FTS index in the same
/// transaction as the row, so search never disagrees with the feed.
/// Not thread-safe (like its SqlDatabase).
class CaseRepository
{
public:
    explicit CaseRepository(SqlDatabase& db) : m_db(db) { }

    /// Inserts a case or replaces the one with the same id (a newer manifest version).
    Result<void> save(const cases::Case& value);
    Result<std::optional<cases::Case>> find(const QUuid& id);
    /// Newest first, filtered by the query; keyset-paged (see FeedCursor).
    Result<FeedPage> feed(const cases::FeedQuery& query);
    Result<void> setUnread(const QUuid& id, bool unread);
    Result<void> setPinned(const QUuid& id, bool pinned);
    Result<void> setFollowing(const QUuid& id, bool following);
    Result<void> remove(const QUuid& id);
    Result<int> count();

private:
    Result<void> setFlag(const char* column, const QUuid& id, bool value);
    SqlDatabase& m_db;
};

} // namespace consilium::store
