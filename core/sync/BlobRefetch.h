#pragma once

#include "core/common/Error.h"
#include "core/sync/BlobTransfer.h"

#include <QUuid>

#include <functional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

/// Fetches again from the relay the blobs of `caseId` that the cache limit evicted
/// (store::CacheEviction), by the ciphertext hash the store kept, and puts each back
/// (store::BlobStore::restore: size and hash checked, crash-safe). Blobs are fetched one after
/// the other; `progress(fetched, total)` follows each; `done` answers how many were fetched (0
/// when nothing was evicted) or the first failure — the blobs fetched before it stay.
/// Thread notes: on the store's thread (the client's), which runs an event loop; `store` and
/// `client` must outlive the transfer.
void refetchEvicted(store::Store& store, RelayClient& client, RetryPolicy policy, const QUuid& caseId,
                    std::function<void(int fetched, int total)> progress, std::function<void(Result<int>)> done);

} // namespace consilium::sync
