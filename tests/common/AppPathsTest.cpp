#include "core/common/AppPaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace consilium;

namespace {

// Sets an environment variable for one scope, restoring the previous value.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("CONSILIUM_HOME puts data, config and cache under one folder", "[common]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    ScopedEnv env("CONSILIUM_HOME", home.path().toUtf8());

    CHECK(paths::dataRoot() == QDir(home.path()).filePath(QStringLiteral("data")));
    CHECK(paths::configRoot() == QDir(home.path()).filePath(QStringLiteral("config")));
    CHECK(paths::cacheRoot() == QDir(home.path()).filePath(QStringLiteral("cache")));

    const auto profile = paths::profileDir(QStringLiteral("alice"));
    REQUIRE(profile.has_value());
    CHECK(*profile == QDir(home.path()).filePath(QStringLiteral("data/profiles/alice")));

    const auto created = paths::ensureDir(*profile);
    REQUIRE(created.has_value());
    CHECK(QFileInfo(*profile).isDir());
}

TEST_CASE("without CONSILIUM_HOME the standard per-user locations are used", "[common]")
{
    ScopedEnv env("CONSILIUM_HOME", QByteArray());
    CHECK_FALSE(paths::dataRoot().isEmpty());
    CHECK(paths::dataRoot().contains(QStringLiteral("consilium-tests")));
}

TEST_CASE("profile names that could escape the profiles folder are refused", "[common]")
{
    CHECK(paths::isValidProfileName(QStringLiteral("dr_smith-2")));
    for (const char* bad : {"", "..", "../etc", "a/b", "-rf", "name with space", "é"}) {
        INFO(bad);
        CHECK_FALSE(paths::isValidProfileName(QString::fromUtf8(bad)));
        const auto dir = paths::profileDir(QString::fromUtf8(bad));
        REQUIRE_FALSE(dir.has_value());
        CHECK(dir.error().code == ErrorCode::InvalidArgument);
    }
    CHECK_FALSE(paths::isValidProfileName(QString(65, u'a')));
}

TEST_CASE("ensureDir reports the folder it could not create", "[common]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    // A regular file where a parent folder should be makes mkpath fail on every platform.
    const QString blocker = QDir(root.path()).filePath(QStringLiteral("file"));
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();

    const auto result = paths::ensureDir(blocker + QStringLiteral("/child"));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::IoError);
    CHECK(result.error().message.contains(QStringLiteral("child")));
}
