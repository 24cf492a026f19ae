#pragma once

#include "core/common/Error.h"

/// Process-wide protections every Consilium executable applies first thing in main(),
/// before any key, passphrase or decrypted case is in memory (KeePassXC's bootstrap does the same).
namespace consilium::hardening {

/// Stops the kernel from writing a core file of this process and stops other processes of the
/// same user from attaching a debugger or reading its memory through /proc: a core dump or a
/// ptrace of the client would contain decrypted cases and keys, one of the relay its clients'
/// credentials. Sets RLIMIT_CORE to 0 (soft and hard, so children inherit it and cannot raise
/// it) and, on Linux, PR_SET_DUMPABLE to 0.
/// Fails with IoError (the process goes on; the caller decides whether that is fatal).
/// Call from the main thread before any other thread starts.
Result<void> disableCoreDumps();

} // namespace consilium::hardening
