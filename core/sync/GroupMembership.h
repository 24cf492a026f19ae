#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "core/crypto/Keys.h"
#include "core/crypto/MembershipEvent.h"

#include <QUuid>

namespace consilium::sync {

class SyncProfile;

/// Groups as this profile keeps them: named lists of contacts to publish to. Creating one and
/// adding a member are local (cases published afterwards include the member); removing one is
/// SyncEngine::removeGroupMember, which also rotates the keys of the cases already shared, and
/// changing a member's role is SyncEngine::setGroupMemberRole, which also appends a set-role
/// event to the membership chain of those cases (docs/protocol.md § 11.3).
/// The app and `consilium-cli sync group` both call these. Store thread only.

constexpr qsizetype kMaxGroupNameLength = 200;

/// A new group with this profile as its owner; fails for an empty or over-long name or one that
/// another group has.
Result<cases::Group> createGroup(SyncProfile& profile, const QString& name);
/// Adds a verified contact as a member (a no-op for a member); fails for someone who is not a
/// contact (their devices would be unknown).
Result<cases::Group> addGroupMember(SyncProfile& profile, const QUuid& groupId,
                                    const crypto::SigningPublicKey& identity);

/// The role a group member gets in the membership chain of a case published to the group.
crypto::MemberRole caseRole(cases::GroupRole role);

/// Whether `identityKey` is the group's only owner (who can be neither demoted nor removed: a
/// group without an owner could not be managed, as § 11.3 says of a case).
bool isLastOwner(const cases::Group& group, const QByteArray& identityKey);

/// `group` with `identityKey`'s role changed to `role` (unchanged when it already has it). Fails
/// with NotFound for someone who is not a member and PermissionDenied for demoting the last owner.
Result<cases::Group> withMemberRole(const cases::Group& group, const QByteArray& identityKey, cases::GroupRole role);

} // namespace consilium::sync
