#pragma once

// The relay tests' PostgreSQL: core/testbed's throwaway cluster, without durability (nothing in
// it outlives the test), the test skipped (exit 77) when the server is not installed.

#include "core/testbed/ThrowawayPostgres.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>

namespace consilium::test {

inline std::unique_ptr<testbed::ThrowawayPostgres> startPostgres()
{
    auto started = testbed::ThrowawayPostgres::start({.durable = false});
    if (!started && started.error().code == ErrorCode::NotFound)
        skipTest(started.error().message);
    if (!started)
        FAIL(started.error().message.toStdString());
    return std::move(*started);
}

/// Another empty database on `cluster`, by URL.
inline QString createDatabase(testbed::ThrowawayPostgres& cluster, const QString& name)
{
    auto url = cluster.createDatabase(name);
    if (!url)
        FAIL(url.error().message.toStdString());
    return *url;
}

} // namespace consilium::test
