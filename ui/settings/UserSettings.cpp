#include "ui/settings/UserSettings.h"

#include <QSettings>

#include <algorithm>

namespace consilium::ui::settings {

namespace {
const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
const QString kCacheLimitKey = QStringLiteral("sync/cacheLimitMiB");
const QString kCacheLimitGiBKey = QStringLiteral("sync/cacheLimitGiB"); // whole GiB, before MiB
const QString kCacheWarningKey = QStringLiteral("sync/cacheWarningGiB"); // before the limit was enforced
const QString kNotificationsKey = QStringLiteral("notifications/enabled");
} // namespace

int idleLockMinutes()
{
    const int minutes = QSettings().value(kIdleLockKey, kDefaultIdleLockMinutes).toInt();
    return std::clamp(minutes, 0, kMaximumIdleLockMinutes);
}

void setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdleLockKey, std::clamp(minutes, 0, kMaximumIdleLockMinutes));
}

qint64 cacheLimitMiB()
{
    QSettings settings;
    qint64 mib = kDefaultCacheLimitMiB;
    if (settings.contains(kCacheLimitKey))
        mib = settings.value(kCacheLimitKey).toLongLong();
    else if (settings.contains(kCacheLimitGiBKey))
        mib = settings.value(kCacheLimitGiBKey).toLongLong() * 1024;
    else if (settings.contains(kCacheWarningKey))
        mib = settings.value(kCacheWarningKey).toLongLong() * 1024;
    return std::clamp<qint64>(mib, 0, kMaximumCacheLimitMiB);
}

void setCacheLimitMiB(qint64 mib)
{
    QSettings().setValue(kCacheLimitKey, std::clamp<qint64>(mib, 0, kMaximumCacheLimitMiB));
}

qint64 cacheLimitBytes()
{
    return cacheLimitMiB() * 1024 * 1024;
}

bool notificationsEnabled()
{
    return QSettings().value(kNotificationsKey, true).toBool();
}

void setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(kNotificationsKey, enabled);
}

} // namespace consilium::ui::settings
