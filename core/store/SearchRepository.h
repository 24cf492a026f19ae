#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace consilium::store {

class SqlDatabase;

/// One full-text match: a case (commentId null) or a comment on it.
struct SearchHit {
    QUuid caseId;
    QUuid commentId;
    QString caseTitle;
    QString snippet; ///< matched words between kMatchStart and kMatchEnd, cuts marked '…'

    /// Private-use characters around matched words: brackets could occur in the case text
    /// itself, so a view that highlights matches would mistake them for marks.
    static constexpr char16_t kMatchStart = u'\uE000';
    static constexpr char16_t kMatchEnd = u'\uE001';
};

/// Full-text search (FTS4, unicode61) over decrypted case and comment text, inside the
/// encrypted database. Not thread-safe (like its SqlDatabase).
class SearchRepository
{
public:
    explicit SearchRepository(SqlDatabase& db) : m_db(db) { }

    /// Every word of `text` must match (as a prefix, so "pneumo" finds "pneumothorax").
    /// Punctuation is ignored, so user input can never form FTS operators. Results are the most
    /// recently stored matches, newest first by time.
    Result<QList<SearchHit>> search(const QString& text, int limit = 50);

    /// The FTS MATCH expression used for `text`; empty when nothing searchable remains.
    static QString matchExpression(const QString& text);

private:
    SqlDatabase& m_db;
};

} // namespace consilium::store
