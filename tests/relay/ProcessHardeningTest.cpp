// core/common's process hardening and limits, applied to this test process itself. Lives with the relay
// tests because the relay is the executable whose hardening is also checked from outside.

#include "core/common/ProcessHardening.h"
#include "core/common/ProcessLimits.h"

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

TEST_CASE("raiseOpenFileLimit raises the soft open-file limit up to the hard one and never lowers it",
          "[relay][common]")
{
    rlimit original{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &original) == 0);
    if (original.rlim_max != RLIM_INFINITY && original.rlim_max < 600)
        return; // a hard limit this low leaves nothing to test
    // Start from a low soft limit, as on a default desktop session.
    const rlimit low{256, original.rlim_max};
    REQUIRE(setrlimit(RLIMIT_NOFILE, &low) == 0);

    const auto raised = consilium::limits::raiseOpenFileLimit(512);
    REQUIRE(raised.has_value());
    CHECK(*raised == 512);
    rlimit now{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &now) == 0);
    CHECK(now.rlim_cur == 512);
    CHECK(now.rlim_max == original.rlim_max);

    // Asking for less leaves it alone.
    const auto again = consilium::limits::raiseOpenFileLimit(300);
    REQUIRE(again.has_value());
    CHECK(*again == 512);

    // Asking for more than the hard limit stops at the hard limit.
    if (original.rlim_max != RLIM_INFINITY) {
        const auto capped = consilium::limits::raiseOpenFileLimit(qint64(original.rlim_max) + 1000);
        REQUIRE(capped.has_value());
        CHECK(*capped == qint64(original.rlim_max));
    }
    REQUIRE(setrlimit(RLIMIT_NOFILE, &original) == 0);
}
