#pragma once

#include "core/relay/RelayStorage.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QWebSocket;

namespace consilium::relay {

/// The WebSocket wake-up channel (docs/protocol.md, "Relay API", Wake-ups). A client connects
/// to /v1/wakeups and sends {"token": "<bearer token>"} as its first text message within
/// kAuthTimeoutMs; the hub answers {"type":"ready"} and from then on sends {"type":"mailbox"}
/// whenever envelopes arrive in that device's mailbox. Nothing else ever travels: no content,
/// no sender, no count. Bad or missing authentication closes the socket with code 1008 (policy
/// violated); the connection is closed when its token expires.
/// Thread notes: lives on the transport's thread.
class WakeupHub : public QObject {
    Q_OBJECT

public:
    static constexpr int kAuthTimeoutMs = 10000;
    static constexpr qsizetype kMaxAuthMessageBytes = 1024;

    /// `authenticate` checks a bearer token (RelayApi::authenticate).
    explicit WakeupHub(std::function<Result<StoredToken>(const QByteArray&)> authenticate, QObject* parent = nullptr);
    ~WakeupHub() override;

    /// Takes over a socket the HTTP server upgraded.
    void addConnection(std::unique_ptr<QWebSocket> socket);
    /// Wakes every authenticated connection of these devices. Returns how many messages were sent.
    qint64 notify(const QList<QByteArray>& devices);
    /// Authenticated connections now open.
    [[nodiscard]] qint64 connectionCount() const;
    /// Closes every connection (shutdown).
    void closeAll();

Q_SIGNALS:
    void connectionCountChanged(qint64 count);

private:
    void authenticateSocket(QWebSocket* socket, const QString& message);
    void removeSocket(QWebSocket* socket);

    std::function<Result<StoredToken>(const QByteArray&)> m_authenticate;
    QHash<QWebSocket*, QByteArray> m_devices; ///< authenticated sockets → device key
    QList<QWebSocket*> m_pending; ///< not yet authenticated
};

} // namespace consilium::relay
