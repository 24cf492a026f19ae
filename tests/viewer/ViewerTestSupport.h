#pragma once

// Helpers shared by the viewer's offscreen tests.

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QWidget>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace consilium::test {

/// Pumps the event loop until `done` or the deadline; tests only (production code never waits).
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

/// $CONSILIUM_SCREENSHOT_DIR, or <build>/tests/viewer/screenshots.
inline QString screenshotDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CONSILIUM_SCREENSHOT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CONSILIUM_DEFAULT_SCREENSHOT_DIR) : fromEnvironment;
}

/// Grabs `widget` into <screenshotDir>/<name>.png.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QDir dir(screenshotDir());
    REQUIRE(QDir().mkpath(dir.path()));
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    REQUIRE(widget.grab().save(path));
    UNSCOPED_INFO("screenshot: " << path.toStdString());
}

} // namespace consilium::test
