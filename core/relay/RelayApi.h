#pragma once

#include "core/crypto/VerifierDirectory.h"
#include "core/relay/RateLimiter.h"
#include "core/relay/RelayConfig.h"
#include "core/relay/RelayHttp.h"
#include "core/relay/RelayMetrics.h"
#include "core/relay/RelayStorage.h"

#include <functional>
#include <optional>

namespace consilium::relay {

/// What RelayApi needs besides its storage.
struct RelayApiSettings {
    RelayLimits limits;
    /// The verifier whose credentials may register, with its current revocation list. Without
    /// it registration is refused (503) and everything else works for identities already known.
    std::optional<crypto::VerifierPublicState> verifier;
    /// Milliseconds since the epoch; a seam so that tests can move time (token expiry).
    std::function<qint64()> nowMs;
};

/// The relay's HTTP API as pure request → response logic (docs/protocol.md, "Relay API"): no
/// sockets, so every endpoint is unit-testable, and the transport (QHttpServer today) can change.
/// Every refusal is a precise 4xx with {code, message} and changes no state. The relay only
/// ever handles public keys, signed public structures and ciphertext; it logs neither bodies
/// nor tokens.
/// Thread notes: not thread-safe; one thread (the transport's).
class RelayApi {
public:
    RelayApi(RelayStorage& storage, RelayApiSettings settings);
    ~RelayApi();
    RelayApi(const RelayApi&) = delete;
    RelayApi& operator=(const RelayApi&) = delete;

    RelayResponse handle(const RelayRequest& request);

    /// The device and identity of a valid bearer token (for the wake-up channel), or why not.
    Result<StoredToken> authenticate(const QByteArray& bearerToken);

    /// Called after envelopes were stored, with the mailboxes (device keys) that received some.
    void setMailboxListener(std::function<void(const QList<QByteArray>&)> listener);

    [[nodiscard]] RelayMetrics& metrics() noexcept { return m_metrics; }
    [[nodiscard]] const RelayLimits& limits() const noexcept { return m_settings.limits; }

private:
    RelayResponse dispatch(const RelayRequest& request);
    qint64 nowSeconds() const;

    // Identities and authentication (RelayApi.cpp).
    RelayResponse registerIdentity(const RelayRequest& request);
    RelayResponse challenge(const RelayRequest& request);
    RelayResponse issueToken(const RelayRequest& request);
    RelayResponse getIdentity(const StoredToken& caller, const QString& identityHex);
    RelayResponse publishDeviceList(const StoredToken& caller, const QString& identityHex, const RelayRequest& request);

    // Blobs (RelayApiBlobs.cpp).
    RelayResponse createUpload(const StoredToken& caller, const RelayRequest& request);
    RelayResponse uploadStatus(const StoredToken& caller, const QString& uploadId);
    RelayResponse putChunk(const StoredToken& caller, const QString& uploadId, const RelayRequest& request);
    RelayResponse commitUpload(const StoredToken& caller, const QString& uploadId, const RelayRequest& request);
    RelayResponse downloadBlob(const QString& hashHex, const RelayRequest& request);

    // Mailboxes (RelayApiMailbox.cpp).
    RelayResponse postEnvelopes(const StoredToken& caller, const RelayRequest& request);
    RelayResponse fetchMailbox(const StoredToken& caller, const RelayRequest& request);
    RelayResponse ackMailbox(const StoredToken& caller, const RelayRequest& request);

    // Key backups (RelayApiKeyBackup.cpp).
    RelayResponse putKeyBackup(const StoredToken& caller, const RelayRequest& request);
    RelayResponse getKeyBackup(const QString& locatorHex);

    /// A storage failure as a response: conflicts 409, missing 404, quota 413, others 500
    /// (logged without content).
    RelayResponse storageFailure(const Error& error);

    RelayStorage& m_storage;
    RelayApiSettings m_settings;
    RateLimiter m_rateLimiter;
    RelayMetrics m_metrics;
    std::function<void(const QList<QByteArray>&)> m_mailboxListener;
    qint64 m_lastPurgeSeconds = 0;
};

} // namespace consilium::relay
