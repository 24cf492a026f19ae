#include "core/crypto/DeviceCertificate.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/Signing.h"

namespace consilium::crypto {

namespace {

constexpr qint64 kCertificateVersion = 1;
constexpr qint64 kEncryptionKeyVersion = 1;
constexpr qsizetype kMaxCertificateSize = 512;

} // namespace

QByteArray DeviceCertificate::issue(const SigningKeyPair& identity, const SigningPublicKey& device, quint64 created)
{
    const QCborArray body {kCertificateVersion, identity.publicKey().bytes(), device.bytes(), qint64(created)};
    return detail::signStructure(identity, protocol::kDomainDeviceCertificate, body);
}

Result<DeviceCertificate> DeviceCertificate::parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("device certificate");
    auto array = detail::decodeArray(bytes, what, kMaxCertificateSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kCertificateVersion, 5);
    const QByteArray identity = fields.bytes(1, "identity key", protocol::kKeySize);
    const QByteArray device = fields.bytes(2, "device key", protocol::kKeySize);
    const quint64 created = fields.uint(3, "creation time");
    fields.bytes(4, "signature", protocol::kSignatureSize);
    if (!fields.ok())
        return fields.error();

    DeviceCertificate certificate;
    certificate.m_identity = *SigningPublicKey::fromBytes(identity);
    certificate.m_device = *SigningPublicKey::fromBytes(device);
    certificate.m_created = created;
    certificate.m_encoded = bytes.toByteArray();
    if (auto ok = detail::verifyStructure(certificate.m_identity, protocol::kDomainDeviceCertificate, *array, what);
        !ok)
        return tl::unexpected(ok.error());
    return certificate;
}

QByteArray EncryptionKeyCertificate::issue(
    const SigningKeyPair& device, const EncryptionPublicKey& key, quint64 serial, quint64 created)
{
    const QCborArray body {
        kEncryptionKeyVersion, device.publicKey().bytes(), key.bytes(), qint64(serial), qint64(created)};
    return detail::signStructure(device, protocol::kDomainEncryptionKey, body);
}

Result<EncryptionKeyCertificate> EncryptionKeyCertificate::parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("encryption key certificate");
    auto array = detail::decodeArray(bytes, what, kMaxCertificateSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kEncryptionKeyVersion, 6);
    const QByteArray device = fields.bytes(1, "device key", protocol::kKeySize);
    const QByteArray key = fields.bytes(2, "encryption key", protocol::kKeySize);
    const quint64 serial = fields.uint(3, "serial");
    const quint64 created = fields.uint(4, "creation time");
    fields.bytes(5, "signature", protocol::kSignatureSize);
    if (!fields.ok())
        return fields.error();

    EncryptionKeyCertificate certificate;
    certificate.m_device = *SigningPublicKey::fromBytes(device);
    certificate.m_key = *EncryptionPublicKey::fromBytes(key);
    certificate.m_serial = serial;
    certificate.m_created = created;
    certificate.m_encoded = bytes.toByteArray();
    if (auto ok = detail::verifyStructure(certificate.m_device, protocol::kDomainEncryptionKey, *array, what); !ok)
        return tl::unexpected(ok.error());
    return certificate;
}

} // namespace consilium::crypto
