#include "ui/settings/UserSettings.h"

#include <QSettings>

#include <algorithm>

namespace consilium::ui::settings {

namespace {
const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
const QString kCacheWarningKey = QStringLiteral("sync/cacheWarningGiB");
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

int cacheWarningGiB()
{
    const int gib = QSettings().value(kCacheWarningKey, kDefaultCacheWarningGiB).toInt();
    return std::clamp(gib, 0, kMaximumCacheWarningGiB);
}

void setCacheWarningGiB(int gib)
{
    QSettings().setValue(kCacheWarningKey, std::clamp(gib, 0, kMaximumCacheWarningGiB));
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
