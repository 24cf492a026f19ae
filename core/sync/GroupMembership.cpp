#include "core/sync/GroupMembership.h"

#include "core/store/Store.h"
#include "core/sync/SyncProfile.h"

#include <algorithm>

namespace consilium::sync {

namespace {
const QString kDomain = QStringLiteral("sync");
}

Result<cases::Group> createGroup(SyncProfile& profile, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxGroupNameLength)
        return fail(kDomain, ErrorCode::InvalidArgument,
                    QStringLiteral("a group name has 1 to %1 characters").arg(kMaxGroupNameLength));
    store::Store& store = profile.store();
    auto groups = store.groups().list();
    if (!groups)
        return tl::unexpected(groups.error());
    if (std::any_of(groups->cbegin(), groups->cend(),
                    [&](const cases::Group& group) { return group.name.compare(trimmed, Qt::CaseInsensitive) == 0; }))
        return fail(kDomain, ErrorCode::AlreadyExists, QStringLiteral("a group named '%1' exists").arg(trimmed));
    cases::Group group{
        QUuid::createUuid(), trimmed, {{profile.identity().publicKey().bytes(), cases::GroupRole::Owner}}};
    if (auto ok = store.groups().save(group); !ok)
        return tl::unexpected(ok.error());
    return group;
}

Result<cases::Group> addGroupMember(SyncProfile& profile, const QUuid& groupId,
                                    const crypto::SigningPublicKey& identity)
{
    store::Store& store = profile.store();
    auto group = store.groups().find(groupId);
    if (!group)
        return tl::unexpected(group.error());
    if (!group->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no group %1").arg(groupId.toString()));
    auto known = profile.knownIdentity(identity);
    if (!known)
        return tl::unexpected(known.error());
    if (!known->has_value())
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("%1 is not a contact (add them as a contact first)").arg(identity.toHex()));
    cases::Group updated = **group;
    if (std::none_of(updated.members.cbegin(), updated.members.cend(),
                     [&](const cases::GroupMember& member) { return member.identityKey == identity.bytes(); })) {
        updated.members.append({identity.bytes(), cases::GroupRole::Member});
        if (auto ok = store.groups().save(updated); !ok)
            return tl::unexpected(ok.error());
    }
    return updated;
}

crypto::MemberRole caseRole(cases::GroupRole role)
{
    switch (role) {
    case cases::GroupRole::Owner:
        return crypto::MemberRole::Owner;
    case cases::GroupRole::Admin:
        return crypto::MemberRole::Admin;
    case cases::GroupRole::Member:
        break;
    }
    return crypto::MemberRole::Member;
}

bool isLastOwner(const cases::Group& group, const QByteArray& identityKey)
{
    const auto isOwner = [](const cases::GroupMember& member) { return member.role == cases::GroupRole::Owner; };
    return std::count_if(group.members.cbegin(), group.members.cend(), isOwner) == 1
           && std::any_of(group.members.cbegin(), group.members.cend(), [&](const cases::GroupMember& member) {
                  return isOwner(member) && member.identityKey == identityKey;
              });
}

Result<cases::Group> withMemberRole(const cases::Group& group, const QByteArray& identityKey, cases::GroupRole role)
{
    cases::Group updated = group;
    const auto member = std::find_if(updated.members.begin(), updated.members.end(),
                                     [&](const cases::GroupMember& m) { return m.identityKey == identityKey; });
    if (member == updated.members.end())
        return fail(
            kDomain, ErrorCode::NotFound,
            QStringLiteral("%1 is not a member of group %2").arg(QString::fromLatin1(identityKey.toHex()), group.name));
    if (member->role == role)
        return updated;
    if (isLastOwner(group, identityKey))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("the last owner of group %1 cannot be demoted: make another member an owner first")
                        .arg(group.name));
    member->role = role;
    return updated;
}

} // namespace consilium::sync
