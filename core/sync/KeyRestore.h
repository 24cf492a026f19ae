#pragma once

#include "core/common/Error.h"
#include "core/crypto/KeyBackup.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/sync/RelayClient.h"

#include <functional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

/// What a computer with only the recovery key gets back from the relay (docs/protocol.md
/// § 14.3): the identity and device keys from the key backup, and the identity's credential and
/// device list history, fetched as that device.
struct RestoredIdentity {
    crypto::KeyBackupContents keys;
    IdentityRecord record;
};

/// Restoring a profile when every device is lost: the recovery key finds the key backup on the
/// relay, opens it, and the device it restores (the one that made the backup, still in its
/// identity's device list) signs in to fetch the credential and device lists. A wrong key is
/// "no key backup is stored under this recovery key"; a backup that does not open, or whose
/// identity is not the one the relay named, is refused.
/// Thread notes: GUI or CLI thread, with the transport's event loop running.
void fetchRestoredIdentity(HttpTransport& transport, crypto::RecoveryKey recoveryKey,
                           std::function<void(Result<RestoredIdentity>)> done);

/// Fills a new, empty profile store with `restored`: the keys, the self person from the
/// credential, the credential checked against the pinned `verifier` (as onboarding does), the
/// relay's device list history (which must list the restored device) and the relay URL.
Result<void> setUpRestoredProfile(store::Store& store, RestoredIdentity restored,
                                  const crypto::VerifierPublicState& verifier, const QString& relayUrl);

} // namespace consilium::sync
