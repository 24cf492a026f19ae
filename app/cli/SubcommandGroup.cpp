#include "app/cli/SubcommandGroup.h"

#include "app/cli/CliSupport.h"

#include <algorithm>

namespace consilium::cli {

namespace {

void printGroupUsage(
    QTextStream& stream, const QString& group, const QString& description, std::span<const GroupAction> actions)
{
    stream << "Usage: consilium-cli " << group << " <action> [options] [arguments]\n\n"
           << description << "\n\nActions:\n";
    // One column for every name, so that a long one (unlink-device) does not run into its summary.
    qsizetype width = 0;
    for (const GroupAction& action : actions)
        width = std::max(width, qsizetype(qstrlen(action.name)));
    for (const GroupAction& action : actions)
        stream << "  " << QString::fromLatin1(action.name).leftJustified(width + 2) << action.summary << '\n';
    stream << "\nEach action has its own help: 'consilium-cli " << group << " <action> --help'.\n";
    stream.flush();
}

} // namespace

int runGroup(const QStringList& args, const QString& description, std::span<const GroupAction> actions)
{
    const QString group = args.value(0);
    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printGroupUsage(out(), group, description, actions);
        return ExitSuccess;
    }
    if (first.isEmpty()) {
        printGroupUsage(err(), group, description, actions);
        return ExitUsageError;
    }
    for (const GroupAction& action : actions) {
        if (first == QLatin1String(action.name))
            return action.run(QStringList {group + u' ' + first} + args.mid(2));
    }
    return usageError(group, QStringLiteral("unknown action '%1'").arg(first));
}

} // namespace consilium::cli
