#include "ui/people/PeoplePage.h"

#include "core/store/StoreHost.h"
#include "ui/common/EmptyState.h"
#include "ui/people/AddContactDialog.h"
#include "ui/people/ContactDelegate.h"
#include "ui/people/ContactDetail.h"
#include "ui/people/ContactListModel.h"
#include "ui/people/InviteDialog.h"
#include "ui/sync/SyncController.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace consilium::ui {

PeoplePage::PeoplePage(store::StoreHost& host, SyncController* sync, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_sync(sync)
    , m_model(new ContactListModel(this))
{
    //: Title of the People page.
    auto* title = new QLabel(tr("People"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&Add Contact…"), this);
    m_add->setToolTip(tr("Add a colleague from the invitation code they gave you"));
    m_invite = new QPushButton(QIcon::fromTheme(QStringLiteral("insert-link")), tr("My &Invite Code…"), this);
    m_invite->setToolTip(tr("Show the code (and QR code) a colleague needs to add you"));
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addContact);
    connect(m_invite, &QPushButton::clicked, this, &PeoplePage::showInvite);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 12, 16, 8);
    header->setSpacing(8);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_invite);
    header->addWidget(m_add);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setContentsMargins(16, 0, 16, 6);
    m_error->hide();

    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ContactDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Contacts"));
    m_empty = new EmptyState(this);
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/consilium.svg")));
    m_empty->setTitle(tr("No contacts yet"));
    m_empty->setText(tr("Add a colleague with the invitation code they give you, or send them yours with "
                        "“My Invite Code…”."));
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);
    m_listStack->setMinimumWidth(280);

    m_detail = new ContactDetail(this);
    connect(m_detail, &ContactDetail::verificationRequested, this, &PeoplePage::setVerified);
    m_noSelection = new EmptyState(this);
    m_noSelection->setTitle(tr("Select a contact"));
    m_noSelection->setText(tr("Their safety number appears here, to compare with them."));
    m_noSelection->setNote(QIcon(QStringLiteral(":/icons/lock.svg")), tr("End-to-end encrypted"));
    m_detailStack = new QStackedWidget(this);
    m_detailStack->addWidget(m_noSelection);
    m_detailStack->addWidget(m_detail);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 660});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PeoplePage::showSelected);
    if (m_sync)
        connect(m_sync, &SyncController::received, this, &PeoplePage::reload);
    reload();
}

void PeoplePage::reload()
{
    m_host.run(
        this, [](store::Store& store) { return loadPeople(store); },
        [this](Result<PeopleSnapshot> snapshot) {
            if (!snapshot) {
                m_error->setText(tr("Cannot read the contacts: %1").arg(snapshot.error().message));
                m_error->show();
                Q_EMIT errorOccurred(m_error->text());
                return;
            }
            m_error->hide();
            showSnapshot(*snapshot);
        });
}

void PeoplePage::showSnapshot(const PeopleSnapshot& snapshot)
{
    const QByteArray selected = m_pendingSelection.isEmpty()
                                    ? m_view->currentIndex().data(ContactListModel::IdentityKeyRole).toByteArray()
                                    : m_pendingSelection;
    m_pendingSelection.clear();
    m_selfKey = snapshot.self.identityKey;
    m_detail->setSelfIdentity(m_selfKey);
    m_model->setContacts(snapshot.contacts);
    m_listStack->setCurrentWidget(snapshot.contacts.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    // With nobody to select, the explanation of how to add someone gets the whole page.
    m_detailStack->setVisible(!snapshot.contacts.isEmpty());
    if (!selected.isEmpty())
        selectContact(selected);
    showSelected();
    m_loaded = true;
    Q_EMIT loaded();
}

void PeoplePage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detailStack->setCurrentWidget(m_noSelection);
        return;
    }
    m_detail->setContact(m_model->contacts().at(current.row()));
    m_detailStack->setCurrentWidget(m_detail);
}

bool PeoplePage::selectContact(const QByteArray& identityKey)
{
    const int row = m_model->rowOf(identityKey);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

void PeoplePage::setVerified(const QByteArray& identityKey, bool verified)
{
    m_host.run(
        this,
        [identityKey, verified](store::Store& store) {
            return store.people().setVerified(identityKey, verified, QDateTime::currentDateTimeUtc());
        },
        [this, identityKey](Result<void> done) {
            if (!done) {
                Q_EMIT errorOccurred(tr("Cannot record the verification: %1").arg(done.error().message));
                return;
            }
            m_pendingSelection = identityKey;
            reload();
            Q_EMIT peopleChanged();
        });
}

AddContactDialog* PeoplePage::addContact()
{
    auto* dialog = new AddContactDialog(m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddContactDialog::contactAdded, this, [this](const cases::Person& person) {
        m_pendingSelection = person.identityKey;
        reload();
        Q_EMIT peopleChanged();
    });
    dialog->open();
    return dialog;
}

InviteDialog* PeoplePage::showInvite()
{
    auto* dialog = new InviteDialog(m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace consilium::ui
