#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QString>

namespace consilium::crypto {

/// The 256-bit key that opens the encrypted key backup when every device is lost. Shown once as
/// 56 characters of Crockford base32 in 14 groups of 4 ("7KQ2-..."), the last 24 bits a checksum
/// so that a typo is caught before any decryption is tried.
/// Thread notes: a move-only value type.
class RecoveryKey {
public:
    static RecoveryKey generate();
    /// Wraps an existing 32-byte key (test vectors, restoring from a key file).
    static Result<RecoveryKey> fromBytes(const SecretBytes& key);
    /// Reads a typed key: case, spaces and dashes do not matter, and O/I/L read as 0/1/1.
    /// A wrong length or checksum is a Malformed error saying so.
    static Result<RecoveryKey> parse(const QString& typed);

    /// The string to show once. A QString cannot be wiped: drop it as soon as it was shown.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] const SecretBytes& key() const noexcept { return m_key; }

private:
    explicit RecoveryKey(SecretBytes key);

    SecretBytes m_key;
};

} // namespace consilium::crypto
