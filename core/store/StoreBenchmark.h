#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QString>

namespace consilium::store {

/// Figures from one run of the store benchmark (`consilium-cli bench store`).
struct StoreBenchmarkResult {
    int cases = 0;
    int commentsPerCase = 0;
    double insertCasesPerSecond = 0;  ///< cases (with their comments and index entries) per second
    double openMs = 0;                ///< open + key check + schema check of the filled database
    double feedFirstPageMs = 0;       ///< median, page of 50 newest
    double feedDeepPageMs = 0;        ///< median, page of 50 around case 50,000 (keyset cursor)
    double feedFilteredPageMs = 0;    ///< median, page of 50 filtered by tag and unread
    double searchMs = 0;              ///< median, two-word full-text query over cases and comments
    qint64 databaseBytes = 0;
};

/// Fills a fresh store in `folder` with `caseCount` synthetic cases (deterministic text from a
/// medical vocabulary, tags, specialties, `commentsPerCase` comments each) and measures feed
/// paging, full-text search and open time. `folder` must be empty or absent.
Result<StoreBenchmarkResult> runStoreBenchmark(const QString& folder, int caseCount, int commentsPerCase,
                                               QByteArrayView databaseKey);

} // namespace consilium::store
