#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>

namespace consilium::crypto {

/// Size of a relay authentication challenge (random, chosen by the relay).
constexpr qsizetype kRelayChallengeSize = 32;

/// What a device signs to prove itself to a relay (docs/protocol.md, "Relay API",
/// Authentication): H("consilium/v1/relay-challenge", CBOR([1, challenge: bstr32, device: bstr32])).
/// Binding the device key keeps a signature for one device from answering another's challenge.
QByteArray relayChallengeMessage(QByteArrayView challenge, const SigningPublicKey& device);

/// The device's Ed25519 signature (64 bytes) of relayChallengeMessage().
QByteArray signRelayChallenge(const SigningKeyPair& device, QByteArrayView challenge);

/// Ok when `signature` answers `challenge` for `device`; PermissionDenied otherwise (also for a
/// challenge of the wrong size).
Result<void> verifyRelayChallenge(const SigningPublicKey& device, QByteArrayView challenge, QByteArrayView signature);

} // namespace consilium::crypto
