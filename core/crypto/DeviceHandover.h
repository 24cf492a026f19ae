#pragma once

#include "core/common/Error.h"
#include "core/crypto/Keys.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/VerifierDirectory.h"

#include <QByteArray>
#include <QString>

namespace consilium::crypto {

/// The one-time code that opens a device hand-over file (docs/protocol.md § 19.5.1): 128 random
/// bits and a 32-bit checksum, shown as 32 characters of Crockford base32 in 8 groups of 4 and as
/// a QR code on the device that made it. Never written to disk; a typo is caught by the checksum
/// before any decryption is tried.
/// Thread notes: a move-only value type.
class LinkCode {
public:
    static LinkCode generate();
    /// Wraps 16 given random bytes (test vectors).
    static Result<LinkCode> fromBytes(const SecretBytes& random);
    /// Reads a typed or scanned code: case, spaces and dashes do not matter, O/I/L read as 0/1/1.
    /// A wrong length, character or checksum is a Malformed error saying so.
    static Result<LinkCode> parse(const QString& typed);

    /// "XXXX-XXXX-…" (39 characters). A QString cannot be wiped: drop it once shown.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] const SecretBytes& bytes() const noexcept { return m_random; }

private:
    explicit LinkCode(SecretBytes random);

    SecretBytes m_random;
};

/// Everything a new device of an identity needs to become a profile of it, made by a device
/// already in the identity's device list, which also generated the new device's keys: the
/// identity key, the new device's signing and encryption keys, the credential and the pinned
/// verifier (with its revocation list), the relay, and the clinician's details as shown.
struct DeviceHandover {
    quint64 expires = 0; ///< seconds since the Unix epoch; refused after
    QString relayUrl;
    QString displayName;
    QString profession;
    QString specialty;
    QByteArray credential; ///< the identity's credential (Credential::encoded)
    VerifierPublicState verifier;
    SigningKeyPair identity;
    DeviceKeys device;
};

/// The encrypted hand-over file (docs/protocol.md § 19.5.1): deterministic CBOR sealed with
/// XChaCha20-Poly1305 under a key derived from the LinkCode. Pure functions, thread-safe.
namespace devicehandover {

/// How long a hand-over stays valid after it is made.
constexpr quint64 kValiditySeconds = 24 * 60 * 60;
/// The file name suffix the app offers ("consilium-link-….cnslink").
inline QString fileSuffix()
{
    return QStringLiteral("cnslink");
}

Result<QByteArray> seal(const DeviceHandover& handover, const LinkCode& code);
/// Opens a hand-over file: Malformed for something that is not one, Unsupported for a newer
/// version, PermissionDenied for a wrong code or an altered file (the AEAD cannot tell them
/// apart), Malformed for unusable contents. Does not look at the expiry: see isExpired().
Result<DeviceHandover> open(QByteArrayView file, const LinkCode& code);
/// True once `now` (seconds since the Unix epoch) is past the hand-over's expiry.
[[nodiscard]] bool isExpired(const DeviceHandover& handover, quint64 now);

} // namespace devicehandover

} // namespace consilium::crypto
