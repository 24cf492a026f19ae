#pragma once

// Internal to core/crypto: how a secret is shown to people (the recovery key, the link code).

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArrayView>
#include <QString>

namespace consilium::crypto::detail {

/// The secret followed by a truncated domain hash of it as a checksum, in Crockford's base32 (no
/// I, L, O or U, so what is read aloud or copied by hand survives) in dash-separated groups of
/// four. Reading forgives: case, spaces and dashes do not matter, and O/I/L read as 0/1/1; a
/// wrong character, length or checksum is a Malformed error starting with `name`.
struct CheckedCode {
    QByteArrayView checksumDomain;
    qsizetype secretSize;
    qsizetype checksumSize; ///< secretSize + checksumSize bytes must be a whole number of symbols
    QString name; ///< "recovery key", "link code"
};

QString encodeCheckedCode(const CheckedCode& format, const SecretBytes& secret);
Result<SecretBytes> decodeCheckedCode(const CheckedCode& format, const QString& typed);

} // namespace consilium::crypto::detail
