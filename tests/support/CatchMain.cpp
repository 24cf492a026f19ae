// One main for every Catch2 test executable: Qt needs its application object before any
// QObject, event loop or QStandardPaths call.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsiliumTests"));
    QCoreApplication::setApplicationName(QStringLiteral("consilium-tests"));
    return Catch::Session().run(argc, argv);
}
