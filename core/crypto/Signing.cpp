#include "core/crypto/Signing.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto::detail {

QByteArray signStructure(const SigningKeyPair& signer, QByteArrayView domain, const QCborArray& body)
{
    QCborArray signedStructure = body;
    signedStructure.append(signer.sign(domainHash(domain, encode(body))));
    return encode(signedStructure);
}

Result<void> verifyStructure(
    const SigningPublicKey& signer, QByteArrayView domain, const QCborArray& structure, const QString& what)
{
    QCborArray body = structure;
    const QByteArray signature = body.takeAt(body.size() - 1).toByteArray();
    if (!verifySignature(signer, domainHash(domain, encode(body)), signature))
        return cryptoError(
            ErrorCode::PermissionDenied, QStringLiteral("%1: signature does not verify (forged or damaged)").arg(what));
    return {};
}

} // namespace consilium::crypto::detail
