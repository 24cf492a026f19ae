#pragma once

#include "ui/people/PeopleData.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class EmptyState;
class SyncController;

/// Groups: named lists of contacts to publish cases to. Create a group (you are its owner), add
/// contacts to it, remove members — removal goes through the sync engine, which moves every case
/// shared with the group to a new key that the removed member never receives — and change a
/// member's role (Owner, Admin, Member: what they may do in the cases shared with the group),
/// which the engine records in those cases' membership. The last owner keeps their role.
class GroupsPage : public QWidget {
    Q_OBJECT

public:
    GroupsPage(store::StoreHost& host, SyncController* sync, QWidget* parent = nullptr);

    void reload();
    /// The actions behind the buttons, without their dialogs (the buttons ask for a name, a
    /// contact or a confirmation first). Results arrive as reload()s or errorOccurred().
    void createGroup(const QString& name);
    void addMember(const QUuid& groupId, const QByteArray& identityKey);
    void removeMember(const QUuid& groupId, const QByteArray& identityKey);
    void setMemberRole(const QUuid& groupId, const QByteArray& identityKey, cases::GroupRole role);
    bool selectGroup(const QUuid& id);

    [[nodiscard]] QListWidget* groupList() const { return m_groups; }
    [[nodiscard]] QTreeWidget* memberList() const { return m_members; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton* removeButton() const { return m_removeMember; }
    /// "Change Role": its menu holds one checkable action per role for the selected member.
    [[nodiscard]] QPushButton* roleButton() const { return m_changeRole; }
    [[nodiscard]] QAction* roleAction(cases::GroupRole role) const;
    /// The member list's context menu for the current member (role actions and Remove Member).
    [[nodiscard]] QMenu* memberMenu();
    [[nodiscard]] const PeopleSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] QUuid currentGroup() const;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString& message);

private:
    void showSnapshot(const PeopleSnapshot& snapshot);
    void showGroup();
    void askNewGroup();
    void askAddMember();
    void askRemoveMember();
    void updateMemberActions();
    void showMemberMenu(const QPoint& position);
    void report(const QString& message, bool error);
    [[nodiscard]] const ContactEntry* contact(const QByteArray& identityKey) const;

    store::StoreHost& m_host;
    QPointer<SyncController> m_sync;
    PeopleSnapshot m_snapshot;
    QListWidget* m_groups = nullptr;
    QTreeWidget* m_members = nullptr;
    QLabel* m_groupTitle = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_removeMember = nullptr;
    QPushButton* m_changeRole = nullptr;
    QMenu* m_roleMenu = nullptr;
    QActionGroup* m_roles = nullptr;
    QMenu* m_memberMenu = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QWidget* m_detail = nullptr;
    EmptyState* m_empty = nullptr;
    QUuid m_pendingSelection;
};

} // namespace consilium::ui
