#include "core/store/CacheEviction.h"

#include "core/store/BlobStore.h"
#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

using namespace detail;

namespace {

// A blob eviction may delete: held by the relay, not kept offline (by itself or its case),
// and of a case with nothing waiting in the outbox (a publication still being sent).
const char* const kEvictable = "b.evicted = 0 AND b.on_relay = 1 AND b.pinned = 0 AND c.pinned = 0 "
                               "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.case_uuid = b.case_uuid)";

} // namespace

Result<CacheUsage> CacheEviction::usage()
{
    auto statement = m_db.prepare(
        QStringLiteral(
            "SELECT coalesce(sum(CASE WHEN b.evicted = 0 THEN b.ciphertext_size END), 0), "
            "coalesce(sum(CASE WHEN b.evicted = 0 AND (b.pinned = 1 OR c.pinned = 1) THEN b.ciphertext_size END), 0), "
            "coalesce(sum(CASE WHEN %1 THEN b.ciphertext_size END), 0), "
            "coalesce(sum(CASE WHEN b.evicted = 1 THEN b.ciphertext_size END), 0), "
            "count(DISTINCT CASE WHEN b.evicted = 1 THEN b.case_uuid END) "
            "FROM blobs b LEFT JOIN cases c ON c.case_uuid = b.case_uuid")
            .arg(QLatin1String(kEvictable)));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto row = statement->next(); !row)
        return tl::unexpected(row.error());
    CacheUsage usage;
    usage.cachedBytes = statement->integer(0);
    usage.pinnedBytes = statement->integer(1);
    usage.evictableBytes = statement->integer(2);
    usage.evictedBytes = statement->integer(3);
    usage.evictedCases = static_cast<int>(statement->integer(4));
    return usage;
}

Result<EvictionReport> CacheEviction::enforce(qint64 limitBytes, const QSet<QUuid>& protectedCases)
{
    EvictionReport report;
    auto total = m_blobs.totalSize();
    if (!total)
        return tl::unexpected(total.error());
    report.cachedBytes = *total;
    if (limitBytes <= 0 || report.cachedBytes <= limitBytes)
        return report;

    // Cases by their most recent use: a case viewed yesterday outlives one untouched for a month.
    QList<std::pair<QUuid, QList<std::pair<QUuid, qint64>>>> candidates;
    {
        auto statement = m_db.prepare(
            // SQLCipher 3.4.1 is SQLite 3.15: no window functions, hence the grouped subquery.
            QStringLiteral("SELECT b.case_uuid, b.blob_uuid, b.ciphertext_size FROM blobs b "
                           "JOIN cases c ON c.case_uuid = b.case_uuid "
                           "JOIN (SELECT case_uuid, max(last_access) AS used FROM blobs GROUP BY case_uuid) u "
                           "ON u.case_uuid = b.case_uuid WHERE %1 ORDER BY u.used, b.case_uuid, b.id")
                .arg(QLatin1String(kEvictable)));
        if (!statement)
            return tl::unexpected(statement.error());
        const auto rows = statement->forEach([&] {
            const QUuid caseId = uuidFrom(statement->blob(0));
            if (candidates.isEmpty() || candidates.last().first != caseId)
                candidates.append({caseId, {}});
            candidates.last().second.append({uuidFrom(statement->blob(1)), statement->integer(2)});
        });
        if (!rows)
            return tl::unexpected(rows.error());
    }

    for (const auto& [caseId, blobs] : candidates) {
        if (report.cachedBytes <= limitBytes)
            break;
        if (protectedCases.contains(caseId))
            continue;
        for (const auto& [blobId, size] : blobs) {
            if (auto ok = m_blobs.evict(blobId); !ok)
                return tl::unexpected(ok.error());
            ++report.blobs;
            report.freedBytes += size;
            report.cachedBytes -= size;
        }
        ++report.cases;
    }
    return report;
}

Result<QList<QUuid>> CacheEviction::evictedBlobs(const QUuid& caseId)
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT a.blob_uuid FROM case_attachments a JOIN cases c ON c.id = a.case_id "
        "JOIN blobs b ON b.blob_uuid = a.blob_uuid WHERE c.case_uuid = ? AND b.evicted = 1 ORDER BY a.position"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, uuidBytes(caseId));
    QList<QUuid> ids;
    const auto rows = statement->forEach([&] { ids.append(uuidFrom(statement->blob(0))); });
    if (!rows)
        return tl::unexpected(rows.error());
    return ids;
}

} // namespace consilium::store
