#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace consilium::store {

class CaseRepository;
class SqlDatabase;
class SqlStatement;

/// One row of the feed as a reader sees it: the case plus what the list shows beside it.
struct FeedEntry {
    cases::Case value;
    QString authorName; ///< empty when the author is not (yet) known to this profile
    bool authorVerified = false; ///< safety number compared (PeopleRepository::setVerified)
    bool authorIsSelf = false;
    int commentCount = 0;
    int helpfulCount = 0; ///< "helpful" marks over all of the case's comments
    QByteArray thumbnail; ///< the card's encoded thumbnail (ThumbnailRepository); empty: none yet
};

/// What the navigation's badges and the notifications count.
struct FeedCounts {
    int cases = 0;
    int unreadCases = 0;
    int commentsByOthers = 0; ///< comments not written by this profile's owner
};

struct FeedEntryPage {
    QList<FeedEntry> entries;
    std::optional<cases::FeedCursor> next;
};

/// The feed list's query: a page of CaseRepository::feed() decorated with author, discussion
/// figures and thumbnail. The decorations cost one indexed lookup per row, so a page stays as cheap as the
/// keyset page under it. Not thread-safe (like its SqlDatabase).
class FeedRepository {
public:
    FeedRepository(SqlDatabase& db, CaseRepository& cases)
        : m_db(db)
        , m_cases(cases)
    {
    }

    Result<FeedEntryPage> page(const cases::FeedQuery& query);
    /// One case with its figures; nullopt when it is not in the cache.
    Result<std::optional<FeedEntry>> entry(const QUuid& caseId);
    /// Every specialty that some cached case has, sorted: the feed's specialty filter.
    Result<QStringList> specialties();
    /// How many cases, unread cases and colleagues' comments are cached (three counts, no rows
    /// read: cheap enough to run after every sync).
    Result<FeedCounts> counts();

private:
    /// The statement that reads the author and discussion figures of one case; prepared once
    /// per page and reset for each row.
    Result<SqlStatement> prepareDecoration();
    Result<void> decorate(SqlStatement& statement, FeedEntry& entry);

    SqlDatabase& m_db;
    CaseRepository& m_cases;
};

} // namespace consilium::store
