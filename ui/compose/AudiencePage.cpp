#include "ui/compose/AudiencePage.h"

#include "core/store/Store.h"
#include "core/store/StoreHost.h"
#include "ui/compose/ComposeSession.h"
#include "ui/people/ContactChecklist.h"
#include "ui/sync/SyncController.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace consilium::ui {

AudiencePage::AudiencePage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_private(new QRadioButton(this))
    , m_people(new QRadioButton(this))
    , m_group(new QRadioButton(this))
    , m_choice(new QButtonGroup(this))
    , m_peopleList(new ContactChecklist(this))
    , m_groups(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("audiencePage"));
    //: Title of the publish wizard's step where the readers are chosen.
    setTitle(tr("Choose the Audience"));
    setSubTitle(tr("The case is encrypted for its readers' devices only; the relay never sees its content."));
    m_private->setObjectName(QStringLiteral("privateButton"));
    //: Audience choice: nobody but the author.
    m_private->setText(tr("&Private — only me, on my devices"));
    m_people->setObjectName(QStringLiteral("peopleButton"));
    m_people->setText(tr("Chosen &colleagues:"));
    m_group->setObjectName(QStringLiteral("groupButton"));
    m_group->setText(tr("A &group:"));
    m_choice->addButton(m_private, int(cases::Audience::Private));
    m_choice->addButton(m_people, int(cases::Audience::People));
    m_choice->addButton(m_group, int(cases::Audience::Group));
    m_peopleList->setObjectName(QStringLiteral("peopleList"));
    m_groups->setObjectName(QStringLiteral("groupBox"));
    m_groups->setAccessibleName(tr("Group"));
    m_note->setObjectName(QStringLiteral("audienceNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_private);
    layout->addSpacing(4);
    layout->addWidget(m_people);
    auto* indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addWidget(m_peopleList, 1);
    layout->addLayout(indented, 1);
    layout->addWidget(m_group);
    auto* groupRow = new QVBoxLayout;
    groupRow->setContentsMargins(24, 0, 0, 0);
    groupRow->addWidget(m_groups);
    layout->addLayout(groupRow);
    layout->addWidget(m_note);

    const auto changed = [this] {
        if (m_loading)
            return;
        store();
        updateEnabled();
        m_session.save();
        Q_EMIT completeChanged();
    };
    connect(m_choice, &QButtonGroup::idClicked, this, changed);
    connect(m_peopleList, &ContactChecklist::checkedChanged, this, changed);
    connect(m_groups, &QComboBox::currentIndexChanged, this, changed);
}

void AudiencePage::initializePage()
{
    const ComposeServices& services = m_session.services();
    const bool relay = services.sync && services.sync->state() != SyncState::NotConfigured;
    m_people->setEnabled(relay);
    m_group->setEnabled(relay);
    if (!relay) {
        //: Shown on the audience step when the profile has no relay.
        m_note->setText(tr("No relay is set up for this profile: the case will be kept on this computer only, "
                           "private to you."));
    } else {
        m_note->setText(tr("Only colleagues you added as contacts can be chosen. Each reader's devices get the "
                           "case's key; nobody else can read it."));
    }
    m_loading = true;
    m_choice->button(int(relay ? m_session.draft().audience : cases::Audience::Private))->setChecked(true);
    m_loading = false;
    updateEnabled();
    m_loaded = !services.host;
    if (!services.host)
        return;
    services.host->run(
        this, [](store::Store& store) { return readPeopleDirectory(store); },
        [this](Result<PeopleDirectory> directory) {
            m_loading = true;
            m_peopleList->clear();
            m_groups->clear();
            if (!directory) {
                m_note->setText(directory.error().message);
            } else {
                const ComposeDraft& draft = m_session.draft();
                m_peopleList->setContacts(directory->contacts, draft.people);
                for (const cases::Group& group : directory->groups) {
                    //: A group in the audience list: %1 its name, %n its members.
                    m_groups->addItem(tr("%1 (%n member(s))", nullptr, int(group.members.size())).arg(group.name),
                                      group.id);
                }
                const int index = m_groups->findData(draft.groupId);
                m_groups->setCurrentIndex(index >= 0 ? index : (m_groups->count() > 0 ? 0 : -1));
            }
            m_loading = false;
            m_loaded = true;
            store();
            updateEnabled();
            Q_EMIT completeChanged();
        });
}

void AudiencePage::store()
{
    ComposeDraft& draft = m_session.draft();
    draft.audience = cases::Audience(std::max(0, m_choice->checkedId()));
    draft.people = m_peopleList->checkedIdentities();
    draft.groupId = m_groups->currentData().toUuid();
}

void AudiencePage::updateEnabled()
{
    m_peopleList->setEnabled(m_people->isChecked());
    m_groups->setEnabled(m_group->isChecked() && m_groups->count() > 0);
}

bool AudiencePage::isComplete() const
{
    if (!m_loaded)
        return false;
    switch (cases::Audience(m_choice->checkedId())) {
    case cases::Audience::Private:
        return true;
    case cases::Audience::People:
        return !m_session.draft().people.isEmpty();
    case cases::Audience::Group:
        return !m_session.draft().groupId.isNull();
    }
    return false;
}

} // namespace consilium::ui
