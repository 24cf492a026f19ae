#include "core/crypto/CborCodec.h"

#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto::detail {

namespace {

// CBOR major types as they appear in the first byte (RFC 8949, 3.1).
constexpr unsigned char kMajorArray = 0x80;
constexpr unsigned char kByteStringOneByteLength = 0x58;
// Arrays of up to 23 elements carry their length in the first byte; our structures stay below.
constexpr qsizetype kMaxShortArray = 23;

tl::unexpected<Error> malformed(const QString& what, const QString& reason)
{
    return cryptoError(ErrorCode::Malformed, what + QStringLiteral(": ") + reason);
}

} // namespace

QByteArray encode(const QCborArray& array)
{
    return QCborValue(array).toCbor();
}

Result<QCborArray> decodeArray(QByteArrayView bytes, const QString& what, qsizetype maxSize)
{
    if (bytes.isEmpty())
        return malformed(what, QStringLiteral("empty"));
    if (bytes.size() > maxSize)
        return malformed(what, QStringLiteral("too large (%1 bytes, at most %2)").arg(bytes.size()).arg(maxSize));
    const QByteArray copy = bytes.toByteArray();
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(copy, &parseError);
    if (parseError.error != QCborError::NoError)
        return malformed(what, QStringLiteral("not valid CBOR (%1)").arg(parseError.errorString()));
    if (!value.isArray())
        return malformed(what, QStringLiteral("not a CBOR array"));
    if (value.toCbor() != copy)
        return malformed(what, QStringLiteral("not in deterministic CBOR encoding, or trailing bytes"));
    return value.toArray();
}

FieldReader::FieldReader(const QCborArray& array, QString what)
    : m_array(array)
    , m_what(std::move(what))
{
}

bool FieldReader::expectShape(qint64 version, qsizetype fieldCount)
{
    if (!ok())
        return false;
    const QCborValue first = m_array.at(0);
    if (!first.isInteger() || first.toInteger() < 0) {
        failWith(ErrorCode::Malformed, QStringLiteral("no version number"));
        return false;
    }
    if (first.toInteger() != version) {
        failWith(ErrorCode::Unsupported,
            QStringLiteral("unsupported version %1 (this build reads version %2)").arg(first.toInteger()).arg(version));
        return false;
    }
    if (m_array.size() != fieldCount) {
        failWith(ErrorCode::Malformed,
            QStringLiteral("%1 fields where version %2 has %3").arg(m_array.size()).arg(version).arg(fieldCount));
        return false;
    }
    return true;
}

const QCborValue* FieldReader::at(qsizetype index, const char* field)
{
    if (!ok())
        return nullptr;
    if (index >= m_array.size()) {
        failWith(ErrorCode::Malformed, QStringLiteral("missing %1").arg(QLatin1StringView(field)));
        return nullptr;
    }
    m_current = m_array.at(index);
    return &m_current;
}

QByteArray FieldReader::bytes(qsizetype index, const char* field, qsizetype exactSize)
{
    const QCborValue* value = at(index, field);
    if (value == nullptr)
        return {};
    if (!value->isByteArray()) {
        failWith(ErrorCode::Malformed, QStringLiteral("%1 is not a byte string").arg(QLatin1StringView(field)));
        return {};
    }
    QByteArray bytes = value->toByteArray();
    if (bytes.size() != exactSize) {
        failWith(ErrorCode::Malformed,
            QStringLiteral("%1 has %2 bytes, expected %3")
                .arg(QLatin1StringView(field))
                .arg(bytes.size())
                .arg(exactSize));
        return {};
    }
    return bytes;
}

QByteArray FieldReader::bytesUpTo(qsizetype index, const char* field, qsizetype maxSize)
{
    const QCborValue* value = at(index, field);
    if (value == nullptr)
        return {};
    if (!value->isByteArray()) {
        failWith(ErrorCode::Malformed, QStringLiteral("%1 is not a byte string").arg(QLatin1StringView(field)));
        return {};
    }
    QByteArray bytes = value->toByteArray();
    if (bytes.size() > maxSize) {
        failWith(ErrorCode::Malformed,
            QStringLiteral("%1 has %2 bytes, at most %3 allowed")
                .arg(QLatin1StringView(field))
                .arg(bytes.size())
                .arg(maxSize));
        return {};
    }
    return bytes;
}

quint64 FieldReader::uint(qsizetype index, const char* field, quint64 max)
{
    const QCborValue* value = at(index, field);
    if (value == nullptr)
        return 0;
    // QCborValue holds integers up to 2^63-1; larger CBOR integers decode as doubles and fail here.
    if (!value->isInteger() || value->toInteger() < 0) {
        failWith(ErrorCode::Malformed, QStringLiteral("%1 is not an unsigned integer").arg(QLatin1StringView(field)));
        return 0;
    }
    const auto number = static_cast<quint64>(value->toInteger());
    if (number > max) {
        failWith(ErrorCode::Malformed,
            QStringLiteral("%1 is out of range (%2 > %3)").arg(QLatin1StringView(field)).arg(number).arg(max));
        return 0;
    }
    return number;
}

QString FieldReader::text(qsizetype index, const char* field, qsizetype maxChars)
{
    const QCborValue* value = at(index, field);
    if (value == nullptr)
        return {};
    if (!value->isString()) {
        failWith(ErrorCode::Malformed, QStringLiteral("%1 is not a text string").arg(QLatin1StringView(field)));
        return {};
    }
    QString text = value->toString();
    if (text.size() > maxChars) {
        failWith(ErrorCode::Malformed,
            QStringLiteral("%1 is longer than %2 characters").arg(QLatin1StringView(field)).arg(maxChars));
        return {};
    }
    return text;
}

QCborArray FieldReader::array(qsizetype index, const char* field, qsizetype maxItems)
{
    const QCborValue* value = at(index, field);
    if (value == nullptr)
        return {};
    if (!value->isArray()) {
        failWith(ErrorCode::Malformed, QStringLiteral("%1 is not an array").arg(QLatin1StringView(field)));
        return {};
    }
    QCborArray items = value->toArray();
    if (items.size() > maxItems) {
        failWith(ErrorCode::Malformed,
            QStringLiteral("%1 has more than %2 entries").arg(QLatin1StringView(field)).arg(maxItems));
        return {};
    }
    return items;
}

void FieldReader::failWith(ErrorCode code, const QString& message)
{
    if (!m_error)
        m_error = Error {domain(), code, m_what + QStringLiteral(": ") + message};
}

tl::unexpected<Error> FieldReader::error() const
{
    Q_ASSERT(m_error.has_value());
    return tl::unexpected<Error>(m_error.value_or(Error {}));
}

SecretBytes encodeWithSecrets(const QCborArray& publicPart, std::initializer_list<const SecretBytes*> secrets)
{
    const auto total = publicPart.size() + static_cast<qsizetype>(secrets.size());
    Q_ASSERT(total <= kMaxShortArray);
    const QByteArray prefix = encode(publicPart);
    qsizetype size = prefix.size();
    for (const SecretBytes* secret : secrets) {
        Q_ASSERT(secret->size() >= 24 && secret->size() <= 255);
        size += 2 + secret->size();
    }
    SecretBytes out(size);
    memcpy(out.data(), prefix.constData(), static_cast<size_t>(prefix.size()));
    // The public part was written as an array of its own length; the full array is longer.
    out.data()[0] = static_cast<unsigned char>(kMajorArray | total);
    qsizetype offset = prefix.size();
    for (const SecretBytes* secret : secrets) {
        out.data()[offset++] = kByteStringOneByteLength;
        out.data()[offset++] = static_cast<unsigned char>(secret->size());
        memcpy(out.data() + offset, secret->data(), static_cast<size_t>(secret->size()));
        offset += secret->size();
    }
    return out;
}

Result<DecodedWithSecrets> decodeWithSecrets(
    const SecretBytes& encoded, int secretCount, qsizetype secretSize, const QString& what)
{
    const qsizetype tail = secretCount * (2 + secretSize);
    if (encoded.size() <= tail)
        return malformed(what, QStringLiteral("too short"));
    const unsigned char head = encoded.data()[0];
    const qsizetype total = head & 0x1f;
    if ((head & 0xe0) != kMajorArray || total > kMaxShortArray || total <= secretCount)
        return malformed(what, QStringLiteral("not a CBOR array of the expected form"));

    QByteArray prefix(reinterpret_cast<const char*>(encoded.data()), encoded.size() - tail);
    prefix[0] = static_cast<char>(kMajorArray | (total - secretCount));
    auto publicPart = decodeArray(prefix, what, prefix.size());
    if (!publicPart)
        return tl::unexpected(publicPart.error());

    DecodedWithSecrets decoded {*publicPart, {}};
    qsizetype offset = encoded.size() - tail;
    for (int i = 0; i < secretCount; ++i) {
        if (encoded.data()[offset] != kByteStringOneByteLength
            || encoded.data()[offset + 1] != static_cast<unsigned char>(secretSize))
            return malformed(
                what, QStringLiteral("secret field %1 is not a %2-byte string").arg(i + 1).arg(secretSize));
        decoded.secrets.push_back(SecretBytes::copyOf(
            QByteArrayView(reinterpret_cast<const char*>(encoded.data()) + offset + 2, secretSize)));
        offset += 2 + secretSize;
    }
    return decoded;
}

} // namespace consilium::crypto::detail
