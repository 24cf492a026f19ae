#include "ui/people/ContactChecklist.h"

#include "core/store/Store.h"

namespace consilium::ui {

namespace {
constexpr int kIdentityRole = Qt::UserRole;
constexpr int kUnavailableRole = Qt::UserRole + 1;
} // namespace

Result<PeopleDirectory> readPeopleDirectory(store::Store& store)
{
    auto contacts = store.people().contacts();
    if (!contacts)
        return tl::unexpected(contacts.error());
    auto groups = store.groups().list();
    if (!groups)
        return tl::unexpected(groups.error());
    return PeopleDirectory{*contacts, *groups};
}

ContactChecklist::ContactChecklist(QWidget* parent)
    : QListWidget(parent)
{
    //: Accessible name of the list of contacts to share with.
    setAccessibleName(tr("Colleagues"));
    setAlternatingRowColors(true);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT checkedChanged();
    });
}

void ContactChecklist::setContacts(const QList<cases::Person>& contacts, const QList<QByteArray>& checked,
                                   const QSet<QByteArray>& unavailable, const QString& unavailableNote)
{
    m_filling = true;
    clear();
    for (const cases::Person& person : contacts) {
        //: A contact in a list of people to share with: %1 name, %2 profession or specialty.
        const QString detail = person.specialty.isEmpty() ? person.profession : person.specialty;
        QString text = detail.isEmpty() ? person.displayName : tr("%1 — %2").arg(person.displayName, detail);
        const bool blocked = unavailable.contains(person.identityKey);
        if (blocked && !unavailableNote.isEmpty())
            //: A contact who cannot be chosen: %1 the contact, %2 why (e.g. "already has access").
            text = tr("%1 (%2)").arg(text, unavailableNote);
        auto* item = new QListWidgetItem(text, this);
        item->setData(kIdentityRole, person.identityKey);
        item->setData(kUnavailableRole, blocked);
        item->setFlags(blocked ? Qt::ItemIsUserCheckable : (item->flags() | Qt::ItemIsUserCheckable));
        item->setCheckState(blocked || checked.contains(person.identityKey) ? Qt::Checked : Qt::Unchecked);
        if (person.verified)
            //: Tooltip of a contact whose safety number was compared.
            item->setToolTip(tr("Verified"));
    }
    if (contacts.isEmpty()) {
        //: Placeholder entry when the profile has no contacts.
        auto* none = new QListWidgetItem(tr("No contacts yet"), this);
        none->setFlags(Qt::NoItemFlags);
    }
    m_filling = false;
}

QList<QByteArray> ContactChecklist::checkedIdentities() const
{
    QList<QByteArray> identities;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem* entry = item(row);
        if (entry->checkState() == Qt::Checked && !entry->data(kUnavailableRole).toBool()
            && !entry->data(kIdentityRole).toByteArray().isEmpty())
            identities.append(entry->data(kIdentityRole).toByteArray());
    }
    return identities;
}

int ContactChecklist::check(const QList<QByteArray>& identities)
{
    int ticked = 0;
    m_filling = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        if (entry->data(kUnavailableRole).toBool() || !identities.contains(entry->data(kIdentityRole).toByteArray()))
            continue;
        if (entry->checkState() != Qt::Checked) {
            entry->setCheckState(Qt::Checked);
            ++ticked;
        }
    }
    m_filling = false;
    if (ticked > 0)
        Q_EMIT checkedChanged();
    return ticked;
}

} // namespace consilium::ui
