#pragma once

// Internal to core/crypto: the one header that includes sodium.h. Public headers never include
// it, so libsodium stays PRIVATE to this module (ARCHITECTURE.md, third-party libraries).

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <sodium.h>

namespace consilium::crypto::detail {

/// Initialises libsodium once per process; thread-safe (a function-local static). Aborts when
/// the library cannot start (no entropy source): no key could be made safely after that.
void ensureSodium();

inline QString domain()
{
    return QStringLiteral("crypto");
}

inline tl::unexpected<Error> cryptoError(ErrorCode code, const QString& message)
{
    return fail(domain(), code, message);
}

/// Every random byte of the module comes from here, so that test vectors can pin nonces and
/// seeds (core/crypto/Testing.h). Outside a test it is randombytes_buf.
void randomFill(unsigned char* out, size_t size);
QByteArray randomBytes(qsizetype size);

inline const unsigned char* uc(QByteArrayView bytes) noexcept
{
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

inline unsigned char* uc(QByteArray& bytes)
{
    return reinterpret_cast<unsigned char*>(bytes.data());
}

} // namespace consilium::crypto::detail
