// SyncEngine's receiving half: mailbox → verify → decrypt → store → acknowledge.

#include "core/crypto/BlobPointer.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/SealedObject.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");
constexpr int kPageSize = 100;

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

tl::unexpected<Error> refuse(const QString& message)
{
    return fail(kDomain, ErrorCode::PermissionDenied, message);
}

// Store failures stop the pull (nothing acknowledged); anything else refuses the one envelope.
bool isLocalFailure(const Error& error)
{
    return error.domain == QLatin1String("store");
}

QString pointerName(const QByteArray& caseId, const QByteArray& blobId)
{
    return QStringLiteral("pointer/%1/%2").arg(hex(caseId), hex(blobId));
}

// The device that signed an envelope's body, read without verifying (verification follows).
Result<crypto::SigningPublicKey> signerOf(const Envelope& envelope)
{
    switch (envelope.kind) {
    case EnvelopeKind::Introduction: {
        auto certificate = crypto::EncryptionKeyCertificate::parse(envelope.body);
        if (!certificate)
            return tl::unexpected(certificate.error());
        return certificate->deviceKey();
    }
    case EnvelopeKind::EpochKey:
        return crypto::peekEpochKeyWrapSender(envelope.body);
    case EnvelopeKind::Object: {
        auto header = crypto::peekObjectHeader(envelope.body);
        if (!header)
            return tl::unexpected(header.error());
        return header->author;
    }
    case EnvelopeKind::DeviceList:
        break; // signed by the identity itself, handled before any device is looked up
    }
    return refuse(QStringLiteral("envelope: unknown kind"));
}

} // namespace

struct SyncEngine::PullRun {
    QList<IncomingEnvelope> page;
    quint64 cursor = 0;
    bool more = false;
    PullReport report;
    std::function<void(Result<PullReport>)> done;
};

void SyncEngine::pull(std::function<void(Result<PullReport>)> done)
{
    auto run = std::make_shared<PullRun>();
    run->done = std::move(done);
    auto cursor = m_profile.store().syncState().inboxCursor(m_profile.device().deviceId().toHex());
    if (!cursor)
        return run->done(tl::unexpected(cursor.error()));
    run->cursor = cursor->value_or(QStringLiteral("0")).toULongLong();
    fetchPage(std::move(run));
}

void SyncEngine::fetchPage(std::shared_ptr<PullRun> run)
{
    const quint64 after = run->cursor;
    m_client.fetchMailbox(after, kPageSize, [this, run = std::move(run)](RelayResult<MailboxPage> page) {
        if (!page)
            return run->done(tl::unexpected(page.error().error));
        run->page = page->envelopes;
        run->more = page->more;
        processEnvelope(run, 0);
    });
}

void SyncEngine::processEnvelope(std::shared_ptr<PullRun> run, qsizetype index)
{
    if (index >= run->page.size()) {
        // Nothing committed yet in this run and nothing new: still acknowledge the stored cursor,
        // in case an earlier run committed envelopes and stopped before its acknowledgement.
        if (run->cursor == 0)
            return run->done(run->report);
        // Everything up to the cursor is committed: only now may the relay delete it.
        m_client.acknowledge(run->cursor, [this, run](RelayResult<qint64> acknowledged) {
            if (!acknowledged)
                return run->done(tl::unexpected(acknowledged.error().error));
            if (run->more && !run->page.isEmpty())
                return fetchPage(run);
            run->done(run->report);
        });
        return;
    }
    const IncomingEnvelope incoming = run->page[index];
    ++run->report.envelopes;
    // Records the outcome with the cursor, in the transaction of the effects (or alone).
    auto conclude = [this, run, index, sequence = incoming.sequence](const std::optional<QString>& rejection) {
        if (rejection)
            run->report.rejections.append(QStringLiteral("envelope %1: %2").arg(sequence).arg(*rejection));
        run->cursor = sequence;
        if (m_afterCommit)
            m_afterCommit(sequence);
        processEnvelope(run, index + 1);
    };
    auto refused = [this, run, conclude, sequence = incoming.sequence](const Error& error) {
        if (isLocalFailure(error))
            return run->done(tl::unexpected(error));
        if (auto ok = finishEnvelope(sequence, error.message); !ok)
            return run->done(tl::unexpected(ok.error()));
        conclude(error.message);
    };

    auto envelope = decodeEnvelope(incoming.data);
    if (!envelope)
        return refused(envelope.error());
    if (envelope->kind == EnvelopeKind::DeviceList) {
        return applyDeviceListNotice(*envelope, incoming.sequence, [run, conclude, refused](Result<bool> applied) {
            // Relay unreachable: stop here, unacknowledged, so the next pull tries it again.
            if (!applied && applied.error().code == ErrorCode::IoError)
                return run->done(tl::unexpected(applied.error()));
            if (!applied)
                return refused(applied.error());
            if (*applied)
                ++run->report.accepted;
            else
                ++run->report.duplicates;
            conclude(std::nullopt);
        });
    }
    auto sender = crypto::SigningPublicKey::fromBytes(envelope->senderIdentity, QStringLiteral("sender identity"));
    auto signer = signerOf(*envelope);
    if (!sender)
        return refused(sender.error());
    if (!signer)
        return refused(signer.error());

    ensureIdentity(
        *sender, *signer,
        [=, this, run = std::move(run), envelope = *envelope, signer = *signer](Result<VerifiedIdentity> verified) {
            if (!verified)
                return refused(verified.error());
            if (!verified->deviceList.contains(signer))
                return refused(Error{kDomain, ErrorCode::PermissionDenied,
                                     QStringLiteral("device %1 is not in %2's current device list")
                                         .arg(signer.toHex().left(16), verified->credential.details().name)});
            // Applies the envelope (with any downloaded blobs) and its cursor in one transaction.
            auto commit = [=, this](const QStringList& staged) {
                Result<bool> applied = [&]() -> Result<bool> {
                    auto transaction = store::SqlTransaction::begin(m_profile.store().database());
                    if (!transaction)
                        return tl::unexpected(transaction.error());
                    auto result = apply(envelope, staged);
                    if (!result)
                        return result; // the transaction rolls back as it goes out of scope
                    if (auto ok = finishEnvelope(incoming.sequence, std::nullopt); !ok)
                        return tl::unexpected(ok.error());
                    if (auto ok = transaction->commit(); !ok)
                        return tl::unexpected(ok.error());
                    return result;
                }();
                if (!applied) {
                    for (const QString& file : staged)
                        QFile::remove(file);
                    return refused(applied.error());
                }
                if (*applied)
                    ++run->report.accepted;
                else
                    ++run->report.duplicates;
                conclude(std::nullopt);
            };
            // A manifest needs its blobs before it can be stored whole.
            if (envelope.kind == EnvelopeKind::Object) {
                auto header = crypto::peekObjectHeader(envelope.body);
                if (header && header->type == crypto::ObjectType::Manifest) {
                    auto key = m_profile.epochKey(header->caseId, header->epoch);
                    if (key && key->has_value()) {
                        auto opened = crypto::openObject(envelope.body, **key, header->author);
                        auto manifest = opened ? decodeManifest(opened->plaintext) : Result<CaseManifest>{};
                        if (opened && manifest) {
                            auto present = m_profile.store().attachments().list(QUuid::fromRfc4122(header->caseId));
                            const qsizetype have = present ? present->size() : 0;
                            return downloadAttachments(run, index, header->caseId, manifest->attachments.mid(have), {},
                                                       [=](Result<QStringList> staged) {
                                                           if (!staged)
                                                               return refused(staged.error());
                                                           commit(*staged);
                                                       });
                        }
                    }
                }
            }
            commit({});
        });
}

void SyncEngine::ensureIdentity(const crypto::SigningPublicKey& identity, const crypto::SigningPublicKey& device,
                                std::function<void(Result<VerifiedIdentity>)> done)
{
    auto known = m_profile.knownIdentity(identity);
    if (!known)
        return done(tl::unexpected(known.error()));
    if (known->has_value() && (*known)->deviceList.contains(device))
        return done(std::move(**known));
    // Unknown sender, or a device we have not seen listed: ask the relay for the current chain.
    m_client.fetchIdentity(identity, [this, identity, done = std::move(done)](RelayResult<IdentityRecord> record) {
        if (!record)
            return done(tl::unexpected(record.error().error));
        auto transaction = store::SqlTransaction::begin(m_profile.store().database());
        if (!transaction)
            return done(tl::unexpected(transaction.error()));
        auto verified = m_profile.acceptIdentity(identity, *record);
        if (!verified)
            return done(tl::unexpected(verified.error()));
        if (auto ok = transaction->commit(); !ok)
            return done(tl::unexpected(ok.error()));
        done(std::move(*verified));
    });
}

void SyncEngine::downloadAttachments(std::shared_ptr<PullRun> run, qsizetype index, QByteArray caseId,
                                     QList<ManifestAttachment> pending, QStringList staged,
                                     std::function<void(Result<QStringList>)> done)
{
    if (pending.isEmpty())
        return done(staged);
    const ManifestAttachment next = pending.takeFirst();
    auto stored = m_profile.store().syncState().value(pointerName(caseId, next.blobId));
    if (!stored)
        return done(tl::unexpected(stored.error()));
    if (!stored->has_value())
        return done(refuse(QStringLiteral("case manifest: attachment %1 has no blob pointer").arg(hex(next.blobId))));
    const QCborArray pointer = QCborValue::fromCbor(**stored).toArray();
    const QByteArray hash = pointer.at(0).toByteArray();
    const qint64 size = pointer.at(2).toInteger();
    const QString path = m_profile.store().blobs().newStagingPath();
    downloadFile(m_client, hash, size, path, m_policy,
                 [=, this, run = std::move(run), caseId = std::move(caseId),
                  staged = std::move(staged)](RelayResult<qint64> downloaded) mutable {
                     if (!downloaded) {
                         for (const QString& file : staged)
                             QFile::remove(file);
                         return done(tl::unexpected(downloaded.error().error));
                     }
                     staged.append(path);
                     downloadAttachments(run, index, caseId, pending, std::move(staged), std::move(done));
                 });
}

Result<void> SyncEngine::finishEnvelope(quint64 sequence, const std::optional<QString>& rejection)
{
    store::SyncStateRepository& state = m_profile.store().syncState();
    if (rejection) {
        if (auto ok = state.setValue(QStringLiteral("rejected/%1").arg(sequence, 12, 10, QLatin1Char('0')),
                                     rejection->toUtf8());
            !ok)
            return ok;
    }
    return state.setInboxCursor(m_profile.device().deviceId().toHex(), QString::number(sequence));
}

Result<bool> SyncEngine::apply(const Envelope& envelope, const QStringList& staged)
{
    const crypto::SigningPublicKey sender = *crypto::SigningPublicKey::fromBytes(envelope.senderIdentity);
    switch (envelope.kind) {
    case EnvelopeKind::Introduction:
        if (auto ok = m_profile.acceptEncryptionCertificate(sender, envelope.body); !ok)
            return tl::unexpected(ok.error());
        return true;
    case EnvelopeKind::EpochKey: {
        auto wrapSender = crypto::peekEpochKeyWrapSender(envelope.body);
        if (!wrapSender)
            return tl::unexpected(wrapSender.error());
        auto unwrapped = crypto::unwrapEpochKey(envelope.body, m_profile.device(), *wrapSender);
        if (!unwrapped)
            return tl::unexpected(unwrapped.error());
        auto existing = m_profile.epochKey(unwrapped->caseId, unwrapped->epoch);
        if (!existing)
            return tl::unexpected(existing.error());
        if (existing->has_value())
            return false;
        // Of a case we know, only a current member may hand out keys (§ 11.4).
        auto state = m_profile.membership(unwrapped->caseId);
        if (!state)
            return tl::unexpected(state.error());
        if (state->has_value() && unwrapped->epoch <= (*state)->epoch() && !(*state)->memberOfDevice(*wrapSender))
            return refuse(QStringLiteral("epoch key wrap: sent by a device that is not a member of the case"));
        if (auto ok = m_profile.setEpochKey(unwrapped->caseId, unwrapped->epoch, unwrapped->key, *wrapSender); !ok)
            return tl::unexpected(ok.error());
        return true;
    }
    case EnvelopeKind::Object:
        return applyObject(envelope, staged);
    case EnvelopeKind::DeviceList:
        break; // applyDeviceListNotice, before this
    }
    return refuse(QStringLiteral("envelope: unknown kind"));
}

Result<bool> SyncEngine::applyObject(const Envelope& envelope, const QStringList& staged)
{
    store::Store& store = m_profile.store();
    auto header = crypto::peekObjectHeader(envelope.body);
    if (!header)
        return tl::unexpected(header.error());
    const QByteArray caseId = header->caseId;
    const QUuid caseUuid = QUuid::fromRfc4122(caseId);
    auto key = m_profile.epochKey(caseId, header->epoch);
    if (!key)
        return tl::unexpected(key.error());
    if (!key->has_value())
        return refuse(QStringLiteral("object: no key for epoch %1 of case %2 (this device is not a member of "
                                     "that epoch)")
                          .arg(header->epoch)
                          .arg(caseUuid.toString(QUuid::WithoutBraces)));
    auto opened = crypto::openObject(envelope.body, **key, header->author);
    if (!opened)
        return tl::unexpected(opened.error());
    auto guard = m_profile.replayGuard();
    if (!guard)
        return tl::unexpected(guard.error());
    if (auto fresh = guard->check(opened->header); !fresh) {
        if (fresh.error().message.contains(QLatin1String("already accepted")))
            return false; // redelivered: harmless
        return tl::unexpected(fresh.error());
    }

    auto current = m_profile.membership(caseId);
    if (!current)
        return tl::unexpected(current.error());
    const crypto::SigningPublicKey author = opened->header.author;

    if (opened->header.type == crypto::ObjectType::MembershipEvent) {
        auto events = decodeMembershipLog(opened->plaintext);
        if (!events)
            return tl::unexpected(events.error());
        auto known = m_profile.membershipLog(caseId);
        if (!known)
            return tl::unexpected(known.error());
        if (events->size() < known->size() || events->mid(0, known->size()) != *known)
            return refuse(QStringLiteral("membership log: it does not extend the chain this device accepted"));
        auto state = crypto::MembershipState::fromEvents(*events);
        if (!state)
            return tl::unexpected(state.error());
        if (state->epoch() != opened->header.epoch)
            return refuse(QStringLiteral("membership log: epoch %1 sealed under the key of epoch %2")
                              .arg(state->epoch())
                              .arg(opened->header.epoch));
        if (!state->memberOfDevice(author))
            return refuse(QStringLiteral("membership log: written by a device that is not a member"));
        auto keySender = m_profile.epochKeySender(caseId, opened->header.epoch);
        if (!keySender)
            return tl::unexpected(keySender.error());
        if (!keySender->has_value() || !state->memberOfDevice(**keySender)) {
            (void)m_profile.forgetEpochKey(caseId, opened->header.epoch);
            return refuse(QStringLiteral("epoch key wrap: the key of epoch %1 came from a device that is not a member")
                              .arg(opened->header.epoch));
        }
        if (auto ok = m_profile.setMembershipLog(caseId, *events); !ok)
            return tl::unexpected(ok.error());
        auto value = store.cases().find(caseUuid);
        if (!value)
            return tl::unexpected(value.error());
        if (value->has_value()) {
            cases::Case changed = **value;
            changed.epoch = int(state->epoch());
            if (auto ok = store.cases().save(changed); !ok)
                return tl::unexpected(ok.error());
        }
    } else {
        if (!current->has_value() || !(*current)->memberOfDevice(author))
            return refuse(QStringLiteral("object: its author device is not a member of case %1")
                              .arg(caseUuid.toString(QUuid::WithoutBraces)));
        const crypto::Member* member = (*current)->memberOfDevice(author);
        switch (opened->header.type) {
        case crypto::ObjectType::BlobPointer: {
            auto pointer = crypto::decodeBlobPointer(opened->plaintext, **key, caseId, opened->header.epoch);
            if (!pointer)
                return tl::unexpected(pointer.error());
            const QCborArray record{pointer->ciphertextHash, pointer->plaintextSize, pointer->ciphertextSize,
                                    pointer->key.view().toByteArray()};
            if (auto ok = store.syncState().setValue(pointerName(caseId, pointer->blobId), QCborValue(record).toCbor());
                !ok)
                return tl::unexpected(ok.error());
            break;
        }
        case crypto::ObjectType::Manifest: {
            auto manifest = decodeManifest(opened->plaintext);
            if (!manifest)
                return tl::unexpected(manifest.error());
            auto existing = store.cases().find(caseUuid);
            if (!existing)
                return tl::unexpected(existing.error());
            cases::Case value = existing->value_or(cases::Case{});
            if (!existing->has_value()) {
                // A new case: kept offline at once when the reader asked for that in Settings › Sync.
                auto pin = m_profile.pinsNewCases();
                if (!pin)
                    return tl::unexpected(pin.error());
                value.pinned = *pin;
            }
            value.id = caseUuid;
            value.authorIdentity = member->identity.bytes();
            value.title = manifest->title;
            value.clinicalQuestion = manifest->clinicalQuestion;
            value.history = manifest->history;
            value.findings = manifest->findings;
            value.specialty = manifest->specialty;
            value.tags = manifest->tags;
            value.audience = manifest->audience;
            value.groupId = manifest->groupId.size() == 16 ? QUuid::fromRfc4122(manifest->groupId) : QUuid();
            value.createdAt = QDateTime::fromMSecsSinceEpoch(manifest->createdMs, Qt::UTC);
            value.updatedAt = QDateTime::currentDateTimeUtc();
            value.epoch = int((*current)->epoch());
            if (auto ok = store.cases().save(value); !ok)
                return tl::unexpected(ok.error());
            auto present = store.attachments().list(caseUuid);
            if (!present)
                return tl::unexpected(present.error());
            const auto missing = manifest->attachments.mid(present->size());
            if (missing.size() != staged.size())
                return fail(kDomain, ErrorCode::Internal, QStringLiteral("attachments changed while downloading"));
            for (qsizetype i = 0; i < missing.size(); ++i) {
                auto stored = store.syncState().value(pointerName(caseId, missing[i].blobId));
                if (!stored)
                    return tl::unexpected(stored.error());
                if (!stored->has_value())
                    return refuse(QStringLiteral("case manifest: attachment without a blob pointer"));
                const QCborArray pointer = QCborValue::fromCbor(**stored).toArray();
                auto adopted = store.attachments().adoptReceived(
                    caseUuid, staged[i], pointer.at(3).toByteArray(), pointer.at(0).toByteArray(),
                    static_cast<store::AttachmentKind>(missing[i].kind), missing[i].label, missing[i].fileName,
                    pointer.at(1).toInteger());
                if (!adopted)
                    return tl::unexpected(adopted.error());
            }
            break;
        }
        case crypto::ObjectType::Comment: {
            auto body = decodeComment(opened->plaintext);
            if (!body)
                return tl::unexpected(body.error());
            auto exists = store.cases().find(caseUuid);
            if (!exists)
                return tl::unexpected(exists.error());
            if (!exists->has_value())
                return refuse(QStringLiteral("comment: its case %1 is unknown here").arg(caseUuid.toString()));
            cases::Comment comment;
            comment.id = QUuid::fromRfc4122(opened->header.objectId);
            comment.caseId = caseUuid;
            comment.parentId = body->parentId.size() == 16 ? QUuid::fromRfc4122(body->parentId) : QUuid();
            comment.authorIdentity = member->identity.bytes();
            comment.body = body->text;
            comment.createdAt = QDateTime::fromMSecsSinceEpoch(body->createdMs, Qt::UTC);
            if (auto ok = store.comments().add(comment); !ok)
                return tl::unexpected(ok.error());
            break;
        }
        default:
            return fail(kDomain, ErrorCode::Unsupported,
                        QStringLiteral("object type %1 is not handled by this build").arg(int(opened->header.type)));
        }
    }
    if (auto ok = guard->accept(opened->header); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = m_profile.saveReplayGuard(*guard); !ok)
        return tl::unexpected(ok.error());
    store::StoredObject object{QUuid::fromRfc4122(opened->header.objectId),
                               caseUuid,
                               int(opened->header.type),
                               author.bytes(),
                               qint64(opened->header.sequence),
                               int(opened->header.epoch),
                               envelope.body};
    if (auto ok = store.syncState().putObject(object, QDateTime::currentDateTimeUtc()); !ok)
        return tl::unexpected(ok.error());
    return true;
}

} // namespace consilium::sync
