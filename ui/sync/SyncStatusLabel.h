#pragma once

#include <QLabel>

namespace consilium::ui {

class SyncController;

/// The status-bar sync indicator: "Online · synced", "Syncing…", "Offline — N items waiting",
/// with a tooltip naming the relay (and the last failure). Hidden while the profile has no relay.
class SyncStatusLabel : public QLabel {
    Q_OBJECT

public:
    explicit SyncStatusLabel(SyncController& controller, QWidget* parent = nullptr);

private:
    void update();

    SyncController& m_controller;
};

} // namespace consilium::ui
