#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace consilium::cli {

/// One action of a two-level command ("verifier init").
struct GroupAction {
    const char* name;
    const char* summary;
    /// args[0] is "<group> <action>", the name to use in usage lines and messages.
    int (*run)(const QStringList& args);
};

/// Runs a command made of actions: `args` is [group, action, options...]. Prints the group's help
/// (exit 0) for --help, a usage error (exit 2) for a missing or unknown action, and otherwise
/// hands [ "<group> <action>", options... ] to the action.
int runGroup(const QStringList& args, const QString& description, std::span<const GroupAction> actions);

} // namespace consilium::cli
