#include "ui/sync/SyncStatusLabel.h"

#include "ui/sync/SyncController.h"

namespace consilium::ui {

SyncStatusLabel::SyncStatusLabel(SyncController& controller, QWidget* parent)
    : QLabel(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setContentsMargins(6, 0, 6, 0);
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusLabel::update);
    update();
}

void SyncStatusLabel::update()
{
    const int waiting = m_controller.waiting();
    QString text;
    switch (m_controller.state()) {
    case SyncState::NotConfigured:
        setVisible(false);
        return;
    case SyncState::Syncing:
        //: Status bar: the app is exchanging encrypted cases and comments with the relay.
        text = tr("Syncing…");
        break;
    case SyncState::Online:
        if (waiting == 0) {
            //: Status bar: connected to the relay, nothing left to send.
            text = tr("Online · synced");
        } else {
            //: Status bar: connected to the relay; %n cases or comments are still being sent.
            text = tr("Online — %n item(s) waiting", nullptr, waiting);
        }
        break;
    case SyncState::Offline:
        //: Status bar: the relay cannot be reached; %n cases or comments are kept to be sent later.
        text = tr("Offline — %n item(s) waiting", nullptr, waiting);
        break;
    }
    setText(text);
    //: Tooltip of the sync indicator; %1 is the relay's address.
    QString tip = tr("End-to-end encrypted sync through the relay %1. The relay never sees the content.")
                      .arg(m_controller.relay());
    if (m_controller.state() == SyncState::Offline && !m_controller.lastError().isEmpty())
        //: Tooltip of the sync indicator when offline; %1 is the technical reason.
        tip += QStringLiteral("\n") + tr("Last attempt: %1").arg(m_controller.lastError());
    setToolTip(tip);
    setAccessibleName(text);
    setVisible(true);
}

} // namespace consilium::ui
