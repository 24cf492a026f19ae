#pragma once

// Internal to core/crypto: how signed structures are signed (docs/protocol.md, "Hashes and
// signatures"). A signed structure is a CBOR array whose last element is the signature; the
// signed message is domainHash(domain, encode(the array without its last element)).

#include "core/crypto/Keys.h"

#include <QCborArray>

namespace consilium::crypto::detail {

/// Appends the signature of `body` to a copy of it and returns the encoded structure.
QByteArray signStructure(const SigningKeyPair& signer, QByteArrayView domain, const QCborArray& body);

/// Verifies that the last element of `structure` signs the rest. `what` names the structure.
Result<void> verifyStructure(
    const SigningPublicKey& signer, QByteArrayView domain, const QCborArray& structure, const QString& what);

} // namespace consilium::crypto::detail
