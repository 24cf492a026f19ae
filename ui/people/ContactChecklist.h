#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QListWidget>
#include <QSet>

namespace consilium::store {
class Store;
}

namespace consilium::ui {

/// The profile's contacts and groups, read together on the store thread for a people picker.
struct PeopleDirectory {
    QList<cases::Person> contacts;
    QList<cases::Group> groups;
};
Result<PeopleDirectory> readPeopleDirectory(store::Store& store);

/// The checkable list of contacts both the publish wizard's audience step and the case page's
/// Add People… dialog choose readers from: "Name — profession or specialty", a tooltip for the
/// verified ones, a placeholder row when there are none. Contacts who already have access can be
/// shown checked and disabled, with the reason.
class ContactChecklist : public QListWidget {
    Q_OBJECT

public:
    explicit ContactChecklist(QWidget* parent = nullptr);

    /// Lists `contacts`, checking those in `checked`; those in `unavailable` are shown checked,
    /// disabled and marked with `unavailableNote` (e.g. "already has access").
    void setContacts(const QList<cases::Person>& contacts, const QList<QByteArray>& checked = {},
                     const QSet<QByteArray>& unavailable = {}, const QString& unavailableNote = {});
    /// The identity keys ticked by the user (not the unavailable ones), in list order.
    [[nodiscard]] QList<QByteArray> checkedIdentities() const;
    /// Ticks every listed, available contact among `identities` (a group's members); returns how many.
    int check(const QList<QByteArray>& identities);

Q_SIGNALS:
    /// A tick changed (by the user or by check()).
    void checkedChanged();

private:
    bool m_filling = false;
};

} // namespace consilium::ui
