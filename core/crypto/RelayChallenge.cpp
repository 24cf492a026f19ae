#include "core/crypto/RelayChallenge.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"

#include <QCborArray>

namespace consilium::crypto {

QByteArray relayChallengeMessage(QByteArrayView challenge, const SigningPublicKey& device)
{
    const QCborArray body{1, challenge.toByteArray(), device.bytes()};
    return domainHash(protocol::kDomainRelayChallenge, detail::encode(body));
}

QByteArray signRelayChallenge(const SigningKeyPair& device, QByteArrayView challenge)
{
    return device.sign(relayChallengeMessage(challenge, device.publicKey()));
}

Result<void> verifyRelayChallenge(const SigningPublicKey& device, QByteArrayView challenge, QByteArrayView signature)
{
    if (challenge.size() != kRelayChallengeSize)
        return fail(
            QStringLiteral("crypto"), ErrorCode::PermissionDenied,
            QStringLiteral("relay challenge has %1 bytes, expected %2").arg(challenge.size()).arg(kRelayChallengeSize));
    if (auto ok = verifySignature(device, relayChallengeMessage(challenge, device), signature); !ok)
        return fail(QStringLiteral("crypto"), ErrorCode::PermissionDenied,
                    QStringLiteral("relay challenge: signature does not verify (wrong device key or altered)"));
    return {};
}

} // namespace consilium::crypto
