// SyncEngine's device removal: a device of the identity (a stolen laptop, a retired computer)
// leaves the signed device list, the cases it could read move to epochs it never gets a key for,
// and everyone who encrypts to this identity learns the new list (docs/protocol.md § 19.6).

#include "core/crypto/MembershipState.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <QSet>

#include <algorithm>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");

// Whether `device` was ever one of this identity's devices as this profile recorded them
// (acceptIdentity keeps a removed device's row, marked revoked).
Result<bool> wasOwnDevice(store::Store& store, const crypto::SigningPublicKey& self,
                          const crypto::SigningPublicKey& device)
{
    auto records = store.people().devices(self.bytes());
    if (!records)
        return tl::unexpected(records.error());
    return std::any_of(records->cbegin(), records->cend(),
                       [&](const store::DeviceRecord& record) { return record.signingKey == device.bytes(); });
}

} // namespace

void SyncEngine::unlinkDevice(const crypto::SigningPublicKey& device, std::function<void(Result<UnlinkReport>)> done)
{
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    if (device == m_profile.device().deviceId()) {
        auto known = m_profile.knownIdentity(self);
        if (known && known->has_value() && (*known)->deviceList.devices().size() <= 1)
            return done(fail(kDomain, ErrorCode::InvalidArgument,
                             QStringLiteral("this is the identity's only device: the last device cannot be removed")));
        return done(fail(kDomain, ErrorCode::InvalidArgument,
                         QStringLiteral("that is this device: remove it from another of this identity's devices")));
    }
    // Catch up first, as linkDevice does: another device may have changed the list since, and an
    // earlier run may have published the removal and stopped before the rest.
    catchUpOwnDeviceList([this, self, device, done = std::move(done)](Result<void> caughtUp) {
        if (!caughtUp)
            return done(tl::unexpected(caughtUp.error()));
        auto entry = m_profile.nextOwnDeviceListWithout(device);
        if (!entry && entry.error().code == ErrorCode::NotFound) {
            // Already gone from the list: finish what an earlier run (here or on another device)
            // left undone, if the device was ever ours.
            auto ours = wasOwnDevice(m_profile.store(), self, device);
            if (!ours)
                return done(tl::unexpected(ours.error()));
            if (!*ours)
                return done(tl::unexpected(entry.error()));
            auto transaction = store::SqlTransaction::begin(m_profile.store().database());
            if (!transaction)
                return done(tl::unexpected(transaction.error()));
            auto report = finishUnlink(device);
            if (!report)
                return done(tl::unexpected(report.error()));
            if (auto ok = transaction->commit(); !ok)
                return done(tl::unexpected(ok.error()));
            return done(*report);
        }
        if (!entry)
            return done(tl::unexpected(entry.error()));
        m_client.publishDeviceList(self, *entry, [this, device, entry = *entry, done](RelayResult<quint64> published) {
            if (!published)
                return done(tl::unexpected(published.error().error));
            // From here the relay refuses the device's token; the rest is local and queued.
            auto transaction = store::SqlTransaction::begin(m_profile.store().database());
            if (!transaction)
                return done(tl::unexpected(transaction.error()));
            if (auto ok = m_profile.recordOwnDeviceList(entry); !ok)
                return done(tl::unexpected(ok.error()));
            auto report = finishUnlink(device);
            if (!report)
                return done(tl::unexpected(report.error()));
            if (auto ok = transaction->commit(); !ok)
                return done(tl::unexpected(ok.error()));
            report->deviceListSequence = *published;
            done(*report);
        });
    });
}

Result<UnlinkReport> SyncEngine::finishUnlink(const crypto::SigningPublicKey& device)
{
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    const crypto::SigningPublicKey thisDevice = m_profile.device().deviceId();
    store::Store& store = m_profile.store();
    auto known = m_profile.knownIdentity(self);
    if (!known)
        return tl::unexpected(known.error());
    if (!known->has_value() || (*known)->deviceList.contains(device))
        return fail(kDomain, ErrorCode::Internal, QStringLiteral("the device is still in the recorded device list"));
    const crypto::DeviceList list = (*known)->deviceList;
    UnlinkReport report;
    report.deviceListSequence = list.sequence();

    // Who must hear of the new list: this identity's other devices, every contact's devices and
    // every fellow member's devices (a group member need not be a contact).
    QSet<QByteArray> told;
    const auto tell = [&](const crypto::SigningPublicKey& target) {
        if (target != thisDevice && target != device)
            told.insert(target.bytes());
    };
    for (const crypto::SigningPublicKey& own : list.devices())
        tell(own);

    QList<OutgoingEnvelope> envelopes;
    auto caseIds = m_profile.membershipCases();
    if (!caseIds)
        return tl::unexpected(caseIds.error());
    for (const QByteArray& caseId : *caseIds) {
        auto state = m_profile.membership(caseId);
        if (!state)
            return tl::unexpected(state.error());
        if (!state->has_value())
            continue;
        const crypto::Member* me = (*state)->member(self);
        const bool listsDevice =
            me && std::any_of(me->devices.cbegin(), me->devices.cend(), [&](const crypto::MemberDevice& member) {
                return member.device == device;
            });
        if (listsDevice && !(*state)->memberOfDevice(thisDevice)) {
            // Only a device the case admitted may sign its events (§ 11.3): another device of
            // this identity that holds the case completes it by running the removal there.
            ++report.casesSkipped;
        } else if (listsDevice) {
            QList<crypto::MemberDevice> remaining = me->devices;
            remaining.removeIf([&](const crypto::MemberDevice& member) { return member.device == device; });
            const crypto::MembershipChange change{crypto::MembershipAction::SetDevices, self, me->role, remaining};
            auto log = m_profile.membershipLog(caseId);
            if (!log)
                return tl::unexpected(log.error());
            auto rotated = rotateEpoch(caseId, **state, *log, change);
            if (!rotated)
                return tl::unexpected(rotated.error());
            envelopes.append(*rotated);
            ++report.casesRotated;
        }
        for (const crypto::MemberDevice& member : (*state)->memberDevices())
            tell(member.device);
    }
    auto contacts = store.people().contacts();
    if (!contacts)
        return tl::unexpected(contacts.error());
    for (const cases::Person& contact : *contacts) {
        if (contact.identityKey == self.bytes())
            continue;
        auto devices = store.people().devices(contact.identityKey);
        if (!devices)
            return tl::unexpected(devices.error());
        for (const store::DeviceRecord& record : *devices) {
            auto key = crypto::SigningPublicKey::fromBytes(record.signingKey);
            if (key && !record.revoked)
                tell(*key);
        }
    }
    QList<QByteArray> targets = told.values();
    std::sort(targets.begin(), targets.end());
    for (const QByteArray& target : targets)
        envelopes.append({target, envelope(EnvelopeKind::DeviceList, list.encoded())});
    report.devicesTold = int(targets.size());
    if (auto ok = enqueueEnvelopes(envelopes); !ok)
        return tl::unexpected(ok.error());
    return report;
}

void SyncEngine::applyDeviceListNotice(const Envelope& notice, quint64 sequence, std::function<void(Result<bool>)> done)
{
    // Commits the envelope's cursor (with whatever `effect` writes) in one transaction.
    auto conclude = [this, sequence](const std::function<Result<void>()>& effect) -> Result<void> {
        auto transaction = store::SqlTransaction::begin(m_profile.store().database());
        if (!transaction)
            return tl::unexpected(transaction.error());
        if (effect) {
            if (auto ok = effect(); !ok)
                return ok;
        }
        if (auto ok = finishEnvelope(sequence, std::nullopt); !ok)
            return ok;
        return transaction->commit();
    };
    auto sender = crypto::SigningPublicKey::fromBytes(notice.senderIdentity, QStringLiteral("sender identity"));
    if (!sender)
        return done(tl::unexpected(sender.error()));
    auto entry = crypto::DeviceList::parse(notice.body); // checks the identity's signature
    if (!entry)
        return done(tl::unexpected(entry.error()));
    if (entry->identityKey() != *sender)
        return done(fail(kDomain, ErrorCode::PermissionDenied,
                         QStringLiteral("device list: entry belongs to a different identity")));
    auto known = m_profile.knownIdentity(*sender);
    if (!known)
        return done(tl::unexpected(known.error()));
    // Someone this profile never verified: their current list is fetched when they are added.
    const bool news = known->has_value() && entry->sequence() > (*known)->deviceList.sequence();
    if (known->has_value() && entry->sequence() == (*known)->deviceList.sequence()
        && entry->encoded() != (*known)->deviceList.encoded())
        return done(fail(
            kDomain, ErrorCode::PermissionDenied,
            QStringLiteral("device list: fork: a different entry with the same sequence %1").arg(entry->sequence())));
    if (!news) {
        if (auto ok = conclude({}); !ok)
            return done(tl::unexpected(ok.error()));
        return done(false);
    }
    // The entry alone may skip entries this profile never saw: the relay's whole history is
    // verified from what was accepted before (§ 7.3), and must hold the announced entry.
    const QString name = (*known)->credential.details().name;
    m_client.fetchIdentity(*sender, [this, sender = *sender, announced = *entry, name, conclude,
                                     done = std::move(done)](RelayResult<IdentityRecord> record) {
        if (!record)
            return done(tl::unexpected(record.error().error));
        if (!record->deviceLists.contains(announced.encoded()))
            return done(fail(kDomain, ErrorCode::PermissionDenied,
                             QStringLiteral("the relay does not hold the device list entry %1 that %2's device "
                                            "announced")
                                 .arg(announced.sequence())
                                 .arg(name)));
        auto ok = conclude([&]() -> Result<void> {
            if (sender == m_profile.identity().publicKey())
                return m_profile.refreshOwnDeviceLists(*record);
            auto verified = m_profile.acceptIdentity(sender, *record);
            if (!verified)
                return tl::unexpected(verified.error());
            return {};
        });
        if (!ok)
            return done(tl::unexpected(ok.error()));
        done(true);
    });
}

} // namespace consilium::sync
