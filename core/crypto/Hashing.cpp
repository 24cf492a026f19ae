#include "core/crypto/Hashing.h"

#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

#include <algorithm>

namespace consilium::crypto {

using detail::uc;

QByteArray domainHash(QByteArrayView domain, QByteArrayView data)
{
    detail::ensureSodium();
    Q_ASSERT(!domain.contains('\0'));
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, protocol::kHashSize);
    crypto_generichash_update(&state, uc(domain), static_cast<size_t>(domain.size()));
    const unsigned char separator = 0;
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(&state, uc(data), static_cast<size_t>(data.size()));
    QByteArray out(protocol::kHashSize, Qt::Uninitialized);
    crypto_generichash_final(&state, uc(out), static_cast<size_t>(out.size()));
    return out;
}

QByteArray blake2b256(QByteArrayView data)
{
    detail::ensureSodium();
    QByteArray out(protocol::kHashSize, Qt::Uninitialized);
    crypto_generichash(
        uc(out), static_cast<size_t>(out.size()), uc(data), static_cast<size_t>(data.size()), nullptr, 0);
    return out;
}

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

Result<QByteArray> fromHex(QStringView text, qsizetype size, const QString& what)
{
    const QString trimmed = text.trimmed().toString();
    const bool allHex = std::all_of(trimmed.cbegin(), trimmed.cend(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); });
    if (!allHex || trimmed.size() != size * 2) {
        return detail::cryptoError(
            ErrorCode::Malformed, QStringLiteral("%1 must be %2 hexadecimal characters").arg(what).arg(size * 2));
    }
    return QByteArray::fromHex(trimmed.toLatin1());
}

} // namespace consilium::crypto
