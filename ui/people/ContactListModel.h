#pragma once

#include "ui/people/PeopleData.h"

#include <QAbstractListModel>

namespace consilium::ui {

/// The contacts of a PeopleSnapshot as a list (a thin adapter: the snapshot is loaded by the
/// page on the store thread). DisplayRole is the name; the other roles feed ContactDelegate.
class ContactListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ProfessionRole = Qt::UserRole + 1, ///< "physician · radiology"
        IdentityKeyRole, ///< QByteArray
        SafetyVerifiedRole, ///< bool: the safety number was compared
        DeviceCountRole, ///< int
    };

    explicit ContactListModel(QObject* parent = nullptr);

    void setContacts(const QList<ContactEntry>& contacts);
    [[nodiscard]] const QList<ContactEntry>& contacts() const { return m_contacts; }
    /// The row of an identity, or -1.
    [[nodiscard]] int rowOf(const QByteArray& identityKey) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<ContactEntry> m_contacts;
};

} // namespace consilium::ui
