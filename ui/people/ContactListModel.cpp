#include "ui/people/ContactListModel.h"

namespace consilium::ui {

ContactListModel::ContactListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ContactListModel::setContacts(const QList<ContactEntry>& contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactListModel::rowOf(const QByteArray& identityKey) const
{
    for (qsizetype row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts[row].person.identityKey == identityKey)
            return int(row);
    }
    return -1;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactEntry& entry = m_contacts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.person.displayName;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        //: Tooltip of a contact in the People list: profession, then whether the safety number was compared.
        return tr("%1 — %2").arg(data(index, ProfessionRole).toString(), entry.person.verified
                                                                             ? tr("safety number compared")
                                                                             : tr("safety number not compared yet"));
    case ProfessionRole: {
        QStringList parts;
        for (const QString& part : {entry.person.profession, entry.person.specialty}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral(" · "));
    }
    case IdentityKeyRole:
        return entry.person.identityKey;
    case SafetyVerifiedRole:
        return entry.person.verified;
    case DeviceCountRole:
        return entry.deviceCount;
    default:
        return {};
    }
}

} // namespace consilium::ui
