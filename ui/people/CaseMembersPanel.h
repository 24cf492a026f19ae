#pragma once

#include "core/sync/CaseSharing.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class AddCaseMembersDialog;
class SyncController;

/// The case page's "Shared with" section: who can read the open case (owners first, this
/// profile as "You", the feed's verified tick, each role), "Only on this computer" for a case
/// never shared, and — for the case's owners and admins, with a relay — Add People… and Remove
/// from Case…, both through the sync engine (SyncController::addCaseMembers, removeCaseMember).
/// The case page re-reads it after a sync brought something (CasePage::presented). Everything is read on the store
/// thread.
class CaseMembersPanel : public QWidget {
    Q_OBJECT

public:
    /// Without a sync controller (none yet, or no relay) the people can be seen, not changed.
    explicit CaseMembersPanel(store::StoreHost& host, QWidget* parent = nullptr);
    /// The open profile's sync (it is replaced when the relay changes; may be null).
    void setSyncController(SyncController* sync);

    /// Shows `caseId`'s members (`title` names the case in the dialogs).
    void setCase(const QUuid& caseId, const QString& title);
    void reload();

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] const sync::CaseSharing& sharing() const { return m_sharing; }
    [[nodiscard]] QListWidget* memberList() const { return m_list; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QLabel* note() const { return m_note; }

    /// Opens Add People… (window-modal, not blocking); returns the dialog, or null when this
    /// profile may not add people here.
    AddCaseMembersDialog* openAddDialog();
    /// Asks to confirm the removal of the selected member (window-modal, not blocking); returns
    /// the question, or null when the selection cannot be removed.
    QWidget* askRemoveSelected();

Q_SIGNALS:
    /// The members were read again (after setCase(), a change or a sync).
    void loaded();
    /// A change failed; the message is for the user.
    void errorOccurred(const QString& message);
    /// A change was made (what the status bar says).
    void changed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void present();
    void updateButtons();
    [[nodiscard]] const sync::CaseMemberInfo* selectedMember() const;
    [[nodiscard]] QString addBlockedReason() const;
    [[nodiscard]] QString removeBlockedReason(const sync::CaseMemberInfo* member) const;
    void remove(const QByteArray& identity, const QString& name);

    store::StoreHost& m_host;
    QPointer<SyncController> m_sync;
    QUuid m_caseId;
    QString m_title;
    sync::CaseSharing m_sharing;
    bool m_loaded = false;
    bool m_busy = false;

    QLabel* m_heading;
    QLabel* m_note;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
};

/// The name a member goes by in lists and questions: "You", the name this profile knows, or
/// "Unknown colleague (1a2b3c4d)".
QString memberName(const sync::CaseMemberInfo& member);
/// "Owner", "Admin" or "Member", translated.
QString caseRoleName(crypto::MemberRole role);

} // namespace consilium::ui
