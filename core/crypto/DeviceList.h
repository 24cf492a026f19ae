#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QList>

namespace consilium::crypto {

/// One entry of a user's signed, hash-chained device list (Keybase's sigchain, reduced to the
/// one statement that matters): "my devices are exactly these", numbered, linked to the entry
/// before. Layout: docs/protocol.md, "Device list".
/// Thread notes: an immutable value type.
class DeviceList {
public:
    /// The first entry: sequence 1, no previous hash. Devices are sorted and de-duplicated.
    static QByteArray createFirst(const SigningKeyPair& identity, QList<SigningPublicKey> devices, quint64 created);
    /// The entry that follows this one (sequence + 1, linked by hash); `identity` must be the
    /// identity of this list.
    [[nodiscard]] QByteArray createNext(
        const SigningKeyPair& identity, QList<SigningPublicKey> devices, quint64 created) const;
    /// Decodes and checks the signature against the identity key the list names.
    static Result<DeviceList> parse(QByteArrayView bytes);

    [[nodiscard]] const SigningPublicKey& identityKey() const noexcept { return m_identity; }
    [[nodiscard]] quint64 sequence() const noexcept { return m_sequence; }
    /// Link hash of the previous entry; empty for the first.
    [[nodiscard]] const QByteArray& previousHash() const noexcept { return m_previousHash; }
    [[nodiscard]] const QList<SigningPublicKey>& devices() const noexcept { return m_devices; }
    [[nodiscard]] bool contains(const SigningPublicKey& device) const { return m_devices.contains(device); }
    [[nodiscard]] quint64 created() const noexcept { return m_created; }
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }
    /// The link hash the next entry must carry.
    [[nodiscard]] QByteArray hash() const;

private:
    static QByteArray create(const SigningKeyPair& identity, quint64 sequence, const QByteArray& previousHash,
        QList<SigningPublicKey> devices, quint64 created);

    SigningPublicKey m_identity;
    quint64 m_sequence = 0;
    QByteArray m_previousHash;
    QList<SigningPublicKey> m_devices;
    quint64 m_created = 0;
    QByteArray m_encoded;
};

/// What a client knows of one identity's device list: the newest entry it has verified.
/// Accepts only an entry that extends it by exactly one link, so a relay cannot roll the list
/// back (re-adding a removed device) or show different lists to different people (a fork)
/// without being caught by whoever saw the other branch.
/// Thread notes: not thread-safe; one owner.
class DeviceListChain {
public:
    /// Verifies a whole history, first entry (sequence 1) first.
    static Result<DeviceListChain> fromHistory(const QList<QByteArray>& entries);
    /// Resumes from an entry this client verified earlier (its stored state, see encoded()).
    static Result<DeviceListChain> resume(QByteArrayView verifiedEntry);

    /// Accepts `entry` when it is the successor of current(); receiving current() again is a
    /// no-op. A rollback, a fork, a gap or another identity's list is rejected, naming which.
    Result<void> append(QByteArrayView entry);

    [[nodiscard]] const DeviceList& current() const noexcept { return m_current; }

private:
    explicit DeviceListChain(DeviceList current);

    DeviceList m_current;
};

} // namespace consilium::crypto
