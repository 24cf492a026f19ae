#include "ui/people/PeopleData.h"

#include "core/store/Store.h"

#include <QCollator>

#include <algorithm>

namespace consilium::ui {

Result<PeopleSnapshot> loadPeople(store::Store& store)
{
    PeopleSnapshot snapshot;
    auto self = store.people().self();
    if (!self)
        return tl::unexpected(self.error());
    if (self->has_value())
        snapshot.self = **self;
    auto contacts = store.people().contacts();
    if (!contacts)
        return tl::unexpected(contacts.error());
    for (const cases::Person& person : *contacts) {
        if (person.isSelf)
            continue;
        auto devices = store.people().devices(person.identityKey);
        if (!devices)
            return tl::unexpected(devices.error());
        const auto current = std::count_if(devices->cbegin(), devices->cend(),
                                           [](const store::DeviceRecord& device) { return !device.revoked; });
        snapshot.contacts.append({person, int(current)});
    }
    auto groups = store.groups().list();
    if (!groups)
        return tl::unexpected(groups.error());
    snapshot.groups = *groups;
    if (!snapshot.self.identityKey.isEmpty()) {
        auto devices = store.people().devices(snapshot.self.identityKey);
        if (!devices)
            return tl::unexpected(devices.error());
        snapshot.ownDevices = *devices;
        auto keys = store.keyring().device();
        if (!keys)
            return tl::unexpected(keys.error());
        if (keys->has_value())
            snapshot.thisDevice = (*keys)->deviceId().bytes();
    }
    // Names sort as people expect in the user's language (accents, case).
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(snapshot.contacts.begin(), snapshot.contacts.end(), [&](const ContactEntry& a, const ContactEntry& b) {
        return collator.compare(a.person.displayName, b.person.displayName) < 0;
    });
    std::sort(snapshot.groups.begin(), snapshot.groups.end(),
              [&](const cases::Group& a, const cases::Group& b) { return collator.compare(a.name, b.name) < 0; });
    return snapshot;
}

QString groupedHex(const QByteArray& bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

QString groupedDigits(const QString& digits)
{
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 5)
        groups.append(digits.mid(i, 5));
    return groups.join(u' ');
}

} // namespace consilium::ui
