#pragma once

// consilium-relay as a child process for tests: start it on loopback with a port picked by the
// system, wait for its "listening on" line, kill it at the end.

#include "tests/support/PumpUntil.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

namespace consilium::test {

inline QString relayPath()
{
    return QDir(binDir()).filePath(QStringLiteral("consilium-relay"));
}

// One relay process; killed at the end of the test if still running.
class RelayProcess {
public:
    explicit RelayProcess(const QString& dataDir, const QString& listen = QStringLiteral("127.0.0.1:0"),
                          const QStringList& extraArguments = {})
    {
        m_process.start(relayPath(), QStringList{QStringLiteral("--listen"), listen, QStringLiteral("--data"), dataDir}
                                         + extraArguments);
    }

    ~RelayProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    RelayProcess(const RelayProcess&) = delete;
    RelayProcess& operator=(const RelayProcess&) = delete;

    /// Waits for "listening on http://127.0.0.1:PORT" and returns the URL, or an empty one if the
    /// process ended (or said nothing) first.
    QString waitUntilListening(int timeoutMs = 15000)
    {
        static const QRegularExpression ready(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:([0-9]+))$"));
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_stdout += line + u'\n';
                if (const auto match = ready.match(line); match.hasMatch()) {
                    m_port = match.captured(2).toUShort();
                    return match.captured(1);
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        return {};
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    QProcess& process() { return m_process; }
    [[nodiscard]] QString standardOutputSoFar() const { return m_stdout; }

private:
    QProcess m_process;
    QString m_stdout;
    quint16 m_port = 0;
};

} // namespace consilium::test
