#include "core/sync/SyncEngine.h"

#include "core/common/Logging.h"
#include "core/crypto/BlobPointer.h"
#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/MembershipEvent.h"
#include "core/crypto/SealedObject.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/GroupMembership.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QHash>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");
// The relay's default batch limit is 1,000 envelopes and 16 MiB per body; stay well below both.
constexpr qsizetype kBatchEnvelopes = 200;

quint64 nowSeconds()
{
    return static_cast<quint64>(QDateTime::currentSecsSinceEpoch());
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Posts a batch; when the relay names a mailbox it no longer knows (a device removed from its
// identity's list, § 19.6), drops what was queued for it and posts the rest: it can never be
// delivered, and it must not hold up everything queued after it.
void postDroppingRemovedMailboxes(RelayClient& client, QList<OutgoingEnvelope> envelopes,
                                  std::function<void(const std::optional<Error>&)> finished)
{
    if (envelopes.isEmpty())
        return finished(std::nullopt);
    const QList<OutgoingEnvelope> batch = envelopes;
    client.postEnvelopes(batch, [&client, envelopes = std::move(envelopes),
                                 finished = std::move(finished)](RelayResult<QList<quint64>> posted) mutable {
        if (posted)
            return finished(std::nullopt);
        const QByteArray gone =
            posted.error().relayCode == QLatin1String("unknown-mailbox")
                ? QByteArray::fromHex(posted.error().body.value(QStringLiteral("mailbox")).toString().toLatin1())
                : QByteArray();
        const qsizetype before = envelopes.size();
        if (!gone.isEmpty())
            envelopes.removeIf([&](const OutgoingEnvelope& envelope) { return envelope.mailbox == gone; });
        if (envelopes.size() == before)
            return finished(posted.error().error);
        qCInfo(lcSync) << "dropped" << before - envelopes.size() << "envelopes for a device the relay no longer lists";
        postDroppingRemovedMailboxes(client, std::move(envelopes), std::move(finished));
    });
}

} // namespace

struct SyncEngine::FlushRun {
    QList<store::OutboxItem> items;
    qsizetype index = 0;
    int sent = 0;
    std::function<void(Result<int>)> done;
};

SyncEngine::SyncEngine(SyncProfile profile, RelayClient& client, RetryPolicy policy)
    : m_profile(std::move(profile))
    , m_client(client)
    , m_policy(policy)
{
}

QByteArray SyncEngine::envelope(EnvelopeKind kind, const QByteArray& body) const
{
    return encodeEnvelope({kind, m_profile.identity().publicKey().bytes(), body});
}

void SyncEngine::registerDevice(Callback<Registration> done)
{
    auto credential = m_profile.credential();
    auto lists = m_profile.ownDeviceLists();
    if (!credential || !lists) {
        RelayFailure failure;
        failure.error = credential ? lists.error() : credential.error();
        return done(tl::unexpected(failure));
    }
    m_client.registerIdentity(*credential, *lists, std::move(done));
}

void SyncEngine::addContact(const crypto::SigningPublicKey& identity,
                            std::function<void(Result<VerifiedIdentity>)> done)
{
    addContactChecked(identity, std::nullopt, std::move(done));
}

void SyncEngine::addContact(const crypto::InviteCode& invite, std::function<void(Result<VerifiedIdentity>)> done)
{
    addContactChecked(invite.details().identityKey, invite.details(), std::move(done));
}

namespace {

/// The invitation pins one entry of the inviter's device list: the relay's history must hold
/// exactly that entry at that sequence (it may have grown since).
Result<void> checkInvitedDeviceList(const crypto::InviteDetails& invite, const IdentityRecord& record)
{
    for (const QByteArray& entry : record.deviceLists) {
        auto parsed = crypto::DeviceList::parse(entry);
        if (!parsed || parsed->sequence() != invite.deviceListSequence)
            continue;
        if (parsed->hash() != invite.deviceListHash)
            return fail(QStringLiteral("sync"), ErrorCode::PermissionDenied,
                        QStringLiteral("the relay shows a different device list for %1 than the invitation "
                                       "names (entry %2): not added")
                            .arg(invite.name)
                            .arg(invite.deviceListSequence));
        return {};
    }
    return fail(QStringLiteral("sync"), ErrorCode::PermissionDenied,
                QStringLiteral("the relay shows an older device list for %1 than the invitation names (entry %2 is "
                               "missing): not added")
                    .arg(invite.name)
                    .arg(invite.deviceListSequence));
}

} // namespace

void SyncEngine::addContactChecked(const crypto::SigningPublicKey& identity,
                                   std::optional<crypto::InviteDetails> invite,
                                   std::function<void(Result<VerifiedIdentity>)> done)
{
    m_client.fetchIdentity(identity, [this, identity, invite = std::move(invite),
                                      done = std::move(done)](RelayResult<IdentityRecord> record) {
        if (!record) {
            Error error = record.error().error;
            if (invite && record.error().status == 404 && !invite->relayUrl.isEmpty())
                error.message += QStringLiteral(" (the invitation names the relay %1)").arg(invite->relayUrl);
            return done(tl::unexpected(error));
        }
        if (invite) {
            if (auto ok = checkInvitedDeviceList(*invite, *record); !ok)
                return done(tl::unexpected(ok.error()));
        }
        store::Store& store = m_profile.store();
        auto transaction = store::SqlTransaction::begin(store.database());
        if (!transaction)
            return done(tl::unexpected(transaction.error()));
        auto verified = m_profile.acceptIdentity(identity, *record);
        if (!verified)
            return done(tl::unexpected(verified.error()));
        if (auto ok = store.people().addContact(identity.bytes()); !ok)
            return done(tl::unexpected(ok.error()));
        auto certificate = m_profile.ownEncryptionCertificate();
        if (!certificate)
            return done(tl::unexpected(certificate.error()));
        QList<OutgoingEnvelope> introductions;
        for (const crypto::SigningPublicKey& device : verified->deviceList.devices())
            introductions.append({device.bytes(), envelope(EnvelopeKind::Introduction, *certificate)});
        if (identity != m_profile.identity().publicKey()) {
            if (auto ok = enqueueEnvelopes(introductions); !ok)
                return done(tl::unexpected(ok.error()));
        }
        if (auto ok = transaction->commit(); !ok)
            return done(tl::unexpected(ok.error()));
        done(std::move(*verified));
    });
}

Result<QByteArray> SyncEngine::seal(crypto::ObjectType type, const QByteArray& caseId, quint64 epoch,
                                    const crypto::SecretBytes& key, const QByteArray& plaintext, QByteArray* objectId)
{
    auto sequence = m_profile.takeSequence(caseId);
    if (!sequence)
        return tl::unexpected(sequence.error());
    crypto::ObjectHeader header;
    header.type = type;
    header.caseId = caseId;
    header.epoch = epoch;
    header.objectId = crypto::generateId();
    header.author = m_profile.device().deviceId();
    header.sequence = *sequence;
    auto sealed = crypto::sealObject(header, plaintext, key, m_profile.device().signing);
    if (!sealed)
        return tl::unexpected(sealed.error());
    // Our own objects go through the same guard, so an echo from the relay is a harmless duplicate.
    auto guard = m_profile.replayGuard();
    if (!guard)
        return tl::unexpected(guard.error());
    if (auto ok = guard->accept(header); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = m_profile.saveReplayGuard(*guard); !ok)
        return tl::unexpected(ok.error());
    store::StoredObject stored{QUuid::fromRfc4122(header.objectId),
                               QUuid::fromRfc4122(caseId),
                               int(type),
                               header.author.bytes(),
                               qint64(header.sequence),
                               int(epoch),
                               *sealed};
    if (auto ok = m_profile.store().syncState().putObject(stored, QDateTime::currentDateTimeUtc()); !ok)
        return tl::unexpected(ok.error());
    if (objectId)
        *objectId = header.objectId;
    return *sealed;
}

Result<void> SyncEngine::enqueueEnvelopes(const QList<OutgoingEnvelope>& envelopes, const QUuid& caseId)
{
    for (qsizetype start = 0; start < envelopes.size(); start += kBatchEnvelopes) {
        QCborArray batch;
        for (qsizetype i = start; i < std::min(envelopes.size(), start + kBatchEnvelopes); ++i)
            batch.append(QCborArray{envelopes[i].mailbox, envelopes[i].data});
        if (auto ok = m_profile.store().syncState().enqueue(int(OutboxKind::Envelopes), QCborValue(batch).toCbor(),
                                                            QDateTime::currentDateTimeUtc(), caseId);
            !ok)
            return tl::unexpected(ok.error());
    }
    return {};
}

Result<QList<crypto::MemberDevice>> SyncEngine::otherDevices(const crypto::MembershipState& state) const
{
    QList<crypto::MemberDevice> devices;
    for (const crypto::MemberDevice& device : state.memberDevices()) {
        if (device.device != m_profile.device().deviceId())
            devices.append(device);
    }
    return devices;
}

Result<QList<OutgoingEnvelope>> SyncEngine::rotateEpoch(const QByteArray& caseId, crypto::MembershipState& state,
                                                        QList<QByteArray>& log,
                                                        const QList<crypto::MembershipChange>& changes)
{
    for (const crypto::MembershipChange& change : changes) {
        auto event = state.makeEvent(change, m_profile.device().signing, nowSeconds());
        if (!event)
            return tl::unexpected(event.error());
        if (auto ok = state.apply(*event); !ok)
            return tl::unexpected(ok.error());
        log.append(*event);
    }
    if (auto ok = m_profile.setMembershipLog(caseId, log); !ok)
        return tl::unexpected(ok.error());
    // A fresh key for the new epoch, wrapped to the member devices after the change only: a
    // removed member's devices never see it (§ 11.3).
    const quint64 epoch = state.epoch();
    const crypto::SecretBytes key = crypto::generateEpochKey();
    if (auto ok = m_profile.setEpochKey(caseId, epoch, key, m_profile.device().deviceId()); !ok)
        return tl::unexpected(ok.error());
    auto sealed = seal(crypto::ObjectType::MembershipEvent, caseId, epoch, key, encodeMembershipLog(log));
    if (!sealed)
        return tl::unexpected(sealed.error());
    auto envelopes = keyAndObjectsToMembers(state, caseId, epoch, key, {*sealed});
    if (!envelopes)
        return tl::unexpected(envelopes.error());
    store::CaseRepository& caseRows = m_profile.store().cases();
    auto value = caseRows.find(QUuid::fromRfc4122(caseId));
    if (!value)
        return tl::unexpected(value.error());
    if (value->has_value()) {
        cases::Case changed = **value;
        changed.epoch = int(epoch);
        if (auto ok = caseRows.save(changed); !ok)
            return tl::unexpected(ok.error());
    }
    return envelopes;
}

Result<QList<OutgoingEnvelope>> SyncEngine::keyAndObjectsToMembers(const crypto::MembershipState& state,
                                                                   const QByteArray& caseId, quint64 epoch,
                                                                   const crypto::SecretBytes& key,
                                                                   const QList<QByteArray>& objects) const
{
    auto devices = otherDevices(state);
    if (!devices)
        return tl::unexpected(devices.error());
    QList<OutgoingEnvelope> envelopes;
    for (const crypto::MemberDevice& device : *devices) {
        auto wrap =
            crypto::wrapEpochKey(key, caseId, epoch, device.device, device.encryptionKey, m_profile.device().signing);
        if (!wrap)
            return tl::unexpected(wrap.error());
        envelopes.append({device.device.bytes(), envelope(EnvelopeKind::EpochKey, *wrap)});
        for (const QByteArray& object : objects)
            envelopes.append({device.device.bytes(), envelope(EnvelopeKind::Object, object)});
    }
    return envelopes;
}

Result<QUuid> SyncEngine::publishCase(const CaseDraft& draft)
{
    store::Store& store = m_profile.store();
    const crypto::SigningPublicKey self = m_profile.identity().publicKey();
    if (draft.title.trimmed().isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("a case needs a title"));

    QList<crypto::SigningPublicKey> recipients;
    QHash<QByteArray, crypto::MemberRole> roles; // group members' roles; others join as members
    std::optional<cases::Group> group;
    if (draft.groupId) {
        auto found = store.groups().find(*draft.groupId);
        if (!found)
            return tl::unexpected(found.error());
        if (!found->has_value())
            return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no group %1").arg(draft.groupId->toString()));
        group = **found;
        for (const cases::GroupMember& member : group->members) {
            auto key = crypto::SigningPublicKey::fromBytes(member.identityKey);
            if (key && *key != self) {
                recipients.append(*key);
                roles.insert(member.identityKey, caseRole(member.role));
            }
        }
    }
    for (const crypto::SigningPublicKey& recipient : draft.recipients) {
        if (recipient != self && !recipients.contains(recipient))
            recipients.append(recipient);
    }

    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());

    // Membership: the author creates the case (its owner), then adds each recipient with their
    // group role (every change is an epoch).
    const QUuid caseUuid = QUuid::createUuid();
    const QByteArray caseId = caseUuid.toRfc4122();
    auto ownDevices = m_profile.memberDevices(self);
    if (!ownDevices)
        return tl::unexpected(ownDevices.error());
    QList<QByteArray> log;
    auto genesis =
        crypto::MembershipState::createCase(caseId, self, *ownDevices, m_profile.device().signing, nowSeconds());
    if (!genesis)
        return tl::unexpected(genesis.error());
    log.append(*genesis);
    auto state = crypto::MembershipState::fromGenesis(*genesis);
    if (!state)
        return tl::unexpected(state.error());
    for (const crypto::SigningPublicKey& recipient : recipients) {
        auto devices = m_profile.memberDevices(recipient);
        if (!devices)
            return tl::unexpected(devices.error());
        crypto::MembershipChange change{crypto::MembershipAction::Add, recipient,
                                        roles.value(recipient.bytes(), crypto::MemberRole::Member), *devices};
        auto event = state->makeEvent(change, m_profile.device().signing, nowSeconds());
        if (!event)
            return tl::unexpected(event.error());
        if (auto ok = state->apply(*event); !ok)
            return tl::unexpected(ok.error());
        log.append(*event);
    }
    const quint64 epoch = state->epoch();
    const crypto::SecretBytes key = crypto::generateEpochKey();
    if (auto ok = m_profile.setEpochKey(caseId, epoch, key, m_profile.device().deviceId()); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = m_profile.setMembershipLog(caseId, log); !ok)
        return tl::unexpected(ok.error());

    cases::Case value;
    value.id = caseUuid;
    value.authorIdentity = self.bytes();
    value.title = draft.title.trimmed();
    value.clinicalQuestion = draft.clinicalQuestion;
    value.history = draft.history;
    value.findings = draft.findings;
    value.specialty = draft.specialty;
    value.tags = draft.tags;
    value.audience =
        group ? cases::Audience::Group : (recipients.isEmpty() ? cases::Audience::Private : cases::Audience::People);
    value.groupId = group ? group->id : QUuid();
    value.createdAt = QDateTime::currentDateTimeUtc();
    value.updatedAt = value.createdAt;
    value.unread = false;
    value.epoch = int(epoch);
    if (auto ok = store.cases().save(value); !ok)
        return tl::unexpected(ok.error());

    CaseManifest manifest;
    manifest.title = value.title;
    manifest.clinicalQuestion = value.clinicalQuestion;
    manifest.history = value.history;
    manifest.findings = value.findings;
    manifest.specialty = value.specialty;
    manifest.tags = value.tags;
    manifest.audience = value.audience;
    manifest.groupId = group ? group->id.toRfc4122() : QByteArray();
    manifest.groupName = group ? group->name : QString();
    manifest.createdMs = value.createdAt.toMSecsSinceEpoch();

    // Sealed (numbered) in the order they are sent: the membership log (it admits the author's
    // device), the blob pointers (so that every key is there when the manifest arrives), the manifest.
    QList<QByteArray> objects;
    auto membership = seal(crypto::ObjectType::MembershipEvent, caseId, epoch, key, encodeMembershipLog(log));
    if (!membership)
        return tl::unexpected(membership.error());
    objects.append(*membership);
    QList<std::pair<QUuid, qint64>> uploads; // blob, ciphertext bytes
    for (const CaseDraft::File& file : draft.files) {
        auto attachment = store.attachments().attachFile(caseUuid, file.path, file.kind, file.label);
        if (!attachment)
            return tl::unexpected(attachment.error().withContext(file.path));
        auto record = store.blobs().find(attachment->blobId);
        if (!record || !record->has_value())
            return fail(kDomain, ErrorCode::Internal, QStringLiteral("the attachment's blob vanished"));
        crypto::BlobPointer pointer;
        pointer.blobId = attachment->blobId.toRfc4122();
        pointer.plaintextSize = attachment->plaintextSize;
        pointer.ciphertextSize = (*record)->ciphertextSize;
        pointer.ciphertextHash = (*record)->ciphertextHash;
        pointer.key = crypto::SecretBytes::copyOf((*record)->key);
        auto encoded = crypto::encodeBlobPointer(pointer, key, caseId, epoch);
        if (!encoded)
            return tl::unexpected(encoded.error());
        auto sealed = seal(crypto::ObjectType::BlobPointer, caseId, epoch, key, *encoded);
        if (!sealed)
            return tl::unexpected(sealed.error());
        objects.append(*sealed);
        uploads.append({attachment->blobId, (*record)->ciphertextSize});
        manifest.attachments.append({pointer.blobId, int(file.kind), file.label, attachment->fileName});
    }
    auto sealedManifest = seal(crypto::ObjectType::Manifest, caseId, epoch, key, encodeManifest(manifest));
    if (!sealedManifest)
        return tl::unexpected(sealedManifest.error());
    objects.append(*sealedManifest);

    // Blobs go before the envelopes that point to them (the outbox is sent in order).
    // Each item names the case, so that the app shows one progress for the whole case.
    for (const auto& [blob, size] : uploads) {
        if (auto ok = store.syncState().enqueue(int(OutboxKind::UploadBlob), blob.toRfc4122(),
                                                QDateTime::currentDateTimeUtc(), caseUuid, size);
            !ok)
            return tl::unexpected(ok.error());
    }
    auto envelopes = keyAndObjectsToMembers(*state, caseId, epoch, key, objects);
    if (!envelopes)
        return tl::unexpected(envelopes.error());
    if (auto ok = enqueueEnvelopes(*envelopes, caseUuid); !ok)
        return tl::unexpected(ok.error());
    if (group) {
        const QString name = QStringLiteral("group-cases/") + hex(group->id.toRfc4122());
        auto cases = store.syncState().value(name);
        if (!cases)
            return tl::unexpected(cases.error());
        if (auto ok = store.syncState().setValue(name, cases->value_or(QByteArray()) + caseId); !ok)
            return tl::unexpected(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return caseUuid;
}

Result<QUuid> SyncEngine::addComment(const QUuid& caseUuid, const QString& text, const QUuid& parentId)
{
    store::Store& store = m_profile.store();
    if (text.trimmed().isEmpty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("a comment needs text"));
    const QByteArray caseId = caseUuid.toRfc4122();
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto state = m_profile.membership(caseId);
    if (!state)
        return tl::unexpected(state.error());
    if (!state->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("no shared case %1 here").arg(caseUuid.toString()));
    if (!(*state)->memberOfDevice(m_profile.device().deviceId()))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this device is no longer a member of case %1").arg(caseUuid.toString()));
    const quint64 epoch = (*state)->epoch();
    auto key = m_profile.epochKey(caseId, epoch);
    if (!key)
        return tl::unexpected(key.error());
    if (!key->has_value())
        return fail(
            kDomain, ErrorCode::NotFound,
            QStringLiteral("no key for epoch %1 of case %2 yet (run sync pull)").arg(epoch).arg(caseUuid.toString()));
    const qint64 created = QDateTime::currentMSecsSinceEpoch();
    QByteArray objectId;
    auto sealed =
        seal(crypto::ObjectType::Comment, caseId, epoch, **key,
             encodeComment({text, parentId.isNull() ? QByteArray() : parentId.toRfc4122(), created}), &objectId);
    if (!sealed)
        return tl::unexpected(sealed.error());
    cases::Comment comment;
    comment.id = QUuid::fromRfc4122(objectId);
    comment.caseId = caseUuid;
    comment.parentId = parentId;
    comment.authorIdentity = m_profile.identity().publicKey().bytes();
    comment.body = text;
    comment.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    if (auto ok = store.comments().add(comment); !ok)
        return tl::unexpected(ok.error());
    auto devices = otherDevices(**state);
    if (!devices)
        return tl::unexpected(devices.error());
    QList<OutgoingEnvelope> envelopes;
    for (const crypto::MemberDevice& device : *devices)
        envelopes.append({device.device.bytes(), envelope(EnvelopeKind::Object, *sealed)});
    if (auto ok = enqueueEnvelopes(envelopes); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return comment.id;
}

Result<int> SyncEngine::removeGroupMember(const QUuid& groupId, const crypto::SigningPublicKey& identity)
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
    if (identity == m_profile.identity().publicKey())
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("this profile cannot leave its own group %1: its cases would lose their author")
                        .arg((*group)->name));
    if (isLastOwner(**group, identity.bytes()))
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("the last owner of group %1 cannot be removed").arg((*group)->name));
    cases::Group updated = **group;
    const auto before = updated.members.size();
    updated.members.removeIf([&](const cases::GroupMember& member) { return member.identityKey == identity.bytes(); });
    if (updated.members.size() == before)
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("%1 is not a member of group %2").arg(identity.toHex(), updated.name));
    if (auto ok = store.groups().save(updated); !ok)
        return tl::unexpected(ok.error());

    auto caseIds = groupCases(groupId);
    if (!caseIds)
        return tl::unexpected(caseIds.error());
    int rotated = 0;
    for (const QByteArray& caseId : *caseIds) {
        auto removed = removeFromCase(caseId, identity);
        if (!removed)
            return tl::unexpected(removed.error());
        if (*removed)
            ++rotated;
    }
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return rotated;
}

void SyncEngine::flush(std::function<void(Result<int>)> done)
{
    // A recovery-key backup written since the last sync goes first (docs/protocol.md § 14.3).
    auto pending = m_profile.store().syncState().pendingKeyBackup();
    if (!pending)
        return done(tl::unexpected(pending.error()));
    if (!*pending)
        return flushOutbox(std::move(done));
    const store::PendingKeyBackup backup = **pending;
    m_client.putKeyBackup(
        backup.locator, backup.backup, [this, backup, done = std::move(done)](RelayResult<qint64> stored) mutable {
            if (!stored && stored.error().status == 0)
                return done(tl::unexpected(stored.error().error)); // offline: the outbox waits too
            if (!stored) {
                // Refused: it stays pending and is offered again next time; the
                // cases in the outbox must not wait for it.
                qCWarning(lcSync) << "the relay refused the key backup:" << stored.error().error.message;
            } else if (auto cleared = m_profile.store().syncState().clearPendingKeyBackup(backup); !cleared) {
                return done(tl::unexpected(cleared.error()));
            }
            flushOutbox(std::move(done));
        });
}

void SyncEngine::flushOutbox(std::function<void(Result<int>)> done)
{
    auto run = std::make_shared<FlushRun>();
    // The user (or the scheduler) asked to send now: take everything, in order, whatever its back-off.
    auto items = m_profile.store().syncState().due(QDateTime::currentDateTimeUtc().addYears(100), 100000);
    if (!items)
        return done(tl::unexpected(items.error()));
    run->items = *items;
    run->done = std::move(done);
    flushNext(std::move(run));
}

void SyncEngine::flushNext(std::shared_ptr<FlushRun> run)
{
    if (run->index >= run->items.size())
        return run->done(run->sent);
    const store::OutboxItem item = run->items[run->index];
    store::SyncStateRepository& state = m_profile.store().syncState();
    if (m_outboxItem)
        m_outboxItem(item, false);
    auto finished = [this, run = std::move(run), item](const std::optional<Error>& error) {
        store::SyncStateRepository& outbox = m_profile.store().syncState();
        if (error) {
            const QDateTime retryAt =
                QDateTime::currentDateTimeUtc().addMSecs(backOff(m_policy, item.attempts + 1).count());
            (void)outbox.recordFailure(item.id, error->message, retryAt);
            return run->done(tl::unexpected(*error));
        }
        if (auto ok = outbox.remove(item.id); !ok)
            return run->done(tl::unexpected(ok.error()));
        if (m_outboxItem)
            m_outboxItem(item, true);
        ++run->sent;
        ++run->index;
        flushNext(run);
    };
    if (item.kind == int(OutboxKind::UploadBlob)) {
        const QUuid blobId = QUuid::fromRfc4122(item.payload);
        auto record = m_profile.store().blobs().find(blobId);
        if (!record || !record->has_value())
            return finished(Error{kDomain, ErrorCode::NotFound,
                                  QStringLiteral("blob %1 to upload is not in the store").arg(blobId.toString())});
        const QString uploadName = QStringLiteral("upload/") + hex(item.payload);
        auto previous = state.value(uploadName);
        std::optional<QString> uploadId;
        if (previous && previous->has_value())
            uploadId = QString::fromLatin1(**previous);
        UploadProgress progress;
        progress.started = [this, uploadName](const QString& id) {
            (void)m_profile.store().syncState().setValue(uploadName, id.toLatin1());
        };
        progress.progress = m_uploadProgress;
        uploadFile(m_client, (*record)->path, (*record)->ciphertextHash, uploadId, progress, m_policy,
                   [this, uploadName, blobId, finished](RelayResult<StoredBlob> stored) {
                       if (!stored)
                           return finished(stored.error().error);
                       (void)m_profile.store().syncState().removeValue(uploadName);
                       // The relay holds it now: the cache limit may evict it later (BlobStore).
                       if (auto ok = m_profile.store().blobs().setOnRelay(blobId); !ok)
                           return finished(ok.error());
                       finished(std::nullopt);
                   });
        return;
    }
    if (item.kind == int(OutboxKind::Envelopes)) {
        QList<OutgoingEnvelope> envelopes;
        const QCborArray pairs = QCborValue::fromCbor(item.payload).toArray();
        for (const auto& value : pairs) {
            const QCborArray pair = value.toArray();
            envelopes.append({pair.at(0).toByteArray(), pair.at(1).toByteArray()});
        }
        postDroppingRemovedMailboxes(m_client, std::move(envelopes), finished);
        return;
    }
    finished(Error{kDomain, ErrorCode::Unsupported, QStringLiteral("unknown outbox item kind %1").arg(item.kind)});
}

} // namespace consilium::sync
