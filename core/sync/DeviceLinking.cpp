#include "core/sync/DeviceLinking.h"

#include "core/crypto/Credential.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/store/ProfileSetup.h"
#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/OwnCredential.h"
#include "core/sync/RelayClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProfile.h"

#include <QDateTime>
#include <QUrl>

#include <memory>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");

// Names the new device in this profile's list of its own devices (a local label only).
Result<void> nameDevice(store::Store& store, const crypto::SigningPublicKey& identity,
                        const crypto::SigningPublicKey& device, const QString& name)
{
    auto devices = store.people().devices(identity.bytes());
    if (!devices)
        return tl::unexpected(devices.error());
    for (store::DeviceRecord record : *devices) {
        if (record.signingKey == device.bytes()) {
            record.name = name;
            return store.people().saveDevice(identity.bytes(), record);
        }
    }
    return fail(kDomain, ErrorCode::Internal, QStringLiteral("the linked device was not recorded"));
}

} // namespace

void linkNewDevice(SyncEngine& engine, const QString& deviceName, quint64 now,
                   std::function<void(Result<NewDeviceLink>)> done)
{
    SyncProfile& profile = engine.profile();
    // Everything the hand-over holds is gathered and sealed before the relay is asked: a profile
    // that cannot hand over (no credential, no relay) changes nothing anywhere.
    auto credential = profile.credential();
    if (!credential)
        return done(tl::unexpected(credential.error()));
    auto verifier = profile.verifier();
    if (!verifier)
        return done(tl::unexpected(verifier.error()));
    auto relay = profile.relayUrl();
    if (!relay)
        return done(tl::unexpected(relay.error()));
    if (relay->isEmpty())
        return done(fail(kDomain, ErrorCode::NotFound, QStringLiteral("this profile does not sync with a relay")));
    auto self = profile.store().people().self();
    if (!self)
        return done(tl::unexpected(self.error()));
    auto identity = crypto::SigningKeyPair::fromSeed(profile.identity().seed());
    if (!identity)
        return done(tl::unexpected(identity.error()));

    crypto::DeviceKeys keys = crypto::DeviceKeys::generate();
    const crypto::SigningPublicKey device = keys.deviceId();
    // Signed with the new device's own key, made here: the certificate is exactly what the new
    // device would send in its introduction, so the history can be wrapped to it at once.
    const QByteArray certificate =
        crypto::EncryptionKeyCertificate::issue(keys.signing, keys.encryption.publicKey(), 1, now);
    const quint64 expires = now + crypto::devicehandover::kValiditySeconds;
    const cases::Person person = self->value_or(cases::Person{});
    const crypto::DeviceHandover handover{expires,          *relay,      person.displayName, person.profession,
                                          person.specialty, *credential, *verifier,          std::move(*identity),
                                          std::move(keys)};
    crypto::LinkCode code = crypto::LinkCode::generate();
    auto file = crypto::devicehandover::seal(handover, code);
    if (!file)
        return done(tl::unexpected(file.error()));

    auto link = std::make_shared<NewDeviceLink>(NewDeviceLink{device, *file, std::move(code), expires, 0});
    engine.linkDevice(device, [&engine, link, certificate, deviceName, done = std::move(done)](Result<quint64> listed) {
        if (!listed)
            return done(tl::unexpected(listed.error()));
        SyncProfile& profile = engine.profile();
        const crypto::SigningPublicKey self = profile.identity().publicKey();
        {
            auto transaction = store::SqlTransaction::begin(profile.store().database());
            if (!transaction)
                return done(tl::unexpected(transaction.error()));
            if (auto ok = profile.acceptEncryptionCertificate(self, certificate); !ok)
                return done(tl::unexpected(ok.error()));
            if (auto ok = nameDevice(profile.store(), self, link->device, deviceName.trimmed()); !ok)
                return done(tl::unexpected(ok.error()));
            if (auto ok = transaction->commit(); !ok)
                return done(tl::unexpected(ok.error()));
        }
        auto shared = engine.shareHistory(link->device);
        if (!shared)
            return done(tl::unexpected(shared.error()));
        link->sharedCases = *shared;
        done(std::move(*link));
    });
}

Result<void> adoptHandover(store::Store& store, const crypto::DeviceHandover& handover)
{
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    auto identity = crypto::SigningKeyPair::fromSeed(handover.identity.seed());
    auto signing = crypto::SigningKeyPair::fromSeed(handover.device.signing.seed());
    auto encryption = crypto::EncryptionKeyPair::fromSecretKey(handover.device.encryption.secretKey());
    if (!identity || !signing || !encryption)
        return fail(kDomain, ErrorCode::Malformed, QStringLiteral("the hand-over's keys are unusable"));
    if (auto ok = store::initialiseProfile(store, {handover.displayName, handover.profession, handover.specialty},
                                           std::move(*identity),
                                           crypto::DeviceKeys{std::move(*signing), std::move(*encryption)});
        !ok)
        return ok;
    auto profile = SyncProfile::load(store);
    if (!profile)
        return tl::unexpected(profile.error());
    if (auto ok = profile->setUp(handover.credential, handover.verifier); !ok)
        return ok;
    auto credential = crypto::Credential::parse(handover.credential);
    if (!credential)
        return tl::unexpected(credential.error());
    if (auto ok = recordSelfAttested(store, *credential); !ok)
        return ok;
    if (auto ok = profile->setRelayUrl(handover.relayUrl); !ok)
        return ok;
    return transaction->commit();
}

namespace {

// The relay client and engine of one join. Deleted later, from the store thread's event loop:
// `done` runs inside one of the transport's reply callbacks.
struct JoinRun : QObject {
    std::unique_ptr<NetworkHttpTransport> transport;
    std::unique_ptr<RelayClient> client;
    std::unique_ptr<SyncEngine> engine;
    ~JoinRun() override
    {
        transport.reset(); // first, as in SyncWorker: pending replies go without calling back
        engine.reset();
        client.reset();
    }
};

} // namespace

void joinLinkedIdentity(store::Store& store, std::function<void(Result<int>)> done)
{
    auto profile = SyncProfile::load(store);
    if (!profile)
        return done(tl::unexpected(profile.error()));
    auto relay = profile->relayUrl();
    if (!relay)
        return done(tl::unexpected(relay.error()));
    const QUrl url(*relay);
    if (!url.isValid() || url.host().isEmpty())
        return done(fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the relay address is not a URL")));
    auto deviceKey = crypto::SigningKeyPair::fromSeed(profile->device().signing.seed());
    if (!deviceKey)
        return done(tl::unexpected(deviceKey.error()));
    auto* run = new JoinRun;
    run->transport = std::make_unique<NetworkHttpTransport>(url, 15000);
    run->client = std::make_unique<RelayClient>(*run->transport, std::move(*deviceKey));
    RetryPolicy policy;
    policy.maxAttempts = 2; // a person is waiting: say "unreachable" within seconds
    run->engine = std::make_unique<SyncEngine>(std::move(*profile), *run->client, policy);
    auto finish = [run, done = std::move(done)](Result<int> result) {
        done(std::move(result));
        run->deleteLater();
    };
    run->engine->joinIdentity([run, finish](Result<VerifiedIdentity> joined) {
        if (!joined)
            return finish(tl::unexpected(joined.error()));
        const int devices = int(joined->deviceList.devices().size());
        run->engine->flush([devices, finish](Result<int> sent) {
            if (!sent)
                return finish(tl::unexpected(sent.error()));
            finish(devices);
        });
    });
}

} // namespace consilium::sync
