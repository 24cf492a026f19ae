#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class EmptyState;

/// Go › Drafts: the cases being composed, most recently edited first (read from the encrypted
/// store on its thread), to resume or delete; and a button to start a new one.
class DraftsPage : public QWidget {
    Q_OBJECT

public:
    explicit DraftsPage(store::StoreHost& host, QWidget* parent = nullptr);

    /// Reads the list again (after a draft was saved, published or deleted).
    void refresh();
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] int draftCount() const;
    /// Deletes the selected draft after asking (`confirm` false: without asking, for tests).
    void deleteSelected(bool confirm = true);

Q_SIGNALS:
    void resumeDraft(const QUuid& id);
    void newCaseRequested();
    void errorOccurred(const QString& message);

private:
    void resumeSelected();
    void updateButtons();

    store::StoreHost& m_host;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QTreeWidget* m_list;
    QPushButton* m_resume;
    QPushButton* m_delete;
    quint64 m_generation = 0;
};

} // namespace consilium::ui
