#pragma once

#include "core/common/Error.h"
#include "core/crypto/DeviceHandover.h"
#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

class SyncEngine;

/// What linkNewDevice() made, for the user to carry to the new device: the sealed hand-over
/// (to be written owner-only) and the one-time code that opens it (shown, never stored).
struct NewDeviceLink {
    crypto::SigningPublicKey device; ///< the new device's key, which is also its id
    QByteArray file;
    crypto::LinkCode code;
    quint64 expires = 0; ///< seconds since the Unix epoch
    int sharedCases = 0; ///< cases whose history was queued to the new device
};

/// "Link a new device" on a device of this identity (docs/protocol.md § 19.5.1), in one go:
/// generates the new device's keys here, adds it to the identity's signed device list at the
/// relay (SyncEngine::linkDevice), records its encryption key certificate (signed with the key
/// just made, so no round trip through the new device is needed), names it `deviceName` in this
/// profile, queues the history to it (SyncEngine::shareHistory; the caller flushes) and seals the
/// hand-over with a fresh LinkCode, valid kValiditySeconds from `now`. Nothing is queued or
/// named if the relay refuses the list; the list entry stays if a local step fails after it.
/// Thread notes: on the store's thread, like the engine; `done` runs there.
void linkNewDevice(SyncEngine& engine, const QString& deviceName, quint64 now,
                   std::function<void(Result<NewDeviceLink>)> done);

/// On the new device, in a freshly created, empty store: the handed-over identity and device
/// keys, the self person, the credential and pinned verifier (SyncProfile::setUp) and the relay,
/// in one transaction: what `consilium-cli sync init-profile --identity` and `register` give
/// the CLI's second device.
Result<void> adoptHandover(store::Store& store, const crypto::DeviceHandover& handover);

/// Then, on the new device: SyncEngine::joinIdentity through a relay client of its own (the
/// relay stored by adoptHandover), and the introduction sent. Answers how many devices the
/// identity's list holds. Fails when the relay cannot be reached or does not list this device.
/// Thread notes: on the store's thread, which must run an event loop; `done` runs there.
void joinLinkedIdentity(store::Store& store, std::function<void(Result<int>)> done);

} // namespace consilium::sync
