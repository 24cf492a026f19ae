#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class EmptyState;
class SearchModel;

/// The Search screen (Ctrl+F): one field over everything cached in the profile — case titles,
/// questions, histories, findings, tags and every comment — searched as the user types (each
/// word as a prefix) on the store thread. Results show what matched with the words highlighted;
/// activating one emits hitActivated with the case and, for a comment, the comment.
class SearchPage : public QWidget {
    Q_OBJECT

public:
    explicit SearchPage(store::StoreHost& host, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* field() const { return m_field; }
    [[nodiscard]] QListView* view() const { return m_view; }
    [[nodiscard]] SearchModel* model() const { return m_model; }
    /// Searches now for `text` (as if typed; no pause).
    void search(const QString& text);
    /// Re-runs the current query (after a sync stored new cases or comments).
    void refresh();

Q_SIGNALS:
    /// A result was opened; `commentId` is null for a hit in the case's own text.
    void hitActivated(const QUuid& caseId, const QUuid& commentId);

private:
    void updateState();

    SearchModel* m_model = nullptr;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_view = nullptr;
    EmptyState* m_empty = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace consilium::ui
