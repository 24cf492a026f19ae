#include "core/crypto/EpochKeyWrap.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/Signing.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

using detail::uc;

namespace {

constexpr qint64 kWrapVersion = 1;
constexpr qint64 kPlaintextVersion = 1;
constexpr qsizetype kMaxWrapSize = 1024;

static_assert(protocol::kSealOverhead == crypto_box_SEALBYTES);

tl::unexpected<Error> wrapError(ErrorCode code, const QString& message)
{
    return detail::cryptoError(code, QStringLiteral("epoch key wrap: ") + message);
}

struct WrapFields {
    QByteArray caseId;
    quint64 epoch = 0;
    SigningPublicKey recipientDevice;
    EncryptionPublicKey recipientKey;
    SigningPublicKey sender;
    QByteArray sealed;
};

Result<WrapFields> parseWrap(QByteArrayView wrap, QCborArray* structure)
{
    const QString what = QStringLiteral("epoch key wrap");
    auto array = detail::decodeArray(wrap, what, kMaxWrapSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kWrapVersion, 8);
    WrapFields parsed;
    parsed.caseId = fields.bytes(1, "case id", protocol::kIdSize);
    parsed.epoch = fields.uint(2, "epoch");
    const QByteArray recipientDevice = fields.bytes(3, "recipient device", protocol::kKeySize);
    const QByteArray recipientKey = fields.bytes(4, "recipient encryption key", protocol::kKeySize);
    const QByteArray sender = fields.bytes(5, "sender device", protocol::kKeySize);
    parsed.sealed = fields.bytesUpTo(6, "sealed key", kMaxWrapSize);
    fields.bytes(7, "signature", protocol::kSignatureSize);
    if (!fields.ok())
        return fields.error();
    parsed.recipientDevice = *SigningPublicKey::fromBytes(recipientDevice);
    parsed.recipientKey = *EncryptionPublicKey::fromBytes(recipientKey);
    parsed.sender = *SigningPublicKey::fromBytes(sender);
    if (structure != nullptr)
        *structure = *array;
    return parsed;
}

} // namespace

Result<QByteArray> wrapEpochKey(const SecretBytes& epochKey, const QByteArray& caseId, quint64 epoch,
    const SigningPublicKey& recipientDevice, const EncryptionPublicKey& recipientKey,
    const SigningKeyPair& senderDevice)
{
    if (epochKey.size() != protocol::kKeySize || caseId.size() != protocol::kIdSize || recipientDevice.isNull()
        || recipientKey.isNull())
        return wrapError(ErrorCode::InvalidArgument, QStringLiteral("invalid key, case id or recipient"));
    detail::ensureSodium();
    // The binding inside the box: a wrap cannot be re-addressed or moved to another case or
    // epoch by editing the signed outer fields, even by a member who can sign.
    const SecretBytes plaintext = detail::encodeWithSecrets(
        QCborArray {kPlaintextVersion, caseId, qint64(epoch), recipientDevice.bytes()}, {&epochKey});
    QByteArray sealed(plaintext.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(
            uc(sealed), plaintext.data(), static_cast<unsigned long long>(plaintext.size()), uc(recipientKey.bytes()))
        != 0)
        return wrapError(ErrorCode::InvalidArgument, QStringLiteral("unusable recipient encryption key"));
    const QCborArray body {kWrapVersion, caseId, qint64(epoch), recipientDevice.bytes(), recipientKey.bytes(),
        senderDevice.publicKey().bytes(), sealed};
    return detail::signStructure(senderDevice, protocol::kDomainEpochKeyWrap, body);
}

Result<SigningPublicKey> peekEpochKeyWrapSender(QByteArrayView wrap)
{
    auto parsed = parseWrap(wrap, nullptr);
    if (!parsed)
        return tl::unexpected(parsed.error());
    return parsed->sender;
}

Result<UnwrappedEpochKey> unwrapEpochKey(
    QByteArrayView wrap, const DeviceKeys& recipient, const SigningPublicKey& expectedSender)
{
    QCborArray structure;
    auto parsed = parseWrap(wrap, &structure);
    if (!parsed)
        return tl::unexpected(parsed.error());
    if (parsed->recipientDevice != recipient.deviceId())
        return wrapError(ErrorCode::PermissionDenied, QStringLiteral("addressed to another device"));
    if (parsed->recipientKey != recipient.encryption.publicKey())
        return wrapError(
            ErrorCode::PermissionDenied, QStringLiteral("sealed to another encryption key of this device (rotated?)"));
    if (parsed->sender != expectedSender)
        return wrapError(ErrorCode::PermissionDenied, QStringLiteral("sent by another device than expected"));
    if (auto ok = detail::verifyStructure(
            expectedSender, protocol::kDomainEpochKeyWrap, structure, QStringLiteral("epoch key wrap"));
        !ok)
        return tl::unexpected(ok.error());

    if (parsed->sealed.size() <= crypto_box_SEALBYTES)
        return wrapError(ErrorCode::Malformed, QStringLiteral("sealed key too short"));
    SecretBytes plaintext(parsed->sealed.size() - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plaintext.data(), uc(parsed->sealed),
            static_cast<unsigned long long>(parsed->sealed.size()), uc(recipient.encryption.publicKey().bytes()),
            recipient.encryption.secretKey().data())
        != 0)
        return wrapError(
            ErrorCode::PermissionDenied, QStringLiteral("the sealed key does not open with this device's key"));
    auto inner = detail::decodeWithSecrets(plaintext, 1, protocol::kKeySize, QStringLiteral("epoch key wrap content"));
    if (!inner)
        return tl::unexpected(inner.error());
    detail::FieldReader fields(inner->publicPart, QStringLiteral("epoch key wrap content"));
    fields.expectShape(kPlaintextVersion, 4);
    const QByteArray caseId = fields.bytes(1, "case id", protocol::kIdSize);
    const quint64 epoch = fields.uint(2, "epoch");
    const QByteArray boundRecipient = fields.bytes(3, "recipient device", protocol::kKeySize);
    if (!fields.ok())
        return fields.error();
    if (caseId != parsed->caseId || epoch != parsed->epoch || boundRecipient != parsed->recipientDevice.bytes())
        return wrapError(ErrorCode::PermissionDenied,
            QStringLiteral("binding mismatch: the sealed case, epoch or recipient differ from the wrap's"));
    return UnwrappedEpochKey {parsed->caseId, parsed->epoch, parsed->sender, std::move(inner->secrets.front())};
}

} // namespace consilium::crypto
