#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace consilium::cli {

/// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitSuccess = 0,    ///< everything asked for was done
    ExitFailure = 1,    ///< a reported error (a file could not be read, a write failed, ...)
    ExitUsageError = 2, ///< the command line itself was wrong
};

/// Standard output and standard error as UTF-8 text streams.
QTextStream& out();
QTextStream& err();

/// Parses a subcommand's arguments (args[0] is the subcommand name). Adds --help. Returns an
/// exit code when the command must stop here: ExitSuccess after printing help, ExitUsageError
/// after printing what was wrong. Returns nullopt when the command should run.
std::optional<int> parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QString& usageSuffix);

/// Prints "consilium-cli <command>: <message>" to stderr and returns ExitUsageError.
int usageError(const QString& command, const QString& message);

} // namespace consilium::cli
