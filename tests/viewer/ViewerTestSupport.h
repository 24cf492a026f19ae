#pragma once

// Helpers shared by the viewer's offscreen tests.

#include "tests/support/GuiTestSupport.h"

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

// pumpUntil, screenshotDir and saveScreenshot: tests/support/GuiTestSupport.h.

} // namespace consilium::test
