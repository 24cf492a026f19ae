#include "ui/people/AddCaseMembersDialog.h"

#include "core/store/StoreHost.h"
#include "ui/people/ContactChecklist.h"
#include "ui/sync/SyncController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

AddCaseMembersDialog::AddCaseMembersDialog(store::StoreHost& host, SyncController& sync, const QUuid& caseId,
                                           const QString& caseTitle, const QSet<QByteArray>& members, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_caseId(caseId)
    , m_members(members)
    , m_contacts(new ContactChecklist(this))
    , m_groups(new QComboBox(this))
    , m_selectGroup(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addCaseMembersDialog"));
    //: Title of the dialog that shares a case with more colleagues; %1 is the case's title.
    setWindowTitle(tr("Add People to “%1”").arg(caseTitle));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The people you add get this case's text, images and discussion so far, and everything that "
                      "follows. They join as members: they can read and comment, but not add or remove anyone."));
    auto* listLabel = new QLabel(tr("&Colleagues:"), this);
    listLabel->setBuddy(m_contacts);
    m_contacts->setObjectName(QStringLiteral("addMembersContacts"));
    m_contacts->setMinimumHeight(180);

    auto* groupLabel = new QLabel(tr("Everyone in a &group:"), this);
    groupLabel->setBuddy(m_groups);
    m_groups->setObjectName(QStringLiteral("addMembersGroups"));
    m_groups->setAccessibleName(tr("Group"));
    //: In the Add People dialog, when the profile has no groups.
    m_groups->setPlaceholderText(tr("No groups yet"));
    m_selectGroup->setObjectName(QStringLiteral("selectGroupButton"));
    //: Ticks every member of the chosen group in the list above.
    m_selectGroup->setText(tr("&Select Members"));
    m_selectGroup->setToolTip(tr("Tick every contact who belongs to the chosen group"));
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(groupLabel);
    groupRow->addWidget(m_groups, 1);
    groupRow->addWidget(m_selectGroup);

    m_status->setObjectName(QStringLiteral("addMembersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addMembersButton"));
    m_add->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddCaseMembersDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(groupRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(460, 420);

    connect(m_contacts, &ContactChecklist::checkedChanged, this, [this] {
        m_status->clear();
        updateButtons();
    });
    connect(m_selectGroup, &QPushButton::clicked, this, [this] {
        const QList<QByteArray> members = m_groupMembers.value(m_groups->currentData().toUuid());
        const int ticked = m_contacts->check(members);
        if (ticked == 0)
            //: After "Select Members": nobody new could be ticked.
            m_status->setText(
                tr("Everyone in this group is ticked already, has access, or is not among your contacts."));
    });
    updateButtons();

    host.run(
        this, [](store::Store& store) { return readPeopleDirectory(store); },
        [this](Result<PeopleDirectory> directory) {
            m_loaded = true;
            if (!directory) {
                m_status->setText(directory.error().message);
                return updateButtons();
            }
            //: Shown after a contact who can already read the case, in the Add People list.
            m_contacts->setContacts(directory->contacts, {}, m_members, tr("already has access"));
            for (const cases::Group& group : directory->groups) {
                QList<QByteArray> keys;
                for (const cases::GroupMember& member : group.members)
                    keys.append(member.identityKey);
                m_groupMembers.insert(group.id, keys);
                //: A group in the Add People dialog: %1 its name, %n its members.
                m_groups->addItem(tr("%1 (%n member(s))", nullptr, int(group.members.size())).arg(group.name),
                                  group.id);
            }
            // With a placeholder, a filled combo box would still show it: the first group instead.
            if (m_groups->count() > 0)
                m_groups->setCurrentIndex(0);
            updateButtons();
        });
}

void AddCaseMembersDialog::updateButtons()
{
    const bool haveGroups = m_groups->count() > 0;
    m_groups->setEnabled(!m_busy && haveGroups);
    m_selectGroup->setEnabled(!m_busy && haveGroups);
    const bool chosen = !m_contacts->checkedIdentities().isEmpty();
    m_add->setEnabled(m_loaded && !m_busy && chosen);
    m_add->setToolTip(chosen ? tr("Share the case with the ticked colleagues")
                             : tr("Tick at least one colleague who does not have access yet"));
    m_contacts->setEnabled(!m_busy);
}

void AddCaseMembersDialog::submit()
{
    const QList<QByteArray> chosen = m_contacts->checkedIdentities();
    if (chosen.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_status->setText(tr("Sharing the case…"));
    updateButtons();
    m_sync.addCaseMembers(m_caseId, chosen, this, [this](Result<int> added) {
        m_busy = false;
        if (!added) {
            //: The case could not be shared with the chosen people; %1 says why.
            m_status->setText(tr("Nobody was added: %1").arg(added.error().message));
            return updateButtons();
        }
        Q_EMIT this->added(*added);
        accept();
    });
}

} // namespace consilium::ui
