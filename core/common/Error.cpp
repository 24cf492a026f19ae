#include "core/common/Error.h"

namespace consilium {

QString Error::toString(const QString& subject) const
{
    return subject.isEmpty() ? message : subject + QStringLiteral(": ") + message;
}

Error Error::withContext(const QString& context) const
{
    return Error{domain, code, context + QStringLiteral(": ") + message};
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::IoError:
        return QStringLiteral("io-error");
    case ErrorCode::Malformed:
        return QStringLiteral("malformed");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace consilium

QDebug operator<<(QDebug debug, const consilium::Error& error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << error.domain << ", " << consilium::errorCodeName(error.code) << ", "
                    << error.message << ')';
    return debug;
}
