#include "core/crypto/DeviceHandover.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/CheckedCode.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

using detail::uc;

namespace {

constexpr qsizetype kRandomSize = 16; // 128 bits: never guessed within the file's 24 hours

constexpr qint64 kFileVersion = 1;
constexpr qint64 kContentsVersion = 1;
// A credential is under 1 KiB; the revocation list grows with the verifier's history.
constexpr qsizetype kMaxFileSize = 1024 * 1024;
constexpr qsizetype kMaxCredentialSize = 4096;
constexpr qsizetype kMaxTextChars = 1024;
constexpr qsizetype kSecretCount = 3;

inline constexpr QByteArrayView kDomainChecksum = "consilium/v1/link-code-checksum";
inline constexpr QByteArrayView kDomainKey = "consilium/v1/device-handover";

// Shown like the recovery key; 16 random bytes and a 4-byte checksum are 32 characters.
const detail::CheckedCode& codeFormat()
{
    static const detail::CheckedCode code{kDomainChecksum, kRandomSize, 4, QStringLiteral("link code")};
    return code;
}

tl::unexpected<Error> codeError(const QString& message)
{
    return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("link code: ") + message);
}

tl::unexpected<Error> handoverError(ErrorCode code, const QString& message)
{
    return detail::cryptoError(code, QStringLiteral("device hand-over: ") + message);
}

// BLAKE2b-256(domain ‖ 0x00 ‖ code), as domainHash() but straight into guarded memory: the
// code carries 128 random bits, so no slow password hash is needed.
SecretBytes fileKey(const LinkCode& code)
{
    detail::ensureSodium();
    SecretBytes key(protocol::kKeySize);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, size_t(protocol::kKeySize));
    crypto_generichash_update(&state, uc(kDomainKey), size_t(kDomainKey.size()));
    const unsigned char zero = 0;
    crypto_generichash_update(&state, &zero, 1);
    crypto_generichash_update(&state, code.bytes().data(), size_t(code.bytes().size()));
    crypto_generichash_final(&state, key.data(), size_t(key.size()));
    sodium_memzero(&state, sizeof state);
    return key;
}

QByteArray associatedData()
{
    return detail::encode(QCborArray{kFileVersion});
}

} // namespace

LinkCode::LinkCode(SecretBytes random)
    : m_random(std::move(random))
{
}

LinkCode LinkCode::generate()
{
    return LinkCode(SecretBytes::random(kRandomSize));
}

Result<LinkCode> LinkCode::fromBytes(const SecretBytes& random)
{
    if (random.size() != kRandomSize)
        return codeError(QStringLiteral("must have %1 bytes").arg(kRandomSize));
    return LinkCode(random.clone());
}

QString LinkCode::toDisplayString() const
{
    return detail::encodeCheckedCode(codeFormat(), m_random);
}

Result<LinkCode> LinkCode::parse(const QString& typed)
{
    auto random = detail::decodeCheckedCode(codeFormat(), typed);
    if (!random)
        return tl::unexpected(random.error());
    return LinkCode(std::move(*random));
}

namespace devicehandover {

Result<QByteArray> seal(const DeviceHandover& handover, const LinkCode& code)
{
    if (handover.credential.isEmpty() || handover.credential.size() > kMaxCredentialSize)
        return handoverError(ErrorCode::InvalidArgument, QStringLiteral("the profile has no usable credential"));
    if (handover.relayUrl.isEmpty())
        return handoverError(ErrorCode::InvalidArgument, QStringLiteral("the profile has no relay"));
    for (const QString* text : {&handover.relayUrl, &handover.displayName, &handover.profession, &handover.specialty}) {
        if (text->size() > kMaxTextChars)
            return handoverError(ErrorCode::InvalidArgument, QStringLiteral("a detail is too long"));
    }
    const SecretBytes identitySeed = handover.identity.seed();
    const SecretBytes deviceSeed = handover.device.signing.seed();
    const QCborArray publicPart{
        kContentsVersion,     qint64(handover.expires),      handover.relayUrl,
        handover.displayName, handover.profession,           handover.specialty,
        handover.credential,  handover.verifier.key.bytes(), handover.verifier.revocations.encoded()};
    const SecretBytes plaintext =
        detail::encodeWithSecrets(publicPart, {&identitySeed, &deviceSeed, &handover.device.encryption.secretKey()});
    const QByteArray ad = associatedData();
    const QByteArray nonce = detail::randomBytes(protocol::kNonceSize);
    const SecretBytes key = fileKey(code);
    QByteArray ciphertext(plaintext.size() + protocol::kAeadTagSize, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(uc(ciphertext), nullptr, plaintext.data(), size_t(plaintext.size()),
                                               uc(ad), size_t(ad.size()), nullptr, uc(nonce), key.data());
    QByteArray file = detail::encode(QCborArray{kFileVersion, nonce, ciphertext});
    if (file.size() > kMaxFileSize)
        return handoverError(ErrorCode::InvalidArgument, QStringLiteral("the verifier's revocation list is too large"));
    return file;
}

Result<DeviceHandover> open(QByteArrayView file, const LinkCode& code)
{
    const QString what = QStringLiteral("device hand-over");
    auto array = detail::decodeArray(file, what, kMaxFileSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kFileVersion, 3);
    const QByteArray nonce = fields.bytes(1, "nonce", protocol::kNonceSize);
    const QByteArray ciphertext = fields.bytesUpTo(2, "ciphertext", kMaxFileSize);
    if (!fields.ok())
        return fields.error();
    if (ciphertext.size() <= protocol::kAeadTagSize)
        return handoverError(ErrorCode::Malformed, QStringLiteral("ciphertext too short"));

    const QByteArray ad = associatedData();
    const SecretBytes key = fileKey(code);
    SecretBytes plaintext(ciphertext.size() - protocol::kAeadTagSize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(), nullptr, nullptr, uc(ciphertext),
                                                   size_t(ciphertext.size()), uc(ad), size_t(ad.size()), uc(nonce),
                                                   key.data())
        != 0)
        return handoverError(ErrorCode::PermissionDenied, QStringLiteral("wrong code (or the file was altered)"));

    const QString contentsWhat = QStringLiteral("device hand-over contents");
    auto decoded = detail::decodeWithSecrets(plaintext, kSecretCount, protocol::kKeySize, contentsWhat);
    if (!decoded)
        return tl::unexpected(decoded.error());
    detail::FieldReader contents(decoded->publicPart, contentsWhat);
    contents.expectShape(kContentsVersion, 9);
    const quint64 expires = contents.uint(1, "expiry");
    QString relay = contents.text(2, "relay", kMaxTextChars);
    QString name = contents.text(3, "name", kMaxTextChars);
    QString profession = contents.text(4, "profession", kMaxTextChars);
    QString specialty = contents.text(5, "specialty", kMaxTextChars);
    QByteArray credential = contents.bytesUpTo(6, "credential", kMaxCredentialSize);
    const QByteArray verifierKey = contents.bytes(7, "verifier key", protocol::kKeySize);
    const QByteArray revocations = contents.bytesUpTo(8, "revocation list", kMaxFileSize);
    if (!contents.ok())
        return contents.error();
    auto verifier = SigningPublicKey::fromBytes(verifierKey, QStringLiteral("verifier key"));
    auto list = RevocationList::parse(revocations);
    auto identity = SigningKeyPair::fromSeed(decoded->secrets[0]);
    auto signing = SigningKeyPair::fromSeed(decoded->secrets[1]);
    auto encryption = EncryptionKeyPair::fromSecretKey(decoded->secrets[2]);
    if (!verifier || !list || !identity || !signing || !encryption || credential.isEmpty() || relay.isEmpty())
        return handoverError(ErrorCode::Malformed, QStringLiteral("unusable contents"));
    return DeviceHandover{expires,
                          std::move(relay),
                          std::move(name),
                          std::move(profession),
                          std::move(specialty),
                          std::move(credential),
                          VerifierPublicState{*verifier, *list},
                          std::move(*identity),
                          DeviceKeys{std::move(*signing), std::move(*encryption)}};
}

bool isExpired(const DeviceHandover& handover, quint64 now)
{
    return now > handover.expires;
}

} // namespace devicehandover

} // namespace consilium::crypto
