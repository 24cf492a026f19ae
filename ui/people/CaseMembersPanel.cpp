#include "ui/people/CaseMembersPanel.h"

#include "core/store/StoreHost.h"
#include "ui/feed/CardPainting.h"
#include "ui/people/AddCaseMembersDialog.h"
#include "ui/people/ContactDelegate.h"
#include "ui/sync/SyncController.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

constexpr int kIdentityRole = Qt::UserRole;
constexpr int kRoleRole = Qt::UserRole + 1;
constexpr int kVerifiedRole = Qt::UserRole + 2;
constexpr int kDetailRole = Qt::UserRole + 3;
constexpr int kRowHeight = 44;
constexpr int kAvatar = 28;
constexpr int kMargin = 8;

/// One member: initials, name with the verified tick, profession below, the role as a pill.
class MemberDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {option.rect.width() > 0 ? option.rect.width() : 280, kRowHeight};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = QIcon();
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect rect = option.rect;
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.65f);
        const QString name = index.data().toString();

        const QRectF avatar(rect.left() + kMargin, rect.center().y() - kAvatar / 2.0 + 1, kAvatar, kAvatar);
        painter->setPen(Qt::NoPen);
        painter->setBrush(avatarColour(index.data(kIdentityRole).toByteArray()));
        painter->drawEllipse(avatar);
        QFont initialsFont = option.font;
        initialsFont.setBold(true);
        initialsFont.setPointSizeF(option.font.pointSizeF() * 0.85);
        painter->setFont(initialsFont);
        painter->setPen(Qt::white);
        painter->drawText(avatar, Qt::AlignCenter, initialsOf(name));

        // The role on the right, as a rounded pill.
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        const QString role = index.data(kRoleRole).toString();
        const QFontMetrics smallMetrics(small);
        const int pillWidth = smallMetrics.horizontalAdvance(role) + 14;
        const QRectF pill(rect.right() - kMargin - pillWidth, rect.center().y() - 9, pillWidth, 18);
        QColor pillColour = option.palette.color(QPalette::Highlight);
        pillColour.setAlphaF(selected ? 0.35f : 0.15f);
        painter->setBrush(pillColour);
        painter->drawRoundedRect(pill, 9, 9);
        painter->setFont(small);
        painter->setPen(text);
        painter->drawText(pill, Qt::AlignCenter, role);

        // Name (with the tick) and, below, what they do.
        const int textLeft = int(avatar.right()) + 10;
        const int textRight = int(pill.left()) - 8;
        QFont nameFont = option.font;
        nameFont.setBold(true);
        const QFontMetrics nameMetrics(nameFont);
        const QString detail = index.data(kDetailRole).toString();
        const int nameTop = detail.isEmpty() ? rect.center().y() - nameMetrics.height() / 2 : rect.top() + 5;
        const bool verified = index.data(kVerifiedRole).toBool();
        const int nameSpace = std::max(0, textRight - textLeft - (verified ? 18 : 0));
        const QString shown = nameMetrics.elidedText(name, Qt::ElideRight, nameSpace);
        painter->setFont(nameFont);
        painter->setPen(text);
        painter->drawText(QRect(textLeft, nameTop, nameSpace, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          shown);
        if (verified) {
            const int tickLeft = textLeft + nameMetrics.horizontalAdvance(shown) + 5;
            paintVerifiedBadge(painter, QRectF(tickLeft, nameTop + (nameMetrics.height() - 13) / 2.0, 13, 13));
        }
        if (!detail.isEmpty()) {
            painter->setFont(small);
            painter->setPen(muted);
            painter->drawText(
                QRect(textLeft, nameTop + nameMetrics.height() + 1, textRight - textLeft, smallMetrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                smallMetrics.elidedText(detail, Qt::ElideRight, textRight - textLeft));
        }
        painter->restore();
    }
};

} // namespace

QString memberName(const sync::CaseMemberInfo& member)
{
    if (member.isSelf)
        //: This profile in the list of people a case is shared with.
        return CaseMembersPanel::tr("You");
    if (!member.displayName.isEmpty())
        return member.displayName;
    //: A case member this profile knows nothing about; %1 the start of their identity key.
    return CaseMembersPanel::tr("Unknown colleague (%1)").arg(QString::fromLatin1(member.identityKey.toHex().left(8)));
}

QString caseRoleName(crypto::MemberRole role)
{
    switch (role) {
    case crypto::MemberRole::Owner:
        //: A case member's role.
        return CaseMembersPanel::tr("Owner");
    case crypto::MemberRole::Admin:
        return CaseMembersPanel::tr("Admin");
    case crypto::MemberRole::Member:
        break;
    }
    return CaseMembersPanel::tr("Member");
}

CaseMembersPanel::CaseMembersPanel(store::StoreHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseMembersPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    //: Heading of the case page's list of the people who can read the case.
    m_heading->setText(tr("Shared with"));
    m_note->setObjectName(QStringLiteral("caseMembersNote"));
    m_note->setWordWrap(true);
    QPalette notePalette = m_note->palette();
    QColor muted = notePalette.color(QPalette::WindowText);
    muted.setAlphaF(0.7f);
    notePalette.setColor(QPalette::WindowText, muted);
    m_note->setPalette(notePalette);

    m_list->setObjectName(QStringLiteral("caseMembersList"));
    //: Accessible name of the list of people a case is shared with.
    m_list->setAccessibleName(tr("People who can read this case"));
    m_list->setItemDelegate(new MemberDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMaximumWidth(520); // a compact list: the role stays near the name on a wide page
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));

    m_add->setObjectName(QStringLiteral("addPeopleButton"));
    //: Opens the dialog that shares the case with more colleagues.
    m_add->setText(tr("&Add People…"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add-user")));
    m_remove->setObjectName(QStringLiteral("removeFromCaseButton"));
    //: Removes the selected person from the case (after a confirmation).
    m_remove->setText(tr("Re&move from Case…"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove-user")));
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { askRemoveSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    // Delete (or Backspace, as on a Mac keyboard) on the list does what the button does.
    m_list->installEventFilter(this);
    // The context menu (right click or the Menu key): popped up, not run in a loop of its own.
    const auto showMenu = [this](const QPoint& at) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setObjectName(QStringLiteral("caseMemberMenu"));
        QAction* remove = menu->addAction(m_remove->icon(), m_remove->text());
        remove->setEnabled(m_remove->isEnabled());
        remove->setToolTip(m_remove->toolTip());
        menu->setToolTipsVisible(true);
        connect(remove, &QAction::triggered, this, [this] { askRemoveSelected(); });
        menu->popup(m_list->viewport()->mapToGlobal(at));
    };
    connect(m_list, &QListWidget::customContextMenuRequested, this, showMenu);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 10, 0, 2);
    header->addWidget(m_heading);
    header->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 2, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    present();
}

bool CaseMembersPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_remove->isEnabled()) {
            askRemoveSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseMembersPanel::setSyncController(SyncController* sync)
{
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncController::statusChanged, this, &CaseMembersPanel::updateButtons);
    updateButtons();
}

void CaseMembersPanel::setCase(const QUuid& caseId, const QString& title)
{
    if (caseId != m_caseId) {
        m_sharing = {};
        m_loaded = false;
        present();
    }
    m_caseId = caseId;
    m_title = title;
    reload();
}

void CaseMembersPanel::reload()
{
    if (m_caseId.isNull())
        return;
    const QUuid caseId = m_caseId;
    m_host.run(
        this, [caseId](store::Store& store) { return sync::readCaseSharing(store, caseId); },
        [this, caseId](Result<sync::CaseSharing> sharing) {
            if (caseId != m_caseId)
                return; // another case was opened meanwhile
            if (!sharing) {
                Q_EMIT errorOccurred(tr("Who can read the case could not be read: %1").arg(sharing.error().message));
                return;
            }
            m_sharing = *sharing;
            m_loaded = true;
            present();
            Q_EMIT loaded();
        });
}

void CaseMembersPanel::present()
{
    const QByteArray selected =
        m_list->currentItem() ? m_list->currentItem()->data(kIdentityRole).toByteArray() : QByteArray();
    m_list->clear();
    for (const sync::CaseMemberInfo& member : m_sharing.members) {
        auto* item = new QListWidgetItem(memberName(member), m_list);
        item->setData(kIdentityRole, member.identityKey);
        item->setData(kRoleRole, caseRoleName(member.role));
        item->setData(kVerifiedRole, member.verified && !member.isSelf);
        QStringList what;
        for (const QString& part : {member.profession, member.specialty}) {
            if (!part.trimmed().isEmpty())
                what << part.trimmed();
        }
        const QString detail = what.join(QStringLiteral(" · "));
        item->setData(kDetailRole, detail);
        //: Accessible description of a case member: %1 name, %2 role.
        QString spoken = tr("%1, %2").arg(memberName(member), caseRoleName(member.role));
        if (member.verified && !member.isSelf)
            spoken += QStringLiteral(", ") + tr("verified");
        item->setData(Qt::AccessibleTextRole, spoken);
        item->setToolTip(member.verified && !member.isSelf ? tr("%1 · safety number verified").arg(spoken) : spoken);
        if (member.identityKey == selected)
            m_list->setCurrentItem(item);
    }
    const int rows = m_list->count();
    m_list->setVisible(rows > 0);
    m_list->setFixedHeight(rows * kRowHeight + 2 * m_list->frameWidth() + 2);
    //: %n is how many people can read the case.
    m_heading->setText(rows > 0 ? tr("Shared with (%n)", nullptr, int(rows)) : tr("Shared with"));
    if (!m_loaded) {
        m_note->clear();
    } else if (!m_sharing.shared && m_sharing.ownCase) {
        //: A case that was never sent to anyone.
        m_note->setText(tr("Only on this computer — this case was never shared, so nobody else can read it."));
    } else if (!m_sharing.shared) {
        //: A colleague's case that came without its list of readers (e.g. the offline demo).
        m_note->setText(tr("Shared with you by its author; who else can read it is not recorded on this computer."));
    } else if (!m_sharing.ownRole) {
        m_note->setText(tr("You are no longer a member of this case: you keep what arrived before, but nothing new "
                           "reaches you."));
    } else if (rows == 1) {
        m_note->setText(tr("Only you, on your devices."));
    } else {
        m_note->clear();
    }
    m_note->setVisible(!m_note->text().isEmpty());
    updateButtons();
}

const sync::CaseMemberInfo* CaseMembersPanel::selectedMember() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QByteArray key = item->data(kIdentityRole).toByteArray();
    for (const sync::CaseMemberInfo& member : m_sharing.members) {
        if (member.identityKey == key)
            return &member;
    }
    return nullptr;
}

QString CaseMembersPanel::addBlockedReason() const
{
    if (!m_loaded)
        return tr("Reading who can see this case…");
    if (!m_sharing.shared && !m_sharing.ownCase)
        return tr("Only the case's owner or an admin can add people.");
    if (!m_sharing.shared)
        return tr("This case is kept on this computer only; publish a new case to share one.");
    if (!m_sharing.ownRole)
        return tr("You are no longer a member of this case.");
    if (!m_sharing.mayAdd())
        return tr("Only the case's owner or an admin can add people; you are a member.");
    if (!m_sync || m_sync->state() == SyncState::NotConfigured)
        return tr("This profile does not sync with a relay, so nobody can be added.");
    if (m_busy)
        return tr("A change is being made…");
    return {};
}

QString CaseMembersPanel::removeBlockedReason(const sync::CaseMemberInfo* member) const
{
    if (m_loaded && m_sharing.ownRole == crypto::MemberRole::Member)
        return tr("Only the case's owner or an admin can remove people; you are a member.");
    if (const QString reason = addBlockedReason(); !reason.isEmpty())
        return reason;
    if (member == nullptr)
        return tr("Select the person to remove.");
    if (member->isSelf)
        return tr("You cannot remove yourself from a case here.");
    if (member->role == crypto::MemberRole::Owner)
        return tr("The case's owner cannot be removed.");
    return {};
}

void CaseMembersPanel::updateButtons()
{
    // A member sees Add People… disabled with the reason; Remove from Case… never applies to them.
    const bool visible = m_loaded && m_sharing.shared && m_sharing.ownRole.has_value();
    m_add->setVisible(visible);
    m_remove->setVisible(visible && m_sharing.mayAdd());
    const QString addReason = addBlockedReason();
    m_add->setEnabled(addReason.isEmpty());
    m_add->setToolTip(addReason.isEmpty() ? tr("Share this case with more colleagues: they get everything so far "
                                               "and what follows")
                                          : addReason);
    const QString removeReason = removeBlockedReason(selectedMember());
    m_remove->setEnabled(removeReason.isEmpty());
    m_remove->setToolTip(removeReason.isEmpty() ? tr("Stop sharing this case with the selected person (Delete)")
                                                : removeReason);
}

AddCaseMembersDialog* CaseMembersPanel::openAddDialog()
{
    if (!addBlockedReason().isEmpty() || !m_sync)
        return nullptr;
    QSet<QByteArray> current;
    for (const sync::CaseMemberInfo& member : m_sharing.members)
        current.insert(member.identityKey);
    auto* dialog = new AddCaseMembersDialog(m_host, *m_sync, m_caseId, m_title, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddCaseMembersDialog::added, this, [this](int count) {
        //: %n is how many people the case was shared with.
        Q_EMIT changed(tr("The case is now shared with %n more person(s).", nullptr, count));
        reload();
    });
    dialog->open();
    return dialog;
}

QWidget* CaseMembersPanel::askRemoveSelected()
{
    const sync::CaseMemberInfo* member = selectedMember();
    if (!removeBlockedReason(member).isEmpty())
        return nullptr;
    const QByteArray identity = member->identityKey;
    const QString name = memberName(*member);
    auto* question = new QMessageBox(QMessageBox::Question, tr("Remove from Case"),
                                     tr("Remove %1 from “%2”?").arg(name, m_title), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeFromCaseQuestion"));
    question->setInformativeText(
        tr("%1 keeps what they already downloaded — the case as it is now, its images and the discussion so far. "
           "The case moves to a new key that %1 does not get: nothing written or added from now on reaches them.")
            .arg(name));
    QPushButton* remove = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* cancel = question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, remove, identity, name](QAbstractButton* clicked) {
        if (clicked == remove)
            this->remove(identity, name);
    });
    question->open();
    return question;
}

void CaseMembersPanel::remove(const QByteArray& identity, const QString& name)
{
    if (!m_sync)
        return;
    m_busy = true;
    updateButtons();
    m_sync->removeCaseMember(m_caseId, identity, this, [this, name](Result<void> removed) {
        m_busy = false;
        if (!removed) {
            updateButtons();
            //: %1 a person, %2 why they could not be removed from the case.
            return Q_EMIT errorOccurred(tr("%1 was not removed: %2").arg(name, removed.error().message));
        }
        Q_EMIT changed(tr("%1 was removed from the case; what is written from now on does not reach them.").arg(name));
        reload();
    });
}

} // namespace consilium::ui
