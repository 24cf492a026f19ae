// SyncEngine's group roles: a role change is kept in the group (for cases published afterwards)
// and appended as a set-role event to the membership chain of every case already published to
// the group (docs/protocol.md § 11.3), through the same rotation as a removal.

#include "core/crypto/MembershipState.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/GroupMembership.h"
#include "core/sync/SyncEngine.h"

namespace consilium::sync {

namespace {
const QString kDomain = QStringLiteral("sync");
}

Result<QList<QByteArray>> SyncEngine::groupCases(const QUuid& groupId)
{
    // publishCase appends each case id (16 bytes) under this name.
    auto stored = m_profile.store().syncState().value(QStringLiteral("group-cases/")
                                                      + QString::fromLatin1(groupId.toRfc4122().toHex()));
    if (!stored)
        return tl::unexpected(stored.error());
    const QByteArray ids = stored->value_or(QByteArray());
    QList<QByteArray> caseIds;
    for (qsizetype offset = 0; offset + 16 <= ids.size(); offset += 16)
        caseIds.append(ids.mid(offset, 16));
    return caseIds;
}

Result<int> SyncEngine::setGroupMemberRole(const QUuid& groupId, const crypto::SigningPublicKey& identity,
                                           cases::GroupRole role)
{
    store::Store& store = m_profile.store();
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto group = store.groups().find(groupId);
    if (!group)
        return tl::unexpected(group.error());
    if (!group->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no group %1").arg(groupId.toString()));
    auto updated = withMemberRole(**group, identity.bytes(), role);
    if (!updated)
        return tl::unexpected(updated.error());
    if (auto ok = store.groups().save(*updated); !ok)
        return tl::unexpected(ok.error());

    // The author's own entry stays owner in their cases: an owner signs every later change.
    int rotated = 0;
    if (identity != m_profile.identity().publicKey()) {
        auto caseIds = groupCases(groupId);
        if (!caseIds)
            return tl::unexpected(caseIds.error());
        const crypto::MemberRole wanted = caseRole(role);
        for (const QByteArray& caseId : *caseIds) {
            auto state = m_profile.membership(caseId);
            if (!state)
                return tl::unexpected(state.error());
            if (!state->has_value())
                continue;
            const crypto::Member* member = (*state)->member(identity);
            if (member == nullptr || member->role == wanted)
                continue; // removed from that case, or given the role there already
            auto log = m_profile.membershipLog(caseId);
            if (!log)
                return tl::unexpected(log.error());
            const crypto::MembershipChange change{crypto::MembershipAction::SetRole, identity, wanted, {}};
            auto envelopes = rotateEpoch(caseId, **state, *log, change);
            if (!envelopes)
                return tl::unexpected(envelopes.error());
            if (auto ok = enqueueEnvelopes(*envelopes); !ok) // "a change", as a removal is, not a case to send
                return tl::unexpected(ok.error());
            ++rotated;
        }
    }
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return rotated;
}

} // namespace consilium::sync
