#include "ui/settings/UserSettings.h"

#include <QSettings>

#include <algorithm>

namespace consilium::ui::settings {

namespace {
const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
const QString kCacheLimitKey = QStringLiteral("sync/cacheLimitGiB");
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

int cacheLimitGiB()
{
    QSettings settings;
    const QVariant earlier = settings.value(kCacheWarningKey, kDefaultCacheLimitGiB);
    return std::clamp(settings.value(kCacheLimitKey, earlier).toInt(), 0, kMaximumCacheLimitGiB);
}

void setCacheLimitGiB(int gib)
{
    QSettings().setValue(kCacheLimitKey, std::clamp(gib, 0, kMaximumCacheLimitGiB));
}

qint64 cacheLimitBytes()
{
    return qint64(cacheLimitGiB()) * 1024 * 1024 * 1024;
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
