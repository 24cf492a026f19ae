#include "core/crypto/DeviceHandover.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

using detail::uc;

namespace {

// Crockford's base32, as the recovery key: read aloud or typed, it survives O/0 and I/1 mix-ups.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype kRandomSize = 16; // 128 bits: never guessed within the file's 24 hours
constexpr qsizetype kChecksumSize = 4;
constexpr qsizetype kPayloadSize = kRandomSize + kChecksumSize; // 20 bytes = 160 bits
constexpr qsizetype kCharacters = kPayloadSize * 8 / 5; // 32
constexpr qsizetype kGroupSize = 4;

constexpr qint64 kFileVersion = 1;
constexpr qint64 kContentsVersion = 1;
// A credential is under 1 KiB; the revocation list grows with the verifier's history.
constexpr qsizetype kMaxFileSize = 1024 * 1024;
constexpr qsizetype kMaxCredentialSize = 4096;
constexpr qsizetype kMaxTextChars = 1024;
constexpr qsizetype kSecretCount = 3;

inline constexpr QByteArrayView kDomainChecksum = "consilium/v1/link-code-checksum";
inline constexpr QByteArrayView kDomainKey = "consilium/v1/device-handover";

QByteArray checksum(const SecretBytes& random)
{
    return domainHash(kDomainChecksum, random.view()).left(kChecksumSize);
}

tl::unexpected<Error> codeError(const QString& message)
{
    return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("link code: ") + message);
}

tl::unexpected<Error> handoverError(ErrorCode code, const QString& message)
{
    return detail::cryptoError(code, QStringLiteral("device hand-over: ") + message);
}

int symbolValue(QChar c)
{
    c = c.toUpper();
    if (c == u'O')
        c = u'0';
    else if (c == u'I' || c == u'L')
        c = u'1';
    for (int i = 0; i < 32; ++i) {
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
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
    SecretBytes payload(kPayloadSize);
    memcpy(payload.data(), m_random.data(), size_t(kRandomSize));
    const QByteArray sum = checksum(m_random);
    memcpy(payload.data() + kRandomSize, sum.constData(), size_t(kChecksumSize));
    QString text;
    text.reserve(kCharacters + kCharacters / kGroupSize);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype emitted = 0;
    for (qsizetype i = 0; i < kPayloadSize; ++i) {
        buffer = (buffer << 8) | payload.data()[i];
        bits += 8;
        while (bits >= 5) {
            if (emitted > 0 && emitted % kGroupSize == 0)
                text += u'-';
            text += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            ++emitted;
            bits -= 5;
        }
    }
    return text;
}

Result<LinkCode> LinkCode::parse(const QString& typed)
{
    SecretBytes payload(kPayloadSize);
    qsizetype symbols = 0;
    quint32 buffer = 0;
    int bits = 0;
    qsizetype written = 0;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const int value = symbolValue(c);
        if (value < 0)
            return codeError(QStringLiteral("'%1' is not one of its characters").arg(c));
        if (++symbols > kCharacters)
            return codeError(QStringLiteral("too long (it has %1 characters)").arg(kCharacters));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            payload.data()[written++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
        }
    }
    if (symbols != kCharacters)
        return codeError(QStringLiteral("too short (%1 of %2 characters)").arg(symbols).arg(kCharacters));
    SecretBytes random = SecretBytes::copyOf(payload.view().first(kRandomSize));
    if (checksum(random) != payload.view().sliced(kRandomSize))
        return codeError(QStringLiteral("mistyped (its checksum does not match)"));
    return LinkCode(std::move(random));
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
