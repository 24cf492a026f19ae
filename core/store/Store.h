#pragma once

#include "core/common/Error.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/BlobStore.h"
#include "core/store/CacheEviction.h"
#include "core/store/CaseDetailRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommentRepository.h"
#include "core/store/DraftRepository.h"
#include "core/store/FeedRepository.h"
#include "core/store/GroupRepository.h"
#include "core/store/KeyringRepository.h"
#include "core/store/PeopleRepository.h"
#include "core/store/SearchRepository.h"
#include "core/store/SqlDatabase.h"
#include "core/store/SyncStateRepository.h"
#include "core/store/ThumbnailRepository.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace consilium::store {

/// A profile's encrypted local store: `<folder>/profile.db` (SQLCipher) and `<folder>/blobs/`
/// (encrypted files whose keys are in the database).
///
/// Opening unlocks the database with the raw 32-byte key, upgrades the schema and repairs the
/// blob folder after an unclean shutdown. Not thread-safe: own it on one worker thread and
/// reach it through runAsync().
class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString& folder, QByteArrayView databaseKey);

    [[nodiscard]] static QString databasePath(const QString& folder);

    CaseRepository& cases() { return m_cases; }
    CommentRepository& comments() { return m_comments; }
    FeedRepository& feed() { return m_feed; }
    CaseDetailRepository& caseDetails() { return m_caseDetails; }
    PeopleRepository& people() { return m_people; }
    GroupRepository& groups() { return m_groups; }
    KeyringRepository& keyring() { return m_keyring; }
    SearchRepository& search() { return m_search; }
    DraftRepository& drafts() { return m_drafts; }
    SyncStateRepository& syncState() { return m_syncState; }
    BlobStore& blobs() { return m_blobs; }
    AttachmentRepository& attachments() { return m_attachments; }
    CacheEviction& cache() { return m_cache; }
    ThumbnailRepository& thumbnails() { return m_thumbnails; }
    SqlDatabase& database() { return *m_db; }

    /// What the last open() repaired in the blob folder.
    [[nodiscard]] const BlobRecovery& recovery() const { return m_recovery; }

private:
    Store(std::unique_ptr<SqlDatabase> db, const QString& folder);

    std::unique_ptr<SqlDatabase> m_db;
    CaseRepository m_cases;
    CommentRepository m_comments;
    FeedRepository m_feed;
    CaseDetailRepository m_caseDetails;
    PeopleRepository m_people;
    GroupRepository m_groups;
    KeyringRepository m_keyring;
    SearchRepository m_search;
    DraftRepository m_drafts;
    SyncStateRepository m_syncState;
    BlobStore m_blobs;
    AttachmentRepository m_attachments;
    CacheEviction m_cache;
    ThumbnailRepository m_thumbnails;
    BlobRecovery m_recovery;
};

} // namespace consilium::store
