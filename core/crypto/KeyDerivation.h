#pragma once

// Internal to core/crypto: subkeys of a case epoch key or a recovery key (docs/protocol.md,
// "Key derivation").

#include "core/crypto/SecretBytes.h"

namespace consilium::crypto::detail {

/// crypto_kdf_derive_from_key(32, protocol::kKdfSubkeyId, context, key); `context` is one of
/// protocol::kKdfContext*. `key` must have 32 bytes.
SecretBytes deriveSubkey(const SecretBytes& key, const char (&context)[9]);

} // namespace consilium::crypto::detail
