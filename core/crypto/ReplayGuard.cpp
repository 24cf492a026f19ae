#include "core/crypto/ReplayGuard.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

namespace {

constexpr qint64 kStateVersion = 1;
constexpr qsizetype kMaxStateSize = qsizetype(512) * 1024 * 1024;
constexpr qsizetype kMaxEntries = qsizetype(16) * 1024 * 1024;

tl::unexpected<Error> rejected(const QString& message)
{
    return detail::cryptoError(ErrorCode::PermissionDenied, message);
}

} // namespace

Result<void> ReplayGuard::check(const ObjectHeader& header) const
{
    if (m_seen.contains({header.caseId, header.objectId}))
        return rejected(QStringLiteral("replay: object %1 was already accepted").arg(toHex(header.objectId)));
    const auto it = m_positions.find({header.caseId, header.author.bytes()});
    if (it == m_positions.end())
        return {};
    const Position& last = it->second;
    if (header.epoch < last.epoch)
        return rejected(QStringLiteral("rollback: epoch %1 is older than epoch %2 this device already wrote in")
                            .arg(header.epoch)
                            .arg(last.epoch));
    if (header.sequence <= last.sequence)
        return rejected(QStringLiteral("replay or reordering: sequence %1 is not after %2 from this device")
                            .arg(header.sequence)
                            .arg(last.sequence));
    return {};
}

Result<void> ReplayGuard::accept(const ObjectHeader& header)
{
    if (auto ok = check(header); !ok)
        return ok;
    m_positions[{header.caseId, header.author.bytes()}] = Position {header.epoch, header.sequence};
    m_seen.insert({header.caseId, header.objectId});
    return {};
}

QByteArray ReplayGuard::toCbor() const
{
    // std::map and std::set iterate in key order, so equal states encode to equal bytes.
    QCborArray positions;
    for (const auto& [key, position] : m_positions)
        positions.append(QCborArray {key.first, key.second, qint64(position.epoch), qint64(position.sequence)});
    QCborArray seen;
    for (const auto& [caseId, objectId] : m_seen)
        seen.append(QCborArray {caseId, objectId});
    return detail::encode(QCborArray {kStateVersion, positions, seen});
}

Result<ReplayGuard> ReplayGuard::fromCbor(QByteArrayView bytes)
{
    const QString what = QStringLiteral("replay state");
    auto array = detail::decodeArray(bytes, what, kMaxStateSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kStateVersion, 3);
    const QCborArray positions = fields.array(1, "positions", kMaxEntries);
    const QCborArray seen = fields.array(2, "seen objects", kMaxEntries);
    ReplayGuard guard;
    for (qsizetype i = 0; fields.ok() && i < positions.size(); ++i) {
        const QCborArray item = positions.at(i).toArray();
        const bool shaped = positions.at(i).isArray() && item.size() == 4 && item.at(0).isByteArray()
            && item.at(0).toByteArray().size() == protocol::kIdSize && item.at(1).isByteArray()
            && item.at(1).toByteArray().size() == protocol::kKeySize && item.at(2).isInteger()
            && item.at(2).toInteger() >= 0 && item.at(3).isInteger() && item.at(3).toInteger() >= 0;
        if (!shaped) {
            fields.failWith(ErrorCode::Malformed, QStringLiteral("position %1 is malformed").arg(i + 1));
            break;
        }
        guard.m_positions[{item.at(0).toByteArray(), item.at(1).toByteArray()}] =
            Position {quint64(item.at(2).toInteger()), quint64(item.at(3).toInteger())};
    }
    for (qsizetype i = 0; fields.ok() && i < seen.size(); ++i) {
        const QCborArray item = seen.at(i).toArray();
        const bool shaped = seen.at(i).isArray() && item.size() == 2 && item.at(0).isByteArray()
            && item.at(0).toByteArray().size() == protocol::kIdSize && item.at(1).isByteArray()
            && item.at(1).toByteArray().size() == protocol::kIdSize;
        if (!shaped) {
            fields.failWith(ErrorCode::Malformed, QStringLiteral("seen object %1 is malformed").arg(i + 1));
            break;
        }
        guard.m_seen.insert({item.at(0).toByteArray(), item.at(1).toByteArray()});
    }
    if (!fields.ok())
        return fields.error();
    return guard;
}

} // namespace consilium::crypto
