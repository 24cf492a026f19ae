#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"
#include "core/store/PeopleRepository.h"

#include <QList>

namespace consilium::store {
class Store;
}

namespace consilium::ui {

/// One contact as the People page lists it.
struct ContactEntry {
    cases::Person person;
    int deviceCount = 0;
};

/// What the People, Groups and Devices pages read from the store in one go (on the store
/// thread, through StoreHost::run): who this profile is, its contacts, its groups, its devices.
struct PeopleSnapshot {
    cases::Person self; ///< identityKey empty when the profile has no "self" row
    QList<ContactEntry> contacts; ///< sorted by name
    QList<cases::Group> groups; ///< sorted by name
    QList<store::DeviceRecord> ownDevices;
    QByteArray thisDevice; ///< this computer's device key, among ownDevices
};

/// Reads a PeopleSnapshot. Store thread only.
Result<PeopleSnapshot> loadPeople(store::Store& store);

/// `bytes` as lower-case hex in groups of four ("ab12 cd34 …"), for reading key fingerprints aloud.
QString groupedHex(const QByteArray& bytes);
/// Digits in groups of five separated by spaces.
QString groupedDigits(const QString& digits);

} // namespace consilium::ui
