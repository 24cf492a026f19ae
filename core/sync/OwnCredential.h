#pragma once

#include "core/common/Error.h"
#include "core/crypto/Credential.h"
#include "core/crypto/VerifierDirectory.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace consilium::store {
class Store;
}

namespace consilium::sync {

/// Why a credential cannot be this profile's, as a value the app words in the user's language.
enum class CredentialProblem {
    None,
    Unreadable, ///< not a credential, or its signature does not verify (altered)
    OtherIdentity, ///< issued to another identity key
    OtherVerifier, ///< signed by another verifier than the one given or pinned
    BadRevocations, ///< the revocation list is not that verifier's
    Revoked,
    Expired,
    NotYetValid,
};

/// What checkOwnCredential() found: the problem, and the credential when it could be read.
struct OwnCredentialCheck {
    CredentialProblem problem = CredentialProblem::None;
    std::optional<crypto::Credential> credential;
};

/// The chain verifier → identity for a credential the user imports (issue 8): the same checks
/// as crypto::verifyCredential(), plus "is it this identity's", named one by one. Pure.
OwnCredentialCheck checkOwnCredential(QByteArrayView credential, const crypto::VerifierPublicState& verifier,
                                      const crypto::SigningPublicKey& ownIdentity, QDate today);

/// The verifier this profile already pins (set by an earlier import or `sync init-profile`).
Result<std::optional<crypto::VerifierPublicState>> pinnedVerifier(store::Store& store);
/// This profile's identity key.
Result<crypto::SigningPublicKey> ownIdentityKey(store::Store& store);

/// Keeps `credential` as this profile's in one transaction: SyncProfile::setUp (pins the
/// verifier, first device list), the self person's name, profession and specialty as the
/// verifier attested them, and the verified mark that the feed shows beside the profile's own
/// cases. Refuses a verifier other than the one already pinned (contacts were verified against
/// it). Thread notes: on the store's thread.
Result<crypto::Credential> importOwnCredential(store::Store& store, const QByteArray& credential,
                                               const crypto::VerifierPublicState& verifier);

/// The self person as `credential` attests it (name, profession, specialty, the credential kept
/// beside it) and marked verified, for a credential SyncProfile::setUp has just checked against
/// the pinned verifier: credential import, a linked device and a restored profile all end so, and
/// the feed shows the verified badge beside the profile's own cases. Thread notes: store thread.
Result<void> recordSelfAttested(store::Store& store, const crypto::Credential& credential);

} // namespace consilium::sync
