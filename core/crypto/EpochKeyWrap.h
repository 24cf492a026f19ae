#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>

namespace consilium::crypto {

/// The recipient-side view of a wrap, checked and unwrapped.
struct UnwrappedEpochKey {
    QByteArray caseId;
    quint64 epoch = 0;
    SigningPublicKey sender; ///< the device that wrapped it
    SecretBytes key;
};

/// Wraps a case epoch key to one member device: crypto_box_seal to the device's X25519 key of
/// [1, case id, epoch, recipient device, key], inside a structure signed by the sender device
/// because sealed boxes are anonymous. Layout: docs/protocol.md, "Epoch key wrap".
/// Thread-safe.
Result<QByteArray> wrapEpochKey(const SecretBytes& epochKey, const QByteArray& caseId, quint64 epoch,
    const SigningPublicKey& recipientDevice, const EncryptionPublicKey& recipientKey,
    const SigningKeyPair& senderDevice);

/// Reads the sender of a wrap without verifying anything, to look up its device key.
Result<SigningPublicKey> peekEpochKeyWrapSender(QByteArrayView wrap);

/// Verifies and opens a wrap, in this order: structure, addressed to `recipient`'s device and
/// encryption key, sender is `expectedSender`, signature, sealed box, inner binding (case id,
/// epoch and recipient inside equal those outside). Each failure has its own message.
/// Thread-safe.
Result<UnwrappedEpochKey> unwrapEpochKey(
    QByteArrayView wrap, const DeviceKeys& recipient, const SigningPublicKey& expectedSender);

} // namespace consilium::crypto
