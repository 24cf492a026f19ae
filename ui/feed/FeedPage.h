#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
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
class FeedModel;

/// Which cases a feed page lists: every case, the owner's own ("My cases"), or the ones kept
/// offline ("Offline").
enum class FeedScope { All, Mine, Offline };

/// The Feed screen: filters (specialty, tag, unread only) above the list of cases, newest first.
/// Shows an explanatory empty state when nothing matches, and says so when the cache cannot be
/// read. Activating a case (double-click, Enter) emits caseActivated. The same page, with a
/// scope, lists "My cases" and the cases kept offline.
class FeedPage : public QWidget {
    Q_OBJECT

public:
    explicit FeedPage(store::StoreHost& host, QWidget* parent = nullptr);
    FeedPage(store::StoreHost& host, FeedScope scope, QWidget* parent = nullptr);

    [[nodiscard]] FeedScope scope() const { return m_scope; }

    [[nodiscard]] FeedModel* model() const { return m_model; }
    [[nodiscard]] QListView* view() const { return m_view; }
    /// Re-reads the specialty list and the feed (after a sync stored new cases).
    void reload();

Q_SIGNALS:
    void caseActivated(const QUuid& caseId);

private:
    void applyFilters();
    void updateEmptyState();
    void loadSpecialties();

    store::StoreHost& m_host;
    FeedScope m_scope = FeedScope::All;
    FeedModel* m_model = nullptr;
    QComboBox* m_specialty = nullptr;
    QLineEdit* m_tag = nullptr;
    QCheckBox* m_unreadOnly = nullptr;
    QLabel* m_error = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_view = nullptr;
    EmptyState* m_empty = nullptr;
    QTimer* m_tagDebounce = nullptr;
};

} // namespace consilium::ui
