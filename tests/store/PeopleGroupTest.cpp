#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::test;

namespace {

cases::Person person(char id, const QString& name, bool self = false)
{
    return cases::Person{QByteArray(32, id), name, QStringLiteral("Physician"), QStringLiteral("Radiology"), self, false};
}

} // namespace

TEST_CASE("people, the user's own identity, verification and contacts", "[store]")
{
    TempStore temp;
    auto& people = temp->people();
    REQUIRE(people.savePerson(person('s', QStringLiteral("Dr Self"), true)).has_value());
    REQUIRE(people.savePerson(person('b', QStringLiteral("Dr Bertrand")), QByteArray("credential")).has_value());
    REQUIRE(people.savePerson(person('a', QStringLiteral("Dr Amara"))).has_value());
    REQUIRE(people.savePerson(person('a', QStringLiteral("Dr Amara Okafor"))).has_value()); // update

    auto self = people.self();
    REQUIRE(self.has_value());
    REQUIRE(self->has_value());
    CHECK((*self)->displayName == QStringLiteral("Dr Self"));

    REQUIRE(people.addContact(QByteArray(32, 'b')).has_value());
    REQUIRE(people.addContact(QByteArray(32, 'a'), QStringLiteral("met at ECR")).has_value());
    auto unknown = people.addContact(QByteArray(32, 'z'));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    REQUIRE(people.setVerified(QByteArray(32, 'a'), true, QDateTime::currentDateTimeUtc()).has_value());
    auto contacts = people.contacts();
    REQUIRE(contacts.has_value());
    REQUIRE(contacts->size() == 2);
    CHECK(contacts->at(0).displayName == QStringLiteral("Dr Amara Okafor"));
    CHECK(contacts->at(0).verified);
    CHECK_FALSE(contacts->at(1).verified);

    cases::Person shortKey;
    shortKey.identityKey = QByteArray(5, 'x');
    shortKey.displayName = QStringLiteral("short key");
    auto bad = people.savePerson(shortKey);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("devices belong to a known identity and can be revoked", "[store]")
{
    TempStore temp;
    auto& people = temp->people();
    REQUIRE(people.savePerson(person('a', QStringLiteral("Dr A"))).has_value());
    store::DeviceRecord laptop{QByteArray(32, '1'), QByteArray(32, '2'), QByteArray("cert-1"), QStringLiteral("Laptop"),
                               false, QDateTime::currentDateTimeUtc()};
    store::DeviceRecord workstation{QByteArray(32, '3'), QByteArray(32, '4'), QByteArray("cert-2"),
                                    QStringLiteral("Reading room"), false, QDateTime::currentDateTimeUtc().addSecs(5)};
    REQUIRE(people.saveDevice(QByteArray(32, 'a'), laptop).has_value());
    REQUIRE(people.saveDevice(QByteArray(32, 'a'), workstation).has_value());
    laptop.revoked = true;
    REQUIRE(people.saveDevice(QByteArray(32, 'a'), laptop).has_value());

    auto devices = people.devices(QByteArray(32, 'a'));
    REQUIRE(devices.has_value());
    REQUIRE(devices->size() == 2);
    CHECK(devices->at(0).name == QStringLiteral("Laptop"));
    CHECK(devices->at(0).revoked);
    CHECK(devices->at(1).certificate == QByteArray("cert-2"));

    auto orphan = people.saveDevice(QByteArray(32, 'q'), workstation);
    REQUIRE_FALSE(orphan.has_value());
    CHECK(orphan.error().code == ErrorCode::NotFound);
}

TEST_CASE("groups keep exactly their members and roles", "[store]")
{
    TempStore temp;
    for (char id : {'a', 'b', 'c'})
        REQUIRE(temp->people().savePerson(person(id, QStringLiteral("Dr %1").arg(QLatin1Char(id)))).has_value());
    cases::Group group{QUuid::createUuid(), QStringLiteral("Thoracic MDT"),
                       {{QByteArray(32, 'a'), cases::GroupRole::Owner}, {QByteArray(32, 'b'), cases::GroupRole::Member},
                        {QByteArray(32, 'c'), cases::GroupRole::Member}}};
    REQUIRE(temp->groups().save(group).has_value());
    group.members.removeLast(); // C leaves
    REQUIRE(temp->groups().save(group).has_value());

    auto found = temp->groups().find(group.id);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->name == QStringLiteral("Thoracic MDT"));
    REQUIRE((*found)->members.size() == 2);
    CHECK((*found)->members.at(0).role == cases::GroupRole::Owner);
    CHECK(temp->groups().list()->size() == 1);

    group.members.append({QByteArray(32, 'z'), cases::GroupRole::Member});
    auto unknown = temp->groups().save(group);
    REQUIRE_FALSE(unknown.has_value());
    // The failed save rolled back: the group is as before.
    CHECK((*temp->groups().find(group.id))->members.size() == 2);
}
