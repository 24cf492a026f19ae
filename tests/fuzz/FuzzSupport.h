#pragma once

// Shared plumbing of the libFuzzer targets: a Qt application object (plugins, SQL drivers), one
// scratch folder per process, and the seed-writing mode scripts/fuzz.sh uses for the targets
// whose valid inputs are easier to build in code than to find on disk.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

namespace consilium::fuzz {

/// One application object for the process (Qt SQL and image plugins want one): a
/// QCoreApplication, or `App` = QGuiApplication where text is drawn (Qt's font database), on the
/// offscreen platform.
template <typename App = QCoreApplication>
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "consilium-fuzz";
    static char* argv[] = {name, nullptr};
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (QCoreApplication::instance() == nullptr)
        new App(argc, argv); // lives as long as the process, on purpose
}

/// A folder removed at exit, private to this fuzzing process.
inline const QTemporaryDir& scratch()
{
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/consilium-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a scratch folder\n");
        std::abort();
    }
    return dir;
}

/// Writes `bytes` to `name` in the scratch folder (overwriting) and returns its path: the
/// modules under test read files, so each input goes through one.
inline QString writeScratchFile(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

/// When CONSILIUM_FUZZ_SEEDS names a folder, calls `write(folder)` to fill it with valid inputs
/// and exits: `fuzz_x` then serves as its own seed generator (scripts/fuzz.sh).
inline void writeSeedsIfAsked(const std::function<void(const QDir&)>& write)
{
    const QByteArray folder = qgetenv("CONSILIUM_FUZZ_SEEDS");
    if (folder.isEmpty())
        return;
    const QDir dir(QString::fromLocal8Bit(folder));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "fuzz: cannot create %s\n", folder.constData());
        std::exit(1);
    }
    write(dir);
    std::exit(0);
}

/// Writes one seed file.
inline void writeSeed(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz: cannot write seed %s\n", qPrintable(name));
        std::exit(1);
    }
}

} // namespace consilium::fuzz
