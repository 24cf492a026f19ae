#pragma once

#include <QString>
#include <QStringList>

namespace consilium::test {

/// The folder holding the built executables (consilium-cli, consilium-relay, ...).
QString binDir();

/// The real-world corpus (../shared/dicom beside the project, or $CONSILIUM_TEST_CORPUS),
/// or an empty string when it is absent.
QString corpusDir();

/// Prints a visible "SKIPPED: <why>" and ends the process with the code that CTest reports as
/// skipped (tests using it set SKIP_RETURN_CODE 77). Catch2 2.x has no skip of its own.
[[noreturn]] void skipTest(const QString& why);

/// Result of running one of our executables as a real process.
struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray standardOutput;
    QByteArray standardError;
};

/// Runs `program` (a name in binDir()) with `arguments`, waiting at most `timeoutMs`.
ProcessResult runTool(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

} // namespace consilium::test
