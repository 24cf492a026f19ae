#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QList>

#include <optional>

namespace consilium::store {

class SqlDatabase;

/// A device of a clinician as stored: its public keys and the certificate that binds them to
/// the identity (verified by core/crypto before it is saved here).
struct DeviceRecord {
    QByteArray signingKey;
    QByteArray encryptionKey;
    QByteArray certificate;
    QString name;
    bool revoked = false;
    QDateTime addedAt;
};

/// Identities (the user and everyone they know of), their devices, and which of them are
/// contacts. Not thread-safe (like its SqlDatabase).
class PeopleRepository
{
public:
    explicit PeopleRepository(SqlDatabase& db) : m_db(db) { }

    /// Inserts or updates the person with this identity key.
    Result<void> savePerson(const cases::Person& person, const QByteArray& credential = {});
    Result<std::optional<cases::Person>> person(const QByteArray& identityKey);
    Result<std::optional<cases::Person>> self();
    Result<void> setVerified(const QByteArray& identityKey, bool verified, const QDateTime& at);

    Result<void> addContact(const QByteArray& identityKey, const QString& note = {});
    Result<QList<cases::Person>> contacts();

    /// Adds a device to a known identity, or updates it (e.g. revoked).
    Result<void> saveDevice(const QByteArray& identityKey, const DeviceRecord& device);
    Result<QList<DeviceRecord>> devices(const QByteArray& identityKey);

private:
    Result<QList<cases::Person>> queryPeople(const QString& sql, const QByteArray& key);
    SqlDatabase& m_db;
};

} // namespace consilium::store
