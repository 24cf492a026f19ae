#include "core/common/ProcessHardening.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>

#include <sys/resource.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace consilium::hardening {

namespace {

tl::unexpected<Error> systemError(const char* what)
{
    return fail(QStringLiteral("common"), ErrorCode::IoError,
                QStringLiteral("cannot disable core dumps (%1: %2)")
                    .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

Result<void> disableCoreDumps()
{
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return systemError("setrlimit");
#ifdef Q_OS_LINUX
    // The kernel does not apply RLIMIT_CORE when core_pattern pipes dumps to a helper such as
    // systemd-coredump (core(5)), and the limit says nothing about ptrace by the same user;
    // a non-dumpable process is covered against both.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return systemError("prctl");
#endif
    return {};
}

} // namespace consilium::hardening
