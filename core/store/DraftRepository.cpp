#include "core/store/DraftRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

using namespace detail;

Result<void> DraftRepository::save(const Draft& draft)
{
    auto statement = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO drafts (id, draft_uuid, title, payload, updated_at) "
        "VALUES ((SELECT id FROM drafts WHERE draft_uuid = ?1), ?1, ?2, ?3, ?4)"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, uuidBytes(draft.id))
        .bind(2, draft.title)
        .bind(3, draft.payload)
        .bind(4, toMs(draft.updatedAt.isValid() ? draft.updatedAt : QDateTime::currentDateTimeUtc()))
        .run();
}

Result<std::optional<Draft>> DraftRepository::find(const QUuid& id)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT title, payload, updated_at FROM drafts WHERE draft_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, uuidBytes(id)).next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<Draft>();
    return std::optional(Draft{id, statement->text(0), statement->blob(1), fromMs(statement->integer(2))});
}

Result<QList<Draft>> DraftRepository::list()
{
    auto statement = m_db.prepare(QStringLiteral("SELECT draft_uuid, title, updated_at FROM drafts ORDER BY updated_at DESC"));
    if (!statement)
        return tl::unexpected(statement.error());
    QList<Draft> drafts;
    const auto rows = statement->forEach([&] {
        drafts.append(Draft{uuidFrom(statement->blob(0)), statement->text(1), {}, fromMs(statement->integer(2))});
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return drafts;
}

Result<void> DraftRepository::remove(const QUuid& id)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM drafts WHERE draft_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    return statement->bind(1, uuidBytes(id)).run();
}

} // namespace consilium::store
