#include "core/crypto/SealedObject.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/KeyDerivation.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

using detail::uc;

namespace {

constexpr qint64 kObjectVersion = 1;
constexpr qint64 kHeaderVersion = 1;
// The encoded header is small; the bound is generous for kMaxParents parents.
constexpr qsizetype kMaxSealedSize = protocol::kMaxObjectPlaintext + protocol::kPaddingBlock + 4096;

static_assert(protocol::kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(protocol::kAeadTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);

tl::unexpected<Error> objectError(ErrorCode code, const QString& message)
{
    return detail::cryptoError(code, QStringLiteral("object: ") + message);
}

bool validType(quint64 type)
{
    return type >= quint64(ObjectType::Manifest) && type <= quint64(ObjectType::BlobPointer);
}

QCborArray headerArray(const ObjectHeader& header)
{
    QCborArray parents;
    for (const QByteArray& parent : header.parents)
        parents.append(parent);
    return QCborArray {kHeaderVersion, qint64(header.type), header.caseId, qint64(header.epoch), header.objectId,
        header.author.bytes(), qint64(header.sequence), parents};
}

Result<void> checkHeader(const ObjectHeader& header)
{
    if (!validType(quint64(header.type)))
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("unknown object type"));
    if (header.caseId.size() != protocol::kIdSize || header.objectId.size() != protocol::kIdSize)
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("case and object ids must have 16 bytes"));
    if (header.author.isNull())
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("no author device"));
    if (header.parents.size() > protocol::kMaxParents)
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("too many parents"));
    for (const QByteArray& parent : header.parents) {
        if (parent.size() != protocol::kHashSize)
            return objectError(ErrorCode::InvalidArgument, QStringLiteral("parent hashes must have 32 bytes"));
    }
    return {};
}

Result<ObjectHeader> parseHeader(const QCborArray& array)
{
    detail::FieldReader fields(array, QStringLiteral("object header"));
    fields.expectShape(kHeaderVersion, 8);
    ObjectHeader header;
    const quint64 type = fields.uint(1, "type", 255);
    header.caseId = fields.bytes(2, "case id", protocol::kIdSize);
    header.epoch = fields.uint(3, "epoch");
    header.objectId = fields.bytes(4, "object id", protocol::kIdSize);
    const QByteArray author = fields.bytes(5, "author device", protocol::kKeySize);
    header.sequence = fields.uint(6, "sequence");
    const QCborArray parents = fields.array(7, "parents", protocol::kMaxParents);
    for (qsizetype i = 0; fields.ok() && i < parents.size(); ++i) {
        if (!parents.at(i).isByteArray() || parents.at(i).toByteArray().size() != protocol::kHashSize)
            fields.failWith(ErrorCode::Malformed, QStringLiteral("parent %1 is not a 32-byte hash").arg(i + 1));
        else
            header.parents.append(parents.at(i).toByteArray());
    }
    if (fields.ok() && !validType(type))
        fields.failWith(ErrorCode::Unsupported, QStringLiteral("unknown object type %1").arg(type));
    if (!fields.ok())
        return fields.error();
    header.type = ObjectType(type);
    header.author = *SigningPublicKey::fromBytes(author);
    return header;
}

struct SealedParts {
    ObjectHeader header;
    QByteArray headerBytes;
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray signature;
};

Result<SealedParts> parseSealed(QByteArrayView sealed)
{
    const QString what = QStringLiteral("object");
    auto array = detail::decodeArray(sealed, what, kMaxSealedSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kObjectVersion, 5);
    const QCborArray header = fields.array(1, "header", 8);
    SealedParts parts;
    parts.nonce = fields.bytes(2, "nonce", protocol::kNonceSize);
    parts.ciphertext = fields.bytesUpTo(3, "ciphertext", kMaxSealedSize);
    parts.signature = fields.bytes(4, "signature", protocol::kSignatureSize);
    if (fields.ok()) {
        const qsizetype body = parts.ciphertext.size() - protocol::kAeadTagSize;
        if (body < protocol::kPaddingBlock || body % protocol::kPaddingBlock != 0)
            fields.failWith(ErrorCode::Malformed, QStringLiteral("ciphertext length is not a whole number of blocks"));
    }
    if (!fields.ok())
        return fields.error();
    auto parsedHeader = parseHeader(header);
    if (!parsedHeader)
        return tl::unexpected(parsedHeader.error());
    parts.header = std::move(*parsedHeader);
    parts.headerBytes = detail::encode(header);
    return parts;
}

// header ‖ nonce ‖ ciphertext: the header is self-delimiting CBOR and the nonce has a fixed
// size, so the concatenation is unambiguous.
QByteArray signedDigest(const QByteArray& headerBytes, const QByteArray& nonce, const QByteArray& ciphertext)
{
    const QByteArray message = headerBytes + nonce + ciphertext;
    return domainHash(protocol::kDomainObjectSignature, message);
}

} // namespace

SecretBytes generateEpochKey()
{
    return SecretBytes::random(protocol::kKeySize);
}

QByteArray generateId()
{
    return detail::randomBytes(protocol::kIdSize);
}

Result<QByteArray> sealObject(const ObjectHeader& header, QByteArrayView plaintext, const SecretBytes& epochKey,
    const SigningKeyPair& authorDevice)
{
    if (auto ok = checkHeader(header); !ok)
        return tl::unexpected(ok.error());
    if (header.author != authorDevice.publicKey())
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("the header names another author device"));
    if (epochKey.size() != protocol::kKeySize)
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("epoch keys have 32 bytes"));
    if (plaintext.size() > protocol::kMaxObjectPlaintext)
        return objectError(ErrorCode::InvalidArgument,
            QStringLiteral("plaintext larger than %1 bytes").arg(protocol::kMaxObjectPlaintext));

    // Padding always adds 1..kPaddingBlock bytes (ISO/IEC 7816-4), so even an empty plaintext
    // fills one block.
    QByteArray padded = plaintext.toByteArray();
    const qsizetype unpadded = padded.size();
    padded.resize(unpadded + protocol::kPaddingBlock);
    size_t paddedSize = 0;
    if (sodium_pad(&paddedSize, uc(padded), static_cast<size_t>(unpadded), protocol::kPaddingBlock,
            static_cast<size_t>(padded.size()))
        != 0)
        return objectError(ErrorCode::Internal, QStringLiteral("padding failed"));
    padded.resize(static_cast<qsizetype>(paddedSize));

    const QByteArray headerBytes = detail::encode(headerArray(header));
    const QByteArray nonce = detail::randomBytes(protocol::kNonceSize);
    const SecretBytes key = detail::deriveSubkey(epochKey, protocol::kKdfContextObjects);
    QByteArray ciphertext(padded.size() + protocol::kAeadTagSize, Qt::Uninitialized);
    unsigned long long ciphertextSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(uc(ciphertext), &ciphertextSize, uc(padded), padded.size(),
        uc(headerBytes), headerBytes.size(), nullptr, uc(nonce), key.data());
    sodium_memzero(padded.data(), static_cast<size_t>(padded.size()));

    const QByteArray signature = authorDevice.sign(signedDigest(headerBytes, nonce, ciphertext));
    return detail::encode(QCborArray {kObjectVersion, headerArray(header), nonce, ciphertext, signature});
}

Result<ObjectHeader> peekObjectHeader(QByteArrayView sealed)
{
    auto parts = parseSealed(sealed);
    if (!parts)
        return tl::unexpected(parts.error());
    return parts->header;
}

Result<OpenedObject> openObject(
    QByteArrayView sealed, const SecretBytes& epochKey, const SigningPublicKey& expectedAuthor)
{
    auto parts = parseSealed(sealed);
    if (!parts)
        return tl::unexpected(parts.error());
    if (parts->header.author != expectedAuthor)
        return objectError(ErrorCode::PermissionDenied, QStringLiteral("written by another device than expected"));
    if (!verifySignature(
            expectedAuthor, signedDigest(parts->headerBytes, parts->nonce, parts->ciphertext), parts->signature))
        return objectError(
            ErrorCode::PermissionDenied, QStringLiteral("signature does not verify (forged or damaged)"));
    if (epochKey.size() != protocol::kKeySize)
        return objectError(ErrorCode::InvalidArgument, QStringLiteral("epoch keys have 32 bytes"));

    // The signature held, so a failure here means this key is not the epoch's key (a removed
    // member trying the previous epoch's key) rather than damage in transit.
    const SecretBytes key = detail::deriveSubkey(epochKey, protocol::kKdfContextObjects);
    QByteArray padded(parts->ciphertext.size() - protocol::kAeadTagSize, Qt::Uninitialized);
    unsigned long long paddedSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(uc(padded), &paddedSize, nullptr, uc(parts->ciphertext),
            parts->ciphertext.size(), uc(parts->headerBytes), parts->headerBytes.size(), uc(parts->nonce), key.data())
        != 0)
        return objectError(
            ErrorCode::PermissionDenied, QStringLiteral("cannot decrypt: not encrypted under this epoch key"));
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, uc(padded), static_cast<size_t>(paddedSize), protocol::kPaddingBlock) != 0)
        return objectError(ErrorCode::Malformed, QStringLiteral("invalid padding"));
    padded.truncate(static_cast<qsizetype>(unpadded));
    return OpenedObject {std::move(parts->header), std::move(padded), objectHash(sealed)};
}

QByteArray objectHash(QByteArrayView sealed)
{
    return domainHash(protocol::kDomainObjectHash, sealed);
}

} // namespace consilium::crypto
