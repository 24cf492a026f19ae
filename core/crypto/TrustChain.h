#pragma once

#include "core/crypto/Credential.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/DeviceList.h"

namespace consilium::crypto {

/// What verifyDeviceChain() vouches for: a verified clinician and one of their current devices.
struct TrustedDevice {
    Credential credential;
    SigningPublicKey identityKey;
    SigningPublicKey deviceKey;
};

/// verifier → identity: the credential was issued by `pinnedVerifier`, is not in `revocations`
/// and is valid on `today` (UTC). Checks in that order; each failure is a PermissionDenied
/// error with its own message (wrong verifier, revoked, expired, not yet valid). The structures
/// passed in were parsed, so their own signatures have already been checked.
Result<void> verifyCredential(const SigningPublicKey& pinnedVerifier, const RevocationList& revocations,
    const Credential& credential, QDate today);

/// verifier → identity → device: verifyCredential(), then the device certificate and the
/// current device list must both be signed by the credential's identity, and the list must
/// contain the device. Order and messages: docs/protocol.md, "Verifying a device".
/// Thread-safe: a pure function.
Result<TrustedDevice> verifyDeviceChain(const SigningPublicKey& pinnedVerifier, const RevocationList& revocations,
    const Credential& credential, const DeviceList& deviceList, const DeviceCertificate& certificate, QDate today);

/// Today's date in UTC, the clock credentials expire by.
QDate todayUtc();

} // namespace consilium::crypto
