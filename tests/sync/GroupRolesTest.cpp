// core/sync's group roles over a real (SQLCipher) store: the rules SyncEngine::setGroupMemberRole
// and removeGroupMember enforce — a non-member, an unknown group, the last owner — and that a
// refused change leaves the stored group as it was; then the refusals of case membership by hand
// (addCaseMembers, removeCaseMember). The set-role events a role change appends to shared cases
// are checked end to end against a relay in tests/sync/SyncIntegrationTest.cpp.

#include "core/crypto/Credential.h"
#include "core/crypto/DeviceHandover.h"
#include "core/crypto/TrustChain.h"
#include "core/store/ProfileVault.h"
#include "core/store/Store.h"
#include "core/sync/CaseSharing.h"
#include "core/sync/DeviceLinking.h"
#include "core/sync/GroupMembership.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/LocalCase.h"
#include "core/sync/SyncEngine.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace consilium;

namespace {

const crypto::Argon2Params kQuickArgon2{1, 8 * 1024 * 1024};

cases::GroupRole roleOf(store::Store& store, const QUuid& groupId, const QByteArray& identity)
{
    auto group = store.groups().find(groupId);
    REQUIRE(group);
    REQUIRE(group->has_value());
    for (const cases::GroupMember& member : (*group)->members) {
        if (member.identityKey == identity)
            return member.role;
    }
    FAIL("not a member");
    return cases::GroupRole::Member;
}

// A profile (ada, keys from a hand-over as the app's linking makes them) with one contact (ben)
// and one group {ada: owner, ben: member}; the engine's relay is never contacted.
struct Fixture {
    QTemporaryDir dir;
    crypto::SigningKeyPair verifier = crypto::SigningKeyPair::generate();
    crypto::SigningKeyPair identity = crypto::SigningKeyPair::generate();
    QByteArray ben = crypto::SigningKeyPair::generate().publicKey().bytes();
    std::unique_ptr<store::Store> store;
    sync::NetworkHttpTransport transport{QUrl(QStringLiteral("http://127.0.0.1:9"))};
    std::unique_ptr<sync::RelayClient> client;
    std::unique_ptr<sync::SyncEngine> engine;
    QUuid groupId;

    Fixture()
    {
        auto created = store::ProfileVault(dir.filePath(QStringLiteral("profile")))
                           .create(crypto::SecretBytes::fromUtf8(QStringLiteral("pass phrase")), kQuickArgon2);
        REQUIRE(created);
        store = std::move(*created);
        const crypto::CredentialDetails details{QStringLiteral("Dr. Ada Roe"),  QStringLiteral("physician"),
                                                QStringLiteral("radiology"),    QStringLiteral("FR"),
                                                QByteArray(32, '\x22'),         crypto::todayUtc().addDays(-1),
                                                crypto::todayUtc().addYears(1), identity.publicKey()};
        const QByteArray revocations = crypto::RevocationList::create(verifier, 1, {}, 1700000000);
        const crypto::DeviceHandover handover{1700086400,
                                              QStringLiteral("https://relay.example.org"),
                                              QStringLiteral("Dr. Ada Roe"),
                                              QStringLiteral("Radiologist"),
                                              QStringLiteral("radiology"),
                                              *crypto::Credential::issue(verifier, details),
                                              {verifier.publicKey(), *crypto::RevocationList::parse(revocations)},
                                              *crypto::SigningKeyPair::fromSeed(identity.seed()),
                                              crypto::DeviceKeys::generate()};
        REQUIRE(sync::adoptHandover(*store, handover));
        cases::Person person;
        person.identityKey = ben;
        person.displayName = QStringLiteral("Dr. Ben Ito");
        REQUIRE(store->people().savePerson(person));
        REQUIRE(store->people().addContact(ben));
        auto profile = sync::SyncProfile::load(*store);
        REQUIRE(profile);
        auto group = sync::createGroup(*profile, QStringLiteral("Hand board"));
        REQUIRE(group);
        groupId = group->id;
        // addGroupMember wants ben's verified device list; the rules here only need the row.
        cases::Group withBen = *group;
        withBen.members.append({ben, cases::GroupRole::Member});
        REQUIRE(store->groups().save(withBen));
        client = std::make_unique<sync::RelayClient>(
            transport, *crypto::SigningKeyPair::fromSeed(profile->device().signing.seed()));
        engine = std::make_unique<sync::SyncEngine>(std::move(*profile), *client);
    }

    [[nodiscard]] crypto::SigningPublicKey key(const QByteArray& bytes) const
    {
        return *crypto::SigningPublicKey::fromBytes(bytes);
    }
    [[nodiscard]] QByteArray self() const { return identity.publicKey().bytes(); }
};

} // namespace

TEST_CASE("a group role change is stored, and the same role again changes nothing", "[sync][groups]")
{
    Fixture f;
    auto rotated = f.engine->setGroupMemberRole(f.groupId, f.key(f.ben), cases::GroupRole::Admin);
    REQUIRE(rotated);
    CHECK(*rotated == 0); // nothing published to the group yet
    CHECK(roleOf(*f.store, f.groupId, f.ben) == cases::GroupRole::Admin);
    CHECK(f.engine->setGroupMemberRole(f.groupId, f.key(f.ben), cases::GroupRole::Admin).value_or(-1) == 0);
    CHECK(roleOf(*f.store, f.groupId, f.ben) == cases::GroupRole::Admin);
    REQUIRE(f.engine->setGroupMemberRole(f.groupId, f.key(f.ben), cases::GroupRole::Member));
    CHECK(roleOf(*f.store, f.groupId, f.ben) == cases::GroupRole::Member);
}

TEST_CASE("a role change for someone outside the group or in an unknown group is refused", "[sync][groups]")
{
    Fixture f;
    const auto stranger = crypto::SigningKeyPair::generate().publicKey();
    auto outside = f.engine->setGroupMemberRole(f.groupId, stranger, cases::GroupRole::Admin);
    REQUIRE_FALSE(outside);
    CHECK(outside.error().code == ErrorCode::NotFound);
    CHECK(outside.error().message.contains(QStringLiteral("is not a member of group Hand board")));
    auto unknown = f.engine->setGroupMemberRole(QUuid::createUuid(), f.key(f.ben), cases::GroupRole::Admin);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.startsWith(QStringLiteral("no group")));
    CHECK(roleOf(*f.store, f.groupId, f.ben) == cases::GroupRole::Member);
}

TEST_CASE("the last owner of a group can be neither demoted nor removed, but can step down beside a second owner",
          "[sync][groups]")
{
    Fixture f;
    const auto self = f.key(f.self());
    for (const cases::GroupRole role : {cases::GroupRole::Admin, cases::GroupRole::Member}) {
        auto demoted = f.engine->setGroupMemberRole(f.groupId, self, role);
        REQUIRE_FALSE(demoted);
        CHECK(demoted.error().code == ErrorCode::PermissionDenied);
        CHECK(demoted.error().message.contains(QStringLiteral("the last owner of group Hand board cannot be demoted")));
        CHECK(roleOf(*f.store, f.groupId, f.self()) == cases::GroupRole::Owner);
    }
    auto group = f.store->groups().find(f.groupId);
    REQUIRE(group);
    CHECK(sync::isLastOwner(**group, f.self()));
    CHECK_FALSE(sync::isLastOwner(**group, f.ben));

    // Ben becomes an owner too: now ada may step down to admin, and ben is the last owner.
    REQUIRE(f.engine->setGroupMemberRole(f.groupId, f.key(f.ben), cases::GroupRole::Owner));
    REQUIRE(f.engine->setGroupMemberRole(f.groupId, self, cases::GroupRole::Admin));
    CHECK(roleOf(*f.store, f.groupId, f.self()) == cases::GroupRole::Admin);
    auto benDemoted = f.engine->setGroupMemberRole(f.groupId, f.key(f.ben), cases::GroupRole::Member);
    REQUIRE_FALSE(benDemoted);
    CHECK(benDemoted.error().code == ErrorCode::PermissionDenied);
    auto benRemoved = f.engine->removeGroupMember(f.groupId, f.key(f.ben));
    REQUIRE_FALSE(benRemoved);
    CHECK(benRemoved.error().message.contains(QStringLiteral("the last owner of group Hand board cannot be removed")));
    CHECK(roleOf(*f.store, f.groupId, f.ben) == cases::GroupRole::Owner);
    // This profile never leaves its own group (its cases would lose their author).
    auto selfRemoved = f.engine->removeGroupMember(f.groupId, self);
    REQUIRE_FALSE(selfRemoved);
    CHECK(selfRemoved.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("group roles map onto the case membership roles of docs/protocol.md § 11.3", "[sync][groups]")
{
    CHECK(sync::caseRole(cases::GroupRole::Owner) == crypto::MemberRole::Owner);
    CHECK(sync::caseRole(cases::GroupRole::Admin) == crypto::MemberRole::Admin);
    CHECK(sync::caseRole(cases::GroupRole::Member) == crypto::MemberRole::Member);
}

// Case membership by hand (SyncEngine::addCaseMembers, removeCaseMember; core/sync's
// CaseSharing): the refusals that need no relay. What reaches whom is checked end to end in
// tests/sync/SyncIntegrationTest.cpp's case-members case.
TEST_CASE("who a case is shared with is read from its membership and its rules refuse bad changes plainly",
          "[sync][cases]")
{
    Fixture f;
    sync::CaseDraft draft;
    draft.title = QStringLiteral("Boxer's fracture");
    auto shared = f.engine->publishCase(draft); // private to ada: she alone is its member (and owner)
    REQUIRE(shared);
    auto sharing = sync::readCaseSharing(f.engine->profile(), *shared);
    REQUIRE(sharing);
    CHECK(sharing->shared);
    REQUIRE(sharing->members.size() == 1);
    CHECK(sharing->members.first().isSelf);
    CHECK(sharing->members.first().displayName == QStringLiteral("Dr. Ada Roe"));
    CHECK(sharing->ownRole == crypto::MemberRole::Owner);
    CHECK(sharing->mayAdd());
    CHECK_FALSE(sharing->mayRemove(sharing->members.first()));
    sync::CaseMemberInfo other;
    other.role = crypto::MemberRole::Admin;
    CHECK(sharing->mayRemove(other));
    other.role = crypto::MemberRole::Owner;
    CHECK_FALSE(sharing->mayRemove(other));

    auto nobody = f.engine->addCaseMembers(*shared, {});
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().code == ErrorCode::InvalidArgument);
    CHECK(f.engine->addCaseMembers(*shared, {f.key(f.self())}).value_or(-1) == 0); // already its owner
    // Ben is a contact row, but this profile never verified his devices: he cannot be given keys.
    auto unverified = f.engine->addCaseMembers(*shared, {f.key(f.ben)});
    REQUIRE_FALSE(unverified);
    CHECK(unverified.error().message.contains(QStringLiteral("is not a contact")));
    auto unknownCase = f.engine->addCaseMembers(QUuid::createUuid(), {f.key(f.ben)});
    REQUIRE_FALSE(unknownCase);
    CHECK(unknownCase.error().code == ErrorCode::NotFound);
    CHECK(unknownCase.error().message.startsWith(QStringLiteral("no case ")));

    auto self = f.engine->removeCaseMember(*shared, f.key(f.self()));
    REQUIRE_FALSE(self);
    CHECK(self.error().code == ErrorCode::PermissionDenied);
    auto outsider = f.engine->removeCaseMember(*shared, f.key(f.ben));
    REQUIRE_FALSE(outsider);
    CHECK(outsider.error().code == ErrorCode::NotFound);
    CHECK(outsider.error().message.contains(QStringLiteral("is not a member of case")));
    // Nothing changed: still ada alone, in the case's first epoch.
    auto after = sync::readCaseSharing(f.engine->profile(), *shared);
    REQUIRE(after);
    CHECK(after->members.size() == 1);

    // A case kept on this computer has no members to show or change.
    auto local = sync::storeCaseLocally(*f.store, draft);
    REQUIRE(local);
    auto localSharing = sync::readCaseSharing(*f.store, *local);
    REQUIRE(localSharing);
    CHECK_FALSE(localSharing->shared);
    CHECK(localSharing->ownCase);
    CHECK(localSharing->members.isEmpty());
    CHECK_FALSE(localSharing->mayAdd());
    auto addLocal = f.engine->addCaseMembers(*local, {f.key(f.ben)});
    REQUIRE_FALSE(addLocal);
    CHECK(addLocal.error().message.contains(QStringLiteral("kept on this computer only")));

    // Ben's case written into the store directly (as the offline demo does): not "only here".
    cases::Case fromBen;
    fromBen.id = QUuid::createUuid();
    fromBen.authorIdentity = f.ben;
    fromBen.title = QStringLiteral("Mallet finger");
    fromBen.createdAt = QDateTime::currentDateTimeUtc();
    fromBen.updatedAt = fromBen.createdAt;
    REQUIRE(f.store->cases().save(fromBen));
    auto benSharing = sync::readCaseSharing(f.engine->profile(), fromBen.id);
    REQUIRE(benSharing);
    CHECK_FALSE(benSharing->shared);
    CHECK_FALSE(benSharing->ownCase);
}
