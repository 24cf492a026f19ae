#include "core/crypto/SafetyNumber.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

namespace {

constexpr qint64 kPayloadVersion = 1;
// Signal's iteration count: slows down a search for a second key with the same digits.
constexpr int kIterations = 5200;
constexpr qsizetype kDigitsPerUser = 30;
constexpr qsizetype kFingerprintSize = 32;

struct UserFingerprint {
    QString digits;
    QByteArray fingerprint;
};

UserFingerprint fingerprint(const SigningPublicKey& identity, QByteArrayView stableId)
{
    detail::ensureSodium();
    // h0 = BLAKE2b-512(domain ‖ 0x00 ‖ version ‖ identity ‖ stable id); h(i+1) = BLAKE2b-512(h(i) ‖ identity)
    QByteArray input = protocol::kDomainSafetyNumber.toByteArray();
    input.append('\0');
    input.append(char(0));
    input.append(char(kPayloadVersion));
    input.append(identity.bytes());
    input.append(stableId.toByteArray());
    QByteArray hash(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash(detail::uc(hash), size_t(hash.size()), detail::uc(input), size_t(input.size()), nullptr, 0);
    for (int i = 0; i < kIterations; ++i) {
        const QByteArray next = hash + identity.bytes();
        crypto_generichash(detail::uc(hash), size_t(hash.size()), detail::uc(next), size_t(next.size()), nullptr, 0);
    }
    // Six 5-byte chunks, each a big-endian number modulo 100000, five digits each.
    QString digits;
    for (qsizetype chunk = 0; chunk < kDigitsPerUser / 5; ++chunk) {
        quint64 value = 0;
        for (qsizetype i = 0; i < 5; ++i)
            value = (value << 8) | quint8(hash[chunk * 5 + i]);
        digits += QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return UserFingerprint {digits, hash.left(kFingerprintSize)};
}

} // namespace

SafetyNumber SafetyNumber::compute(const SigningPublicKey& localIdentity, QByteArrayView localStableId,
    const SigningPublicKey& remoteIdentity, QByteArrayView remoteStableId)
{
    UserFingerprint a = fingerprint(localIdentity, localStableId);
    UserFingerprint b = fingerprint(remoteIdentity, remoteStableId);
    // Sorted, so that both sides see one number whoever computes it.
    if (b.digits < a.digits || (b.digits == a.digits && b.fingerprint < a.fingerprint))
        std::swap(a, b);
    SafetyNumber number;
    number.m_digits = a.digits + b.digits;
    number.m_qrPayload = detail::encode(QCborArray {kPayloadVersion, a.fingerprint, b.fingerprint});
    return number;
}

SafetyNumber SafetyNumber::betweenIdentities(const SigningPublicKey& localIdentity,
                                             const SigningPublicKey& remoteIdentity)
{
    return compute(localIdentity, localIdentity.toHex().toLatin1(), remoteIdentity, remoteIdentity.toHex().toLatin1());
}

QString SafetyNumber::identityDigits(const SigningPublicKey& identity)
{
    return fingerprint(identity, identity.toHex().toLatin1()).digits;
}

QString SafetyNumber::formatted() const
{
    QStringList groups;
    for (qsizetype i = 0; i < m_digits.size(); i += 5)
        groups.append(m_digits.mid(i, 5));
    return groups.join(u' ');
}

Result<void> SafetyNumber::matchScanned(QByteArrayView scanned) const
{
    const QString what = QStringLiteral("safety number code");
    auto array = detail::decodeArray(scanned, what, 256);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kPayloadVersion, 3);
    fields.bytes(1, "first fingerprint", kFingerprintSize);
    fields.bytes(2, "second fingerprint", kFingerprintSize);
    if (!fields.ok())
        return fields.error();
    if (scanned != m_qrPayload)
        return detail::cryptoError(ErrorCode::PermissionDenied,
            QStringLiteral("the scanned safety number differs: this is not the identity "
                           "key you were shown"));
    return {};
}

} // namespace consilium::crypto
