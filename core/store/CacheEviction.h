#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QSet>
#include <QUuid>

namespace consilium::store {

class BlobStore;
class SqlDatabase;

/// What the encrypted cache holds (Settings › Sync: "1.2 GB of 2 GB, 340 MB pinned").
struct CacheUsage {
    qint64 cachedBytes = 0; ///< ciphertext on disk
    qint64 pinnedBytes = 0; ///< ... of cases kept offline (never evicted)
    qint64 evictableBytes = 0; ///< ... that eviction may delete (see CacheEviction)
    qint64 evictedBytes = 0; ///< deleted to respect the limit, fetched again on opening
    int evictedCases = 0;
};

/// What one enforce() pass did.
struct EvictionReport {
    int cases = 0; ///< cases whose images were evicted
    int blobs = 0;
    qint64 freedBytes = 0;
    qint64 cachedBytes = 0; ///< after the pass; may stay above the limit (see CacheEviction)
};

/// The cache size limit (issue 8): when the ciphertext on disk passes the limit, whole cases'
/// blobs are evicted, least recently used case first, until it is under the limit again.
///
/// Only what can be fetched again is evicted: blobs the relay is known to hold (BlobStore
/// onRelay), of a case that is not kept offline, has nothing waiting in the outbox and is not
/// among `protectedCases` (the case open on screen). Drafts are not blobs and are never touched.
/// Rows, keys and case text stay, so an evicted case is still listed, searchable and re-fetchable
/// (BlobStore::restore). When pinned and protected cases alone exceed the limit the pass stops
/// above it; the caller shows that. Not thread-safe (like its SqlDatabase); never call it
/// inside a transaction (BlobStore::evict).
class CacheEviction {
public:
    CacheEviction(SqlDatabase& db, BlobStore& blobs)
        : m_db(db)
        , m_blobs(blobs)
    {
    }

    Result<CacheUsage> usage();
    /// Evicts until the cache holds at most `limitBytes` (0 or less: no limit, nothing evicted).
    Result<EvictionReport> enforce(qint64 limitBytes, const QSet<QUuid>& protectedCases = {});
    /// The case's blobs that were evicted, in the case's order (what opening it fetches again).
    Result<QList<QUuid>> evictedBlobs(const QUuid& caseId);

private:
    SqlDatabase& m_db;
    BlobStore& m_blobs;
};

} // namespace consilium::store
