// consilium-relay: the relay server. Stores and forwards ciphertext only.

#include "core/common/Version.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("consilium-relay"));
    QCoreApplication::setApplicationVersion(consilium::versionString());
    std::printf("consilium-relay %s\n", qPrintable(consilium::versionString()));
    return 0;
}
