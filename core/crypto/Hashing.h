#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// BLAKE2b hashing and the hex form of protocol bytes.
/// Thread-safe: pure functions.
namespace consilium::crypto {

/// BLAKE2b-256(`domain` ‖ 0x00 ‖ `data`): the one way the protocol hashes structured data
/// (docs/protocol.md, "Hashes and signatures"). `domain` is one of protocol::kDomain*.
QByteArray domainHash(QByteArrayView domain, QByteArrayView data);

/// Plain BLAKE2b-256 of `data`, the ciphertext hash of blobs: the relay checks uploads with the
/// same function (QCryptographicHash::Blake2b_256) without linking libsodium.
QByteArray blake2b256(QByteArrayView data);

/// Lower-case hex.
QString toHex(QByteArrayView bytes);

/// Parses hex of exactly `size` bytes; `what` names the value in the error ("identity key").
Result<QByteArray> fromHex(QStringView text, qsizetype size, const QString& what);

} // namespace consilium::crypto
