#pragma once

#include "core/cases/CaseTypes.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace consilium::ui {

class SyncController;

/// People › Add Contact: paste a colleague's invitation code (or open the file they sent). The
/// code is checked as it is typed — who it is from, until when it is valid, or what is wrong
/// with it — and "Add" fetches and verifies the colleague through the sync layer.
class AddContactDialog : public QDialog {
    Q_OBJECT

public:
    /// `sync` may be null: the dialog then explains that this profile cannot add contacts.
    AddContactDialog(SyncController* sync, QWidget* parent = nullptr);

    [[nodiscard]] QPlainTextEdit* codeEdit() const { return m_code; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    /// Reads an invitation file into the field (File button; tests call it directly).
    bool loadFile(const QString& path);

Q_SIGNALS:
    /// The contact was added (the dialog closes after it).
    void contactAdded(const cases::Person& person);

private:
    void checkCode();
    void add();
    void openFile();
    void showStatus(const QString& text, bool error);

    SyncController* m_sync = nullptr;
    QPlainTextEdit* m_code = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    bool m_valid = false;
};

} // namespace consilium::ui
