#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <cstdlib>

namespace consilium::test {

QString binDir()
{
    return QStringLiteral(CONSILIUM_BIN_DIR);
}

QString corpusDir()
{
    QString dir = qEnvironmentVariable("CONSILIUM_TEST_CORPUS");
    if (dir.isEmpty())
        dir = QDir(QStringLiteral(CONSILIUM_SOURCE_DIR)).filePath(QStringLiteral("../shared/dicom"));
    return QFileInfo(QDir(dir).filePath(QStringLiteral("MANIFEST.tsv"))).isFile() ? QDir::cleanPath(dir) : QString();
}

void skipTest(const QString& why)
{
    std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(77);
}

ProcessResult runTool(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(QDir(binDir()).filePath(program), arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.standardError = process.errorString().toUtf8();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

} // namespace consilium::test
