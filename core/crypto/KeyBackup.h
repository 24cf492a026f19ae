#pragma once

#include "core/crypto/Keys.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/RecoveryKey.h"

#include <QByteArray>

namespace consilium::crypto {

/// The secrets a key backup restores: the user identity and one device's keys.
struct KeyBackupContents {
    SigningKeyPair identity;
    DeviceKeys device;
};

/// Encrypted key backups, stored on the relay (PROTOCOL.md, Identity verification and
/// recovery). Either the recovery key protects a backup or a passphrase does (Argon2id with at
/// least kRelayMinimumArgon2, the parameters recorded in the backup). Layout: docs/protocol.md,
/// "Key backup".
/// Thread-safe: pure functions; the passphrase ones are slow, call them from a worker thread.
namespace keybackup {

Result<QByteArray> createWithRecoveryKey(const KeyBackupContents& contents, const RecoveryKey& recoveryKey);
/// The 32 bytes under which the relay keeps a recovery-key backup (docs/protocol.md § 14.3): a
/// subkey of the recovery key with its own context, so knowing it reveals nothing of the backup
/// key, and only someone holding the recovery key can ask for the backup.
QByteArray relayLocator(const RecoveryKey& recoveryKey);
/// Whether `backup` has the layout of § 14.1 (what the relay checks before storing it; it
/// cannot open it).
bool isWellFormed(QByteArrayView backup);
/// Fails with InvalidArgument for parameters below kRelayMinimumArgon2.
Result<QByteArray> createWithPassphrase(
    const KeyBackupContents& contents, const SecretBytes& passphrase, const Argon2Params& params);

/// A wrong key or passphrase is a PermissionDenied error that says so; a backup protected the
/// other way is an InvalidArgument error naming the way.
Result<KeyBackupContents> openWithRecoveryKey(QByteArrayView backup, const RecoveryKey& recoveryKey);
Result<KeyBackupContents> openWithPassphrase(QByteArrayView backup, const SecretBytes& passphrase);

} // namespace keybackup

} // namespace consilium::crypto
