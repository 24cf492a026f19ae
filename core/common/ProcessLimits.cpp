#include "core/common/ProcessLimits.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/resource.h>

namespace consilium::limits {

Result<qint64> raiseOpenFileLimit(qint64 wanted)
{
    rlimit current{};
    if (getrlimit(RLIMIT_NOFILE, &current) != 0)
        return fail(QStringLiteral("common"), ErrorCode::IoError,
                    QStringLiteral("cannot read the open-file limit (getrlimit: %1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const rlim_t target =
        current.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : std::min<rlim_t>(rlim_t(wanted), current.rlim_max);
    if (current.rlim_cur != RLIM_INFINITY && current.rlim_cur < target) {
        const rlimit raised{target, current.rlim_max};
        if (setrlimit(RLIMIT_NOFILE, &raised) != 0)
            return fail(QStringLiteral("common"), ErrorCode::IoError,
                        QStringLiteral("cannot raise the open-file limit to %1 (setrlimit: %2)")
                            .arg(qint64(target))
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
        current.rlim_cur = target;
    }
    return current.rlim_cur == RLIM_INFINITY ? wanted : qint64(current.rlim_cur);
}

} // namespace consilium::limits
