#include "core/crypto/DeviceList.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/Signing.h"
#include "core/crypto/SodiumSupport.h"

#include <algorithm>

namespace consilium::crypto {

namespace {

constexpr qint64 kDeviceListVersion = 1;
// More devices than anyone carries; a bound keeps a hostile list from costing much to check.
constexpr qsizetype kMaxDevices = 64;
constexpr qsizetype kMaxDeviceListSize = qsizetype(8) * 1024;

tl::unexpected<Error> chainError(const QString& message)
{
    return detail::cryptoError(ErrorCode::PermissionDenied, QStringLiteral("device list: ") + message);
}

} // namespace

QByteArray DeviceList::create(const SigningKeyPair& identity, quint64 sequence, const QByteArray& previousHash,
    QList<SigningPublicKey> devices, quint64 created)
{
    std::sort(devices.begin(), devices.end());
    devices.erase(std::unique(devices.begin(), devices.end()), devices.end());
    QCborArray deviceArray;
    for (const SigningPublicKey& device : devices)
        deviceArray.append(device.bytes());
    const QCborArray body {
        kDeviceListVersion, identity.publicKey().bytes(), qint64(sequence), previousHash, deviceArray, qint64(created)};
    return detail::signStructure(identity, protocol::kDomainDeviceList, body);
}

QByteArray DeviceList::createFirst(const SigningKeyPair& identity, QList<SigningPublicKey> devices, quint64 created)
{
    return create(identity, 1, {}, std::move(devices), created);
}

QByteArray DeviceList::createNext(
    const SigningKeyPair& identity, QList<SigningPublicKey> devices, quint64 created) const
{
    Q_ASSERT(identity.publicKey() == m_identity);
    return create(identity, m_sequence + 1, hash(), std::move(devices), created);
}

Result<DeviceList> DeviceList::parse(QByteArrayView bytes)
{
    const QString what = QStringLiteral("device list");
    auto array = detail::decodeArray(bytes, what, kMaxDeviceListSize);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kDeviceListVersion, 7);
    const QByteArray identity = fields.bytes(1, "identity key", protocol::kKeySize);
    const quint64 sequence = fields.uint(2, "sequence");
    const QByteArray previousHash = fields.bytesUpTo(3, "previous hash", protocol::kHashSize);
    const QCborArray deviceArray = fields.array(4, "devices", kMaxDevices);
    const quint64 created = fields.uint(5, "creation time");
    fields.bytes(6, "signature", protocol::kSignatureSize);

    DeviceList list;
    if (fields.ok()) {
        if (sequence == 0)
            fields.failWith(ErrorCode::Malformed, QStringLiteral("sequence 0 (numbering starts at 1)"));
        else if ((sequence == 1) != previousHash.isEmpty())
            fields.failWith(ErrorCode::Malformed,
                QStringLiteral("only the first entry has no previous hash, and it must have none"));
        else if (!previousHash.isEmpty() && previousHash.size() != protocol::kHashSize)
            fields.failWith(ErrorCode::Malformed, QStringLiteral("previous hash has the wrong size"));
    }
    for (qsizetype i = 0; fields.ok() && i < deviceArray.size(); ++i) {
        auto device = SigningPublicKey::fromBytes(deviceArray.at(i).toByteArray(), QStringLiteral("device key"));
        if (!deviceArray.at(i).isByteArray() || !device) {
            fields.failWith(ErrorCode::Malformed, QStringLiteral("device %1 is not a 32-byte key").arg(i + 1));
        } else if (!list.m_devices.isEmpty() && !(list.m_devices.last() < *device)) {
            // Sorted and unique, so the encoding of a set of devices is unique too.
            fields.failWith(ErrorCode::Malformed, QStringLiteral("devices are not sorted and unique"));
        } else {
            list.m_devices.append(*device);
        }
    }
    if (!fields.ok())
        return fields.error();

    list.m_identity = *SigningPublicKey::fromBytes(identity);
    list.m_sequence = sequence;
    list.m_previousHash = previousHash;
    list.m_created = created;
    list.m_encoded = bytes.toByteArray();
    if (auto ok = detail::verifyStructure(list.m_identity, protocol::kDomainDeviceList, *array, what); !ok)
        return tl::unexpected(ok.error());
    return list;
}

QByteArray DeviceList::hash() const
{
    return domainHash(protocol::kDomainDeviceListLink, m_encoded);
}

DeviceListChain::DeviceListChain(DeviceList current)
    : m_current(std::move(current))
{
}

Result<DeviceListChain> DeviceListChain::fromHistory(const QList<QByteArray>& entries)
{
    if (entries.isEmpty())
        return chainError(QStringLiteral("empty history"));
    auto first = DeviceList::parse(entries.first());
    if (!first)
        return tl::unexpected(first.error());
    if (first->sequence() != 1)
        return chainError(QStringLiteral("history starts at sequence %1, not 1").arg(first->sequence()));
    DeviceListChain chain(std::move(*first));
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (auto ok = chain.append(entries[i]); !ok)
            return tl::unexpected(ok.error());
    }
    return chain;
}

Result<DeviceListChain> DeviceListChain::resume(QByteArrayView verifiedEntry)
{
    auto list = DeviceList::parse(verifiedEntry);
    if (!list)
        return tl::unexpected(list.error());
    return DeviceListChain(std::move(*list));
}

Result<void> DeviceListChain::append(QByteArrayView entry)
{
    auto next = DeviceList::parse(entry);
    if (!next)
        return tl::unexpected(next.error());
    if (next->identityKey() != m_current.identityKey())
        return chainError(QStringLiteral("entry belongs to a different identity"));
    const quint64 have = m_current.sequence();
    if (next->sequence() == have) {
        if (next->encoded() == m_current.encoded())
            return {};
        return chainError(QStringLiteral("fork: a different entry with the same sequence %1").arg(have));
    }
    if (next->sequence() < have)
        return chainError(
            QStringLiteral("rollback: entry %1 is older than the current entry %2").arg(next->sequence()).arg(have));
    if (next->sequence() != have + 1)
        return chainError(QStringLiteral("gap: entry %1 does not follow the current entry %2 (missing entries)")
                              .arg(next->sequence())
                              .arg(have));
    if (next->previousHash() != m_current.hash())
        return chainError(
            QStringLiteral("fork: entry %1 does not link to the current entry %2").arg(next->sequence()).arg(have));
    m_current = std::move(*next);
    return {};
}

} // namespace consilium::crypto
