#include "core/sync/WakeupListener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>

namespace consilium::sync {

WakeupListener::WakeupListener(QObject* parent)
    : QObject(parent)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), m_token}}).toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& message) {
        const QString type =
            QJsonDocument::fromJson(message.toUtf8()).object().value(QStringLiteral("type")).toString();
        if (type == QLatin1String("ready"))
            Q_EMIT ready();
        else if (type == QLatin1String("mailbox"))
            Q_EMIT mailboxChanged();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        Q_EMIT closed(m_socket.closeReason().isEmpty()
                          ? QStringLiteral("wake-up channel closed (code %1)").arg(int(m_socket.closeCode()))
                          : m_socket.closeReason());
    });
}

void WakeupListener::start(const QUrl& relayBase, const QString& token)
{
    m_token = token;
    QUrl url = relayBase;
    url.setScheme(relayBase.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/wakeups"));
    m_socket.open(url);
}

void WakeupListener::stop()
{
    m_socket.close();
}

} // namespace consilium::sync
