#pragma once

#include <QLabel>
#include <QTimer>

namespace consilium::ui {

class SyncController;

/// The status-bar sync indicator: "Online · synced", "Syncing…", "Offline — 2 cases waiting",
/// with a tooltip naming the relay (and the last failure). Hidden while the profile has no relay.
/// While a cycle runs, the previous state stays shown for a moment before "Syncing…".
class SyncStatusLabel : public QLabel {
    Q_OBJECT

public:
    explicit SyncStatusLabel(SyncController& controller, QWidget* parent = nullptr);

private:
    void update();
    void present(const QString& text);
    /// "2 cases waiting", "1 change waiting", "2 cases and 1 other change waiting".
    [[nodiscard]] QString waitingText() const;
    static QString syncingText();

    SyncController& m_controller;
    /// "Syncing…" appears only when a cycle takes a while, so quick cycles (wake-ups, periodic
    /// pulls, failing retries) do not make the status bar flicker.
    QTimer m_syncingDelay;
};

} // namespace consilium::ui
