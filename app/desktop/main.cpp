// consilium: the desktop client.

#include "core/common/Version.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Consilium"));
    QApplication::setApplicationName(QStringLiteral("consilium"));
    QApplication::setApplicationDisplayName(QStringLiteral("Consilium"));
    QApplication::setApplicationVersion(consilium::versionString());

    consilium::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
