#pragma once

#include "ui/people/PeopleData.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class AddContactDialog;
class ContactDetail;
class ContactListModel;
class EmptyState;
class InviteDialog;
class SyncController;

/// People: the profile's contacts (name, profession, whether the safety number was compared),
/// "Add Contact…" from a colleague's invitation code, "My Invite Code…", and on the right the
/// selected contact with the safety number to compare and "Mark as Verified". Reads the store
/// through the StoreHost; adds contacts through the SyncController (null: cannot add).
class PeoplePage : public QWidget {
    Q_OBJECT

public:
    PeoplePage(store::StoreHost& host, SyncController* sync, QWidget* parent = nullptr);

    /// Reads the contacts again (after a sync, or when shown).
    void reload();
    /// Opens the Add Contact dialog (window-modal) and returns it.
    AddContactDialog* addContact();
    /// Opens this profile's invitation and returns it.
    InviteDialog* showInvite();
    /// Selects a contact by identity key; false when it is not listed.
    bool selectContact(const QByteArray& identityKey);

    [[nodiscard]] ContactListModel* model() const { return m_model; }
    [[nodiscard]] ContactDetail* detail() const { return m_detail; }
    [[nodiscard]] QListView* view() const { return m_view; }
    /// Becomes true after each reload; for tests.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    /// A contact was added or marked; other pages (groups, feed) may show it differently now.
    void peopleChanged();
    void errorOccurred(const QString& message);

private:
    void showSnapshot(const PeopleSnapshot& snapshot);
    void showSelected();
    void setVerified(const QByteArray& identityKey, bool verified);

    store::StoreHost& m_host;
    QPointer<SyncController> m_sync;
    ContactListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    ContactDetail* m_detail = nullptr;
    EmptyState* m_empty = nullptr;
    EmptyState* m_noSelection = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_invite = nullptr;
    QByteArray m_selfKey;
    QByteArray m_pendingSelection;
    bool m_loaded = false;
};

} // namespace consilium::ui
