#include "ui/sync/SyncStatusLabel.h"

#include "ui/sync/SyncController.h"

#include <algorithm>

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
        //: Status bar: connected to the relay; %1 what is still being sent ("2 cases waiting").
        return present(tr("Online — %1").arg(waitingText()));
    case SyncState::Offline:
        if (waiting == 0) {
            //: Status bar: the relay cannot be reached, nothing is waiting to be sent.
            return present(tr("Offline"));
        }
        //: Status bar: the relay cannot be reached; %1 what is kept to be sent later ("2 cases waiting").
        return present(tr("Offline — %1").arg(waitingText()));
    case SyncState::Removed:
        //: Status bar: this computer was removed from the profile's devices, so it no longer syncs.
        return present(tr("Not syncing · removed from your devices"));
    }
}

QString SyncStatusLabel::waitingText() const
{
    // Counted as the Outbox counts them: published cases, not the items each is sent as.
    const int cases = m_controller.pendingCases();
    const int changes = m_controller.waitingChanges();
    if (cases > 0 && changes > 0) {
        //: Status bar: %1 "2 cases", %2 "1 other change" (comments and the like).
        return tr("%1 and %2 waiting")
            .arg(tr("%n case(s)", nullptr, cases),
                 //: Comments, and introductions to new contacts, still to be sent.
                 tr("%n other change(s)", nullptr, changes));
    }
    if (cases > 0)
        //: Status bar: published cases still to be sent.
        return tr("%n case(s) waiting", nullptr, cases);
    //: Status bar: comments, and introductions to new contacts, still to be sent.
    return tr("%n change(s) waiting", nullptr, std::max(1, changes));
}

void SyncStatusLabel::present(const QString& text)
{
    if (text != syncingText())
        m_syncingDelay.stop();
    setText(text);
    //: Tooltip of the sync indicator; %1 is the relay's address.
    QString tip = tr("End-to-end encrypted sync through the relay %1. The relay never sees the content.")
                      .arg(m_controller.relay());
    if (m_controller.state() == SyncState::Removed) {
        //: Tooltip of the sync indicator on a computer removed from the profile's devices.
        tip += QStringLiteral("\n")
               + tr("The relay no longer accepts this computer: it was removed from your devices on another of "
                    "your computers. The cases already here stay readable, but nothing new arrives and nothing "
                    "is sent from here. To sync on this computer again, link it as a new device from one of your "
                    "other computers (Devices › Link New Device…).");
    }
    if ((m_controller.state() == SyncState::Offline || m_controller.state() == SyncState::Removed)
        && !m_controller.lastError().isEmpty()) {
        //: Tooltip of the sync indicator when offline; %1 is the reason.
        tip += QStringLiteral("\n") + tr("Last attempt: %1").arg(m_controller.failureText());
        if (m_controller.failureText() != m_controller.lastError())
            //: Tooltip of the sync indicator: the exact error, for whoever runs the relay.
            tip += QStringLiteral("\n") + tr("Details: %1").arg(m_controller.lastError());
    }
    setToolTip(tip);
    setAccessibleName(text);
    setVisible(true);
}

} // namespace consilium::ui
