// SyncEngine's case membership by hand: an owner or admin adds people to a case already shared,
// or removes one (docs/protocol.md § 11.3: existing add and remove events, each a new epoch).
// Adding hands the newcomers the case's history the way device linking does; removing rotates
// the key the way removing a group member does.

#include "core/crypto/MembershipState.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <algorithm>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");

QString caseName(const QUuid& caseId)
{
    return caseId.toString(QUuid::WithoutBraces);
}

// Why a case has no membership here: it is unknown, or it was kept on this computer only.
Error noMembership(store::Store& store, const QUuid& caseId)
{
    auto value = store.cases().find(caseId);
    if (!value)
        return value.error();
    if (!value->has_value())
        return Error{kDomain, ErrorCode::NotFound, QStringLiteral("no case %1 here").arg(caseName(caseId))};
    return Error{kDomain, ErrorCode::NotFound,
                 QStringLiteral("case %1 is kept on this computer only: it was never shared, so it has no members")
                     .arg(caseName(caseId))};
}

} // namespace

Result<bool> SyncEngine::sawWholeCase(const QByteArray& caseId, const QList<QByteArray>& log)
{
    // A newcomer accepts an old epoch's membership log only if the device that wrapped that
    // epoch's key to them was a member then (§ 11.4); a device admitted later (a linked computer)
    // would make them drop those epochs, and with them the case's text and images.
    if (log.isEmpty())
        return true;
    auto state = crypto::MembershipState::fromGenesis(log.first());
    if (!state)
        return tl::unexpected(state.error());
    for (qsizetype next = 1;; ++next) {
        auto key = m_profile.epochKey(caseId, state->epoch());
        if (!key)
            return tl::unexpected(key.error());
        if (key->has_value() && !state->memberOfDevice(m_profile.device().deviceId()))
            return false;
        if (next >= log.size())
            return true;
        if (auto ok = state->apply(log[next]); !ok)
            return tl::unexpected(ok.error());
    }
}

Result<bool> SyncEngine::removeFromCase(const QByteArray& caseId, const crypto::SigningPublicKey& identity)
{
    auto state = m_profile.membership(caseId);
    if (!state)
        return tl::unexpected(state.error());
    if (!state->has_value() || !(*state)->member(identity))
        return false;
    auto log = m_profile.membershipLog(caseId);
    if (!log)
        return tl::unexpected(log.error());
    const crypto::MembershipChange change{crypto::MembershipAction::Remove, identity, crypto::MemberRole::Member, {}};
    auto envelopes = rotateEpoch(caseId, **state, *log, change);
    if (!envelopes)
        return tl::unexpected(envelopes.error());
    // Queued as "a change", not as a case to send (the outbox counts cases being published).
    if (auto ok = enqueueEnvelopes(*envelopes); !ok)
        return tl::unexpected(ok.error());
    return true;
}

Result<int> SyncEngine::addCaseMembers(const QUuid& caseUuid, const QList<crypto::SigningPublicKey>& identities)
{
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    if (identities.isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("choose at least one person to add"));
    store::Store& store = m_profile.store();
    const QByteArray caseId = caseUuid.toRfc4122();
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto state = m_profile.membership(caseId);
    if (!state)
        return tl::unexpected(state.error());
    if (!state->has_value())
        return tl::unexpected(noMembership(store, caseUuid));
    const crypto::Member* me = (*state)->member(self);
    if (me == nullptr || !(*state)->memberOfDevice(m_profile.device().deviceId()))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this device is no longer a member of case %1").arg(caseName(caseUuid)));
    if (me->role == crypto::MemberRole::Member)
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("only the owner or an admin of case %1 can add people; this profile is a member")
                        .arg(caseName(caseUuid)));

    auto log = m_profile.membershipLog(caseId);
    if (!log)
        return tl::unexpected(log.error());
    auto whole = sawWholeCase(caseId, *log);
    if (!whole)
        return tl::unexpected(whole.error());
    if (!*whole)
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this computer joined case %1 after it was shared, so the people added would not "
                                   "be able to open its beginning: add them from the computer the case was shared "
                                   "from")
                        .arg(caseName(caseUuid)));

    QList<crypto::MembershipChange> changes;
    for (const crypto::SigningPublicKey& identity : identities) {
        const bool listed = std::any_of(changes.cbegin(), changes.cend(), [&](const crypto::MembershipChange& change) {
            return change.subject == identity;
        });
        if (identity == self || listed || (*state)->member(identity) != nullptr)
            continue;
        auto known = m_profile.knownIdentity(identity);
        if (!known)
            return tl::unexpected(known.error());
        if (!known->has_value())
            return fail(kDomain, ErrorCode::NotFound,
                        QStringLiteral("%1 is not a contact: add them from their invitation first")
                            .arg(identity.toHex().left(16)));
        auto devices = m_profile.memberDevices(identity);
        if (!devices)
            return tl::unexpected(devices.error().withContext((*known)->credential.details().name));
        changes.append({crypto::MembershipAction::Add, identity, crypto::MemberRole::Member, *devices});
    }
    if (changes.isEmpty())
        return 0;

    // The history first (keys and objects of the epochs so far, to the newcomers only), then the
    // events that admit them with the new epoch's key for everyone: a newcomer's replay guard
    // takes each author's objects in order, and the new membership log is the newest of ours.
    QList<OutgoingEnvelope> envelopes;
    for (const crypto::MembershipChange& change : changes) {
        for (const crypto::MemberDevice& device : change.devices) {
            auto history = caseHistoryTo(caseId, (*state)->epoch(), device);
            if (!history)
                return tl::unexpected(history.error());
            envelopes.append(*history);
        }
    }
    auto admitted = rotateEpoch(caseId, **state, *log, changes);
    if (!admitted)
        return tl::unexpected(admitted.error());
    envelopes.append(*admitted);
    if (auto ok = enqueueEnvelopes(envelopes); !ok)
        return tl::unexpected(ok.error());

    // A case that was private to its author is now shared with people.
    auto value = store.cases().find(caseUuid);
    if (!value)
        return tl::unexpected(value.error());
    if (value->has_value() && (*value)->audience == cases::Audience::Private) {
        cases::Case changed = **value;
        changed.audience = cases::Audience::People;
        if (auto ok = store.cases().save(changed); !ok)
            return tl::unexpected(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return int(changes.size());
}

Result<void> SyncEngine::removeCaseMember(const QUuid& caseUuid, const crypto::SigningPublicKey& identity)
{
    store::Store& store = m_profile.store();
    const QByteArray caseId = caseUuid.toRfc4122();
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto state = m_profile.membership(caseId);
    if (!state)
        return tl::unexpected(state.error());
    if (!state->has_value())
        return tl::unexpected(noMembership(store, caseUuid));
    if (identity == m_profile.identity().publicKey())
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this profile cannot remove itself from case %1").arg(caseName(caseUuid)));
    const crypto::Member* subject = (*state)->member(identity);
    if (subject == nullptr)
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("%1 is not a member of case %2").arg(identity.toHex().left(16), caseName(caseUuid)));
    const crypto::Member* me = (*state)->member(m_profile.identity().publicKey());
    if (me == nullptr || me->role == crypto::MemberRole::Member)
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("only the owner or an admin of case %1 can remove people").arg(caseName(caseUuid)));
    if (subject->role == crypto::MemberRole::Owner)
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("an owner of case %1 cannot be removed").arg(caseName(caseUuid)));
    auto removed = removeFromCase(caseId, identity);
    if (!removed)
        return tl::unexpected(removed.error());
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return {};
}

} // namespace consilium::sync
