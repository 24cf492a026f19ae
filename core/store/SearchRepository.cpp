#include "core/store/SearchRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

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
    // Newest first without sorting every match: FTS4 walks its doclists by docid, and docids
    // follow insertion order, so "ORDER BY docid DESC LIMIT n" stops after n matches per table.
    // The two short lists are then merged by time. Snippets are made only for the rows kept.
    const int wanted = std::max(1, limit);
    struct Ranked {
        SearchHit hit;
        qint64 createdAt = 0;
    };
    std::vector<Ranked> ranked;
    // Braces, not parentheses: `QString start(QChar(SearchHit::kMatchStart))` is the most vexing
    // parse, a function declaration with a parameter named SearchHit::kMatchStart, which clang
    // rejects ("parameter declarator cannot be qualified") and GCC quietly reads as a variable.
    const QString start{QChar(SearchHit::kMatchStart)};
    const QString end{QChar(SearchHit::kMatchEnd)};
    const auto collect = [&](const QString& sql) -> Result<void> {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return tl::unexpected(statement.error());
        statement->bind(1, match).bind(2, wanted).bind(3, start).bind(4, end);
        while (true) {
            auto row = statement->next();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                return {};
            ranked.push_back(Ranked{SearchHit{uuidFrom(statement->blob(0)), uuidFrom(statement->blob(1)),
                                              statement->text(2), statement->text(3)},
                                    statement->integer(4)});
        }
    };
    if (auto ok = collect(QStringLiteral(
            "SELECT c.case_uuid, NULL, c.title, m.snip, c.created_at FROM "
            "  (SELECT docid, snippet(case_search, ?3, ?4, '…', -1, 12) AS snip FROM case_search "
            "   WHERE case_search MATCH ?1 ORDER BY docid DESC LIMIT ?2) m JOIN cases c ON c.id = m.docid"));
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok = collect(
            QStringLiteral("SELECT c.case_uuid, k.comment_uuid, c.title, m.snip, k.created_at FROM "
                           "  (SELECT docid, snippet(comment_search, ?3, ?4, '…', -1, 12) AS snip FROM comment_search "
                           "   WHERE comment_search MATCH ?1 ORDER BY docid DESC LIMIT ?2) m "
                           "  JOIN comments k ON k.id = m.docid JOIN cases c ON c.id = k.case_id"));
        !ok)
        return tl::unexpected(ok.error());
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.createdAt > b.createdAt; });
    QList<SearchHit> hits;
    for (size_t i = 0; i < ranked.size() && i < static_cast<size_t>(wanted); ++i)
        hits.append(ranked[i].hit);
    return hits;
}

} // namespace consilium::store
