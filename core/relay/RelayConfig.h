#pragma once

#include "core/common/Error.h"

#include <QString>

namespace consilium::relay {

/// The relay's limits and lifetimes. Defaults suit one clinic; every value can be set in the
/// config file (section [limits], keys as in docs/protocol.md "Relay API", Limits).
struct RelayLimits {
    /// Hard ceiling of a blob chunk, fixed by the protocol: a config may lower it, never raise it.
    static constexpr qint64 kMaxChunkBytes = qint64(8) * 1024 * 1024;

    qint64 maxChunkBytes = kMaxChunkBytes;
    qint64 maxBlobBytes = qint64(4) * 1024 * 1024 * 1024; ///< one blob
    qint64 quotaBytes = qint64(20) * 1024 * 1024 * 1024; ///< committed + open uploads per identity
    qint64 maxEnvelopeBytes = qint64(2) * 1024 * 1024; ///< one envelope's data (objects ≤ 1 MiB plaintext)
    qint64 maxBatchEnvelopes = 1000; ///< envelopes in one POST
    qint64 maxBatchBytes = qint64(16) * 1024 * 1024; ///< request body of a JSON endpoint
    qint64 maxMailboxEnvelopes = 100000; ///< unacknowledged envelopes per mailbox
    int maxFetchLimit = 500; ///< envelopes per fetch
    qint64 tokenLifetimeSeconds = 3600;
    qint64 challengeLifetimeSeconds = 60;
    double ratePerSecond = 50; ///< token bucket refill, per bearer token or (unauthenticated) per IP
    double rateBurst = 200; ///< token bucket capacity
};

/// What a config file sets. Empty strings: not set (the command line or defaults decide).
struct RelayConfigFile {
    QString listen;
    QString dataDir;
    QString database; ///< postgresql://… ; empty: the embedded SQLite storage in dataDir
    QString verifierKeyFile;
    QString revocationsFile;
    /// Behind a reverse proxy on loopback, take the client address for rate limiting from its
    /// X-Real-IP header (otherwise every client would share the proxy's bucket).
    bool trustProxy = false;
    RelayLimits limits;
};

/// Reads an INI file: [relay] listen, data, db, verifier-key, revocations, trust-proxy (true/false); [limits]
/// max-chunk-bytes, max-blob-bytes, quota-bytes, max-envelope-bytes, max-batch-envelopes, max-batch-bytes,
/// max-mailbox-envelopes, max-fetch-limit, token-lifetime, challenge-lifetime, rate-per-second,
/// rate-burst. Unknown keys and non-positive or unparsable numbers are errors naming the key, so
/// a typo never silently leaves a default in place.
Result<RelayConfigFile> readRelayConfig(const QString& path);

} // namespace consilium::relay
