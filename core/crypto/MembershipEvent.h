#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QList>

namespace consilium::crypto {

/// A member's power over the case's membership (docs/protocol.md, "Membership").
enum class MemberRole : quint8 {
    Owner = 1, ///< everything, including making owners and changing roles
    Admin = 2, ///< adds and removes admins and members
    Member = 3, ///< reads and writes; may only leave
};

enum class MembershipAction : quint8 {
    Create = 0, ///< the first event: its author becomes the only owner
    Add = 1,
    Remove = 2,
    SetRole = 3,
    SetDevices = 4, ///< a member's devices change (a linked device): by the member or an owner
};

/// A member device as the case knows it: its device id and the X25519 key its wraps go to.
struct MemberDevice {
    SigningPublicKey device;
    EncryptionPublicKey encryptionKey;

    friend bool operator==(const MemberDevice&, const MemberDevice&) = default;
};

/// What an event changes. `role` is used by Create, Add and SetRole; `devices` (the subject's
/// verified devices) by Create, Add and SetDevices.
struct MembershipChange {
    MembershipAction action = MembershipAction::Add;
    SigningPublicKey subject; ///< the identity key of the member concerned
    MemberRole role = MemberRole::Member;
    QList<MemberDevice> devices;
};

/// One signed, hash-chained membership event (Matrix's 2022 lesson: membership must be signed
/// by an authorised member, not asserted by the server). Parsing checks the structure and the
/// signature of the author device it names; whether that device may make the change is
/// MembershipState's decision.
/// Thread notes: an immutable value type.
class MembershipEvent {
public:
    struct Fields {
        QByteArray caseId;
        quint64 sequence = 0; ///< 1 for Create, then +1 per event
        QByteArray previousHash; ///< hash() of the previous event; empty for Create
        quint64 epoch = 0; ///< the epoch this event starts (1 for Create, then +1)
        MembershipChange change;
        SigningPublicKey authorDevice;
        quint64 created = 0; ///< seconds since the Unix epoch (UTC), informational
    };

    /// Signs `fields` with `authorDevice` (which must be fields.authorDevice). Fails for a change
    /// whose fields do not fit its action.
    static Result<QByteArray> sign(const Fields& fields, const SigningKeyPair& authorDevice);
    static Result<MembershipEvent> parse(QByteArrayView bytes);

    [[nodiscard]] const Fields& fields() const noexcept { return m_fields; }
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }
    /// The link hash the next event must carry.
    [[nodiscard]] QByteArray hash() const;

private:
    Fields m_fields;
    QByteArray m_encoded;
};

} // namespace consilium::crypto
