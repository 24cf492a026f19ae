#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace consilium::test {

/// Pumps the event loop until `done` or the deadline; tests only (production code never waits).
/// Shared by the GUI tests (GuiTestSupport.h) and those driving a relay process (RelayProcess.h).
template <typename Predicate>
bool pumpUntil(Predicate done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return done();
}

} // namespace consilium::test
