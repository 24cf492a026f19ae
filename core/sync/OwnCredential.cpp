#include "core/sync/OwnCredential.h"

#include "core/crypto/TrustChain.h"
#include "core/store/Store.h"
#include "core/sync/SyncProfile.h"

#include <QDateTime>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("sync");

} // namespace

OwnCredentialCheck checkOwnCredential(QByteArrayView bytes, const crypto::VerifierPublicState& verifier,
                                      const crypto::SigningPublicKey& ownIdentity, QDate today)
{
    OwnCredentialCheck check;
    auto credential = crypto::Credential::parse(bytes);
    if (!credential) {
        check.problem = CredentialProblem::Unreadable;
        return check;
    }
    check.credential = std::move(*credential);
    const crypto::Credential& parsed = *check.credential;
    if (parsed.details().identityKey != ownIdentity)
        check.problem = CredentialProblem::OtherIdentity;
    else if (parsed.verifierKey() != verifier.key)
        check.problem = CredentialProblem::OtherVerifier;
    else if (verifier.revocations.verifierKey() != verifier.key)
        check.problem = CredentialProblem::BadRevocations;
    else if (verifier.revocations.isRevoked(parsed.id()))
        check.problem = CredentialProblem::Revoked;
    else if (today > parsed.details().expires)
        check.problem = CredentialProblem::Expired;
    else if (today < parsed.details().issued)
        check.problem = CredentialProblem::NotYetValid;
    return check;
}

Result<std::optional<crypto::VerifierPublicState>> pinnedVerifier(store::Store& store)
{
    auto profile = SyncProfile::load(store);
    if (!profile)
        return tl::unexpected(profile.error());
    auto verifier = profile->verifier();
    if (!verifier) {
        if (verifier.error().code == ErrorCode::NotFound)
            return std::optional<crypto::VerifierPublicState>();
        return tl::unexpected(verifier.error());
    }
    return std::optional<crypto::VerifierPublicState>(std::move(*verifier));
}

Result<crypto::SigningPublicKey> ownIdentityKey(store::Store& store)
{
    auto profile = SyncProfile::load(store);
    if (!profile)
        return tl::unexpected(profile.error());
    return profile->identity().publicKey();
}

Result<crypto::Credential> importOwnCredential(store::Store& store, const QByteArray& credentialBytes,
                                               const crypto::VerifierPublicState& verifier)
{
    auto profile = SyncProfile::load(store);
    if (!profile)
        return tl::unexpected(profile.error());
    auto pinned = pinnedVerifier(store);
    if (!pinned)
        return tl::unexpected(pinned.error());
    if (pinned->has_value() && (*pinned)->key != verifier.key)
        return fail(
            kDomain, ErrorCode::PermissionDenied,
            QStringLiteral("this profile already trusts another verifier (%1)").arg((*pinned)->key.toHex().left(16)));
    const OwnCredentialCheck check =
        checkOwnCredential(credentialBytes, verifier, profile->identity().publicKey(), crypto::todayUtc());
    if (check.problem != CredentialProblem::None)
        return fail(kDomain, ErrorCode::PermissionDenied,
                    QStringLiteral("the credential is not valid for this profile"));

    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    if (auto ok = profile->setUp(credentialBytes, verifier); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = recordSelfAttested(store, *check.credential); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return *check.credential;
}

Result<void> recordSelfAttested(store::Store& store, const crypto::Credential& credential)
{
    auto self = store.people().self();
    if (!self)
        return tl::unexpected(self.error());
    if (!self->has_value())
        return fail(kDomain, ErrorCode::NotFound, QStringLiteral("the profile has no identity"));
    cases::Person person = **self;
    const crypto::CredentialDetails& details = credential.details();
    person.displayName = details.name;
    person.profession = details.profession;
    person.specialty = details.specialty;
    if (auto ok = store.people().savePerson(person, credential.encoded()); !ok)
        return ok;
    return store.people().setVerified(person.identityKey, true, QDateTime::currentDateTimeUtc());
}

} // namespace consilium::sync
