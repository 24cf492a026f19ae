#include "core/store/GroupRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

using namespace detail;

Result<void> GroupRepository::save(const cases::Group& group)
{
    auto transaction = SqlTransaction::begin(m_db);
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO groups (id, group_uuid, name, created_at) VALUES "
        "((SELECT id FROM groups WHERE group_uuid = ?1), ?1, ?2, "
        " coalesce((SELECT created_at FROM groups WHERE group_uuid = ?1), ?3))"));
    if (!upsert)
        return tl::unexpected(upsert.error());
    if (auto ok = upsert->bind(1, uuidBytes(group.id)).bind(2, group.name).bind(3, QDateTime::currentMSecsSinceEpoch()).run();
        !ok)
        return ok;
    const qint64 groupRow = m_db.lastInsertId();
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id = ?"));
    if (!clear)
        return tl::unexpected(clear.error());
    if (auto ok = clear->bind(1, groupRow).run(); !ok)
        return ok;
    auto add = m_db.prepare(QStringLiteral(
        "INSERT INTO group_members (group_id, identity_id, role) SELECT ?1, id, ?3 FROM identities WHERE identity_key = ?2"));
    if (!add)
        return tl::unexpected(add.error());
    for (const cases::GroupMember& member : group.members) {
        add->reset();
        if (auto ok = add->bind(1, groupRow).bind(2, member.identityKey).bind(3, static_cast<int>(member.role)).run(); !ok)
            return ok;
        if (m_db.changes() == 0)
            return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("a group member is not a known identity"));
    }
    return transaction->commit();
}

Result<QList<cases::GroupMember>> GroupRepository::members(qint64 groupRowId)
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT i.identity_key, m.role FROM group_members m JOIN identities i ON i.id = m.identity_id "
        "WHERE m.group_id = ? ORDER BY m.role DESC, i.display_name COLLATE NOCASE"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, groupRowId);
    QList<cases::GroupMember> members;
    const auto rows = statement->forEach([&] {
        members.append(cases::GroupMember{statement->blob(0), static_cast<cases::GroupRole>(statement->integer(1))});
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return members;
}

Result<std::optional<cases::Group>> GroupRepository::find(const QUuid& id)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT id, name FROM groups WHERE group_uuid = ?"));
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->bind(1, uuidBytes(id)).next();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<cases::Group>();
    auto list = members(statement->integer(0));
    if (!list)
        return tl::unexpected(list.error());
    return std::optional(cases::Group{id, statement->text(1), *list});
}

Result<QList<cases::Group>> GroupRepository::list()
{
    auto statement = m_db.prepare(QStringLiteral("SELECT id, group_uuid, name FROM groups ORDER BY name COLLATE NOCASE"));
    if (!statement)
        return tl::unexpected(statement.error());
    QList<cases::Group> groups;
    while (true) {
        auto row = statement->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        auto list = members(statement->integer(0));
        if (!list)
            return tl::unexpected(list.error());
        groups.append(cases::Group{uuidFrom(statement->blob(1)), statement->text(2), *list});
    }
    return groups;
}

} // namespace consilium::store
