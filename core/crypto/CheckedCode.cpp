#include "core/crypto/CheckedCode.h"

#include "core/crypto/Hashing.h"
#include "core/crypto/SodiumSupport.h"

#include <cstring>

namespace consilium::crypto::detail {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
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

QByteArray checksum(const CheckedCode& format, QByteArrayView secret)
{
    return domainHash(format.checksumDomain, secret).left(format.checksumSize);
}

qsizetype payloadSize(const CheckedCode& format)
{
    const qsizetype size = format.secretSize + format.checksumSize;
    Q_ASSERT(size * 8 % 5 == 0);
    return size;
}

tl::unexpected<Error> typo(const CheckedCode& format, const QString& message)
{
    return cryptoError(ErrorCode::Malformed, format.name + QStringLiteral(": ") + message);
}

} // namespace

QString encodeCheckedCode(const CheckedCode& format, const SecretBytes& secret)
{
    Q_ASSERT(secret.size() == format.secretSize);
    const qsizetype size = payloadSize(format);
    SecretBytes payload(size);
    memcpy(payload.data(), secret.data(), size_t(format.secretSize));
    const QByteArray sum = checksum(format, secret.view());
    memcpy(payload.data() + format.secretSize, sum.constData(), size_t(format.checksumSize));
    const qsizetype characters = size * 8 / 5;
    QString text;
    text.reserve(characters + characters / kGroupSize);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype emitted = 0;
    for (qsizetype i = 0; i < size; ++i) {
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

Result<SecretBytes> decodeCheckedCode(const CheckedCode& format, const QString& typed)
{
    const qsizetype size = payloadSize(format);
    const qsizetype characters = size * 8 / 5;
    SecretBytes payload(size);
    qsizetype symbols = 0;
    quint32 buffer = 0;
    int bits = 0;
    qsizetype written = 0;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const int value = symbolValue(c);
        if (value < 0)
            return typo(format, QStringLiteral("'%1' is not one of its characters").arg(c));
        if (++symbols > characters)
            return typo(format, QStringLiteral("too long (it has %1 characters)").arg(characters));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            payload.data()[written++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
        }
    }
    if (symbols != characters)
        return typo(format, QStringLiteral("too short (%1 of %2 characters)").arg(symbols).arg(characters));
    SecretBytes secret = SecretBytes::copyOf(payload.view().first(format.secretSize));
    if (checksum(format, secret.view()) != payload.view().sliced(format.secretSize))
        return typo(format, QStringLiteral("mistyped (its checksum does not match)"));
    return secret;
}

} // namespace consilium::crypto::detail
