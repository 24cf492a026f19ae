#include "core/crypto/BlobPointer.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/KeyDerivation.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

using detail::uc;

namespace {

constexpr qint64 kPointerVersion = 1;
constexpr qsizetype kMaxPointerSize = 512;
constexpr qsizetype kWrappedKeySize = protocol::kKeySize + protocol::kAeadTagSize;

// The associated data: everything the wrapped key must stay bound to.
QByteArray boundFields(const QByteArray& caseId, quint64 epoch, const QByteArray& blobId, qint64 plaintextSize,
    qint64 ciphertextSize, const QByteArray& ciphertextHash)
{
    return detail::encode(
        QCborArray {kPointerVersion, caseId, qint64(epoch), blobId, plaintextSize, ciphertextSize, ciphertextHash});
}

} // namespace

Result<QByteArray> encodeBlobPointer(
    const BlobPointer& pointer, const SecretBytes& epochKey, const QByteArray& caseId, quint64 epoch)
{
    if (pointer.blobId.size() != protocol::kIdSize || caseId.size() != protocol::kIdSize
        || pointer.ciphertextHash.size() != protocol::kHashSize || pointer.key.size() != protocol::kKeySize
        || epochKey.size() != protocol::kKeySize || pointer.plaintextSize < 0 || pointer.ciphertextSize < 0)
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("blob pointer: invalid field sizes"));

    const QByteArray ad = boundFields(
        caseId, epoch, pointer.blobId, pointer.plaintextSize, pointer.ciphertextSize, pointer.ciphertextHash);
    const QByteArray nonce = detail::randomBytes(protocol::kNonceSize);
    const SecretBytes wrappingKey = detail::deriveSubkey(epochKey, protocol::kKdfContextBlobKeys);
    QByteArray wrapped(kWrappedKeySize, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(uc(wrapped), nullptr, pointer.key.data(), pointer.key.size(), uc(ad),
        ad.size(), nullptr, uc(nonce), wrappingKey.data());
    return detail::encode(QCborArray {kPointerVersion, pointer.blobId, pointer.plaintextSize, pointer.ciphertextSize,
        pointer.ciphertextHash, nonce, wrapped});
}

Result<BlobPointer> decodeBlobPointer(
    QByteArrayView bytes, const SecretBytes& epochKey, const QByteArray& caseId, quint64 epoch)
{
    const QString what = QStringLiteral("blob pointer");
    auto array = detail::decodeArray(bytes, what, kMaxPointerSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kPointerVersion, 7);
    BlobPointer pointer;
    pointer.blobId = fields.bytes(1, "blob id", protocol::kIdSize);
    pointer.plaintextSize = qint64(fields.uint(2, "plaintext size"));
    pointer.ciphertextSize = qint64(fields.uint(3, "ciphertext size"));
    pointer.ciphertextHash = fields.bytes(4, "ciphertext hash", protocol::kHashSize);
    const QByteArray nonce = fields.bytes(5, "nonce", protocol::kNonceSize);
    const QByteArray wrapped = fields.bytes(6, "wrapped key", kWrappedKeySize);
    if (!fields.ok())
        return fields.error();
    if (epochKey.size() != protocol::kKeySize)
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("epoch keys have 32 bytes"));

    const QByteArray ad = boundFields(
        caseId, epoch, pointer.blobId, pointer.plaintextSize, pointer.ciphertextSize, pointer.ciphertextHash);
    const SecretBytes wrappingKey = detail::deriveSubkey(epochKey, protocol::kKdfContextBlobKeys);
    pointer.key = SecretBytes(protocol::kKeySize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(pointer.key.data(), nullptr, nullptr, uc(wrapped), wrapped.size(),
            uc(ad), ad.size(), uc(nonce), wrappingKey.data())
        != 0)
        return detail::cryptoError(ErrorCode::PermissionDenied,
            QStringLiteral("blob pointer: the key does not unwrap (another case, epoch or key, "
                           "or altered)"));
    return pointer;
}

} // namespace consilium::crypto
