#include "ui/sync/SyncStatusLabel.h"

#include "ui/sync/SyncController.h"

namespace consilium::ui {

SyncStatusLabel::SyncStatusLabel(SyncController& controller, QWidget* parent)
    : QLabel(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setContentsMargins(6, 0, 6, 0);
    m_syncingDelay.setSingleShot(true);
    m_syncingDelay.setInterval(400);
    connect(&m_syncingDelay, &QTimer::timeout, this, [this] { present(syncingText()); });
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusLabel::update);
    connect(&controller, &SyncController::outboxChanged, this, &SyncStatusLabel::update);
    update();
}

QString SyncStatusLabel::syncingText()
{
    //: Status bar: the app is exchanging encrypted cases and comments with the relay.
    return tr("Syncing…");
}

void SyncStatusLabel::update()
{
    const int waiting = m_controller.waiting();
    // A case on its way says so with its whole progress, in place of "Syncing…".
    if (m_controller.state() == SyncState::Syncing || m_controller.state() == SyncState::Online) {
        for (const OutboxEntry& entry : m_controller.outbox()) {
            if (entry.state != OutboxEntry::State::Sending)
                continue;
            //: Status bar while a published case goes to the relay; %1 its title, %2 the percentage
            //: of the whole case (images and messages).
            return present(tr("Sending “%1” · %2 %").arg(entry.title).arg(entry.perMille() / 10));
        }
    }
    switch (m_controller.state()) {
    case SyncState::NotConfigured:
        m_syncingDelay.stop();
        setVisible(false);
        return;
    case SyncState::Syncing:
        if (text().isEmpty())
            return present(syncingText());
        if (!m_syncingDelay.isActive())
            m_syncingDelay.start();
        return;
    case SyncState::Online:
        if (waiting == 0) {
            //: Status bar: connected to the relay, nothing left to send.
            return present(tr("Online · synced"));
        }
        //: Status bar: connected to the relay; %n cases or comments are still being sent.
        return present(tr("Online — %n item(s) waiting", nullptr, waiting));
    case SyncState::Offline:
        //: Status bar: the relay cannot be reached; %n cases or comments are kept to be sent later.
        return present(tr("Offline — %n item(s) waiting", nullptr, waiting));
    }
}

void SyncStatusLabel::present(const QString& text)
{
    if (text != syncingText())
        m_syncingDelay.stop();
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
