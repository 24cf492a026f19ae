#include "core/crypto/MembershipState.h"

#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/SealedObject.h"
#include "core/crypto/SodiumSupport.h"

#include <algorithm>

namespace consilium::crypto {

namespace {

tl::unexpected<Error> rejected(const QString& message)
{
    return detail::cryptoError(ErrorCode::PermissionDenied, QStringLiteral("membership event rejected: ") + message);
}

int ownerCount(const QList<Member>& members)
{
    return int(
        std::count_if(members.cbegin(), members.cend(), [](const Member& m) { return m.role == MemberRole::Owner; }));
}

} // namespace

Result<QByteArray> MembershipState::createCase(const QByteArray& caseId, const SigningPublicKey& owner,
    const QList<MemberDevice>& ownerDevices, const SigningKeyPair& authorDevice, quint64 created)
{
    MembershipEvent::Fields fields;
    fields.caseId = caseId;
    fields.sequence = 1;
    fields.epoch = 1;
    fields.change = MembershipChange {MembershipAction::Create, owner, MemberRole::Owner, ownerDevices};
    fields.authorDevice = authorDevice.publicKey();
    fields.created = created;
    return MembershipEvent::sign(fields, authorDevice);
}

Result<MembershipState> MembershipState::fromGenesis(QByteArrayView bytes)
{
    auto event = MembershipEvent::parse(bytes);
    if (!event)
        return tl::unexpected(event.error());
    const MembershipEvent::Fields& f = event->fields();
    if (f.change.action != MembershipAction::Create)
        return rejected(QStringLiteral("the first event must create the case"));
    const bool authorIsOwnerDevice = std::any_of(f.change.devices.cbegin(), f.change.devices.cend(),
        [&](const MemberDevice& d) { return d.device == f.authorDevice; });
    if (!authorIsOwnerDevice)
        return rejected(QStringLiteral("the first event is not signed by a device of the owner it names"));
    MembershipState state;
    state.m_caseId = f.caseId;
    state.m_epoch = f.epoch;
    state.m_sequence = f.sequence;
    state.m_lastHash = event->hash();
    state.m_members.append(Member {f.change.subject, MemberRole::Owner, f.change.devices});
    return state;
}

Result<MembershipState> MembershipState::fromEvents(const QList<QByteArray>& events)
{
    if (events.isEmpty())
        return rejected(QStringLiteral("empty event log"));
    auto state = fromGenesis(events.first());
    for (qsizetype i = 1; state && i < events.size(); ++i) {
        if (auto ok = state->apply(events[i]); !ok)
            return tl::unexpected(ok.error());
    }
    return state;
}

Result<QByteArray> MembershipState::makeEvent(
    const MembershipChange& change, const SigningKeyPair& authorDevice, quint64 created) const
{
    MembershipEvent::Fields fields;
    fields.caseId = m_caseId;
    fields.sequence = m_sequence + 1;
    fields.previousHash = m_lastHash;
    fields.epoch = m_epoch + 1;
    fields.change = change;
    fields.authorDevice = authorDevice.publicKey();
    fields.created = created;
    return MembershipEvent::sign(fields, authorDevice);
}

Result<void> MembershipState::checkAuthorised(const MembershipEvent::Fields& f, const Member& author) const
{
    const MembershipChange& change = f.change;
    const Member* subject = member(change.subject);
    const bool owner = author.role == MemberRole::Owner;
    const bool admin = author.role == MemberRole::Admin;
    switch (change.action) {
    case MembershipAction::Create:
        return rejected(QStringLiteral("the case already exists"));
    case MembershipAction::Add:
        if (subject != nullptr)
            return rejected(QStringLiteral("the subject is already a member"));
        if (!owner && !(admin && change.role != MemberRole::Owner))
            return rejected(QStringLiteral("the author's role may not add this member"));
        return {};
    case MembershipAction::Remove:
        if (subject == nullptr)
            return rejected(QStringLiteral("the subject is not a member"));
        if (subject->role == MemberRole::Owner && ownerCount(m_members) == 1)
            return rejected(QStringLiteral("the last owner cannot be removed"));
        if (subject->identity != author.identity && !owner && !(admin && subject->role != MemberRole::Owner))
            return rejected(QStringLiteral("the author's role may not remove this member"));
        return {};
    case MembershipAction::SetRole:
        if (subject == nullptr)
            return rejected(QStringLiteral("the subject is not a member"));
        if (!owner)
            return rejected(QStringLiteral("only owners change roles"));
        if (subject->role == change.role)
            return rejected(QStringLiteral("the role does not change"));
        if (subject->role == MemberRole::Owner && ownerCount(m_members) == 1)
            return rejected(QStringLiteral("the last owner cannot be demoted"));
        return {};
    case MembershipAction::SetDevices:
        if (subject == nullptr)
            return rejected(QStringLiteral("the subject is not a member"));
        if (subject->identity != author.identity && !owner)
            return rejected(QStringLiteral("only the member or an owner changes a member's devices"));
        if (subject->devices == change.devices)
            return rejected(QStringLiteral("the devices do not change"));
        return {};
    }
    return rejected(QStringLiteral("unknown action"));
}

Result<void> MembershipState::apply(QByteArrayView bytes)
{
    auto event = MembershipEvent::parse(bytes);
    if (!event)
        return tl::unexpected(event.error());
    const MembershipEvent::Fields& f = event->fields();
    if (f.caseId != m_caseId)
        return rejected(QStringLiteral("it belongs to another case"));
    if (f.sequence <= m_sequence)
        return rejected(QStringLiteral("replay or rollback: sequence %1, current %2").arg(f.sequence).arg(m_sequence));
    if (f.sequence != m_sequence + 1)
        return rejected(QStringLiteral("gap: sequence %1 does not follow %2").arg(f.sequence).arg(m_sequence));
    if (f.previousHash != m_lastHash)
        return rejected(QStringLiteral("fork: it does not link to the current event"));
    if (f.epoch != m_epoch + 1)
        return rejected(QStringLiteral("it must start epoch %1, not %2").arg(m_epoch + 1).arg(f.epoch));
    const Member* author = memberOfDevice(f.authorDevice);
    if (author == nullptr)
        return rejected(QStringLiteral("not signed by a device of a current member"));
    if (auto ok = checkAuthorised(f, *author); !ok)
        return ok;

    switch (f.change.action) {
    case MembershipAction::Add:
        m_members.append(Member {f.change.subject, f.change.role, f.change.devices});
        break;
    case MembershipAction::Remove:
        m_members.removeIf([&](const Member& m) { return m.identity == f.change.subject; });
        break;
    case MembershipAction::SetRole:
        for (Member& m : m_members) {
            if (m.identity == f.change.subject)
                m.role = f.change.role;
        }
        break;
    case MembershipAction::SetDevices:
        for (Member& m : m_members) {
            if (m.identity == f.change.subject)
                m.devices = f.change.devices;
        }
        break;
    case MembershipAction::Create:
        break;
    }
    m_sequence = f.sequence;
    m_epoch = f.epoch;
    m_lastHash = event->hash();
    return {};
}

const Member* MembershipState::member(const SigningPublicKey& identity) const
{
    for (const Member& m : m_members) {
        if (m.identity == identity)
            return &m;
    }
    return nullptr;
}

const Member* MembershipState::memberOfDevice(const SigningPublicKey& device) const
{
    for (const Member& m : m_members) {
        for (const MemberDevice& d : m.devices) {
            if (d.device == device)
                return &m;
        }
    }
    return nullptr;
}

QList<MemberDevice> MembershipState::memberDevices() const
{
    QList<MemberDevice> devices;
    for (const Member& m : m_members)
        devices.append(m.devices);
    return devices;
}

Result<EpochRotation> rotateEpochKey(const MembershipState& state, const SigningKeyPair& senderDevice)
{
    if (state.memberOfDevice(senderDevice.publicKey()) == nullptr)
        return rejected(QStringLiteral("the sender is not a device of a current member"));
    EpochRotation rotation {state.epoch(), generateEpochKey(), {}};
    for (const MemberDevice& device : state.memberDevices()) {
        auto wrap = wrapEpochKey(
            rotation.key, state.caseId(), rotation.epoch, device.device, device.encryptionKey, senderDevice);
        if (!wrap)
            return tl::unexpected(wrap.error());
        rotation.wraps.append(*wrap);
    }
    return rotation;
}

} // namespace consilium::crypto
