#pragma once

#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace consilium::sync {

/// The relay's WebSocket wake-up channel (docs/protocol.md § 17.7): sends the token as its first
/// message, then reports "mailbox" wake-ups (no content: the client fetches its mailbox).
/// Thread notes: a QObject on one thread.
class WakeupListener : public QObject {
    Q_OBJECT
public:
    explicit WakeupListener(QObject* parent = nullptr);

    /// Connects to `relayBase` (http[s]://host:port, turned into ws[s]://…/v1/wakeups).
    void start(const QUrl& relayBase, const QString& token);
    void stop();

Q_SIGNALS:
    void ready();
    void mailboxChanged();
    /// The relay closed the socket (bad or expired token: reconnect with a new one) or it failed.
    void closed(const QString& reason);

private:
    QWebSocket m_socket;
    QString m_token;
};

} // namespace consilium::sync
