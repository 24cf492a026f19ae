#include "ui/people/GroupsPage.h"

#include "core/store/StoreHost.h"
#include "core/sync/GroupMembership.h"
#include "core/sync/SyncProfile.h"
#include "ui/common/EmptyState.h"
#include "ui/people/ContactDetail.h"
#include "ui/sync/SyncController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    m_removeMember->setToolTip(tr("Remove the selected member; cases shared with the group move to a new key"));
    connect(m_addMember, &QPushButton::clicked, this, &GroupsPage::askAddMember);
    connect(m_removeMember, &QPushButton::clicked, this, &GroupsPage::askRemoveMember);
    connect(m_members, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem* item = m_members->currentItem();
        m_removeMember->setEnabled(item && item->data(2, kIdRole).toInt() != int(cases::GroupRole::Owner));
    });
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
    }
    m_removeMember->setEnabled(false);
    m_addMember->setEnabled(true);
    m_detailStack->setCurrentWidget(m_detail);
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
