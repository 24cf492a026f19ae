#pragma once

#include <QDebug>
#include <QString>

#include <tl/expected.hpp>

namespace consilium {

/// What kind of failure, independent of the module that reports it.
/// Callers branch on the code; users read the message.
enum class ErrorCode {
    InvalidArgument,  ///< the caller passed something unusable (usage error)
    NotFound,         ///< a file, object or key does not exist
    IoError,          ///< reading or writing failed (permissions, disk full, ...)
    Malformed,        ///< the input exists but is not valid for its format
    Unsupported,      ///< valid input we cannot handle (e.g. an unknown transfer syntax)
    AlreadyExists,    ///< refusing to overwrite
    PermissionDenied, ///< authentication or authorisation failed
    Cancelled,        ///< the operation was cancelled through a CancellationToken
    Internal,         ///< a bug or a third-party library failure with no better category
};

/// An error as a value: which module (domain), what kind (code) and a sentence for a human.
/// Third-party error types (DCMTK OFCondition, SQLite codes, libsodium -1, OpenCV exceptions)
/// are converted to this at the edge of the module that wraps them.
struct Error {
    QString domain;  ///< the reporting module, e.g. "dicom", "store"
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< complete sentence(s), safe to show to a user; never contains secrets

    /// "message" or, with a subject (usually a file path), "subject: message".
    [[nodiscard]] QString toString(const QString& subject = {}) const;

    /// Adds context in front of the message ("reading foo.dcm: <message>"), keeping domain and code.
    [[nodiscard]] Error withContext(const QString& context) const;

    friend bool operator==(const Error&, const Error&) = default;
};

/// The one result type of the code base: a value or an Error.
template <typename T>
using Result = tl::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(u"dicom"_s, ErrorCode::Malformed, tr(...));`
inline tl::unexpected<Error> fail(QString domain, ErrorCode code, QString message)
{
    return tl::unexpected<Error>(Error{std::move(domain), code, std::move(message)});
}

/// Stable lower-case name of a code ("not-found"), for logs and machine-readable output.
QString errorCodeName(ErrorCode code);

} // namespace consilium

QDebug operator<<(QDebug debug, const consilium::Error& error);
