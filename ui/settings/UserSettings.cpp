#include "ui/settings/UserSettings.h"

#include <QSettings>

#include <algorithm>

namespace consilium::ui::settings {

namespace {
const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
}

int idleLockMinutes()
{
    const int minutes = QSettings().value(kIdleLockKey, kDefaultIdleLockMinutes).toInt();
    return std::clamp(minutes, 0, kMaximumIdleLockMinutes);
}

void setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdleLockKey, std::clamp(minutes, 0, kMaximumIdleLockMinutes));
}

} // namespace consilium::ui::settings
