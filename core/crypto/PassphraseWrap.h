#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

#include <chrono>

namespace consilium::crypto {

/// Argon2id cost parameters (libsodium's Argon2id uses one lane).
struct Argon2Params {
    quint64 opsLimit = 0; ///< passes over memory
    quint64 memLimitBytes = 0;

    friend bool operator==(const Argon2Params&, const Argon2Params&) = default;
};

/// The least cost allowed for anything stored on the relay (PROTOCOL.md): an attacker who
/// copies the relay's database must pay at least this per passphrase guess.
inline constexpr Argon2Params kRelayMinimumArgon2 {3, 256ull * 1024 * 1024};

/// Bounds accepted when opening: a wrapped blob records its own parameters, so a hostile blob
/// must not make us allocate or spin without limit.
inline constexpr Argon2Params kMaximumArgon2 {64, 4ull * 1024 * 1024 * 1024};

/// Parameters chosen by measurement on this machine, and what they were measured to cost.
struct Argon2Calibration {
    Argon2Params params;
    std::chrono::milliseconds measured {0};
};

/// Measures Argon2id with `memLimitBytes` at `minOps` passes and raises the number of passes
/// until one derivation takes about `target`; returns the parameters and the duration actually
/// measured with them (never fewer passes than `minOps`).
/// Thread-safe; it takes roughly 2 × target of CPU time and memLimitBytes of memory.
Result<Argon2Calibration> calibrateArgon2(std::chrono::milliseconds target,
    quint64 memLimitBytes = kRelayMinimumArgon2.memLimitBytes, quint64 minOps = kRelayMinimumArgon2.opsLimit);

/// Argon2id(passphrase, salt) → 32-byte key. `salt` has protocol::kSaltSize bytes.
Result<SecretBytes> deriveKeyFromPassphrase(
    const SecretBytes& passphrase, QByteArrayView salt, const Argon2Params& params);

/// Wraps a 32-byte key (the local store's database key) under a passphrase: random salt,
/// Argon2id with `params`, XChaCha20-Poly1305. The parameters and salt are recorded in the
/// result, authenticated, so unwrapping never guesses them. Layout: docs/protocol.md,
/// "Passphrase-wrapped key".
/// Thread-safe; as slow as `params` make it: call from a worker thread.
Result<QByteArray> wrapKeyWithPassphrase(
    const SecretBytes& key, const SecretBytes& passphrase, const Argon2Params& params);

/// The inverse; a wrong passphrase is a PermissionDenied error that says so.
Result<SecretBytes> unwrapKeyWithPassphrase(QByteArrayView wrapped, const SecretBytes& passphrase);

} // namespace consilium::crypto
