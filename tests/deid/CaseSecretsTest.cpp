#include "core/deid/CaseSecrets.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QRegularExpression>

using namespace consilium::deid;

TEST_CASE("UIDs are remapped consistently within a case and differently across cases", "[deid]")
{
    const CaseSecrets a(QByteArray(32, 'a'));
    const CaseSecrets b(QByteArray(32, 'b'));
    const QString uid = QStringLiteral("1.2.840.113619.2.55.3.604688119.969.1268071029.320");
    const QString mapped = a.remapUid(uid);
    CHECK(mapped == a.remapUid(uid));
    CHECK(mapped == a.remapUid(uid + u' ')); // padding does not matter
    CHECK(mapped != a.remapUid(uid + u'1'));
    CHECK(mapped != b.remapUid(uid));
    CHECK(mapped.size() <= 64);
    CHECK(QRegularExpression(QStringLiteral("^2\\.25\\.[1-9][0-9]*$")).match(mapped).hasMatch());
    CHECK_FALSE(mapped.contains(QStringLiteral("113619")));
    CHECK(a.remapUid(QString()).isEmpty());
}

TEST_CASE("dates move back by the case's offset, keeping intervals", "[deid]")
{
    const CaseSecrets secrets(QByteArray(32, 'x'));
    const int days = secrets.dateOffsetDays();
    CHECK(days >= 365);
    CHECK(days <= 3650);
    const auto study = secrets.shiftDate(QStringLiteral("20240305"));
    const auto birth = secrets.shiftDate(QStringLiteral("19800117"));
    REQUIRE(study.has_value());
    REQUIRE(birth.has_value());
    const auto parse = [](const QString& s) { return QDate::fromString(s, QStringLiteral("yyyyMMdd")); };
    CHECK(parse(*study).daysTo(QDate(2024, 3, 5)) == days);
    CHECK(parse(*birth).daysTo(parse(*study)) == QDate(1980, 1, 17).daysTo(QDate(2024, 3, 5)));
    CHECK(secrets.shiftDate(QStringLiteral("2024.03.05")) == study);
    CHECK(secrets.shiftDate(QStringLiteral("20240305-20240310"))->split(u'-').size() == 2);
    CHECK(secrets.shiftDate(QStringLiteral("-20240310"))->startsWith(u'-'));
    CHECK_FALSE(secrets.shiftDate(QStringLiteral("2024")).has_value());
    CHECK_FALSE(secrets.shiftDate(QStringLiteral("20241399")).has_value());
    CHECK_FALSE(secrets.shiftDate(QStringLiteral("yesterday")).has_value());
}

TEST_CASE("times of day move by the case's offset, keeping precision and intervals", "[deid]")
{
    const CaseSecrets secrets(QByteArray(32, 'x'));
    const int offset = secrets.timeOffsetSeconds();
    CHECK(offset >= 1);
    CHECK(offset < 86400);
    const auto seconds = [](const QString& tm) {
        return tm.left(2).toInt() * 3600 + tm.mid(2, 2).toInt() * 60 + tm.mid(4, 2).toInt();
    };
    const auto a = secrets.shiftTime(QStringLiteral("101500"));
    const auto b = secrets.shiftTime(QStringLiteral("101530.250"));
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(*a != QStringLiteral("101500"));
    CHECK((seconds(*a) - (10 * 3600 + 15 * 60) + 86400) % 86400 == offset);
    CHECK((seconds(*b) - seconds(*a) + 86400) % 86400 == 30);
    CHECK(b->endsWith(QStringLiteral(".250")));
    CHECK(secrets.shiftTime(QStringLiteral("10:15:00")) == a);
    CHECK(secrets.shiftTime(QStringLiteral("10"))->size() == 2);
    CHECK(secrets.shiftTime(QStringLiteral("1015-1130"))->split(u'-').size() == 2);
    CHECK_FALSE(secrets.shiftTime(QStringLiteral("2500")).has_value());
    CHECK_FALSE(secrets.shiftTime(QStringLiteral("noon")).has_value());
}

TEST_CASE("date-times keep their precision and UTC offset, and move like DA and TM", "[deid]")
{
    const CaseSecrets secrets(QByteArray(32, 'x'));
    const auto full = secrets.shiftDateTime(QStringLiteral("20240305143015.123456+0100"));
    REQUIRE(full.has_value());
    CHECK(full->mid(8) == *secrets.shiftTime(QStringLiteral("143015.123456")) + QStringLiteral("+0100"));
    CHECK(full->left(8) == *secrets.shiftDate(QStringLiteral("20240305")));
    const auto year = secrets.shiftDateTime(QStringLiteral("2024"));
    REQUIRE(year.has_value());
    CHECK(year->size() == 4);
    CHECK_FALSE(secrets.shiftDateTime(QStringLiteral("20AB0305")).has_value());
}

TEST_CASE("generated secrets differ", "[deid]")
{
    CHECK(CaseSecrets::generate().secret() != CaseSecrets::generate().secret());
    CHECK(CaseSecrets::generate().secret().size() == 32);
}
