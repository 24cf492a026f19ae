#pragma once

#include "core/sync/RelayClient.h"

#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace consilium::sync {

/// How a transfer waits and retries after a network failure or a 5xx answer.
struct RetryPolicy {
    int maxAttempts = 10; ///< consecutive failures before giving up
    std::chrono::milliseconds firstDelay{200};
    std::chrono::milliseconds maxDelay{5000};
};

struct UploadProgress {
    std::function<void(const QString& uploadId)> started; ///< persist it to resume after a crash
    std::function<void(qint64 sent, qint64 total)> progress;
};

/// Uploads a (ciphertext) file to the relay in chunks and commits it by its BLAKE2b-256 hash
/// (docs/protocol.md § 17.5). Resumable: given the id of an earlier upload it asks the relay how
/// far it got and continues from there; a network failure or a relay restart mid-upload is
/// retried with back-off from the relay's own offset, never from the start. An upload the relay
/// no longer knows (404) starts afresh.
/// Thread notes: on the client's thread; `done` is called once.
void uploadFile(RelayClient& client, const QString& path, const QByteArray& hash,
                const std::optional<QString>& uploadId, UploadProgress progress, RetryPolicy policy,
                Callback<StoredBlob> done);

/// Downloads a blob with ranged requests into `path` (written whole, then checked against the
/// hash; a mismatch removes the file and fails). Network failures are retried from the bytes
/// already received.
void downloadFile(RelayClient& client, const QByteArray& hash, qint64 size, const QString& path, RetryPolicy policy,
                  Callback<qint64> done);

/// The delay before attempt `attempt` (1-based): doubling from firstDelay up to maxDelay.
std::chrono::milliseconds backOff(const RetryPolicy& policy, int attempt);

/// Whether a failure is worth retrying (network, 5xx, 429), as opposed to a refusal.
bool isTransient(const RelayFailure& failure);

} // namespace consilium::sync
