#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QString>

/// Key files on disk, for the CLI and the offline verifier. Secret files are created with mode
/// 0600 and exclusively (never overwriting, never following a symlink), read straight into
/// guarded memory, and refused when group or others could read them (as ssh does). Public keys
/// are one line of hex. Every error message names the file.
/// Thread-safe: no shared state.
namespace consilium::crypto::keyfiles {

inline const QString kIdentitySecretFile = QStringLiteral("identity.secret");
inline const QString kIdentityPublicFile = QStringLiteral("identity.pub");

/// Creates `path` (mode 0600) holding `contents`; AlreadyExists if anything is at `path`.
Result<void> writeSecretFile(const QString& path, const SecretBytes& contents);
/// Reads a secret file of at most `maxSize` bytes; PermissionDenied if its mode lets group or
/// others read or write it.
Result<SecretBytes> readSecretFile(const QString& path, qsizetype maxSize = 4096);
/// Creates `path` (mode 0644 less the umask) holding `contents`; AlreadyExists if it exists.
Result<void> writeNewFile(const QString& path, const QByteArray& contents);
/// Replaces `path` atomically (temporary file, then rename).
Result<void> replaceFile(const QString& path, const QByteArray& contents);
/// Reads a whole file of at most `maxSize` bytes.
Result<QByteArray> readFile(const QString& path, qsizetype maxSize);

/// "<64 hex digits>\n".
QByteArray publicKeyText(const SigningPublicKey& key);
/// A public key given as 64 hex digits, or as the path of a file holding them. `what` names it
/// in errors ("identity key").
Result<SigningPublicKey> readPublicKey(const QString& hexOrPath, const QString& what);

/// Generates a user identity key pair into `dir` (created if needed): identity.secret (0600)
/// and identity.pub. Refuses if either file exists.
Result<SigningPublicKey> createIdentity(const QString& dir);
/// Loads the identity key pair from `dir`/identity.secret.
Result<SigningKeyPair> loadIdentity(const QString& dir);

} // namespace consilium::crypto::keyfiles
