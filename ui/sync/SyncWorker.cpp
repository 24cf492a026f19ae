#include "ui/sync/SyncWorker.h"

#include "core/crypto/InviteCode.h"
#include "core/store/Store.h"
#include "core/sync/BlobPresence.h"
#include "core/sync/BlobRefetch.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/LocalCase.h"
#include "core/sync/RelayClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProfile.h"
#include "core/sync/WakeupListener.h"

#include <QDateTime>

#include <algorithm>

namespace consilium::ui {

SyncWorker::SyncWorker(store::Store& store, const QUrl& relayOverride, SyncTimings timings)
    : m_store(store)
    , m_relayOverride(relayOverride)
    , m_timings(timings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::runCycle);
}

SyncWorker::~SyncWorker()
{
    // The transport first: its pending replies go with it without calling back into the engine.
    m_wakeups.reset();
    m_transport.reset();
    m_engine.reset();
    m_client.reset();
}

void SyncWorker::start()
{
    auto profile = sync::SyncProfile::load(m_store);
    if (!profile) {
        // A profile made without sync keys (or an older one): it simply does not sync.
        return report(SyncState::NotConfigured, profile.error().message);
    }
    m_profile = std::make_unique<sync::SyncProfile>(std::move(*profile));
    // Without a credential (a profile never set up for sharing) there is nothing to sync as.
    if (auto credential = m_profile->credential(); !credential)
        return report(SyncState::NotConfigured, credential.error().message);
    if (m_relayOverride.isValid() && !m_relayOverride.isEmpty()) {
        if (auto ok = m_profile->setRelayUrl(m_relayOverride.toString()); !ok)
            return report(SyncState::NotConfigured, ok.error().message);
    }
    auto url = m_profile->relayUrl();
    if (!url || url->isEmpty())
        return report(SyncState::NotConfigured, url ? QString() : url.error().message);
    m_relay = QUrl(*url);
    auto deviceKey = crypto::SigningKeyPair::fromSeed(m_profile->device().signing.seed());
    if (!deviceKey)
        return report(SyncState::NotConfigured, deviceKey.error().message);
    // A short transfer timeout: a relay that stops answering shows as offline within seconds.
    m_transport = std::make_unique<sync::NetworkHttpTransport>(m_relay, 15000);
    m_client = std::make_unique<sync::RelayClient>(*m_transport, std::move(*deviceKey));
    sync::RetryPolicy policy;
    policy.maxAttempts = 2; // the worker retries whole cycles with its own back-off
    m_engine = std::make_unique<sync::SyncEngine>(*m_profile, *m_client, policy);
    m_engine->setUploadProgressHook([this](qint64 sent, qint64 total) {
        m_outbox.itemProgress(sent);
        Q_EMIT uploadProgress(sent, total);
        reportOutbox();
    });
    m_engine->setOutboxItemHook([this](const store::OutboxItem& item, bool done) {
        m_outbox.itemChanged(item, done);
        if (!item.caseId.isNull())
            reportOutbox();
    });
    m_wakeups = std::make_unique<sync::WakeupListener>();
    connect(m_wakeups.get(), &sync::WakeupListener::ready, this, [this] {
        m_listening = true;
        // Envelopes that reached the relay between the last pull and this subscription raised no
        // wake-up (nobody was listening): one more pull picks them up now, not a period later.
        requestSync();
    });
    connect(m_wakeups.get(), &sync::WakeupListener::mailboxChanged, this, &SyncWorker::requestSync);
    connect(m_wakeups.get(), &sync::WakeupListener::closed, this, [this] {
        // The relay went away or the token expired: a cycle finds out which (and reconnects).
        m_listening = false;
        if (!m_running && m_state == SyncState::Online)
            requestSync();
    });
    reportOutbox(); // what an earlier session left queued
    runCycle();
}

void SyncWorker::requestSync()
{
    if (!m_engine)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer.start(0);
}

Result<QUuid> SyncWorker::addComment(const cases::Comment& comment)
{
    if (m_engine) {
        auto shared = m_profile->membership(comment.caseId.toRfc4122());
        if (!shared)
            return tl::unexpected(shared.error());
        if (shared->has_value()) {
            auto id = m_engine->addComment(comment.caseId, comment.body, comment.parentId);
            if (id)
                requestSync();
            return id;
        }
    }
    // A case that exists only here (never shared): the comment stays local too.
    if (auto added = m_store.comments().add(comment); !added)
        return tl::unexpected(added.error());
    return comment.id;
}

Result<QUuid> SyncWorker::publishCase(const sync::CaseDraft& draft)
{
    if (!m_engine)
        return sync::storeCaseLocally(m_store, draft);
    auto id = m_engine->publishCase(draft);
    if (id) {
        reportOutbox(); // queued: listed at once, even while offline
        requestSync();
    }
    return id;
}

void SyncWorker::runCycle()
{
    if (!m_engine || m_running)
        return;
    m_timer.stop();
    m_running = true;
    m_again = false;
    report(SyncState::Syncing);
    m_engine->flush([this](Result<int> sent) {
        if (!sent)
            return finishCycle(sent.error(), 0);
        m_engine->pull([this](Result<sync::PullReport> pulled) {
            if (!pulled)
                return finishCycle(pulled.error(), 0);
            finishCycle(std::nullopt, pulled->accepted);
        });
    });
}

void SyncWorker::finishCycle(const std::optional<Error>& failure, int accepted)
{
    m_running = false;
    m_outbox.idle();
    reportOutbox();
    if (accepted > 0)
        Q_EMIT received(accepted);
    if (failure) {
        // A removed computer is told so, and asks again only at the slowest pace: nothing it does
        // brings it back, but a relay restored from an older backup might.
        const bool removed = m_client->deviceUnknown();
        if (removed)
            m_retry = m_timings.maxRetry;
        else
            m_retry = m_retry.count() == 0 ? m_timings.firstRetry : std::min(m_retry * 2, m_timings.maxRetry);
        report(removed ? SyncState::Removed : SyncState::Offline, failure->message, sync::isRelayUnreachable(*failure));
        m_timer.start(m_retry);
        return;
    }
    m_retry = std::chrono::milliseconds(0);
    report(SyncState::Online);
    if (!m_listening)
        connectWakeups();
    confirmBlobs();
    if (m_again)
        return requestSync();
    m_timer.start(m_timings.period);
}

void SyncWorker::connectWakeups()
{
    // After a successful cycle the client holds a fresh token for the wake-up channel.
    if (m_client->token().isEmpty())
        return;
    // m_listening turns true on the relay's "ready" only: a socket that never connected reports no
    // close, and the next successful cycle tries again.
    m_wakeups->start(m_relay, m_client->token());
}

QString SyncWorker::unavailableReason() const
{
    if (m_engine)
        return {};
    //: Shown when adding a contact or changing a group in a profile that has no relay to sync with.
    QString reason = tr("This profile does not sync with a relay, so contacts cannot be fetched or told about "
                        "changes.");
    if (!m_notConfigured.isEmpty())
        reason += u' ' + m_notConfigured;
    return reason;
}

void SyncWorker::confirmBlobs()
{
    if (m_blobsConfirmed || !m_client)
        return;
    m_blobsConfirmed = true;
    // The client's replies end with the transport (see the destructor), so `this` is alive here.
    sync::confirmBlobsOnRelay(m_store, *m_client, [this](Result<int> confirmed) {
        if (!confirmed) {
            m_blobsConfirmed = false; // the relay went away: the next successful cycle tries again
            return;
        }
        if (*confirmed > 0)
            Q_EMIT blobsConfirmed(*confirmed);
    });
}

void SyncWorker::addContact(const QString& inviteCode, std::function<void(Result<cases::Person>)> done)
{
    auto invite = crypto::InviteCode::parse(inviteCode, quint64(QDateTime::currentSecsSinceEpoch()));
    if (!invite)
        return done(tl::unexpected(invite.error()));
    if (!m_engine)
        return done(fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason()));
    if (invite->details().identityKey == m_profile->identity().publicKey())
        return done(fail(QStringLiteral("sync"), ErrorCode::InvalidArgument,
                         tr("This is your own invitation code: give it to a colleague, and paste theirs here.")));
    m_engine->addContact(*invite, [this, done = std::move(done)](Result<sync::VerifiedIdentity> verified) {
        if (!verified)
            return done(tl::unexpected(verified.error()));
        const crypto::CredentialDetails& details = verified->credential.details();
        cases::Person person;
        person.identityKey = details.identityKey.bytes();
        person.displayName = details.name;
        person.profession = details.profession;
        person.specialty = details.specialty;
        requestSync(); // sends the introduction
        done(person);
    });
}

void SyncWorker::linkNewDevice(const QString& deviceName, std::function<void(Result<sync::NewDeviceLink>)> done)
{
    if (!m_engine)
        return done(fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason()));
    sync::linkNewDevice(*m_engine, deviceName, quint64(QDateTime::currentSecsSinceEpoch()),
                        [this, done = std::move(done)](Result<sync::NewDeviceLink> link) {
                            if (link)
                                requestSync(); // sends the history
                            done(std::move(link));
                        });
}

void SyncWorker::unlinkDevice(const QByteArray& device, std::function<void(Result<sync::UnlinkReport>)> done)
{
    if (!m_engine)
        return done(fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason()));
    auto key = crypto::SigningPublicKey::fromBytes(device, QStringLiteral("device key"));
    if (!key)
        return done(tl::unexpected(key.error()));
    m_engine->unlinkDevice(*key, [this, done = std::move(done)](Result<sync::UnlinkReport> report) {
        if (report)
            requestSync(); // sends the new epochs and the device list to contacts
        done(std::move(report));
    });
}

Result<int> SyncWorker::removeGroupMember(const QUuid& groupId, const QByteArray& identity)
{
    if (!m_engine)
        return fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason());
    auto key = crypto::SigningPublicKey::fromBytes(identity, QStringLiteral("identity key"));
    if (!key)
        return tl::unexpected(key.error());
    auto rotated = m_engine->removeGroupMember(groupId, *key);
    if (rotated)
        requestSync();
    return rotated;
}

Result<int> SyncWorker::setGroupMemberRole(const QUuid& groupId, const QByteArray& identity, cases::GroupRole role)
{
    if (!m_engine)
        return fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason());
    auto key = crypto::SigningPublicKey::fromBytes(identity, QStringLiteral("identity key"));
    if (!key)
        return tl::unexpected(key.error());
    auto rotated = m_engine->setGroupMemberRole(groupId, *key, role);
    if (rotated && *rotated > 0)
        requestSync();
    return rotated;
}

Result<int> SyncWorker::addCaseMembers(const QUuid& caseId, const QList<QByteArray>& identities)
{
    if (!m_engine)
        return fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason());
    QList<crypto::SigningPublicKey> keys;
    for (const QByteArray& identity : identities) {
        auto key = crypto::SigningPublicKey::fromBytes(identity, QStringLiteral("identity key"));
        if (!key)
            return tl::unexpected(key.error());
        keys.append(*key);
    }
    auto added = m_engine->addCaseMembers(caseId, keys);
    if (added && *added > 0)
        requestSync();
    return added;
}

Result<void> SyncWorker::removeCaseMember(const QUuid& caseId, const QByteArray& identity)
{
    if (!m_engine)
        return fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason());
    auto key = crypto::SigningPublicKey::fromBytes(identity, QStringLiteral("identity key"));
    if (!key)
        return tl::unexpected(key.error());
    auto removed = m_engine->removeCaseMember(caseId, *key);
    if (removed)
        requestSync();
    return removed;
}

void SyncWorker::refetchCase(const QUuid& caseId, std::function<void(int fetched, int total)> progress,
                             std::function<void(Result<int>)> done)
{
    if (!m_client)
        return done(fail(QStringLiteral("sync"), ErrorCode::Unsupported, unavailableReason()));
    // Someone is waiting on the case page: a few quick retries, then "connect to download them".
    sync::RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.maxDelay = std::chrono::milliseconds(1000);
    sync::refetchEvicted(m_store, *m_client, policy, caseId, std::move(progress), std::move(done));
}

void SyncWorker::reportOutbox()
{
    // A failure to read the outbox leaves the last list shown; the status line reports errors.
    if (auto entries = m_outbox.refresh(m_store.syncState()))
        Q_EMIT outboxChanged(*entries);
}

void SyncWorker::report(SyncState state, const QString& detail, bool unreachable)
{
    m_state = state;
    if (state == SyncState::NotConfigured)
        m_notConfigured = detail;
    int waiting = 0;
    if (auto size = m_store.syncState().outboxSize())
        waiting = *size;
    int changes = 0;
    if (auto size = m_store.syncState().outboxSizeOutsideCases())
        changes = *size;
    Q_EMIT statusChanged(static_cast<int>(state), waiting, changes, m_relay.toString(), detail, unreachable);
}

} // namespace consilium::ui
