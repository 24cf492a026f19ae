#pragma once

#include "core/common/Error.h"

#include <functional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

class RelayClient;

/// Finds which of this profile's blobs not yet known to be on the relay (store::BlobStore::
/// notKnownOnRelay) the relay does hold, and records them (setOnRelay), so the cache limit may
/// evict them. This matters for the profile's own cases uploaded before store schema 6, which
/// recorded no acceptance: without it they would stay on disk forever.
///
/// The relay's word is not taken: for each blob it must send the last bytes of the ciphertext
/// (which hold the final authentication tag), and they must equal this computer's copy. A blob
/// the relay does not hold (404: a case kept only here, an upload still queued) is left as it
/// is. `done` answers how many were confirmed, or the first network failure (the pass stops;
/// confirmations made before it stay).
/// Thread notes: on the store's thread (the client's), which runs an event loop; `store` and
/// `client` must outlive the pass.
void confirmBlobsOnRelay(store::Store& store, RelayClient& client, std::function<void(Result<int>)> done);

} // namespace consilium::sync
