#pragma once

// Helpers shared by the offscreen GUI tests. The including target defines
// CONSILIUM_DEFAULT_SCREENSHOT_DIR (normally <build>/tests/<folder>/screenshots).

#include "tests/support/PumpUntil.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QWidget>

namespace consilium::test {

/// $CONSILIUM_SCREENSHOT_DIR, or the target's default folder.
inline QString screenshotDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CONSILIUM_SCREENSHOT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CONSILIUM_DEFAULT_SCREENSHOT_DIR) : fromEnvironment;
}

/// Grabs `widget` into <screenshotDir>/<name>.png, for people to look at.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QDir dir(screenshotDir());
    REQUIRE(QDir().mkpath(dir.path()));
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const QPixmap shot = widget.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(path));
    UNSCOPED_INFO("screenshot: " << path.toStdString());
}

} // namespace consilium::test
