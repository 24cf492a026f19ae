#include "core/crypto/MembershipEvent.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/Signing.h"
#include "core/crypto/SodiumSupport.h"

#include <algorithm>
#include <optional>

namespace consilium::crypto {

namespace {

constexpr qint64 kEventVersion = 1;
constexpr qsizetype kMaxDevices = 64;
constexpr qsizetype kMaxEventSize = qsizetype(8) * 1024;

bool validRole(quint64 role)
{
    return role >= quint64(MemberRole::Owner) && role <= quint64(MemberRole::Member);
}

// Which fields an action carries; anything else must be absent (role 0, no devices), so that
// one change has exactly one encoding.
std::optional<QString> shapeProblem(const MembershipChange& change, quint64 role)
{
    const bool needsRole = change.action != MembershipAction::Remove && change.action != MembershipAction::SetDevices;
    const bool needsDevices = change.action == MembershipAction::Create || change.action == MembershipAction::Add
                              || change.action == MembershipAction::SetDevices;
    if (change.subject.isNull())
        return QStringLiteral("no subject identity");
    if (needsRole != validRole(role) || (!needsRole && role != 0))
        return QStringLiteral("role does not fit the action");
    if (needsDevices == change.devices.isEmpty())
        return QStringLiteral("devices do not fit the action");
    if (change.devices.size() > kMaxDevices)
        return QStringLiteral("too many devices");
    return std::nullopt;
}

QCborArray deviceArray(QList<MemberDevice> devices)
{
    std::sort(devices.begin(), devices.end(),
        [](const MemberDevice& a, const MemberDevice& b) { return a.device < b.device; });
    QCborArray array;
    for (const MemberDevice& device : devices)
        array.append(QCborArray {device.device.bytes(), device.encryptionKey.bytes()});
    return array;
}

} // namespace

Result<QByteArray> MembershipEvent::sign(const Fields& fields, const SigningKeyPair& authorDevice)
{
    const quint64 role =
        fields.change.action == MembershipAction::Remove || fields.change.action == MembershipAction::SetDevices
            ? 0
            : quint64(fields.change.role);
    if (auto problem = shapeProblem(fields.change, role))
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("membership event: ") + *problem);
    if (fields.authorDevice != authorDevice.publicKey() || fields.caseId.size() != protocol::kIdSize)
        return detail::cryptoError(
            ErrorCode::InvalidArgument, QStringLiteral("membership event: wrong author device or case id"));
    const QCborArray body {kEventVersion, fields.caseId, qint64(fields.sequence), fields.previousHash,
        qint64(fields.epoch), qint64(fields.change.action), fields.change.subject.bytes(), qint64(role),
        deviceArray(fields.change.devices), fields.authorDevice.bytes(), qint64(fields.created)};
    return detail::signStructure(authorDevice, protocol::kDomainMembershipEvent, body);
}

Result<MembershipEvent> MembershipEvent::parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("membership event");
    auto array = detail::decodeArray(bytes, what, kMaxEventSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kEventVersion, 12);
    MembershipEvent event;
    Fields& f = event.m_fields;
    f.caseId = fields.bytes(1, "case id", protocol::kIdSize);
    f.sequence = fields.uint(2, "sequence");
    f.previousHash = fields.bytesUpTo(3, "previous hash", protocol::kHashSize);
    f.epoch = fields.uint(4, "epoch");
    const quint64 action = fields.uint(5, "action", quint64(MembershipAction::SetDevices));
    const QByteArray subject = fields.bytes(6, "subject", protocol::kKeySize);
    const quint64 role = fields.uint(7, "role", 255);
    const QCborArray devices = fields.array(8, "devices", kMaxDevices);
    const QByteArray author = fields.bytes(9, "author device", protocol::kKeySize);
    f.created = fields.uint(10, "creation time");
    fields.bytes(11, "signature", protocol::kSignatureSize);
    for (qsizetype i = 0; fields.ok() && i < devices.size(); ++i) {
        const QCborArray pair = devices.at(i).toArray();
        auto device = SigningPublicKey::fromBytes(pair.at(0).toByteArray());
        auto key = EncryptionPublicKey::fromBytes(pair.at(1).toByteArray());
        if (!devices.at(i).isArray() || pair.size() != 2 || !pair.at(0).isByteArray() || !pair.at(1).isByteArray()
            || !device || !key)
            fields.failWith(
                ErrorCode::Malformed, QStringLiteral("device %1 is not [device key, encryption key]").arg(i + 1));
        else if (!f.change.devices.isEmpty() && !(f.change.devices.last().device < *device))
            fields.failWith(ErrorCode::Malformed, QStringLiteral("devices are not sorted and unique"));
        else
            f.change.devices.append(MemberDevice {*device, *key});
    }
    if (fields.ok()) {
        f.change.action = MembershipAction(action);
        f.change.subject = *SigningPublicKey::fromBytes(subject);
        f.change.role = validRole(role) ? MemberRole(role) : MemberRole::Member;
        if (auto problem = shapeProblem(f.change, role))
            fields.failWith(ErrorCode::Malformed, *problem);
        else if (f.sequence == 0 || f.epoch == 0)
            fields.failWith(ErrorCode::Malformed, QStringLiteral("sequence and epoch start at 1"));
        else if ((f.change.action == MembershipAction::Create) != (f.sequence == 1))
            fields.failWith(ErrorCode::Malformed, QStringLiteral("only the first event creates the case"));
        else if (f.previousHash.size() != (f.sequence == 1 ? 0 : protocol::kHashSize))
            fields.failWith(ErrorCode::Malformed, QStringLiteral("previous hash has the wrong size"));
    }
    if (!fields.ok())
        return fields.error();
    f.authorDevice = *SigningPublicKey::fromBytes(author);
    event.m_encoded = bytes.toByteArray();
    if (auto ok = detail::verifyStructure(f.authorDevice, protocol::kDomainMembershipEvent, *array, what); !ok)
        return tl::unexpected(ok.error());
    return event;
}

QByteArray MembershipEvent::hash() const
{
    return domainHash(protocol::kDomainMembershipLink, m_encoded);
}

} // namespace consilium::crypto
