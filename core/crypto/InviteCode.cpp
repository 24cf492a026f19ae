#include "core/crypto/InviteCode.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/Signing.h"
#include "core/crypto/SodiumSupport.h"

#include <QDateTime>

namespace consilium::crypto {

namespace {

constexpr qint64 kInviteVersion = 1;
constexpr qsizetype kFieldCount = 10;
// Three texts of at most 200 characters (up to 4 bytes each in UTF-8), a URL, keys and hashes.
constexpr qsizetype kMaxInviteSize = 8192;
const auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString what()
{
    return QStringLiteral("invitation");
}

QString dateText(quint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
           + QStringLiteral(" UTC");
}

Result<void> checkTexts(const InviteDetails& details)
{
    const std::pair<const char*, const QString*> texts[] = {{"name", &details.name},
                                                            {"profession", &details.profession}};
    for (const auto& [field, text] : texts) {
        if (text->trimmed().isEmpty() || text->size() > InviteCode::kMaxTextLength)
            return detail::cryptoError(ErrorCode::InvalidArgument,
                                       QStringLiteral("invitation: the %1 must have 1 to %2 characters")
                                           .arg(QLatin1StringView(field))
                                           .arg(InviteCode::kMaxTextLength));
    }
    if (details.relayUrl.size() > InviteCode::kMaxRelayUrlLength)
        return detail::cryptoError(ErrorCode::InvalidArgument,
                                   QStringLiteral("invitation: the relay address is longer than %1 characters")
                                       .arg(InviteCode::kMaxRelayUrlLength));
    return {};
}

} // namespace

Result<InviteCode> InviteCode::create(const SigningKeyPair& identity, const DeviceList& deviceListHead,
                                      const QString& name, const QString& profession, const QString& relayUrl,
                                      quint64 now)
{
    if (deviceListHead.identityKey() != identity.publicKey())
        return detail::cryptoError(ErrorCode::InvalidArgument,
                                   QStringLiteral("invitation: the device list belongs to another identity"));
    InviteCode invite;
    InviteDetails& details = invite.m_details;
    details.identityKey = identity.publicKey();
    details.deviceListSequence = deviceListHead.sequence();
    details.deviceListHash = deviceListHead.hash();
    details.name = name.trimmed();
    details.profession = profession.trimmed();
    details.relayUrl = relayUrl.trimmed();
    details.created = now;
    details.expires = now + kValiditySeconds;
    if (auto ok = checkTexts(details); !ok)
        return tl::unexpected(ok.error());
    const QCborArray body{kInviteVersion,
                          details.identityKey.bytes(),
                          qint64(details.deviceListSequence),
                          details.deviceListHash,
                          details.name,
                          details.profession,
                          details.relayUrl,
                          qint64(details.created),
                          qint64(details.expires)};
    invite.m_encoded = detail::signStructure(identity, protocol::kDomainInvite, body);
    return invite;
}

Result<InviteCode> InviteCode::parse(QStringView text, quint64 now)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            compact.append(c);
    }
    if (compact.isEmpty())
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("invitation: the code is empty"));
    if (!compact.startsWith(prefix()))
        return detail::cryptoError(
            ErrorCode::Malformed,
            QStringLiteral("invitation: not an invitation code (it must begin with \"%1\")").arg(prefix()));
    const QString payload = compact.mid(prefix().size());
    if (payload.isEmpty())
        return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("invitation: the code is cut short"));
    if (payload.size() > kMaxInviteSize * 4 / 3 + 4)
        return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("invitation: the code is too long"));
    const QByteArray ascii = payload.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(ascii, kBase64Options | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the same characters: this refuses padding, stray characters and the
    // unused low bits of a last character, so one invitation has exactly one text.
    if (!decoded || QString::fromLatin1(decoded.decoded.toBase64(kBase64Options)) != payload)
        return detail::cryptoError(
            ErrorCode::Malformed,
            QStringLiteral("invitation: the code is damaged (characters were changed, added or lost)"));
    return decode(decoded.decoded, now);
}

Result<InviteCode> InviteCode::decode(QByteArrayView bytes, quint64 now)
{
    auto array = detail::decodeArray(bytes, what(), kMaxInviteSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what());
    fields.expectShape(kInviteVersion, kFieldCount);
    InviteCode invite;
    InviteDetails& details = invite.m_details;
    const QByteArray identity = fields.bytes(1, "identity key", protocol::kKeySize);
    details.deviceListSequence = fields.uint(2, "device list sequence");
    details.deviceListHash = fields.bytes(3, "device list hash", protocol::kHashSize);
    details.name = fields.text(4, "name", kMaxTextLength);
    details.profession = fields.text(5, "profession", kMaxTextLength);
    details.relayUrl = fields.text(6, "relay address", kMaxRelayUrlLength);
    details.created = fields.uint(7, "creation time");
    details.expires = fields.uint(8, "expiry time");
    fields.bytes(9, "signature", protocol::kSignatureSize);
    if (!fields.ok())
        return fields.error();
    if (details.deviceListSequence == 0)
        return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("invitation: device list sequence 0"));
    if (auto ok = checkTexts(details); !ok)
        return detail::cryptoError(ErrorCode::Malformed, ok.error().message);
    details.identityKey = *SigningPublicKey::fromBytes(identity);
    if (auto ok = detail::verifyStructure(details.identityKey, protocol::kDomainInvite, *array, what()); !ok)
        return tl::unexpected(ok.error());
    // Checked after the signature, so that these messages describe what the inviter really wrote.
    if (details.expires <= details.created || details.expires - details.created > kValiditySeconds)
        return detail::cryptoError(ErrorCode::Malformed,
                                   QStringLiteral("invitation: its validity is not between 1 second and 14 days"));
    if (details.created > now + kClockSkewSeconds)
        return detail::cryptoError(ErrorCode::PermissionDenied,
                                   QStringLiteral("invitation: created in the future (%1); check this computer's clock")
                                       .arg(dateText(details.created)));
    if (now >= details.expires)
        return detail::cryptoError(ErrorCode::PermissionDenied,
                                   QStringLiteral("invitation: expired on %1; ask %2 for a new one")
                                       .arg(dateText(details.expires), details.name));
    invite.m_encoded = bytes.toByteArray();
    return invite;
}

QString InviteCode::text() const
{
    return prefix() + QString::fromLatin1(m_encoded.toBase64(kBase64Options));
}

} // namespace consilium::crypto
