#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace consilium::ui {

class EmptyState;
class SyncController;

/// The Outbox section: each published case on its way to the relay with its state — Queued
/// (offline, or behind another case, with the last error), Sending (progress of the whole case:
/// every image and every object) or Sent (this session) — and Send Now. Follows the controller's
/// outboxChanged(); the controller must outlive the page.
class OutboxPage : public QWidget {
    Q_OBJECT

public:
    explicit OutboxPage(SyncController& sync, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* sendNowButton() const { return m_sendNow; }
    /// The text of a row's state column, e.g. "Sending · 45 %" (also read by tests).
    [[nodiscard]] QString stateText(int row) const;

private:
    void rebuild();

    SyncController& m_sync;
    QLabel* m_summary = nullptr;
    QPushButton* m_sendNow = nullptr;
    QTreeWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
};

} // namespace consilium::ui
