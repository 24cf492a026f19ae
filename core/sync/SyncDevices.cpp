// SyncEngine's device linking: a second device of the same identity joins the signed device
// list, and a device that holds the history re-wraps its epoch keys and re-sends its stored
// objects to it (docs/protocol.md § 19.5).

#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/MembershipEvent.h"
#include "core/crypto/MembershipState.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <QHash>

#include <algorithm>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");

// Device key → identity key, for every device any event of the log admitted: who wrote what.
QHash<QByteArray, QByteArray> authorsOf(const QList<QByteArray>& log)
{
    QHash<QByteArray, QByteArray> identities;
    for (const QByteArray& bytes : log) {
        auto event = crypto::MembershipEvent::parse(bytes);
        if (!event)
            continue;
        for (const crypto::MemberDevice& device : event->fields().change.devices)
            identities.insert(device.device.bytes(), event->fields().change.subject.bytes());
    }
    return identities;
}

} // namespace

void SyncEngine::catchUpOwnDeviceList(std::function<void(Result<void>)> then)
{
    m_client.fetchIdentity(m_profile.identity().publicKey(),
                           [this, then = std::move(then)](RelayResult<IdentityRecord> record) {
                               if (!record)
                                   return then(tl::unexpected(record.error().error));
                               auto transaction = store::SqlTransaction::begin(m_profile.store().database());
                               if (!transaction)
                                   return then(tl::unexpected(transaction.error()));
                               if (auto ok = m_profile.refreshOwnDeviceLists(*record); !ok)
                                   return then(ok);
                               then(transaction->commit());
                           });
}

void SyncEngine::linkDevice(const crypto::SigningPublicKey& device, std::function<void(Result<quint64>)> done)
{
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    if (device == m_profile.device().deviceId())
        return done(fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("that is this device")));
    // Catch up first: another device may have changed the list, and an earlier run may have
    // published this very entry and stopped before recording it.
    catchUpOwnDeviceList([this, self, device, done = std::move(done)](Result<void> caughtUp) {
        if (!caughtUp)
            return done(tl::unexpected(caughtUp.error()));
        auto entry = m_profile.nextOwnDeviceList(device);
        if (!entry && entry.error().code == ErrorCode::AlreadyExists) {
            auto known = m_profile.knownIdentity(self);
            if (!known || !known->has_value())
                return done(tl::unexpected(known ? Error{kDomain, ErrorCode::Internal, QStringLiteral("no own list")}
                                                 : known.error()));
            return done((*known)->deviceList.sequence());
        }
        if (!entry)
            return done(tl::unexpected(entry.error()));
        m_client.publishDeviceList(self, *entry, [this, entry = *entry, done](RelayResult<quint64> published) {
            if (!published)
                return done(tl::unexpected(published.error().error));
            auto transaction = store::SqlTransaction::begin(m_profile.store().database());
            if (!transaction)
                return done(tl::unexpected(transaction.error()));
            if (auto ok = m_profile.recordOwnDeviceList(entry); !ok)
                return done(tl::unexpected(ok.error()));
            if (auto ok = transaction->commit(); !ok)
                return done(tl::unexpected(ok.error()));
            done(*published);
        });
    });
}

void SyncEngine::joinIdentity(std::function<void(Result<VerifiedIdentity>)> done)
{
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    m_client.fetchIdentity(self, [this, self, done = std::move(done)](RelayResult<IdentityRecord> record) {
        if (!record)
            return done(tl::unexpected(record.error().error));
        auto transaction = store::SqlTransaction::begin(m_profile.store().database());
        if (!transaction)
            return done(tl::unexpected(transaction.error()));
        if (auto ok = m_profile.adoptOwnDeviceLists(record->deviceLists); !ok)
            return done(tl::unexpected(ok.error()));
        auto verified = m_profile.knownIdentity(self);
        if (!verified)
            return done(tl::unexpected(verified.error()));
        if (!verified->has_value())
            return done(fail(kDomain, ErrorCode::Internal, QStringLiteral("the adopted device list vanished")));
        auto certificate = m_profile.ownEncryptionCertificate();
        if (!certificate)
            return done(tl::unexpected(certificate.error()));
        QList<OutgoingEnvelope> introductions;
        for (const crypto::SigningPublicKey& device : (*verified)->deviceList.devices()) {
            if (device != m_profile.device().deviceId())
                introductions.append({device.bytes(), envelope(EnvelopeKind::Introduction, *certificate)});
        }
        if (auto ok = enqueueEnvelopes(introductions); !ok)
            return done(tl::unexpected(ok.error()));
        if (auto ok = transaction->commit(); !ok)
            return done(tl::unexpected(ok.error()));
        done(std::move(**verified));
    });
}

Result<QList<OutgoingEnvelope>> SyncEngine::caseHistoryTo(const QByteArray& caseId, quint64 lastEpoch,
                                                          const crypto::MemberDevice& device)
{
    QList<OutgoingEnvelope> envelopes;
    for (quint64 epoch = 1; epoch <= lastEpoch; ++epoch) {
        auto key = m_profile.epochKey(caseId, epoch);
        if (!key)
            return tl::unexpected(key.error());
        if (!key->has_value())
            continue; // an epoch before this identity joined the case
        auto wrap =
            crypto::wrapEpochKey(**key, caseId, epoch, device.device, device.encryptionKey, m_profile.device().signing);
        if (!wrap)
            return tl::unexpected(wrap.error());
        envelopes.append({device.device.bytes(), envelope(EnvelopeKind::EpochKey, *wrap)});
    }
    auto log = m_profile.membershipLog(caseId);
    if (!log)
        return tl::unexpected(log.error());
    const QHash<QByteArray, QByteArray> authors = authorsOf(*log);
    auto objects = m_profile.store().syncState().objectsOfCase(QUuid::fromRfc4122(caseId),
                                                               store::SyncStateRepository::ObjectOrder::Arrival);
    if (!objects)
        return tl::unexpected(objects.error());
    for (const store::StoredObject& object : *objects) {
        // The envelope names the author's identity: the receiver checks the object's signature
        // against that identity's device list, exactly as for the original.
        const QByteArray author = authors.value(object.authorDevice);
        if (!author.isEmpty())
            envelopes.append({device.device.bytes(), encodeEnvelope({EnvelopeKind::Object, author, object.sealed})});
    }
    return envelopes;
}

Result<int> SyncEngine::shareHistory(const crypto::SigningPublicKey& device)
{
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    if (device == m_profile.device().deviceId())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("that is this device"));
    store::Store& store = m_profile.store();
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto known = m_profile.knownIdentity(self);
    if (!known)
        return tl::unexpected(known.error());
    if (!known->has_value() || !(*known)->deviceList.contains(device))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("device %1 is not in this identity's device list: link it first "
                                   "(consilium-cli sync link-device)")
                        .arg(device.toHex()));
    auto own = m_profile.memberDevices(self);
    if (!own)
        return fail(kDomain, own.error().code,
                    own.error().message
                        + QStringLiteral(" (run sync join on the new device, then sync pull here, before sharing)"));
    const auto target = std::find_if(own->cbegin(), own->cend(),
                                     [&](const crypto::MemberDevice& member) { return member.device == device; });
    if (target == own->cend())
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("no encryption key for device %1").arg(device.toHex()));
    QList<crypto::MemberDevice> ownDevices = *own;
    std::sort(ownDevices.begin(), ownDevices.end(),
              [](const crypto::MemberDevice& a, const crypto::MemberDevice& b) { return a.device < b.device; });
    auto certificate = m_profile.ownEncryptionCertificate();
    if (!certificate)
        return tl::unexpected(certificate.error());
    // First this device's key (the new one checks wraps and objects against it), then per case
    // its keys, then its objects in the order they were accepted here.
    QList<OutgoingEnvelope> envelopes{{device.bytes(), envelope(EnvelopeKind::Introduction, *certificate)}};
    auto caseIds = m_profile.membershipCases();
    if (!caseIds)
        return tl::unexpected(caseIds.error());
    int shared = 0;
    for (const QByteArray& caseId : *caseIds) {
        auto state = m_profile.membership(caseId);
        if (!state)
            return tl::unexpected(state.error());
        if (!state->has_value() || !(*state)->member(self))
            continue; // removed from the case: nothing of it is ours to hand on
        auto history = caseHistoryTo(caseId, (*state)->epoch(), *target);
        if (!history)
            return tl::unexpected(history.error());
        envelopes.append(*history);
        auto log = m_profile.membershipLog(caseId);
        if (!log)
            return tl::unexpected(log.error());
        // Then admit it: a membership event setting this identity's devices (the new one
        // included) starts an epoch whose key every member device gets, so that what the other
        // members write next reaches the new device and it may write too (§ 11.3, set-devices).
        const crypto::Member* me = (*state)->member(self);
        if (me->devices != ownDevices) {
            const crypto::MembershipChange change{crypto::MembershipAction::SetDevices, self, me->role, ownDevices};
            auto admitted = rotateEpoch(caseId, **state, *log, change);
            if (!admitted)
                return tl::unexpected(admitted.error());
            envelopes.append(*admitted);
        }
        ++shared;
    }
    // Contacts learn the new device's encryption key from its own certificate (signed by the new
    // device, which they will find in this identity's device list): without it, their next case
    // to this identity would stop at "no encryption key yet for device …".
    auto records = store.people().devices(self.bytes());
    if (!records)
        return tl::unexpected(records.error());
    const auto record = std::find_if(records->cbegin(), records->cend(), [&](const store::DeviceRecord& candidate) {
        return candidate.signingKey == device.bytes();
    });
    auto contacts = store.people().contacts();
    if (!contacts)
        return tl::unexpected(contacts.error());
    if (record != records->cend() && !record->certificate.isEmpty()) {
        for (const cases::Person& contact : *contacts) {
            auto contactKey = crypto::SigningPublicKey::fromBytes(contact.identityKey);
            if (!contactKey || *contactKey == self)
                continue;
            auto devices = store.people().devices(contact.identityKey);
            if (!devices)
                return tl::unexpected(devices.error());
            for (const store::DeviceRecord& contactDevice : *devices) {
                if (!contactDevice.revoked)
                    envelopes.append(
                        {contactDevice.signingKey, envelope(EnvelopeKind::Introduction, record->certificate)});
            }
        }
    }
    if (auto ok = enqueueEnvelopes(envelopes); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return shared;
}

} // namespace consilium::sync
