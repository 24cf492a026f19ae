#include "core/crypto/KeyDerivation.h"

#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto::detail {

static_assert(protocol::kKeySize == crypto_kdf_KEYBYTES);
static_assert(sizeof(protocol::kKdfContextObjects) - 1 == crypto_kdf_CONTEXTBYTES);

SecretBytes deriveSubkey(const SecretBytes& key, const char (&context)[9])
{
    Q_ASSERT(key.size() == crypto_kdf_KEYBYTES);
    SecretBytes subkey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_kdf_derive_from_key(
        subkey.data(), static_cast<size_t>(subkey.size()), protocol::kKdfSubkeyId, context, key.data());
    return subkey;
}

} // namespace consilium::crypto::detail
