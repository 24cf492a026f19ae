#include "core/store/SearchRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QRegularExpression>

namespace consilium::store {

using namespace detail;

QString SearchRepository::matchExpression(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : text.split(nonWord, Qt::SkipEmptyParts)) {
        // FTS4 keywords in upper case would act as operators; lower-casing disarms them and
        // unicode61 folds case anyway.
        terms.append(word.toLower() + u'*');
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> SearchRepository::search(const QString& text, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT c.case_uuid, NULL, c.title, snippet(case_search, '[', ']', '…', -1, 12), c.created_at "
        "  FROM case_search JOIN cases c ON c.id = case_search.docid WHERE case_search MATCH ?1 "
        "UNION ALL "
        "SELECT c.case_uuid, m.comment_uuid, c.title, snippet(comment_search, '[', ']', '…', -1, 12), m.created_at "
        "  FROM comment_search JOIN comments m ON m.id = comment_search.docid JOIN cases c ON c.id = m.case_id "
        "  WHERE comment_search MATCH ?1 "
        "ORDER BY 5 DESC LIMIT ?2"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, match).bind(2, std::max(1, limit));
    QList<SearchHit> hits;
    while (true) {
        auto row = statement->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        hits.append(SearchHit{uuidFrom(statement->blob(0)), uuidFrom(statement->blob(1)), statement->text(2),
                              statement->text(3)});
    }
    return hits;
}

} // namespace consilium::store
