#include "core/sync/CaseSharing.h"

#include "core/crypto/MembershipState.h"
#include "core/store/Store.h"
#include "core/sync/SyncProfile.h"

#include <algorithm>

namespace consilium::sync {

namespace {

// Whether the case row names this profile (or no one known) as its author.
Result<bool> writtenHere(store::Store& store, const QUuid& caseId)
{
    auto value = store.cases().find(caseId);
    if (!value)
        return tl::unexpected(value.error());
    auto self = store.people().self();
    if (!self)
        return tl::unexpected(self.error());
    if (!value->has_value() || !self->has_value())
        return true;
    return (*value)->authorIdentity == (*self)->identityKey;
}

} // namespace

Result<CaseSharing> readCaseSharing(SyncProfile& profile, const QUuid& caseId)
{
    auto state = profile.membership(caseId.toRfc4122());
    if (!state)
        return tl::unexpected(state.error());
    CaseSharing sharing;
    if (!state->has_value()) {
        auto own = writtenHere(profile.store(), caseId);
        if (!own)
            return tl::unexpected(own.error());
        sharing.ownCase = *own;
        return sharing;
    }
    sharing.shared = true;
    const crypto::SigningPublicKey self = profile.identity().publicKey();
    for (const crypto::Member& member : (*state)->members()) {
        CaseMemberInfo info;
        info.identityKey = member.identity.bytes();
        info.role = member.role;
        info.isSelf = member.identity == self;
        if (info.isSelf)
            sharing.ownRole = member.role;
        auto person = profile.store().people().person(info.identityKey);
        if (!person)
            return tl::unexpected(person.error());
        if (person->has_value()) {
            info.displayName = (*person)->displayName;
            info.profession = (*person)->profession;
            info.specialty = (*person)->specialty;
            info.verified = (*person)->verified;
        }
        sharing.members.append(info);
    }
    // MemberRole's values order owners, admins, members.
    std::stable_sort(sharing.members.begin(), sharing.members.end(),
                     [](const CaseMemberInfo& a, const CaseMemberInfo& b) {
                         if (a.role != b.role)
                             return a.role < b.role;
                         if (a.isSelf != b.isSelf)
                             return a.isSelf;
                         return a.displayName.localeAwareCompare(b.displayName) < 0;
                     });
    return sharing;
}

Result<CaseSharing> readCaseSharing(store::Store& store, const QUuid& caseId)
{
    auto profile = SyncProfile::load(store);
    if (!profile) {
        // No sync keys: nothing was ever shared from here.
        auto own = writtenHere(store, caseId);
        if (!own)
            return tl::unexpected(own.error());
        CaseSharing sharing;
        sharing.ownCase = *own;
        return sharing;
    }
    return readCaseSharing(*profile, caseId);
}

} // namespace consilium::sync
