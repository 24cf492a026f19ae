#pragma once

#include <QDialog>
#include <QSet>
#include <QUuid>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class ContactChecklist;
class SyncController;

/// Add People…: the profile's contacts to tick (those who already have access shown ticked and
/// disabled), a group whose members can be ticked at once, and what joining means in plain
/// words. Add shares the case through SyncController::addCaseMembers; the dialog stays open with
/// the reason when that fails, and closes (accepted) when it worked.
class AddCaseMembersDialog : public QDialog {
    Q_OBJECT

public:
    AddCaseMembersDialog(store::StoreHost& host, SyncController& sync, const QUuid& caseId, const QString& caseTitle,
                         const QSet<QByteArray>& members, QWidget* parent = nullptr);

    [[nodiscard]] ContactChecklist* contacts() const { return m_contacts; }
    [[nodiscard]] QComboBox* groups() const { return m_groups; }
    [[nodiscard]] QPushButton* selectGroupButton() const { return m_selectGroup; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /// `count` people were added (the dialog then closes).
    void added(int count);

private:
    void submit();
    void updateButtons();

    SyncController& m_sync;
    QUuid m_caseId;
    QSet<QByteArray> m_members;
    QHash<QUuid, QList<QByteArray>> m_groupMembers;
    bool m_loaded = false;
    bool m_busy = false;

    ContactChecklist* m_contacts;
    QComboBox* m_groups;
    QPushButton* m_selectGroup;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_add;
};

} // namespace consilium::ui
