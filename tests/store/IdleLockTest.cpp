#include "core/store/IdleLock.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

using namespace consilium::store;
using namespace std::chrono_literals;

namespace {

void pumpFor(std::chrono::milliseconds duration)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < duration.count()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
    }
}

} // namespace

TEST_CASE("the profile locks once after the idle time, and activity postpones it", "[store]")
{
    IdleLock lock;
    QSignalSpy spy(&lock, &IdleLock::lockRequested);
    lock.setTimeout(150ms);
    for (int i = 0; i < 4; ++i) {
        pumpFor(80ms);
        lock.noteActivity(); // the user is still working
    }
    CHECK(spy.count() == 0);
    pumpFor(300ms);
    CHECK(spy.count() == 1);
    pumpFor(200ms);
    CHECK(spy.count() == 1); // once, not every period
}

TEST_CASE("a zero timeout never locks", "[store]")
{
    IdleLock lock;
    QSignalSpy spy(&lock, &IdleLock::lockRequested);
    lock.setTimeout(100ms);
    lock.setTimeout(0ms);
    lock.noteActivity();
    CHECK_FALSE(lock.isArmed());
    pumpFor(200ms);
    CHECK(spy.count() == 0);
}
