#pragma once

#include <QStringList>

// One function per subcommand; args[0] is the subcommand's name. Each returns an ExitCode.
namespace consilium::cli {

int runInfo(const QStringList& args);
int runRender(const QStringList& args);
int runDeid(const QStringList& args);
int runDetectText(const QStringList& args);
int runDetectFaces(const QStringList& args);
int runMakeSamples(const QStringList& args);
int runVerifier(const QStringList& args);
int runIdentity(const QStringList& args);
int runBench(const QStringList& args);
int runDemo(const QStringList& args);
int runBenchStore(const QStringList& args);
int runBenchDeid(const QStringList& args);
int runSync(const QStringList& args);
int runBenchSync(const QStringList& args);
int runBenchViewer(const QStringList& args);
/// bench app: runs consilium-bench-app (the GUI's benchmark) built beside the CLI.
int runBenchApp(const QStringList& args);

} // namespace consilium::cli
