#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// An unpublished case being composed; the payload is the publish wizard's own serialised state.
struct Draft {
    QUuid id;
    QString title;
    QByteArray payload;
    QDateTime updatedAt;
};

/// Drafts, saved automatically (inside the encrypted database). Not thread-safe.
class DraftRepository
{
public:
    explicit DraftRepository(SqlDatabase& db) : m_db(db) { }

    Result<void> save(const Draft& draft);
    Result<std::optional<Draft>> find(const QUuid& id);
    /// Most recently edited first; payloads are not loaded.
    Result<QList<Draft>> list();
    Result<void> remove(const QUuid& id);

private:
    SqlDatabase& m_db;
};

} // namespace consilium::store
