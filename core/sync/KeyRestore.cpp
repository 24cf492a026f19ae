#include "core/sync/KeyRestore.h"

#include "core/crypto/Credential.h"
#include "core/store/ProfileSetup.h"
#include "core/store/Store.h"
#include "core/sync/OwnCredential.h"
#include "core/sync/SyncProfile.h"

#include <memory>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("restore");

Error relayError(const RelayFailure& failure)
{
    if (failure.status == 404 && failure.relayCode == QLatin1String("not-found"))
        return Error{kDomain, ErrorCode::NotFound,
                     QStringLiteral("no key backup is stored under this recovery key at this relay (a mistyped "
                                    "key, another relay, or a profile whose backup never reached it)")};
    return failure.error;
}

} // namespace

void fetchRestoredIdentity(HttpTransport& transport, crypto::RecoveryKey recoveryKey,
                           std::function<void(Result<RestoredIdentity>)> done)
{
    // Asking for the backup needs no identity: any key does for the anonymous client.
    auto anonymous = std::make_shared<RelayClient>(transport, crypto::SigningKeyPair::generate());
    const QByteArray locator = crypto::keybackup::relayLocator(recoveryKey);
    auto key = std::make_shared<crypto::RecoveryKey>(std::move(recoveryKey));
    anonymous->fetchKeyBackup(locator, [&transport, anonymous, key,
                                        done = std::move(done)](RelayResult<RelayKeyBackup> found) mutable {
        if (!found)
            return done(tl::unexpected(relayError(found.error())));
        auto keys = crypto::keybackup::openWithRecoveryKey(found->backup, *key);
        if (!keys)
            return done(tl::unexpected(keys.error()));
        if (keys->identity.publicKey().bytes() != found->identity)
            return done(fail(kDomain, ErrorCode::PermissionDenied,
                             QStringLiteral("the relay named another identity than the one inside the key backup")));
        auto signing = crypto::SigningKeyPair::fromSeed(keys->device.signing.seed());
        if (!signing)
            return done(tl::unexpected(signing.error()));
        auto device = std::make_shared<RelayClient>(transport, std::move(*signing));
        const crypto::SigningPublicKey identity = keys->identity.publicKey();
        auto restored = std::make_shared<RestoredIdentity>(RestoredIdentity{std::move(*keys), {}});
        device->fetchIdentity(identity, [device, restored, done = std::move(done)](RelayResult<IdentityRecord> record) {
            if (!record)
                return done(tl::unexpected(record.error().error));
            restored->record = std::move(*record);
            done(std::move(*restored));
        });
    });
}

Result<void> setUpRestoredProfile(store::Store& store, RestoredIdentity restored,
                                  const crypto::VerifierPublicState& verifier, const QString& relayUrl)
{
    auto credential = crypto::Credential::parse(restored.record.credential);
    if (!credential)
        return tl::unexpected(credential.error());
    const crypto::CredentialDetails& details = credential->details();
    if (auto ok = store::initialiseProfile(store, {details.name, details.profession, details.specialty},
                                           std::move(restored.keys.identity), std::move(restored.keys.device));
        !ok)
        return ok;
    auto profile = SyncProfile::load(store);
    if (!profile)
        return tl::unexpected(profile.error());
    if (auto ok = profile->setUp(restored.record.credential, verifier); !ok)
        return ok;
    if (auto ok = recordSelfAttested(store, *credential); !ok)
        return ok;
    if (auto ok = profile->adoptOwnDeviceLists(restored.record.deviceLists); !ok)
        return ok;
    return profile->setRelayUrl(relayUrl);
}

} // namespace consilium::sync
