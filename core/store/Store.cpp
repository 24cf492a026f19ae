#include "core/store/Store.h"

#include "core/store/Schema.h"

#include <QDir>

namespace consilium::store {

QString Store::databasePath(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("profile.db"));
}

Store::Store(std::unique_ptr<SqlDatabase> db, const QString& folder)
    : m_db(std::move(db))
    , m_cases(*m_db)
    , m_comments(*m_db)
    , m_feed(*m_db, m_cases)
    , m_caseDetails(*m_db, m_feed)
    , m_people(*m_db)
    , m_groups(*m_db)
    , m_keyring(*m_db)
    , m_search(*m_db)
    , m_drafts(*m_db)
    , m_syncState(*m_db)
    , m_blobs(*m_db, QDir(folder).filePath(QStringLiteral("blobs")))
    , m_attachments(*m_db, m_blobs)
    , m_cache(*m_db, m_blobs)
    , m_thumbnails(*m_db)
{
}

Result<std::unique_ptr<Store>> Store::open(const QString& folder, QByteArrayView databaseKey)
{
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("store"), ErrorCode::IoError, QStringLiteral("cannot create folder %1").arg(folder));
    auto db = SqlDatabase::open(databasePath(folder), databaseKey);
    if (!db)
        return tl::unexpected(db.error());
    if (auto migrated = migrate(**db); !migrated)
        return tl::unexpected(migrated.error());
    std::unique_ptr<Store> store(new Store(std::move(*db), folder));
    auto recovery = store->m_blobs.recover();
    if (!recovery)
        return tl::unexpected(recovery.error());
    store->m_recovery = *recovery;
    return store;
}

} // namespace consilium::store
