#include "app/cli/CliSupport.h"

#include <cstdio>

namespace consilium::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QString& usageSuffix)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString command = args.value(0);
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        // helpText() starts with "Usage: <binary> [options]"; name the subcommand instead.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(u'\n') + 1);
        out() << "Usage: consilium-cli " << command << " [options] " << usageSuffix << '\n' << help;
        out().flush();
        return ExitSuccess;
    }
    return std::nullopt;
}

int usageError(const QString& command, const QString& message)
{
    err() << "consilium-cli " << command << ": " << message << '\n'
          << "Try 'consilium-cli " << command << " --help'.\n";
    err().flush();
    return ExitUsageError;
}

} // namespace consilium::cli
