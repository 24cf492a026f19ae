#pragma once

#include "core/common/Error.h"
#include "core/sync/SyncEngine.h"

#include <QUuid>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

/// Stores `draft` as a private case of this profile only — its text and its files encrypted
/// into the blob store, in one transaction — for a profile that has no relay to publish
/// through. Recipients and group are ignored (nobody else can receive it); the case shows in
/// the author's feed like any other. Fails with nothing stored.
/// Thread notes: on the store's thread.
Result<QUuid> storeCaseLocally(store::Store& store, const CaseDraft& draft);

} // namespace consilium::sync
