#include "core/common/AppPaths.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace consilium::paths {

namespace {

QString homeOverride()
{
    return qEnvironmentVariable("CONSILIUM_HOME");
}

QString standardOr(QStandardPaths::StandardLocation location, const QString& overrideSubdir)
{
    const QString home = homeOverride();
    if (!home.isEmpty())
        return QDir(home).filePath(overrideSubdir);
    return QStandardPaths::writableLocation(location);
}

} // namespace

QString dataRoot()
{
    return standardOr(QStandardPaths::AppLocalDataLocation, QStringLiteral("data"));
}

QString configRoot()
{
    return standardOr(QStandardPaths::AppConfigLocation, QStringLiteral("config"));
}

QString cacheRoot()
{
    return standardOr(QStandardPaths::CacheLocation, QStringLiteral("cache"));
}

bool isValidProfileName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

Result<QString> profileDir(const QString& name)
{
    if (!isValidProfileName(name)) {
        return fail(QStringLiteral("common"), ErrorCode::InvalidArgument,
                    QStringLiteral("\"%1\" is not a valid profile name (use 1-64 letters, digits, '_' or '-')")
                        .arg(name));
    }
    return QDir(dataRoot()).filePath(QStringLiteral("profiles/") + name);
}

Result<QString> ensureDir(const QString& path)
{
    if (path.isEmpty())
        return fail(QStringLiteral("common"), ErrorCode::InvalidArgument, QStringLiteral("empty folder path"));
    if (!QDir().mkpath(path)) {
        return fail(QStringLiteral("common"), ErrorCode::IoError,
                    QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(path)));
    }
    return path;
}

} // namespace consilium::paths
