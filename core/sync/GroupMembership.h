#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "core/crypto/Keys.h"

#include <QUuid>

namespace consilium::sync {

class SyncProfile;

/// Groups as this profile keeps them: named lists of contacts to publish to. Creating one and
/// adding a member are local (cases published afterwards include the member); removing one is
/// SyncEngine::removeGroupMember, which also rotates the keys of the cases already shared.
/// The app and `consilium-cli sync group` both call these. Store thread only.

constexpr qsizetype kMaxGroupNameLength = 200;

/// A new group with this profile as its owner; fails for an empty or over-long name or one that
/// another group has.
Result<cases::Group> createGroup(SyncProfile& profile, const QString& name);
/// Adds a verified contact as a member (a no-op for a member); fails for someone who is not a
/// contact (their devices would be unknown).
Result<cases::Group> addGroupMember(SyncProfile& profile, const QUuid& groupId,
                                    const crypto::SigningPublicKey& identity);

} // namespace consilium::sync
