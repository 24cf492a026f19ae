#pragma once

#include "core/crypto/Credential.h"

#include <QDate>
#include <QString>

namespace consilium::crypto {

/// What the verifier checked about a clinician before issuing; the licence number is hashed
/// (licenceNumberHash()) and never stored.
struct CredentialRequest {
    QString name;
    QString profession;
    QString specialty;
    QString jurisdiction;
    QString licenceNumber;
    QDate expires;
    SigningPublicKey identityKey;
};

/// What clients of a verifier hold: its public key and current revocation list.
struct VerifierPublicState {
    SigningPublicKey key;
    RevocationList revocations;
};

/// The offline verifier's folder: verifier.secret (signing seed and licence-hash key, 0600),
/// verifier.pub, revocations.cbor (the current signed revocation list) and credentials/ (every
/// credential issued, named by id). Used by `consilium-cli verifier`.
/// Thread notes: not thread-safe; one process should use a folder at a time.
class VerifierDirectory {
public:
    static inline const QString kSecretFile = QStringLiteral("verifier.secret");
    static inline const QString kPublicFile = QStringLiteral("verifier.pub");
    static inline const QString kRevocationFile = QStringLiteral("revocations.cbor");
    static inline const QString kCredentialFolder = QStringLiteral("credentials");

    /// Creates the folder's files with a new verifier key and an empty revocation list
    /// (sequence 1). Refuses (AlreadyExists) if the folder already holds a verifier.
    static Result<SigningPublicKey> initialise(const QString& dir);
    /// Loads the verifier key from `dir`.
    static Result<VerifierDirectory> open(const QString& dir);
    /// Reads only the public files of `dir` (verifier.pub, revocations.cbor), as a client would.
    static Result<VerifierPublicState> readPublicState(const QString& dir);

    [[nodiscard]] const SigningPublicKey& publicKey() const noexcept { return m_key.publicKey(); }
    [[nodiscard]] const QString& path() const noexcept { return m_dir; }
    /// Where the credential with `id` is kept.
    [[nodiscard]] QString credentialPath(const QByteArray& id) const;

    /// Signs a credential valid from `today` to request.expires and stores it under
    /// credentials/. Returns it parsed.
    Result<Credential> issue(const CredentialRequest& request, QDate today) const;
    /// The current revocation list, checked against this verifier's key.
    Result<RevocationList> revocationList() const;
    /// Adds `credentialId` (which must have been issued from this folder) to the revocation list
    /// and replaces the list atomically with the next sequence number.
    Result<RevocationList> revoke(const QByteArray& credentialId) const;

private:
    VerifierDirectory(QString dir, SigningKeyPair key, SecretBytes licenceKey);

    QString m_dir;
    SigningKeyPair m_key;
    SecretBytes m_licenceKey;
};

} // namespace consilium::crypto
