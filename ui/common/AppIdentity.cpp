#include "ui/common/AppIdentity.h"

namespace consilium::ui {

QString productName()
{
    return QStringLiteral("Consilium");
}

QString desktopAppId()
{
    return QStringLiteral(CONSILIUM_APP_ID);
}

QIcon appIcon()
{
    return QIcon::fromTheme(desktopAppId(), QIcon(QStringLiteral(":/icons/consilium.svg")));
}

QIcon lockIcon()
{
    return QIcon(QStringLiteral(":/icons/lock.svg"));
}

} // namespace consilium::ui
