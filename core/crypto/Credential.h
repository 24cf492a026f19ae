#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace consilium::crypto {

/// What a verifier attests about one clinician. The licence number itself never appears: only
/// licenceNumberHash() of it, keyed by a secret the verifier keeps.
struct CredentialDetails {
    QString name;
    QString profession;
    QString specialty;
    QString jurisdiction;
    QByteArray licenceHash; ///< 32 bytes, from licenceNumberHash()
    QDate issued;
    QDate expires; ///< last day (UTC) on which the credential is valid
    SigningPublicKey identityKey;
};

/// A clinician credential signed by the offline verifier key. Layout: docs/protocol.md,
/// "Credential".
/// Thread notes: an immutable value type.
class Credential {
public:
    static constexpr qsizetype kMaxTextLength = 200;

    /// Signs `details` under a fresh random credential id. Fails for empty or over-long texts,
    /// invalid dates or a licence hash of the wrong size.
    static Result<QByteArray> issue(const SigningKeyPair& verifier, const CredentialDetails& details);
    /// Decodes and checks the signature against the verifier key the credential names. Whether
    /// that verifier is trusted, the credential revoked or expired is verifyCredential()'s job.
    static Result<Credential> parse(QByteArrayView bytes);

    [[nodiscard]] const QByteArray& id() const noexcept { return m_id; }
    [[nodiscard]] const SigningPublicKey& verifierKey() const noexcept { return m_verifier; }
    [[nodiscard]] const CredentialDetails& details() const noexcept { return m_details; }
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }

private:
    QByteArray m_id;
    SigningPublicKey m_verifier;
    CredentialDetails m_details;
    QByteArray m_encoded;
};

/// The licence hash: BLAKE2b-256 keyed with the verifier's 32-byte licence key, over the
/// domain-separated jurisdiction and normalised number. Because the key is secret, nobody but
/// the verifier can test guesses against a published credential (licence numbers are short).
/// Normalisation: trimmed, spaces and '-' removed, upper case.
Result<QByteArray> licenceNumberHash(
    const SecretBytes& licenceKey, const QString& jurisdiction, const QString& licenceNumber);

/// The verifier's signed list of revoked credential ids, numbered so that clients can refuse an
/// older list. Layout: docs/protocol.md, "Revocation list".
/// Thread notes: an immutable value type.
class RevocationList {
public:
    /// Signs a list; ids are sorted and de-duplicated.
    static QByteArray create(
        const SigningKeyPair& verifier, quint64 sequence, QList<QByteArray> revokedIds, quint64 created);
    /// Decodes and checks the signature against the verifier key the list names.
    static Result<RevocationList> parse(QByteArrayView bytes);

    [[nodiscard]] const SigningPublicKey& verifierKey() const noexcept { return m_verifier; }
    [[nodiscard]] quint64 sequence() const noexcept { return m_sequence; }
    [[nodiscard]] const QList<QByteArray>& revokedIds() const noexcept { return m_revoked; }
    [[nodiscard]] bool isRevoked(const QByteArray& credentialId) const;
    [[nodiscard]] quint64 created() const noexcept { return m_created; }
    [[nodiscard]] const QByteArray& encoded() const noexcept { return m_encoded; }

    /// Ok when `candidate` may replace `current`: same verifier, higher sequence.
    static Result<void> checkSuccessor(const RevocationList& current, const RevocationList& candidate);

private:
    SigningPublicKey m_verifier;
    quint64 m_sequence = 0;
    QList<QByteArray> m_revoked;
    quint64 m_created = 0;
    QByteArray m_encoded;
};

} // namespace consilium::crypto
