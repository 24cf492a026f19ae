#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QList>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// Groups and their members (members must be known identities). Not thread-safe.
class GroupRepository
{
public:
    explicit GroupRepository(SqlDatabase& db) : m_db(db) { }

    /// Inserts or replaces a group with exactly the given members.
    Result<void> save(const cases::Group& group);
    Result<std::optional<cases::Group>> find(const QUuid& id);
    Result<QList<cases::Group>> list();

private:
    Result<QList<cases::GroupMember>> members(qint64 groupRowId);
    SqlDatabase& m_db;
};

} // namespace consilium::store
