#include "core/deid/ActionTable.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::deid;

TEST_CASE("the built-in table holds Table E.1-1 (2024b) plus the 2025c additions", "[deid]")
{
    const ActionTable& table = ActionTable::builtIn();
    CHECK(table.rows().size() >= 620 + 28);
    const TableRow* name = table.find(dicom::Tag{0x0010, 0x0010});
    REQUIRE(name != nullptr);
    CHECK(name->keyword == QStringLiteral("PatientName"));
    CHECK(name->basic == QStringLiteral("Z"));
    const TableRow* overlay = table.find(dicom::Tag{0x6002, 0x3000});
    REQUIRE(overlay != nullptr);
    CHECK(overlay->tagPattern == QStringLiteral("(60xx,3000)"));
    const TableRow* curve = table.find(dicom::Tag{0x5004, 0x0010});
    REQUIRE(curve != nullptr);
    CHECK(table.find(dicom::Tag{0x0028, 0x0010}) == nullptr); // Rows: not identifying, not listed
    CHECK(table.find(dicom::Tag{0x0010, 0x0016}) != nullptr);  // Pronoun Comment, added in 2025
}

TEST_CASE("combined codes resolve to the choice that removes the value and keeps the IOD valid", "[deid]")
{
    CHECK(ActionTable::basicAction(QStringLiteral("X")) == Action::Remove);
    CHECK(ActionTable::basicAction(QStringLiteral("Z")) == Action::Empty);
    CHECK(ActionTable::basicAction(QStringLiteral("D")) == Action::Dummy);
    CHECK(ActionTable::basicAction(QStringLiteral("U")) == Action::Uid);
    CHECK(ActionTable::basicAction(QStringLiteral("X/Z")) == Action::Empty);
    CHECK(ActionTable::basicAction(QStringLiteral("X/D")) == Action::Dummy);
    CHECK(ActionTable::basicAction(QStringLiteral("Z/D")) == Action::Dummy);
    CHECK(ActionTable::basicAction(QStringLiteral("X/Z/D")) == Action::Dummy);
    CHECK(ActionTable::basicAction(QStringLiteral("X/Z/U*")) == Action::Uid);
    CHECK_FALSE(ActionTable::basicAction(QStringLiteral("Q")).has_value());
}

TEST_CASE("enabled options override the basic profile, retain before clean", "[deid]")
{
    const ActionTable& table = ActionTable::builtIn();
    const TableRow& studyDate = *table.find(dicom::Tag{0x0008, 0x0020});
    const TableRow& age = *table.find(dicom::Tag{0x0010, 0x1010});
    const TableRow& serial = *table.find(dicom::Tag{0x0018, 0x1000});
    const TableRow& studyDescription = *table.find(dicom::Tag{0x0008, 0x1030});

    const DeidProfile basic;
    CHECK(ActionTable::resolve(studyDate, basic) == Action::Empty);
    CHECK(ActionTable::resolve(age, basic) == Action::Remove);
    CHECK(ActionTable::resolve(serial, basic) == Action::Dummy);
    CHECK(ActionTable::resolve(studyDescription, basic) == Action::Remove);

    const DeidProfile defaults = DeidProfile::defaults();
    CHECK(ActionTable::resolve(studyDate, defaults) == Action::Clean);
    CHECK(ActionTable::resolve(age, defaults) == Action::Keep);
    CHECK(ActionTable::resolve(studyDescription, defaults) == Action::Clean);

    DeidProfile both = defaults;
    both.retainLongitudinalFullDates = true; // K beats the modified-dates C
    CHECK(ActionTable::resolve(studyDate, both) == Action::Keep);
    DeidProfile device;
    device.retainDeviceIdentity = true;
    CHECK(ActionTable::resolve(serial, device) == Action::Keep);
}

TEST_CASE("a malformed table is refused with the line", "[deid]")
{
    const QByteArray header = "tag\tkeyword\tvr\tbasic\ta\tb\tc\td\te\tf\tg\th\ti\tj\tedition\tname\n";
    auto columns = ActionTable::parse(QByteArray(header + "(0010,0010)\tPatientName\tPN\tZ\n"));
    REQUIRE_FALSE(columns.has_value());
    CHECK(columns.error().message.contains(QStringLiteral("line 2")));
    auto action = ActionTable::parse(QByteArray(header + "(0010,0010)\tPatientName\tPN\tQ\t\t\t\t\t\t\t\t\t\t\t2024b\tPatient's Name\n"));
    REQUIRE_FALSE(action.has_value());
    CHECK(action.error().message.contains(QStringLiteral("unknown action")));
}

TEST_CASE("profile options have names, titles and CID 7050 codes", "[deid]")
{
    DeidProfile profile;
    CHECK(profile.setOption(QStringLiteral("clean-graphics")));
    CHECK(profile.cleanGraphics);
    CHECK_FALSE(profile.setOption(QStringLiteral("no-such-option")));
    CHECK(DeidProfile::optionNames().size() == 10);
    const auto codes = DeidProfile::defaults().methodCodes();
    REQUIRE(codes.size() == 4);
    CHECK(codes[0].first == QStringLiteral("113100"));
    CHECK(DeidProfile::defaults().enabledOptionTitles().contains(QStringLiteral("Clean Descriptors Option")));
}
