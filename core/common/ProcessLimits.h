#pragma once

#include "core/common/Error.h"

/// Resource limits a process that holds many connections raises for itself.
namespace consilium::limits {

/// Raises this process's soft limit on open files (RLIMIT_NOFILE) to `wanted`, or to the hard
/// limit if that is lower; never lowers it. Each WebSocket the relay holds is one descriptor,
/// and the usual soft limit of 1,024 would refuse the thousandth client. Returns the soft limit
/// now in force; fails with IoError naming the system call.
/// Call from the main thread at start-up.
Result<qint64> raiseOpenFileLimit(qint64 wanted);

} // namespace consilium::limits
