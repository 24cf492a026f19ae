#pragma once

#include "core/common/Error.h"
#include "core/crypto/MembershipEvent.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

class SyncProfile;

/// One person a case is shared with, as this profile's membership chain says, with what the
/// people store knows of them (a fellow member whose objects arrived is known by name).
struct CaseMemberInfo {
    QByteArray identityKey;
    crypto::MemberRole role = crypto::MemberRole::Member;
    QString displayName; ///< empty when this profile never verified them
    QString profession;
    QString specialty;
    bool verified = false; ///< safety number compared
    bool isSelf = false;
};

/// Who can read a case and what this profile may change about it (the rules of
/// crypto::MembershipState, checked again when the change is made). A plain value.
struct CaseSharing {
    bool shared = false; ///< a membership chain exists: false for a case kept on this computer only
    /// This profile wrote the case (or it is unknown here). A case from someone else without a
    /// chain (written into the store directly, as the offline demo does) is not "only here".
    bool ownCase = true;
    std::optional<crypto::MemberRole> ownRole; ///< nullopt: not, or no longer, a member
    QList<CaseMemberInfo> members; ///< owners, then admins, then members; this profile first of its role, then by name

    /// Owners and admins add people (as members).
    [[nodiscard]] bool mayAdd() const { return ownRole.has_value() && *ownRole != crypto::MemberRole::Member; }
    /// Owners and admins remove anyone but an owner and themselves (SyncEngine::removeCaseMember).
    [[nodiscard]] bool mayRemove(const CaseMemberInfo& member) const
    {
        return mayAdd() && !member.isSelf && member.role != crypto::MemberRole::Owner;
    }
};

/// Reads the case's membership and its members' names. Store thread only.
Result<CaseSharing> readCaseSharing(SyncProfile& profile, const QUuid& caseId);
/// The same for a profile that may have no sync keys yet (then no case is shared).
Result<CaseSharing> readCaseSharing(store::Store& store, const QUuid& caseId);

} // namespace consilium::sync
