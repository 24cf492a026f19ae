#pragma once

#include "core/cases/Thread.h"
#include "core/common/Error.h"
#include "core/store/FeedRepository.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// One comment as the case page shows it.
struct ThreadEntry {
    cases::Comment comment;
    int depth = 0; ///< nesting under the comment it replies to (cases::orderThread)
    QString authorName;
    bool authorVerified = false;
    bool authorIsSelf = false;
    bool helpfulByMe = false; ///< this profile's owner marked it helpful
};

/// Everything the case page shows: the case with its author figures, and the ordered thread.
struct CaseDetail {
    FeedEntry summary;
    QList<ThreadEntry> thread;
};

/// Reads one case for its page. Not thread-safe (like its SqlDatabase).
class CaseDetailRepository {
public:
    CaseDetailRepository(SqlDatabase& db, FeedRepository& feed)
        : m_db(db)
        , m_feed(feed)
    {
    }

    /// nullopt when the case is not in the cache.
    Result<std::optional<CaseDetail>> load(const QUuid& caseId);

private:
    SqlDatabase& m_db;
    FeedRepository& m_feed;
};

} // namespace consilium::store
