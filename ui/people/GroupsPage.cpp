#include "ui/people/GroupsPage.h"

#include "core/store/StoreHost.h"
#include "core/sync/GroupMembership.h"
#include "core/sync/SyncProfile.h"
#include "ui/common/EmptyState.h"
#include "ui/people/ContactDetail.h"
#include "ui/sync/SyncController.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace consilium::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString roleName(cases::GroupRole role)
{
    switch (role) {
    case cases::GroupRole::Owner:
        //: A group member's role.
        return GroupsPage::tr("Owner");
    case cases::GroupRole::Admin:
        return GroupsPage::tr("Admin");
    case cases::GroupRole::Member:
        break;
    }
    return GroupsPage::tr("Member");
}

// What a role allows, in the cases shared with the group (docs/protocol.md § 11.3).
QString roleDescription(cases::GroupRole role)
{
    switch (role) {
    case cases::GroupRole::Owner:
        //: Tooltip of the Owner role in a group's Change Role menu.
        return GroupsPage::tr("May add and remove anyone and change roles in the cases shared with the group");
    case cases::GroupRole::Admin:
        return GroupsPage::tr("May add and remove members and admins in the cases shared with the group");
    case cases::GroupRole::Member:
        break;
    }
    return GroupsPage::tr("Reads and comments on the cases shared with the group");
}

} // namespace

GroupsPage::GroupsPage(store::StoreHost& host, SyncController* sync, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_sync(sync)
{
    //: Title of the Groups page.
    auto* title = new QLabel(tr("Groups"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Group…"), this);
    m_new->setToolTip(tr("Create a group of contacts to publish cases to"));
    connect(m_new, &QPushButton::clicked, this, &GroupsPage::askNewGroup);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 12, 16, 8);
    header->setSpacing(8);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_new);

    m_groups = new QListWidget(this);
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setMinimumWidth(240);
    m_groups->setSpacing(2);
    connect(m_groups, &QListWidget::currentRowChanged, this, &GroupsPage::showGroup);

    m_groupTitle = new QLabel(this);
    QFont groupFont = font();
    groupFont.setPointSizeF(groupFont.pointSizeF() * 1.25);
    groupFont.setBold(true);
    m_groupTitle->setFont(groupFont);
    m_members = new QTreeWidget(this);
    m_members->setAccessibleName(tr("Members"));
    m_members->setHeaderLabels({tr("Name"), tr("Profession"), tr("Role")});
    m_members->setRootIsDecorated(false);
    m_members->setIconSize(QSize(28, 28));
    m_members->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_addMember = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("&Add Member…"), this);
    m_addMember->setToolTip(tr("Add one of your contacts; cases published from now on include them"));
    m_removeMember = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove-user")), tr("&Remove Member"), this);
    connect(m_addMember, &QPushButton::clicked, this, &GroupsPage::askAddMember);
    connect(m_removeMember, &QPushButton::clicked, this, &GroupsPage::askRemoveMember);

    // Change Role: one checkable action per role, shared by the button's menu and the member
    // list's context menu; the checked one is the selected member's role.
    //: Button that opens a menu of roles for the selected group member.
    m_changeRole = new QPushButton(QIcon::fromTheme(QStringLiteral("system-users")), tr("Change R&ole"), this);
    m_changeRole->setAccessibleName(tr("Change the selected member's role"));
    //: The role submenu of a group member's context menu.
    m_roleMenu = new QMenu(tr("R&ole"), this);
    m_roleMenu->setToolTipsVisible(true);
    m_roles = new QActionGroup(this);
    m_roles->setExclusive(true);
    for (const cases::GroupRole role : {cases::GroupRole::Owner, cases::GroupRole::Admin, cases::GroupRole::Member}) {
        QAction* action = m_roleMenu->addAction(roleName(role));
        action->setCheckable(true);
        action->setData(int(role));
        action->setToolTip(roleDescription(role));
        action->setStatusTip(roleDescription(role));
        m_roles->addAction(action);
        connect(action, &QAction::triggered, this, [this, role] {
            const QTreeWidgetItem* item = m_members->currentItem();
            if (item && item->data(2, kIdRole).toInt() != int(role))
                setMemberRole(currentGroup(), item->data(0, kIdRole).toByteArray(), role);
            updateMemberActions(); // the check mark follows the stored role, not the click
        });
    }
    m_changeRole->setMenu(m_roleMenu);
    m_memberMenu = new QMenu(this);
    m_memberMenu->setToolTipsVisible(true);
    m_memberMenu->addMenu(m_roleMenu);
    m_memberMenu->addSeparator();
    QAction* remove = m_memberMenu->addAction(m_removeMember->icon(), tr("&Remove Member…"));
    connect(remove, &QAction::triggered, this, &GroupsPage::askRemoveMember);
    connect(m_members, &QTreeWidget::currentItemChanged, this, &GroupsPage::updateMemberActions);
    m_members->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_members, &QWidget::customContextMenuRequested, this, &GroupsPage::showMemberMenu);
    auto* note = new QLabel(tr("Removing a member moves every case shared with the group to a new key: they keep "
                               "what they already received but cannot read anything written afterwards."),
                            this);
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    note->setPalette(muted);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_changeRole);
    buttons->addWidget(m_removeMember);
    buttons->addStretch(1);

    m_detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(20, 12, 20, 16);
    detailLayout->setSpacing(10);
    detailLayout->addWidget(m_groupTitle);
    detailLayout->addWidget(m_members, 1);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(note);
    detailLayout->addWidget(m_status);
    m_empty = new EmptyState(this);
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/consilium.svg")));
    m_detailStack = new QStackedWidget(this);
    m_detailStack->addWidget(m_empty);
    m_detailStack->addWidget(m_detail);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    reload();
}

void GroupsPage::reload()
{
    m_host.run(
        this, [](store::Store& store) { return loadPeople(store); },
        [this](Result<PeopleSnapshot> snapshot) {
            if (!snapshot)
                return report(tr("Cannot read the groups: %1").arg(snapshot.error().message), true);
            showSnapshot(*snapshot);
        });
}

void GroupsPage::showSnapshot(const PeopleSnapshot& snapshot)
{
    const QUuid selected = m_pendingSelection.isNull() ? currentGroup() : m_pendingSelection;
    m_pendingSelection = {};
    m_snapshot = snapshot;
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const cases::Group& group : snapshot.groups) {
        //: A group in the list: its name, then how many members it has.
        auto* item =
            new QListWidgetItem(tr("%1\n%n member(s)", nullptr, int(group.members.size())).arg(group.name), m_groups);
        item->setData(kIdRole, group.id);
        item->setSizeHint(QSize(0, 48));
    }
    if (!selectGroup(selected) && m_groups->count() > 0)
        m_groups->setCurrentRow(0);
    // An empty list beside "No groups yet" says nothing: the explanation gets the page.
    m_groups->setVisible(!snapshot.groups.isEmpty());
    showGroup();
    Q_EMIT loaded();
}

QUuid GroupsPage::currentGroup() const
{
    const QListWidgetItem* item = m_groups->currentItem();
    return item ? item->data(kIdRole).toUuid() : QUuid();
}

bool GroupsPage::selectGroup(const QUuid& id)
{
    for (int row = 0; row < m_groups->count(); ++row) {
        if (!id.isNull() && m_groups->item(row)->data(kIdRole).toUuid() == id) {
            m_groups->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

const ContactEntry* GroupsPage::contact(const QByteArray& identityKey) const
{
    for (const ContactEntry& entry : m_snapshot.contacts) {
        if (entry.person.identityKey == identityKey)
            return &entry;
    }
    return nullptr;
}

void GroupsPage::showGroup()
{
    const QUuid id = currentGroup();
    const auto found = std::find_if(m_snapshot.groups.cbegin(), m_snapshot.groups.cend(),
                                    [&](const cases::Group& group) { return group.id == id; });
    if (found == m_snapshot.groups.cend()) {
        m_empty->setTitle(m_snapshot.groups.isEmpty() ? tr("No groups yet") : tr("Select a group"));
        m_empty->setText(tr("A group is a list of contacts you publish cases to together — a department, a "
                            "tumour board, a journal club."));
        m_detailStack->setCurrentWidget(m_empty);
        return;
    }
    m_groupTitle->setText(found->name);
    // The selected member stays selected across a reload (after a role change, for instance).
    const QTreeWidgetItem* previous = m_members->currentItem();
    const QByteArray selectedMember = previous ? previous->data(0, kIdRole).toByteArray() : QByteArray();
    const QSignalBlocker blockMembers(m_members);
    m_members->clear();
    for (const cases::GroupMember& member : found->members) {
        QString name;
        QString profession;
        if (member.identityKey == m_snapshot.self.identityKey) {
            //: The user's own row in a group's member list; %1 is their name.
            name = tr("%1 (you)").arg(m_snapshot.self.displayName);
            profession = m_snapshot.self.profession;
        } else if (const ContactEntry* entry = contact(member.identityKey)) {
            name = entry->person.displayName;
            profession = entry->person.profession;
        } else {
            name = QString::fromLatin1(member.identityKey.toHex().left(16)) + QStringLiteral("…");
        }
        auto* item = new QTreeWidgetItem(m_members, {name, profession, roleName(member.role)});
        item->setIcon(0, QIcon(avatarPixmap(name, member.identityKey, 28, devicePixelRatioF())));
        item->setData(0, kIdRole, member.identityKey);
        item->setData(2, kIdRole, int(member.role));
        item->setToolTip(2, roleDescription(member.role));
        if (!selectedMember.isEmpty() && member.identityKey == selectedMember)
            m_members->setCurrentItem(item);
    }
    m_addMember->setEnabled(true);
    updateMemberActions();
    m_detailStack->setCurrentWidget(m_detail);
}

QAction* GroupsPage::roleAction(cases::GroupRole role) const
{
    for (QAction* action : m_roles->actions()) {
        if (action->data().toInt() == int(role))
            return action;
    }
    return nullptr;
}

QMenu* GroupsPage::memberMenu()
{
    updateMemberActions();
    return m_memberMenu;
}

// Enables Change Role and Remove Member for the selected member, each with the reason when not.
void GroupsPage::updateMemberActions()
{
    const QTreeWidgetItem* item = m_members->currentItem();
    const QUuid id = currentGroup();
    const auto group = std::find_if(m_snapshot.groups.cbegin(), m_snapshot.groups.cend(),
                                    [&](const cases::Group& g) { return g.id == id; });
    const QByteArray key = item ? item->data(0, kIdRole).toByteArray() : QByteArray();
    const bool self = item && key == m_snapshot.self.identityKey;
    const bool lastOwner = item && group != m_snapshot.groups.cend() && sync::isLastOwner(*group, key);
    const auto role = item ? std::optional(cases::GroupRole(item->data(2, kIdRole).toInt())) : std::nullopt;

    QString roleReason;
    if (!item)
        roleReason = tr("Select a member to change their role");
    else if (lastOwner)
        //: Why the last owner's role cannot be changed.
        roleReason = self ? tr("You are the group's only owner: make another member an owner first")
                          : tr("%1 is the group's only owner: make another member an owner first").arg(item->text(0));
    m_changeRole->setEnabled(roleReason.isEmpty());
    m_roleMenu->setEnabled(roleReason.isEmpty());
    m_changeRole->setToolTip(roleReason.isEmpty()
                                 ? tr("Change what %1 may do in the cases shared with this group").arg(item->text(0))
                                 : roleReason);
    for (QAction* action : m_roles->actions())
        action->setChecked(role && action->data().toInt() == int(*role));

    QString removeReason;
    if (!item)
        removeReason = tr("Select a member to remove");
    else if (self)
        removeReason = tr("You cannot leave your own group: the cases you shared with it are yours");
    else if (lastOwner)
        removeReason = tr("%1 is the group's only owner: make another member an owner first").arg(item->text(0));
    m_removeMember->setEnabled(removeReason.isEmpty());
    m_removeMember->setToolTip(removeReason.isEmpty()
                                   ? tr("Remove the selected member; cases shared with the group move to a new key")
                                   : removeReason);
    for (QAction* action : m_memberMenu->actions()) {
        if (action->menu() == nullptr && !action->isSeparator()) {
            action->setEnabled(removeReason.isEmpty());
            action->setToolTip(m_removeMember->toolTip());
        }
    }
}

// Right click, or the Menu key / Shift+F10 on the current member (then the menu opens at its row).
void GroupsPage::showMemberMenu(const QPoint& position)
{
    if (QTreeWidgetItem* clicked = m_members->itemAt(position))
        m_members->setCurrentItem(clicked);
    const QTreeWidgetItem* item = m_members->currentItem();
    if (!item)
        return;
    const QRect row = m_members->visualItemRect(item);
    const QPoint at = row.contains(position) ? position : row.bottomLeft();
    memberMenu()->popup(m_members->viewport()->mapToGlobal(at));
}

void GroupsPage::report(const QString& message, bool error)
{
    m_status->setText(message);
    QPalette palette = this->palette();
    if (error) {
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        Q_EMIT errorOccurred(message);
    }
    m_status->setPalette(palette);
}

void GroupsPage::createGroup(const QString& name)
{
    m_host.run(
        this,
        [name](store::Store& store) -> Result<cases::Group> {
            auto profile = sync::SyncProfile::load(store);
            if (!profile)
                return tl::unexpected(profile.error());
            return sync::createGroup(*profile, name);
        },
        [this](Result<cases::Group> group) {
            if (!group)
                return report(tr("The group was not created: %1").arg(group.error().message), true);
            report(tr("Group “%1” created. Add the contacts who belong in it.").arg(group->name), false);
            m_pendingSelection = group->id;
            reload();
        });
}

void GroupsPage::addMember(const QUuid& groupId, const QByteArray& identityKey)
{
    m_host.run(
        this,
        [groupId, identityKey](store::Store& store) -> Result<cases::Group> {
            auto profile = sync::SyncProfile::load(store);
            if (!profile)
                return tl::unexpected(profile.error());
            auto identity = crypto::SigningPublicKey::fromBytes(identityKey, QStringLiteral("identity key"));
            if (!identity)
                return tl::unexpected(identity.error());
            return sync::addGroupMember(*profile, groupId, *identity);
        },
        [this, identityKey](Result<cases::Group> group) {
            if (!group)
                return report(tr("Not added: %1").arg(group.error().message), true);
            const ContactEntry* entry = contact(identityKey);
            report(tr("%1 is in “%2”: cases you publish to the group from now on include them.")
                       .arg(entry ? entry->person.displayName : tr("The contact"), group->name),
                   false);
            m_pendingSelection = group->id;
            reload();
        });
}

void GroupsPage::removeMember(const QUuid& groupId, const QByteArray& identityKey)
{
    if (!m_sync)
        return report(tr("This profile does not sync with a relay, so members cannot be removed."), true);
    m_sync->removeGroupMember(groupId, identityKey, this, [this, groupId](Result<int> rotated) {
        if (!rotated)
            return report(tr("Not removed: %1").arg(rotated.error().message), true);
        //: %n is how many shared cases moved to a new key.
        report(tr("Removed. %n shared case(s) moved to a new key.", nullptr, *rotated), false);
        m_pendingSelection = groupId;
        reload();
    });
}

void GroupsPage::setMemberRole(const QUuid& groupId, const QByteArray& identityKey, cases::GroupRole role)
{
    if (!m_sync)
        return report(tr("This profile does not sync with a relay, so roles cannot be changed."), true);
    const ContactEntry* entry = contact(identityKey);
    const bool self = identityKey == m_snapshot.self.identityKey;
    const QString name = entry ? entry->person.displayName : tr("The member");
    m_sync->setGroupMemberRole(
        groupId, identityKey, role, this, [this, groupId, name, self, role](Result<int> rotated) {
            if (!rotated)
                return report(tr("The role was not changed: %1").arg(rotated.error().message), true);
            const auto group = std::find_if(m_snapshot.groups.cbegin(), m_snapshot.groups.cend(),
                                            [&](const cases::Group& g) { return g.id == groupId; });
            const QString groupName = group != m_snapshot.groups.cend() ? group->name : QString();
            //: %1 is a role (Owner, Admin, Member), %2 the group.
            QString message = self ? tr("You now have the role %1 in “%2”.").arg(roleName(role), groupName)
                                   //: %1 is a person, %2 a role (Owner, Admin, Member), %3 the group.
                                   : tr("%1 now has the role %2 in “%3”.").arg(name, roleName(role), groupName);
            if (*rotated > 0)
                //: %n is how many shared cases recorded the role change in a new key epoch.
                message +=
                    u' ' + tr("The change is recorded in %n shared case(s), under a new key.", nullptr, *rotated);
            report(message, false);
            m_pendingSelection = groupId;
            reload();
        });
}

void GroupsPage::askNewGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Group"), tr("Group name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        createGroup(name);
}

void GroupsPage::askAddMember()
{
    const QUuid id = currentGroup();
    const auto group = std::find_if(m_snapshot.groups.cbegin(), m_snapshot.groups.cend(),
                                    [&](const cases::Group& g) { return g.id == id; });
    if (group == m_snapshot.groups.cend())
        return;
    QStringList names;
    QList<QByteArray> keys;
    for (const ContactEntry& entry : m_snapshot.contacts) {
        const bool member = std::any_of(group->members.cbegin(), group->members.cend(),
                                        [&](const auto& m) { return m.identityKey == entry.person.identityKey; });
        if (!member) {
            names.append(entry.person.displayName);
            keys.append(entry.person.identityKey);
        }
    }
    if (names.isEmpty())
        return report(m_snapshot.contacts.isEmpty()
                          ? tr("You have no contacts yet: add colleagues on the People page first.")
                          : tr("All your contacts are already in this group."),
                      false);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add Member"), tr("Contact to add to “%1”:").arg(group->name),
                                                 names, 0, false, &ok);
    if (ok)
        addMember(id, keys.value(names.indexOf(chosen)));
}

void GroupsPage::askRemoveMember()
{
    const QTreeWidgetItem* item = m_members->currentItem();
    if (!item)
        return;
    const QByteArray key = item->data(0, kIdRole).toByteArray();
    const QString name = item->text(0);
    const auto answer = QMessageBox::question(
        this, tr("Remove Member"),
        tr("Remove %1 from “%2”? Cases shared with the group move to a new key that %1 will not receive.")
            .arg(name, m_groupTitle->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeMember(currentGroup(), key);
}

} // namespace consilium::ui
