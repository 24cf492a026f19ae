#pragma once

#include "core/common/Error.h"
#include "core/crypto/Credential.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/InviteCode.h"
#include "core/crypto/Keys.h"
#include "core/crypto/MembershipState.h"
#include "core/crypto/ReplayGuard.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/sync/RelayClient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

/// One clinician as this profile verified them: verifier → identity (credential) → devices.
struct VerifiedIdentity {
    crypto::Credential credential;
    crypto::DeviceList deviceList; ///< the newest entry this profile verified
};

/// core/sync's state inside a profile's store (sync_values and the people tables): the pinned
/// verifier, this profile's credential and device list history, verified contacts, case epoch
/// keys, membership logs, the replay guard and per-case sequence numbers. Synchronous; every
/// write goes to the store at once (callers group writes in a SqlTransaction).
/// Thread notes: on the store's thread, like the Store.
class SyncProfile {
public:
    /// Loads the profile's own keys; fails when the profile has none (not initialised).
    static Result<SyncProfile> load(store::Store& store);

    [[nodiscard]] store::Store& store() const { return *m_store; }
    [[nodiscard]] const crypto::SigningKeyPair& identity() const { return *m_identity; }
    [[nodiscard]] const crypto::DeviceKeys& device() const { return *m_device; }

    /// Pins `verifier` and stores `credential` (which must be this identity's, issued by that
    /// verifier and valid today), the first device list (this device alone) and this device's
    /// encryption key certificate. Idempotent for the same credential.
    Result<void> setUp(const QByteArray& credential, const crypto::VerifierPublicState& verifier);
    Result<QByteArray> credential();
    Result<QList<QByteArray>> ownDeviceLists();
    Result<QByteArray> ownEncryptionCertificate();
    /// Device linking, on a device of this identity (docs/protocol.md § 19.5): the entry that
    /// follows this identity's newest device list with `device` added, signed by the identity key.
    /// Fails when the device is listed already. Stores nothing: call recordOwnDeviceList() once
    /// the relay has taken the entry.
    Result<QByteArray> nextOwnDeviceList(const crypto::SigningPublicKey& device);
    /// Device removal (§ 19.6): the entry that follows this identity's newest device list without
    /// `device`, signed by the identity key. Refuses this very device, a device not listed
    /// (NotFound) and the last device. Stores nothing, like nextOwnDeviceList().
    Result<QByteArray> nextOwnDeviceListWithout(const crypto::SigningPublicKey& device);
    /// Brings this identity's own device list history up to the relay's `record` (another device
    /// of the identity may have linked one): verified like any identity's, never rolled back.
    Result<void> refreshOwnDeviceLists(const IdentityRecord& record);
    /// Records `entry`, which must extend this identity's device list, as its newest.
    Result<void> recordOwnDeviceList(const QByteArray& entry);
    /// Device linking, on the new device: adopts the identity's device list history as the relay
    /// holds it, in place of the one-device list setUp() made. The history must verify, be this
    /// identity's and list this device.
    Result<void> adoptOwnDeviceLists(const QList<QByteArray>& history);
    Result<QString> relayUrl();
    Result<void> setRelayUrl(const QString& url);
    /// Whether cases received from now on are kept offline ("pinned") as they arrive, as if the
    /// reader had ticked "Keep offline" on each (Settings › Sync). Off unless set.
    Result<bool> pinsNewCases();
    Result<void> setPinsNewCases(bool pin);
    /// This profile's invitation (docs/protocol.md, "Invite codes"), valid 14 days from `now`:
    /// name and profession from its credential, its newest device list entry, its relay.
    Result<crypto::InviteCode> createInvite(quint64 now);

    /// Verifies a record fetched from the relay and remembers it: the credential against the
    /// pinned verifier and revocation list, the device list chain from its first entry, and — for
    /// an identity seen before — that the new list extends the one verified then (no rollback or
    /// fork). Saves the person and their current devices.
    Result<VerifiedIdentity> acceptIdentity(const crypto::SigningPublicKey& identity, const IdentityRecord& record);
    /// The identity as verified earlier, or nullopt if never.
    Result<std::optional<VerifiedIdentity>> knownIdentity(const crypto::SigningPublicKey& identity);
    /// Records a device's encryption key from its certificate (signed by the device, which must be
    /// in the identity's verified device list); keeps the highest serial.
    Result<void> acceptEncryptionCertificate(const crypto::SigningPublicKey& identity, const QByteArray& certificate);
    /// The identity's current devices with their encryption keys; fails naming a device whose
    /// encryption key this profile has not received yet.
    Result<QList<crypto::MemberDevice>> memberDevices(const crypto::SigningPublicKey& identity);

    Result<std::optional<crypto::SecretBytes>> epochKey(const QByteArray& caseId, quint64 epoch);
    Result<void> setEpochKey(const QByteArray& caseId, quint64 epoch, const crypto::SecretBytes& key,
                             const crypto::SigningPublicKey& sender);
    Result<std::optional<crypto::SigningPublicKey>> epochKeySender(const QByteArray& caseId, quint64 epoch);
    Result<void> forgetEpochKey(const QByteArray& caseId, quint64 epoch);

    Result<QList<QByteArray>> membershipLog(const QByteArray& caseId);
    Result<std::optional<crypto::MembershipState>> membership(const QByteArray& caseId);
    Result<void> setMembershipLog(const QByteArray& caseId, const QList<QByteArray>& events);
    /// The ids of every case this profile holds a membership log for.
    Result<QList<QByteArray>> membershipCases();

    Result<crypto::ReplayGuard> replayGuard();
    Result<void> saveReplayGuard(const crypto::ReplayGuard& guard);
    /// The next object sequence number of this device in the case (1, 2, ...), recorded.
    Result<quint64> takeSequence(const QByteArray& caseId);

    /// The pinned verifier and its revocation list; NotFound before setUp().
    Result<crypto::VerifierPublicState> verifier();

private:
    SyncProfile() = default;
    Result<std::optional<QByteArray>> value(const QString& name);
    Result<void> setValue(const QString& name, const QByteArray& value);

    store::Store* m_store = nullptr;
    std::shared_ptr<crypto::SigningKeyPair> m_identity;
    std::shared_ptr<crypto::DeviceKeys> m_device;
};

} // namespace consilium::sync
