#pragma once

// Internal to core/crypto: the deterministic CBOR rules of docs/protocol.md ("Encoding").
// Every structure is a CBOR array whose first element is its version; only unsigned integers,
// byte strings, text strings and arrays appear, always in the shortest, definite-length form
// that QCborValue writes. Decoding re-encodes and insists on the very same bytes, which rejects
// non-minimal integers, indefinite lengths, trailing bytes and anything else a second encoder
// could have produced differently.

#include "core/common/Error.h"
#include "core/crypto/SecretBytes.h"

#include <QCborArray>
#include <QCborValue>

#include <initializer_list>
#include <optional>
#include <vector>

namespace consilium::crypto::detail {

QByteArray encode(const QCborArray& array);

/// Decodes one deterministic CBOR array of at most `maxSize` bytes. `what` names the structure
/// in errors ("device certificate").
Result<QCborArray> decodeArray(QByteArrayView bytes, const QString& what, qsizetype maxSize);

/// Typed, bounds-checked access to the fields of one decoded structure. The first failure is
/// kept and every later read returns an empty value, so a decoder reads all its fields and
/// checks ok() once.
class FieldReader {
public:
    FieldReader(const QCborArray& array, QString what);

    /// Checks the version (element 0) and the number of elements; an unknown version is an
    /// Unsupported error naming the version this build reads.
    bool expectShape(qint64 version, qsizetype fieldCount);

    QByteArray bytes(qsizetype index, const char* field, qsizetype exactSize);
    QByteArray bytesUpTo(qsizetype index, const char* field, qsizetype maxSize);
    quint64 uint(qsizetype index, const char* field, quint64 max = quint64(INT64_MAX));
    QString text(qsizetype index, const char* field, qsizetype maxChars);
    QCborArray array(qsizetype index, const char* field, qsizetype maxItems);

    /// Records a semantic failure found by the caller (keeps the first one).
    void failWith(ErrorCode code, const QString& message);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] tl::unexpected<Error> error() const;
    [[nodiscard]] const QCborArray& array() const { return m_array; }

private:
    const QCborValue* at(qsizetype index, const char* field);

    QCborArray m_array;
    QString m_what;
    std::optional<Error> m_error;
    QCborValue m_current;
};

/// Encodes `publicPart` followed by `secrets` (each a byte string of 24..255 bytes) as one
/// array, writing the secrets straight into guarded memory. Deterministic CBOR as above, so the
/// result equals encode() of the full array; it just never passes through a QByteArray.
SecretBytes encodeWithSecrets(const QCborArray& publicPart, std::initializer_list<const SecretBytes*> secrets);

/// The inverse: splits the trailing `secretCount` byte strings of `secretSize` bytes off an array
/// encoded by encodeWithSecrets() and decodes the public part.
struct DecodedWithSecrets {
    QCborArray publicPart;
    std::vector<SecretBytes> secrets;
};
Result<DecodedWithSecrets> decodeWithSecrets(
    const SecretBytes& encoded, int secretCount, qsizetype secretSize, const QString& what);

} // namespace consilium::crypto::detail
