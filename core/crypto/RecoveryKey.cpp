#include "core/crypto/RecoveryKey.h"

#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

namespace {

// Crockford's base32: no I, L, O or U, so what is read aloud or copied by hand survives.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype kChecksumSize = 3;
constexpr qsizetype kPayloadSize = protocol::kKeySize + kChecksumSize; // 35 bytes = 280 bits
constexpr qsizetype kCharacters = kPayloadSize * 8 / 5; // 56
constexpr qsizetype kGroupSize = 4;

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

QByteArray checksum(const SecretBytes& key)
{
    return domainHash(protocol::kDomainRecoveryChecksum, key.view()).left(kChecksumSize);
}

tl::unexpected<Error> typo(const QString& message)
{
    return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("recovery key: ") + message);
}

} // namespace

RecoveryKey::RecoveryKey(SecretBytes key)
    : m_key(std::move(key))
{
}

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecretBytes::random(protocol::kKeySize));
}

Result<RecoveryKey> RecoveryKey::fromBytes(const SecretBytes& key)
{
    if (key.size() != protocol::kKeySize)
        return typo(QStringLiteral("must have 32 bytes"));
    return RecoveryKey(key.clone());
}

QString RecoveryKey::toDisplayString() const
{
    SecretBytes payload(kPayloadSize);
    memcpy(payload.data(), m_key.data(), size_t(protocol::kKeySize));
    const QByteArray sum = checksum(m_key);
    memcpy(payload.data() + protocol::kKeySize, sum.constData(), size_t(kChecksumSize));
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

Result<RecoveryKey> RecoveryKey::parse(const QString& typed)
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
            return typo(QStringLiteral("'%1' is not one of its characters").arg(c));
        if (++symbols > kCharacters)
            return typo(QStringLiteral("too long (it has %1 characters)").arg(kCharacters));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            payload.data()[written++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
        }
    }
    if (symbols != kCharacters)
        return typo(QStringLiteral("too short (%1 of %2 characters)").arg(symbols).arg(kCharacters));
    SecretBytes key = SecretBytes::copyOf(payload.view().first(protocol::kKeySize));
    if (checksum(key) != payload.view().sliced(protocol::kKeySize))
        return typo(QStringLiteral("mistyped (its checksum does not match)"));
    return RecoveryKey(std::move(key));
}

} // namespace consilium::crypto
