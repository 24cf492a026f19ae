#pragma once

#include "core/common/CancellationToken.h"
#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace consilium::crypto {

/// What encrypting or decrypting a blob file established.
struct BlobFileInfo {
    qint64 plaintextSize = 0;
    qint64 ciphertextSize = 0; ///< the whole file, header included
    QByteArray ciphertextHash; ///< plain BLAKE2b-256 of the whole ciphertext file
};

/// A fresh random blob key (one per blob, never reused).
SecretBytes generateBlobKey();

/// Encrypts the file at `plaintextPath` into `ciphertextPath` with
/// crypto_secretstream_xchacha20poly1305 in 64 KiB chunks, the last one tagged FINAL
/// (age's STREAM construction). Reads and writes in constant memory, whatever the file size.
/// The output appears only when complete (QSaveFile: temporary file, then rename); on failure
/// or cancellation nothing is left behind. Layout: docs/protocol.md, "Blob files".
/// Thread-safe: call from a worker thread; poll `token` between chunks.
Result<BlobFileInfo> encryptBlobFile(const QString& plaintextPath, const QString& ciphertextPath,
    const SecretBytes& key, const CancellationToken& token = {});

/// Decrypts a blob file. Every chunk is authenticated before its plaintext is written; a
/// missing FINAL chunk, data after it, a truncated or damaged chunk, another key, or an unknown
/// header is an error naming which. The plaintext file appears (by rename) only after the
/// FINAL chunk checked out, so no half-written plaintext is ever left behind.
/// Thread-safe: call from a worker thread; poll `token` between chunks.
Result<BlobFileInfo> decryptBlobFile(const QString& ciphertextPath, const QString& plaintextPath,
    const SecretBytes& key, const CancellationToken& token = {});

} // namespace consilium::crypto
