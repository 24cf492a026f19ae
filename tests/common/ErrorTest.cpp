#include "core/common/Error.h"

#include <catch2/catch.hpp>

using namespace consilium;

namespace {

Result<int> parsePositive(int value)
{
    if (value <= 0)
        return fail(QStringLiteral("test"), ErrorCode::InvalidArgument, QStringLiteral("must be positive"));
    return value;
}

} // namespace

TEST_CASE("Result carries either a value or an Error with domain, code and message", "[common]")
{
    const auto ok = parsePositive(3);
    REQUIRE(ok.has_value());
    CHECK(*ok == 3);

    const auto bad = parsePositive(-1);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().domain == QStringLiteral("test"));
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(bad.error().message == QStringLiteral("must be positive"));
}

TEST_CASE("Error formats with a subject and keeps domain and code when context is added", "[common]")
{
    const Error error{QStringLiteral("dicom"), ErrorCode::Malformed, QStringLiteral("truncated DICOM file")};
    CHECK(error.toString() == QStringLiteral("truncated DICOM file"));
    CHECK(error.toString(QStringLiteral("a.dcm")) == QStringLiteral("a.dcm: truncated DICOM file"));

    const Error wrapped = error.withContext(QStringLiteral("reading series 3"));
    CHECK(wrapped.domain == error.domain);
    CHECK(wrapped.code == error.code);
    CHECK(wrapped.message == QStringLiteral("reading series 3: truncated DICOM file"));
}

TEST_CASE("every error code has a distinct stable name", "[common]")
{
    const QList<ErrorCode> codes{ErrorCode::InvalidArgument, ErrorCode::NotFound,         ErrorCode::IoError,
                                 ErrorCode::Malformed,       ErrorCode::Unsupported,      ErrorCode::AlreadyExists,
                                 ErrorCode::PermissionDenied, ErrorCode::Cancelled,       ErrorCode::Internal};
    QStringList names;
    for (ErrorCode code : codes)
        names.append(errorCodeName(code));
    names.removeDuplicates();
    CHECK(names.size() == codes.size());
    CHECK(errorCodeName(ErrorCode::NotFound) == QStringLiteral("not-found"));
}
