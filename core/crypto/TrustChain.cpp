#include "core/crypto/TrustChain.h"

#include "core/crypto/Hashing.h"
#include "core/crypto/SodiumSupport.h"

#include <QDateTime>

namespace consilium::crypto {

namespace {

tl::unexpected<Error> untrusted(const QString& message)
{
    return detail::cryptoError(ErrorCode::PermissionDenied, message);
}

} // namespace

Result<void> verifyCredential(const SigningPublicKey& pinnedVerifier, const RevocationList& revocations,
    const Credential& credential, QDate today)
{
    if (revocations.verifierKey() != pinnedVerifier)
        return untrusted(QStringLiteral("the revocation list was not signed by the pinned verifier"));
    if (credential.verifierKey() != pinnedVerifier)
        return untrusted(QStringLiteral("credential was issued by a different verifier (%1), not the pinned one")
                             .arg(credential.verifierKey().toHex().left(16)));
    if (revocations.isRevoked(credential.id()))
        return untrusted(QStringLiteral("credential %1 has been revoked (revocation list %2)")
                             .arg(toHex(credential.id()))
                             .arg(revocations.sequence()));
    if (today > credential.details().expires)
        return untrusted(
            QStringLiteral("credential expired on %1").arg(credential.details().expires.toString(Qt::ISODate)));
    if (today < credential.details().issued)
        return untrusted(
            QStringLiteral("credential is not valid before %1").arg(credential.details().issued.toString(Qt::ISODate)));
    return {};
}

Result<TrustedDevice> verifyDeviceChain(const SigningPublicKey& pinnedVerifier, const RevocationList& revocations,
    const Credential& credential, const DeviceList& deviceList, const DeviceCertificate& certificate, QDate today)
{
    if (auto ok = verifyCredential(pinnedVerifier, revocations, credential, today); !ok)
        return tl::unexpected(ok.error());
    const SigningPublicKey& identity = credential.details().identityKey;
    if (certificate.identityKey() != identity)
        return untrusted(QStringLiteral("device certificate is signed by a different identity than the credential's"));
    if (deviceList.identityKey() != identity)
        return untrusted(QStringLiteral("device list belongs to a different identity than the credential's"));
    if (!deviceList.contains(certificate.deviceKey()))
        return untrusted(QStringLiteral("device %1 is not in the identity's current device list")
                             .arg(certificate.deviceKey().toHex().left(16)));
    return TrustedDevice {credential, identity, certificate.deviceKey()};
}

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace consilium::crypto
