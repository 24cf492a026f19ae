#pragma once

#include "core/crypto/MembershipEvent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace consilium::crypto {

/// A current member of a case.
struct Member {
    SigningPublicKey identity;
    MemberRole role = MemberRole::Member;
    QList<MemberDevice> devices;
};

/// The membership of one case, built by applying its signed, hash-chained events in order.
/// Every accepted change starts a new epoch; the caller then rotates the case key
/// (rotateEpochKey()) so that only the members after the change can read what follows.
/// Events that do not extend the chain, or that their author's role does not allow, are
/// rejected with the reason and leave the state unchanged: callers ignore them.
/// Authorisation (docs/protocol.md, "Membership"): owners may do anything; admins add and
/// remove admins and members; anyone may remove themselves; the last owner cannot leave.
/// Thread notes: not thread-safe; one owner.
class MembershipState {
public:
    /// Signs the first event of a new case: `owner` becomes its only owner, epoch 1.
    /// `authorDevice` must be one of `ownerDevices`.
    static Result<QByteArray> createCase(const QByteArray& caseId, const SigningPublicKey& owner,
        const QList<MemberDevice>& ownerDevices, const SigningKeyPair& authorDevice, quint64 created);
    /// The state after the first event, which must be a valid Create.
    static Result<MembershipState> fromGenesis(QByteArrayView event);
    /// Replays a whole event log, first event first.
    static Result<MembershipState> fromEvents(const QList<QByteArray>& events);

    /// Signs the event that makes `change` the next link (epoch() + 1). Nothing is applied: pass
    /// the result to apply() (it fails there if the author may not make the change).
    [[nodiscard]] Result<QByteArray> makeEvent(
        const MembershipChange& change, const SigningKeyPair& authorDevice, quint64 created) const;
    /// Verifies `event` against this state and applies it.
    Result<void> apply(QByteArrayView event);

    [[nodiscard]] const QByteArray& caseId() const noexcept { return m_caseId; }
    [[nodiscard]] quint64 epoch() const noexcept { return m_epoch; }
    [[nodiscard]] quint64 sequence() const noexcept { return m_sequence; }
    [[nodiscard]] const QByteArray& lastHash() const noexcept { return m_lastHash; }
    [[nodiscard]] const QList<Member>& members() const noexcept { return m_members; }
    [[nodiscard]] const Member* member(const SigningPublicKey& identity) const;
    /// The member owning `device`, or null.
    [[nodiscard]] const Member* memberOfDevice(const SigningPublicKey& device) const;
    /// Every device of every current member: the recipients of the next epoch key.
    [[nodiscard]] QList<MemberDevice> memberDevices() const;

private:
    MembershipState() = default;
    Result<void> checkAuthorised(const MembershipEvent::Fields& fields, const Member& author) const;

    QByteArray m_caseId;
    quint64 m_epoch = 0;
    quint64 m_sequence = 0;
    QByteArray m_lastHash;
    QList<Member> m_members;
};

/// A new epoch: its fresh random key and one signed wrap per current member device.
struct EpochRotation {
    quint64 epoch = 0;
    SecretBytes key;
    QList<QByteArray> wraps;
};

/// Generates the key of `state.epoch()` and wraps it, signed by `senderDevice` (a member's
/// device), to every current member device and to no one else.
/// Thread-safe for a state nobody modifies meanwhile.
Result<EpochRotation> rotateEpochKey(const MembershipState& state, const SigningKeyPair& senderDevice);

} // namespace consilium::crypto
