#pragma once

#include "core/common/Error.h"

#include <QString>

/// Where Consilium keeps its files. Every path honours $CONSILIUM_HOME when set, so tests, the
/// demo and portable installs keep everything under one folder; otherwise the platform's
/// standard locations (QStandardPaths) are used.
/// Thread-safe: pure functions of the environment and QCoreApplication's names.
namespace consilium::paths {

/// Per-user application data (profiles, encrypted caches).
QString dataRoot();
/// Per-user settings.
QString configRoot();
/// Disposable caches (thumbnails); safe to delete.
QString cacheRoot();

/// True for names usable as a profile folder: 1-64 of [A-Za-z0-9_-], not starting with '-'.
bool isValidProfileName(const QString& name);

/// The folder of one profile, dataRoot()/profiles/<name>. Fails for an invalid name.
Result<QString> profileDir(const QString& name);

/// Creates `path` (and parents) if needed; the error says which path could not be created.
Result<QString> ensureDir(const QString& path);

} // namespace consilium::paths
