#include "core/store/PeopleRepository.h"

#include "core/store/SqlDatabase.h"
#include "core/store/StoreSupport.h"

namespace consilium::store {

using namespace detail;

namespace {
constexpr auto kPersonColumns = "i.identity_key, i.display_name, i.profession, i.specialty, i.is_self, i.verified";
}

Result<void> PeopleRepository::savePerson(const cases::Person& person, const QByteArray& credential)
{
    if (person.identityKey.size() != 32)
        return fail(QStringLiteral("store"), ErrorCode::InvalidArgument, QStringLiteral("an identity key is 32 bytes"));
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE identities SET display_name=?2, profession=?3, specialty=?4, is_self=?5, verified=?6, "
        "credential=coalesce(?7, credential) WHERE identity_key=?1"));
    if (!update)
        return tl::unexpected(update.error());
    const auto bindAll = [&](SqlStatement& s) {
        s.bind(1, person.identityKey)
            .bind(2, person.displayName)
            .bind(3, person.profession)
            .bind(4, person.specialty)
            .bind(5, person.isSelf)
            .bind(6, person.verified);
        if (credential.isEmpty())
            s.bindNull(7);
        else
            s.bind(7, credential);
    };
    bindAll(*update);
    if (auto ok = update->run(); !ok || m_db.changes() > 0)
        return ok;
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO identities (identity_key, display_name, profession, specialty, is_self, verified, credential, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert)
        return tl::unexpected(insert.error());
    bindAll(*insert);
    insert->bind(8, QDateTime::currentMSecsSinceEpoch());
    return insert->run();
}

Result<QList<cases::Person>> PeopleRepository::queryPeople(const QString& sql, const QByteArray& key)
{
    auto statement = m_db.prepare(sql);
    if (!statement)
        return tl::unexpected(statement.error());
    if (!key.isEmpty())
        statement->bind(1, key);
    QList<cases::Person> people;
    const auto rows = statement->forEach([&] {
        people.append(cases::Person{statement->blob(0), statement->text(1), statement->text(2), statement->text(3),
                                    statement->integer(4) != 0, statement->integer(5) != 0});
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return people;
}

Result<std::optional<cases::Person>> PeopleRepository::person(const QByteArray& identityKey)
{
    auto people = queryPeople(QStringLiteral("SELECT %1 FROM identities i WHERE i.identity_key = ?1")
                                  .arg(QString::fromLatin1(kPersonColumns)),
                              identityKey);
    if (!people)
        return tl::unexpected(people.error());
    return people->isEmpty() ? std::nullopt : std::optional(people->first());
}

Result<std::optional<cases::Person>> PeopleRepository::self()
{
    auto people = queryPeople(
        QStringLiteral("SELECT %1 FROM identities i WHERE i.is_self = 1 LIMIT 1").arg(QString::fromLatin1(kPersonColumns)),
        {});
    if (!people)
        return tl::unexpected(people.error());
    return people->isEmpty() ? std::nullopt : std::optional(people->first());
}

Result<void> PeopleRepository::setVerified(const QByteArray& identityKey, bool verified, const QDateTime& at)
{
    auto statement = m_db.prepare(QStringLiteral("UPDATE identities SET verified = ?2 WHERE identity_key = ?1"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto ok = statement->bind(1, identityKey).bind(2, verified).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("unknown identity"));
    auto stamp = m_db.prepare(QStringLiteral(
        "UPDATE contacts SET verified_at = ?2 WHERE identity_id = (SELECT id FROM identities WHERE identity_key = ?1)"));
    if (!stamp)
        return tl::unexpected(stamp.error());
    stamp->bind(1, identityKey);
    if (verified)
        stamp->bind(2, toMs(at));
    else
        stamp->bindNull(2);
    return stamp->run();
}

Result<void> PeopleRepository::addContact(const QByteArray& identityKey, const QString& note)
{
    auto statement = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO contacts (identity_id, note, verified_at) "
        "SELECT id, ?2, (SELECT verified_at FROM contacts WHERE identity_id = identities.id) "
        "FROM identities WHERE identity_key = ?1"));
    if (!statement)
        return tl::unexpected(statement.error());
    if (auto ok = statement->bind(1, identityKey).bind(2, note).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("unknown identity"));
    return {};
}

Result<QList<cases::Person>> PeopleRepository::contacts()
{
    return queryPeople(QStringLiteral("SELECT %1 FROM identities i JOIN contacts k ON k.identity_id = i.id "
                                      "ORDER BY i.display_name COLLATE NOCASE")
                           .arg(QString::fromLatin1(kPersonColumns)),
                       {});
}

Result<void> PeopleRepository::saveDevice(const QByteArray& identityKey, const DeviceRecord& device)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE devices SET encryption_key=?3, certificate=?4, name=?5, revoked=?6 WHERE signing_key=?2 AND "
        "identity_id = (SELECT id FROM identities WHERE identity_key = ?1)"));
    if (!update)
        return tl::unexpected(update.error());
    const auto bindAll = [&](SqlStatement& s) {
        s.bind(1, identityKey)
            .bind(2, device.signingKey)
            .bind(3, device.encryptionKey)
            .bind(4, device.certificate)
            .bind(5, device.name)
            .bind(6, device.revoked);
    };
    bindAll(*update);
    if (auto ok = update->run(); !ok || m_db.changes() > 0)
        return ok;
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO devices (identity_id, signing_key, encryption_key, certificate, name, revoked, added_at) "
        "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7 FROM identities WHERE identity_key = ?1"));
    if (!insert)
        return tl::unexpected(insert.error());
    bindAll(*insert);
    insert->bind(7, toMs(device.addedAt.isValid() ? device.addedAt : QDateTime::currentDateTimeUtc()));
    if (auto ok = insert->run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(QStringLiteral("store"), ErrorCode::NotFound, QStringLiteral("unknown identity for this device"));
    return {};
}

Result<QList<DeviceRecord>> PeopleRepository::devices(const QByteArray& identityKey)
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT d.signing_key, d.encryption_key, d.certificate, d.name, d.revoked, d.added_at FROM devices d "
        "JOIN identities i ON i.id = d.identity_id WHERE i.identity_key = ?1 ORDER BY d.added_at, d.id"));
    if (!statement)
        return tl::unexpected(statement.error());
    statement->bind(1, identityKey);
    QList<DeviceRecord> devices;
    const auto rows = statement->forEach([&] {
        devices.append(DeviceRecord{statement->blob(0), statement->blob(1), statement->blob(2), statement->text(3),
                                    statement->integer(4) != 0, fromMs(statement->integer(5))});
    });
    if (!rows)
        return tl::unexpected(rows.error());
    return devices;
}

} // namespace consilium::store
