#include "core/crypto/Credential.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/Signing.h"
#include "core/crypto/SodiumSupport.h"

#include <algorithm>

namespace consilium::crypto {

namespace {

constexpr qint64 kCredentialVersion = 1;
constexpr qint64 kRevocationListVersion = 1;
constexpr qsizetype kMaxCredentialSize = 4096;
constexpr qsizetype kMaxRevoked = 1'000'000;
constexpr qsizetype kMaxRevocationListSize = qsizetype(32) * 1024 * 1024;

// Dates travel as ISO 8601 calendar dates ("2027-03-31"): readable in a hex dump, no time zone.
QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && dateText(date) == text ? date : QDate();
}

} // namespace

Result<QByteArray> Credential::issue(const SigningKeyPair& verifier, const CredentialDetails& details)
{
    const std::pair<const char*, const QString*> texts[] = {{"name", &details.name},
        {"profession", &details.profession}, {"specialty", &details.specialty},
        {"jurisdiction", &details.jurisdiction}};
    for (const auto& [field, text] : texts) {
        if (text->trimmed().isEmpty() || text->size() > kMaxTextLength)
            return detail::cryptoError(ErrorCode::InvalidArgument,
                QStringLiteral("credential %1 must have 1 to %2 characters")
                    .arg(QLatin1StringView(field))
                    .arg(kMaxTextLength));
    }
    if (details.licenceHash.size() != protocol::kHashSize)
        return detail::cryptoError(
            ErrorCode::InvalidArgument, QStringLiteral("credential licence hash must have 32 bytes"));
    if (!details.issued.isValid() || !details.expires.isValid() || details.expires < details.issued)
        return detail::cryptoError(ErrorCode::InvalidArgument,
            QStringLiteral("credential dates must be valid and expire no earlier than issued"));
    if (details.identityKey.isNull())
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("credential needs an identity key"));

    const QCborArray body {kCredentialVersion, detail::randomBytes(protocol::kIdSize), verifier.publicKey().bytes(),
        details.identityKey.bytes(), details.name, details.profession, details.specialty, details.jurisdiction,
        details.licenceHash, dateText(details.issued), dateText(details.expires)};
    return detail::signStructure(verifier, protocol::kDomainCredential, body);
}

Result<Credential> Credential::parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("credential");
    auto array = detail::decodeArray(bytes, what, kMaxCredentialSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kCredentialVersion, 12);
    Credential credential;
    credential.m_id = fields.bytes(1, "credential id", protocol::kIdSize);
    const QByteArray verifier = fields.bytes(2, "verifier key", protocol::kKeySize);
    const QByteArray identity = fields.bytes(3, "identity key", protocol::kKeySize);
    CredentialDetails& details = credential.m_details;
    details.name = fields.text(4, "name", kMaxTextLength);
    details.profession = fields.text(5, "profession", kMaxTextLength);
    details.specialty = fields.text(6, "specialty", kMaxTextLength);
    details.jurisdiction = fields.text(7, "jurisdiction", kMaxTextLength);
    details.licenceHash = fields.bytes(8, "licence hash", protocol::kHashSize);
    details.issued = parseDate(fields.text(9, "issue date", 10));
    details.expires = parseDate(fields.text(10, "expiry date", 10));
    fields.bytes(11, "signature", protocol::kSignatureSize);
    if (fields.ok() && (!details.issued.isValid() || !details.expires.isValid()))
        fields.failWith(ErrorCode::Malformed, QStringLiteral("dates must be YYYY-MM-DD"));
    if (!fields.ok())
        return fields.error();

    credential.m_verifier = *SigningPublicKey::fromBytes(verifier);
    details.identityKey = *SigningPublicKey::fromBytes(identity);
    credential.m_encoded = bytes.toByteArray();
    if (auto ok = detail::verifyStructure(credential.m_verifier, protocol::kDomainCredential, *array, what); !ok)
        return tl::unexpected(ok.error());
    return credential;
}

Result<QByteArray> licenceNumberHash(
    const SecretBytes& licenceKey, const QString& jurisdiction, const QString& licenceNumber)
{
    if (licenceKey.size() != protocol::kKeySize)
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("the licence key must have 32 bytes"));
    QString normalised = licenceNumber.trimmed().toUpper();
    normalised.remove(u' ').remove(u'-');
    if (normalised.isEmpty())
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("empty licence number"));
    // The domain and a CBOR array keep (jurisdiction, number) pairs unambiguous.
    QByteArray message = protocol::kDomainLicenceNumber.toByteArray();
    message.append('\0');
    message.append(detail::encode(QCborArray {jurisdiction.trimmed(), normalised}));
    QByteArray out(protocol::kHashSize, Qt::Uninitialized);
    crypto_generichash(detail::uc(out), static_cast<size_t>(out.size()), detail::uc(message),
        static_cast<size_t>(message.size()), licenceKey.data(), static_cast<size_t>(licenceKey.size()));
    sodium_memzero(message.data(), static_cast<size_t>(message.size()));
    return out;
}

QByteArray RevocationList::create(
    const SigningKeyPair& verifier, quint64 sequence, QList<QByteArray> revokedIds, quint64 created)
{
    std::sort(revokedIds.begin(), revokedIds.end());
    revokedIds.erase(std::unique(revokedIds.begin(), revokedIds.end()), revokedIds.end());
    QCborArray ids;
    for (const QByteArray& id : revokedIds)
        ids.append(id);
    const QCborArray body {
        kRevocationListVersion, verifier.publicKey().bytes(), qint64(sequence), ids, qint64(created)};
    return detail::signStructure(verifier, protocol::kDomainRevocationList, body);
}

Result<RevocationList> RevocationList::parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("revocation list");
    auto array = detail::decodeArray(bytes, what, kMaxRevocationListSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kRevocationListVersion, 6);
    RevocationList list;
    const QByteArray verifier = fields.bytes(1, "verifier key", protocol::kKeySize);
    list.m_sequence = fields.uint(2, "sequence");
    const QCborArray ids = fields.array(3, "revoked ids", kMaxRevoked);
    list.m_created = fields.uint(4, "creation time");
    fields.bytes(5, "signature", protocol::kSignatureSize);
    for (qsizetype i = 0; fields.ok() && i < ids.size(); ++i) {
        const QByteArray id = ids.at(i).toByteArray();
        if (!ids.at(i).isByteArray() || id.size() != protocol::kIdSize)
            fields.failWith(ErrorCode::Malformed, QStringLiteral("revoked id %1 is not a 16-byte id").arg(i + 1));
        else if (!list.m_revoked.isEmpty() && !(list.m_revoked.last() < id))
            fields.failWith(ErrorCode::Malformed, QStringLiteral("revoked ids are not sorted and unique"));
        else
            list.m_revoked.append(id);
    }
    if (!fields.ok())
        return fields.error();

    list.m_verifier = *SigningPublicKey::fromBytes(verifier);
    list.m_encoded = bytes.toByteArray();
    if (auto ok = detail::verifyStructure(list.m_verifier, protocol::kDomainRevocationList, *array, what); !ok)
        return tl::unexpected(ok.error());
    return list;
}

bool RevocationList::isRevoked(const QByteArray& credentialId) const
{
    return std::binary_search(m_revoked.cbegin(), m_revoked.cend(), credentialId);
}

Result<void> RevocationList::checkSuccessor(const RevocationList& current, const RevocationList& candidate)
{
    if (candidate.verifierKey() != current.verifierKey())
        return detail::cryptoError(
            ErrorCode::PermissionDenied, QStringLiteral("revocation list is signed by a different verifier"));
    if (candidate.sequence() <= current.sequence())
        return detail::cryptoError(ErrorCode::PermissionDenied,
            QStringLiteral("rollback: revocation list %1 is not newer than the current list %2")
                .arg(candidate.sequence())
                .arg(current.sequence()));
    return {};
}

} // namespace consilium::crypto
