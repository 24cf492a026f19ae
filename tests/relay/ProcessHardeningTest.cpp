// core/common's process hardening, applied to this test process itself. Lives with the relay
// tests because the relay is the executable whose hardening is also checked from outside.

#include "core/common/ProcessHardening.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

TEST_CASE("disableCoreDumps sets the core size limit to 0 and makes the process non-dumpable", "[relay][common]")
{
    const auto result = consilium::hardening::disableCoreDumps();
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.has_value());

    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    CHECK(limit.rlim_cur == 0);
    // The hard limit too, so that nothing later in the process (or a child) can raise it again.
    CHECK(limit.rlim_max == 0);
#ifdef Q_OS_LINUX
    CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
#endif

    // Idempotent: calling it again (a second executable's bootstrap in the same process) is fine.
    CHECK(consilium::hardening::disableCoreDumps().has_value());
}
