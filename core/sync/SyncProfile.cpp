#include "core/sync/SyncProfile.h"

#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/TrustChain.h"
#include "core/store/Store.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray encodeList(const QList<QByteArray>& items)
{
    QCborArray array;
    for (const QByteArray& item : items)
        array.append(item);
    return QCborValue(array).toCbor();
}

Result<QList<QByteArray>> decodeList(const QByteArray& bytes, const QString& what)
{
    const QCborValue value = QCborValue::fromCbor(bytes);
    if (!value.isArray())
        return fail(kDomain, ErrorCode::Malformed, QStringLiteral("stored %1 is damaged").arg(what));
    QList<QByteArray> items;
    const QCborArray array = value.toArray(); // const: begin() of a shared, non-const array copies it
    for (const auto& item : array)
        items.append(item.toByteArray());
    return items;
}

quint64 now()
{
    return static_cast<quint64>(QDateTime::currentSecsSinceEpoch());
}

} // namespace

Result<SyncProfile> SyncProfile::load(store::Store& store)
{
    auto keys = store.keyring().ownKeys(QStringLiteral("this profile has no keys (not initialised)"));
    if (!keys)
        return tl::unexpected(keys.error());
    SyncProfile profile;
    profile.m_store = &store;
    profile.m_identity = std::make_shared<crypto::SigningKeyPair>(std::move(keys->identity));
    profile.m_device = std::make_shared<crypto::DeviceKeys>(std::move(keys->device));
    return profile;
}

Result<std::optional<QByteArray>> SyncProfile::value(const QString& name)
{
    return m_store->syncState().value(name);
}

Result<void> SyncProfile::setValue(const QString& name, const QByteArray& value)
{
    return m_store->syncState().setValue(name, value);
}

Result<void> SyncProfile::setUp(const QByteArray& credentialBytes, const crypto::VerifierPublicState& verifier)
{
    auto credential = crypto::Credential::parse(credentialBytes);
    if (!credential)
        return tl::unexpected(credential.error().withContext(QStringLiteral("credential")));
    if (credential->details().identityKey != identity().publicKey())
        return fail(kDomain, ErrorCode::InvalidArgument,
                    QStringLiteral("the credential is for identity %1, not this profile's %2")
                        .arg(credential->details().identityKey.toHex(), identity().publicKey().toHex()));
    if (auto trusted = crypto::verifyCredential(verifier.key, verifier.revocations, *credential, crypto::todayUtc());
        !trusted)
        return trusted;
    if (auto ok = setValue(QStringLiteral("verifier-key"), verifier.key.bytes()); !ok)
        return ok;
    if (auto ok = setValue(QStringLiteral("revocations"), verifier.revocations.encoded()); !ok)
        return ok;
    if (auto ok = setValue(QStringLiteral("credential"), credential->encoded()); !ok)
        return ok;
    auto lists = value(QStringLiteral("own-device-lists"));
    if (!lists)
        return tl::unexpected(lists.error());
    if (!lists->has_value()) {
        const QByteArray first = crypto::DeviceList::createFirst(identity(), {device().deviceId()}, now());
        if (auto ok = setValue(QStringLiteral("own-device-lists"), encodeList({first})); !ok)
            return ok;
        if (auto ok = setValue(QStringLiteral("device-list/") + identity().publicKey().toHex(), first); !ok)
            return ok;
        const QByteArray certificate =
            crypto::EncryptionKeyCertificate::issue(device().signing, device().encryption.publicKey(), 1, now());
        if (auto ok = setValue(QStringLiteral("own-encryption-certificate"), certificate); !ok)
            return ok;
        store::DeviceRecord record;
        record.signingKey = device().deviceId().bytes();
        record.encryptionKey = device().encryption.publicKey().bytes();
        record.certificate = certificate;
        record.name = QStringLiteral("this device");
        record.addedAt = QDateTime::currentDateTimeUtc();
        if (auto ok = m_store->people().saveDevice(identity().publicKey().bytes(), record); !ok)
            return ok;
    }
    return {};
}

Result<QByteArray> SyncProfile::credential()
{
    auto stored = value(QStringLiteral("credential"));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return fail(
            kDomain, ErrorCode::NotFound,
            QStringLiteral("this profile has no credential yet (consilium-cli sync init-profile --credential)"));
    return **stored;
}

Result<QList<QByteArray>> SyncProfile::ownDeviceLists()
{
    auto stored = value(QStringLiteral("own-device-lists"));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("this profile has no device list yet"));
    return decodeList(**stored, QStringLiteral("device lists"));
}

Result<QByteArray> SyncProfile::nextOwnDeviceList(const crypto::SigningPublicKey& device)
{
    auto lists = ownDeviceLists();
    if (!lists)
        return tl::unexpected(lists.error());
    auto chain = crypto::DeviceListChain::fromHistory(*lists);
    if (!chain)
        return tl::unexpected(chain.error());
    const crypto::DeviceList& current = chain->current();
    if (current.contains(device))
        return fail(kDomain, ErrorCode::AlreadyExists,
                    QStringLiteral("device %1 is already in this identity's device list").arg(device.toHex()));
    QList<crypto::SigningPublicKey> devices = current.devices();
    devices.append(device);
    return current.createNext(identity(), devices, now());
}

Result<QByteArray> SyncProfile::nextOwnDeviceListWithout(const crypto::SigningPublicKey& device)
{
    auto lists = ownDeviceLists();
    if (!lists)
        return tl::unexpected(lists.error());
    auto chain = crypto::DeviceListChain::fromHistory(*lists);
    if (!chain)
        return tl::unexpected(chain.error());
    const crypto::DeviceList& current = chain->current();
    if (device == this->device().deviceId())
        return fail(kDomain, ErrorCode::InvalidArgument,
                    QStringLiteral("that is this device: remove it from another of this identity's devices"));
    if (!current.contains(this->device().deviceId()))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this device is no longer in this identity's device list"));
    if (!current.contains(device))
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("device %1 is not in this identity's device list").arg(device.toHex()));
    QList<crypto::SigningPublicKey> devices = current.devices();
    devices.removeAll(device);
    // Unreachable while this device is listed, but the list must never be left empty: an
    // identity without devices could neither sign in to the relay nor be reached.
    if (devices.isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("an identity's last device cannot be removed"));
    return current.createNext(identity(), devices, now());
}

Result<void> SyncProfile::refreshOwnDeviceLists(const IdentityRecord& record)
{
    if (auto ok = acceptIdentity(identity().publicKey(), record); !ok)
        return tl::unexpected(ok.error());
    return setValue(QStringLiteral("own-device-lists"), encodeList(record.deviceLists));
}

Result<void> SyncProfile::recordOwnDeviceList(const QByteArray& entry)
{
    auto lists = ownDeviceLists();
    if (!lists)
        return tl::unexpected(lists.error());
    auto chain = crypto::DeviceListChain::fromHistory(*lists);
    if (!chain)
        return tl::unexpected(chain.error());
    if (auto ok = chain->append(entry); !ok)
        return ok;
    lists->append(entry);
    auto credentialBytes = credential();
    if (!credentialBytes)
        return tl::unexpected(credentialBytes.error());
    if (auto ok = setValue(QStringLiteral("own-device-lists"), encodeList(*lists)); !ok)
        return ok;
    // The verified view of this identity (what senders' devices are checked against) moves too.
    if (auto ok = acceptIdentity(identity().publicKey(), {*credentialBytes, *lists}); !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<void> SyncProfile::adoptOwnDeviceLists(const QList<QByteArray>& history)
{
    auto chain = crypto::DeviceListChain::fromHistory(history);
    if (!chain)
        return tl::unexpected(chain.error());
    if (chain->current().identityKey() != identity().publicKey())
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("the relay sent the device list of another identity"));
    if (!chain->current().contains(device().deviceId()))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this device (%1) is not in identity %2's device list yet: add it from a linked "
                                   "device first (consilium-cli sync link-device)")
                        .arg(device().deviceId().toHex(), identity().publicKey().toHex()));
    auto credentialBytes = credential();
    if (!credentialBytes)
        return tl::unexpected(credentialBytes.error());
    if (auto ok = setValue(QStringLiteral("own-device-lists"), encodeList(history)); !ok)
        return ok;
    // The one-device list setUp() made was never published: the relay's chain replaces it.
    if (auto ok = setValue(QStringLiteral("device-list/") + identity().publicKey().toHex(), chain->current().encoded());
        !ok)
        return ok;
    if (auto ok = acceptIdentity(identity().publicKey(), {*credentialBytes, history}); !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<QByteArray> SyncProfile::ownEncryptionCertificate()
{
    auto stored = value(QStringLiteral("own-encryption-certificate"));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("this profile has no encryption key certificate"));
    return **stored;
}

Result<QString> SyncProfile::relayUrl()
{
    auto stored = value(QStringLiteral("relay-url"));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("this profile has no relay yet (consilium-cli sync register --relay URL)"));
    return QString::fromUtf8(**stored);
}

Result<void> SyncProfile::setRelayUrl(const QString& url)
{
    return setValue(QStringLiteral("relay-url"), url.toUtf8());
}

Result<bool> SyncProfile::pinsNewCases()
{
    auto stored = value(QStringLiteral("pin-new-cases"));
    if (!stored)
        return tl::unexpected(stored.error());
    return stored->value_or(QByteArray()) == "1";
}

Result<void> SyncProfile::setPinsNewCases(bool pin)
{
    return setValue(QStringLiteral("pin-new-cases"), pin ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
}

Result<crypto::InviteCode> SyncProfile::createInvite(quint64 now)
{
    auto credentialBytes = credential();
    if (!credentialBytes)
        return tl::unexpected(credentialBytes.error());
    auto parsed = crypto::Credential::parse(*credentialBytes);
    if (!parsed)
        return tl::unexpected(parsed.error());
    auto lists = ownDeviceLists();
    if (!lists)
        return tl::unexpected(lists.error());
    if (lists->isEmpty())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("this profile has no device list yet"));
    auto head = crypto::DeviceList::parse(lists->last());
    if (!head)
        return tl::unexpected(head.error());
    // Without a relay a colleague could not fetch anything the invitation names.
    auto relay = relayUrl();
    if (!relay)
        return tl::unexpected(relay.error());
    const crypto::CredentialDetails& details = parsed->details();
    return crypto::InviteCode::create(identity(), *head, details.name, details.profession, *relay, now);
}

Result<crypto::VerifierPublicState> SyncProfile::verifier()
{
    auto key = value(QStringLiteral("verifier-key"));
    if (!key)
        return tl::unexpected(key.error());
    auto revocations = value(QStringLiteral("revocations"));
    if (!revocations)
        return tl::unexpected(revocations.error());
    if (!key->has_value() || !revocations->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("this profile has no pinned verifier"));
    auto publicKey = crypto::SigningPublicKey::fromBytes(**key, QStringLiteral("verifier key"));
    if (!publicKey)
        return tl::unexpected(publicKey.error());
    auto list = crypto::RevocationList::parse(**revocations);
    if (!list)
        return tl::unexpected(list.error());
    return crypto::VerifierPublicState{*publicKey, *list};
}

Result<VerifiedIdentity> SyncProfile::acceptIdentity(const crypto::SigningPublicKey& identityKey,
                                                     const IdentityRecord& record)
{
    auto pinned = verifier();
    if (!pinned)
        return tl::unexpected(pinned.error());
    auto credential = crypto::Credential::parse(record.credential);
    if (!credential)
        return tl::unexpected(credential.error());
    if (credential->details().identityKey != identityKey)
        return fail(
            kDomain, ErrorCode::PermissionDenied,
            QStringLiteral("the relay sent the credential of another identity for %1").arg(identityKey.toHex()));
    if (auto trusted = crypto::verifyCredential(pinned->key, pinned->revocations, *credential, crypto::todayUtc());
        !trusted)
        return tl::unexpected(trusted.error());
    auto chain = crypto::DeviceListChain::fromHistory(record.deviceLists);
    if (!chain)
        return tl::unexpected(chain.error());
    if (chain->current().identityKey() != identityKey)
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("device list belongs to a different identity than the credential's"));
    // What we verified before must be an ancestor of what the relay shows now.
    const QString listName = QStringLiteral("device-list/") + identityKey.toHex();
    auto previous = value(listName);
    if (!previous)
        return tl::unexpected(previous.error());
    if (previous->has_value()) {
        auto resumed = crypto::DeviceListChain::resume(**previous);
        if (!resumed)
            return tl::unexpected(resumed.error());
        for (const QByteArray& entry : record.deviceLists) {
            auto parsed = crypto::DeviceList::parse(entry);
            if (parsed && parsed->sequence() <= resumed->current().sequence()) {
                if (parsed->sequence() == resumed->current().sequence() && entry != resumed->current().encoded())
                    return fail(kDomain, ErrorCode::PermissionDenied,
                                QStringLiteral("device list: fork: a different entry with the same sequence %1")
                                    .arg(parsed->sequence()));
                continue;
            }
            if (auto ok = resumed->append(entry); !ok)
                return tl::unexpected(ok.error());
        }
        if (resumed->current().sequence() != chain->current().sequence())
            return fail(kDomain, ErrorCode::PermissionDenied,
                        QStringLiteral("device list: rollback: entry %1 is older than the current entry %2")
                            .arg(chain->current().sequence())
                            .arg(resumed->current().sequence()));
    }
    if (auto ok = setValue(listName, chain->current().encoded()); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = setValue(QStringLiteral("credential/") + identityKey.toHex(), credential->encoded()); !ok)
        return tl::unexpected(ok.error());

    auto existing = m_store->people().person(identityKey.bytes());
    if (!existing)
        return tl::unexpected(existing.error());
    cases::Person person = existing->value_or(cases::Person{});
    person.identityKey = identityKey.bytes();
    person.displayName = credential->details().name;
    person.profession = credential->details().profession;
    person.specialty = credential->details().specialty;
    if (auto ok = m_store->people().savePerson(person, credential->encoded()); !ok)
        return tl::unexpected(ok.error());
    // Devices that left the list are marked revoked; new ones are added without a key yet.
    auto devices = m_store->people().devices(identityKey.bytes());
    if (!devices)
        return tl::unexpected(devices.error());
    for (store::DeviceRecord device : *devices) {
        auto key = crypto::SigningPublicKey::fromBytes(device.signingKey);
        const bool listed = key && chain->current().contains(*key);
        if (device.revoked == !listed)
            continue;
        device.revoked = !listed;
        if (auto ok = m_store->people().saveDevice(identityKey.bytes(), device); !ok)
            return tl::unexpected(ok.error());
    }
    for (const crypto::SigningPublicKey& key : chain->current().devices()) {
        const bool known = std::any_of(devices->cbegin(), devices->cend(), [&](const store::DeviceRecord& device) {
            return device.signingKey == key.bytes();
        });
        if (known)
            continue;
        store::DeviceRecord device;
        device.signingKey = key.bytes();
        device.addedAt = QDateTime::currentDateTimeUtc();
        if (auto ok = m_store->people().saveDevice(identityKey.bytes(), device); !ok)
            return tl::unexpected(ok.error());
    }
    return VerifiedIdentity{*credential, chain->current()};
}

Result<std::optional<VerifiedIdentity>> SyncProfile::knownIdentity(const crypto::SigningPublicKey& identityKey)
{
    auto list = value(QStringLiteral("device-list/") + identityKey.toHex());
    if (!list)
        return tl::unexpected(list.error());
    auto credentialBytes = identityKey == identity().publicKey()
                               ? value(QStringLiteral("credential"))
                               : value(QStringLiteral("credential/") + identityKey.toHex());
    if (!credentialBytes)
        return tl::unexpected(credentialBytes.error());
    if (!list->has_value() || !credentialBytes->has_value())
        return std::optional<VerifiedIdentity>{};
    auto deviceList = crypto::DeviceList::parse(**list);
    if (!deviceList)
        return tl::unexpected(deviceList.error());
    auto credential = crypto::Credential::parse(**credentialBytes);
    if (!credential)
        return tl::unexpected(credential.error());
    // Re-check expiry and revocation every time: a credential valid yesterday may not be today.
    auto pinned = verifier();
    if (!pinned)
        return tl::unexpected(pinned.error());
    if (auto trusted = crypto::verifyCredential(pinned->key, pinned->revocations, *credential, crypto::todayUtc());
        !trusted)
        return tl::unexpected(trusted.error());
    return std::optional(VerifiedIdentity{*credential, *deviceList});
}

Result<void> SyncProfile::acceptEncryptionCertificate(const crypto::SigningPublicKey& identityKey,
                                                      const QByteArray& certificateBytes)
{
    auto certificate = crypto::EncryptionKeyCertificate::parse(certificateBytes);
    if (!certificate)
        return tl::unexpected(certificate.error());
    auto known = knownIdentity(identityKey);
    if (!known)
        return tl::unexpected(known.error());
    if (!known->has_value() || !(*known)->deviceList.contains(certificate->deviceKey()))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("encryption key certificate: device %1 is not in the identity's current device list")
                        .arg(certificate->deviceKey().toHex()));
    auto devices = m_store->people().devices(identityKey.bytes());
    if (!devices)
        return tl::unexpected(devices.error());
    store::DeviceRecord record;
    record.signingKey = certificate->deviceKey().bytes();
    record.addedAt = QDateTime::currentDateTimeUtc();
    for (const store::DeviceRecord& device : *devices) {
        if (device.signingKey == record.signingKey)
            record = device;
    }
    if (!record.certificate.isEmpty()) {
        auto current = crypto::EncryptionKeyCertificate::parse(record.certificate);
        if (current && current->serial() >= certificate->serial())
            return {}; // the same key again, or an older one: keep what we have
    }
    record.encryptionKey = certificate->encryptionKey().bytes();
    record.certificate = certificate->encoded();
    return m_store->people().saveDevice(identityKey.bytes(), record);
}

Result<QList<crypto::MemberDevice>> SyncProfile::memberDevices(const crypto::SigningPublicKey& identityKey)
{
    auto known = knownIdentity(identityKey);
    if (!known)
        return tl::unexpected(known.error());
    if (!known->has_value())
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("identity %1 is not a contact yet (consilium-cli sync add-contact)")
                        .arg(identityKey.toHex()));
    auto devices = m_store->people().devices(identityKey.bytes());
    if (!devices)
        return tl::unexpected(devices.error());
    QList<crypto::MemberDevice> members;
    for (const crypto::SigningPublicKey& key : (*known)->deviceList.devices()) {
        const auto record = std::find_if(devices->cbegin(), devices->cend(), [&](const store::DeviceRecord& device) {
            return device.signingKey == key.bytes();
        });
        if (record == devices->cend() || record->encryptionKey.isEmpty())
            return fail(kDomain, ErrorCode::NotFound,
                        QStringLiteral("no encryption key yet for device %1 of %2: they must add you as a contact "
                                       "(sync add-contact), then you run sync pull")
                            .arg(key.toHex().left(16), (*known)->credential.details().name));
        auto encryption = crypto::EncryptionPublicKey::fromBytes(record->encryptionKey);
        if (!encryption)
            return tl::unexpected(encryption.error());
        members.append({key, *encryption});
    }
    return members;
}

Result<std::optional<crypto::SecretBytes>> SyncProfile::epochKey(const QByteArray& caseId, quint64 epoch)
{
    auto stored = value(QStringLiteral("epoch/%1/%2").arg(hex(caseId)).arg(epoch));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return std::optional<crypto::SecretBytes>{};
    return std::optional(crypto::SecretBytes::copyOf(**stored));
}

Result<void> SyncProfile::setEpochKey(const QByteArray& caseId, quint64 epoch, const crypto::SecretBytes& key,
                                      const crypto::SigningPublicKey& sender)
{
    if (auto ok = setValue(QStringLiteral("epoch/%1/%2").arg(hex(caseId)).arg(epoch), key.view().toByteArray()); !ok)
        return ok;
    return setValue(QStringLiteral("epoch-sender/%1/%2").arg(hex(caseId)).arg(epoch), sender.bytes());
}

Result<std::optional<crypto::SigningPublicKey>> SyncProfile::epochKeySender(const QByteArray& caseId, quint64 epoch)
{
    auto stored = value(QStringLiteral("epoch-sender/%1/%2").arg(hex(caseId)).arg(epoch));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return std::optional<crypto::SigningPublicKey>{};
    auto key = crypto::SigningPublicKey::fromBytes(**stored);
    if (!key)
        return tl::unexpected(key.error());
    return std::optional(*key);
}

Result<void> SyncProfile::forgetEpochKey(const QByteArray& caseId, quint64 epoch)
{
    if (auto ok = m_store->syncState().removeValue(QStringLiteral("epoch/%1/%2").arg(hex(caseId)).arg(epoch)); !ok)
        return ok;
    return m_store->syncState().removeValue(QStringLiteral("epoch-sender/%1/%2").arg(hex(caseId)).arg(epoch));
}

Result<QList<QByteArray>> SyncProfile::membershipLog(const QByteArray& caseId)
{
    auto stored = value(QStringLiteral("membership/") + hex(caseId));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return QList<QByteArray>{};
    return decodeList(**stored, QStringLiteral("membership log"));
}

Result<std::optional<crypto::MembershipState>> SyncProfile::membership(const QByteArray& caseId)
{
    auto log = membershipLog(caseId);
    if (!log)
        return tl::unexpected(log.error());
    if (log->isEmpty())
        return std::optional<crypto::MembershipState>{};
    auto state = crypto::MembershipState::fromEvents(*log);
    if (!state)
        return tl::unexpected(state.error());
    return std::optional(std::move(*state));
}

Result<void> SyncProfile::setMembershipLog(const QByteArray& caseId, const QList<QByteArray>& events)
{
    return setValue(QStringLiteral("membership/") + hex(caseId), encodeList(events));
}

Result<QList<QByteArray>> SyncProfile::membershipCases()
{
    const QString prefix = QStringLiteral("membership/");
    auto names = m_store->syncState().valueNames(prefix);
    if (!names)
        return tl::unexpected(names.error());
    QList<QByteArray> ids;
    for (const QString& name : *names)
        ids.append(QByteArray::fromHex(name.mid(prefix.size()).toLatin1()));
    return ids;
}

Result<crypto::ReplayGuard> SyncProfile::replayGuard()
{
    auto stored = value(QStringLiteral("replay-guard"));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!stored->has_value())
        return crypto::ReplayGuard{};
    return crypto::ReplayGuard::fromCbor(**stored);
}

Result<void> SyncProfile::saveReplayGuard(const crypto::ReplayGuard& guard)
{
    return setValue(QStringLiteral("replay-guard"), guard.toCbor());
}

Result<quint64> SyncProfile::takeSequence(const QByteArray& caseId)
{
    const QString name = QStringLiteral("sequence/") + hex(caseId);
    auto stored = value(name);
    if (!stored)
        return tl::unexpected(stored.error());
    const quint64 next = stored->has_value() ? (*stored)->toULongLong() + 1 : 1;
    if (auto ok = setValue(name, QByteArray::number(next)); !ok)
        return tl::unexpected(ok.error());
    return next;
}

} // namespace consilium::sync
