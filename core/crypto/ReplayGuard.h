#pragma once

#include "core/crypto/SealedObject.h"

#include <QByteArray>

#include <map>
#include <set>
#include <utility>

namespace consilium::crypto {

/// Remembers what a client has accepted so that the relay cannot replay, reorder or roll back
/// objects (docs/protocol.md, "Replay and rollback"):
/// - per (case, author device) the sequence strictly increases (gaps allowed: an object may
///   never arrive, but an older one never comes after a newer one);
/// - per (case, author device) the epoch never goes back;
/// - an object id is accepted once per case.
/// Feed it headers of objects that openObject() accepted. Its state is saved with the local
/// store (toCbor()/fromCbor()).
/// Thread notes: not thread-safe; one owner.
class ReplayGuard {
public:
    /// Ok when `header` would be accepted now; nothing is recorded.
    [[nodiscard]] Result<void> check(const ObjectHeader& header) const;
    /// check(), then records the header.
    Result<void> accept(const ObjectHeader& header);

    /// Deterministic CBOR: [1, [[case, device, epoch, sequence]...], [[case, object id]...]].
    [[nodiscard]] QByteArray toCbor() const;
    static Result<ReplayGuard> fromCbor(QByteArrayView bytes);

private:
    struct Position {
        quint64 epoch = 0;
        quint64 sequence = 0;
    };
    using CaseDevice = std::pair<QByteArray, QByteArray>;

    std::map<CaseDevice, Position> m_positions;
    std::set<std::pair<QByteArray, QByteArray>> m_seen; // (case id, object id)
};

} // namespace consilium::crypto
