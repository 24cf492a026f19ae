#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace consilium::ui {

/// Help › Keyboard Shortcuts (F1): every command of the main window's menus with its shortcuts
/// and what it does, grouped by menu. Generated from the QActions each time it is shown, so it
/// can never disagree with the menus (actions without a shortcut are listed too, with their
/// menu accelerator path). A search field filters by command, key or description. Non-modal.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMenuBar* menuBar, QWidget* parent = nullptr);

    /// Re-reads the menus.
    void refresh();
    [[nodiscard]] QTreeWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }

private:
    void applySearch();

    QMenuBar* m_menuBar = nullptr;
    QTreeWidget* m_table = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace consilium::ui
