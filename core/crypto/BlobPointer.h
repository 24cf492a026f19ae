#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace consilium::crypto {

/// Where a blob is and how to read it: the content of an object of type BlobPointer. The blob
/// key inside is wrapped again under the epoch's blob-key subkey, bound to the case, epoch,
/// blob id, sizes and ciphertext hash, so a pointer cannot be moved to another case or blob.
/// Layout: docs/protocol.md, "Blob pointer".
struct BlobPointer {
    QByteArray blobId; ///< 16 random bytes, the relay's name for the blob
    qint64 plaintextSize = 0;
    qint64 ciphertextSize = 0;
    QByteArray ciphertextHash; ///< BLAKE2b-256 of the ciphertext file
    SecretBytes key; ///< the blob's secretstream key
};

/// Encodes `pointer` for case `caseId`, epoch `epoch` under that epoch's key.
/// Thread-safe.
Result<QByteArray> encodeBlobPointer(
    const BlobPointer& pointer, const SecretBytes& epochKey, const QByteArray& caseId, quint64 epoch);

/// Decodes a pointer and unwraps its key; fails when the pointer was made for another case,
/// epoch or epoch key, or was altered.
/// Thread-safe.
Result<BlobPointer> decodeBlobPointer(
    QByteArrayView bytes, const SecretBytes& epochKey, const QByteArray& caseId, quint64 epoch);

} // namespace consilium::crypto
