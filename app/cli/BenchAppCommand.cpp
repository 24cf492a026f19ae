// consilium-cli bench app — the desktop app's cold start and first image (docs/bench.md). The
// measuring drives the GUI, which this core-only executable does not link: it runs
// consilium-bench-app (app/bench), built beside it, with the same arguments.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace consilium::cli {

int runBenchApp(const QStringList& args)
{
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("consilium-bench-app"));
    if (!QFileInfo(program).isExecutable()) {
        err() << "consilium-cli " << args.first() << ": " << program
              << " is missing; it is built with the project (target consilium-bench-app)\n";
        return ExitFailure;
    }
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedChannels);
    bench.start(program, args.mid(1));
    // The fixture (10,000 cases, 300 encrypted slices) and five cold starts take a few minutes.
    if (!bench.waitForFinished(-1) || bench.exitStatus() != QProcess::NormalExit) {
        err() << "consilium-cli " << args.first() << ": " << program << " did not finish: " << bench.errorString()
              << '\n';
        return ExitFailure;
    }
    return bench.exitCode();
}

} // namespace consilium::cli
