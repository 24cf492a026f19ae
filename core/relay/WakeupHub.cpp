#include "core/relay/WakeupHub.h"

#include "core/common/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

namespace consilium::relay {

namespace {

const QString kReady = QStringLiteral(R"({"type":"ready"})");
const QString kMailbox = QStringLiteral(R"({"type":"mailbox"})");

} // namespace

WakeupHub::WakeupHub(std::function<Result<StoredToken>(const QByteArray&)> authenticate, QObject* parent)
    : QObject(parent)
    , m_authenticate(std::move(authenticate))
{
}

WakeupHub::~WakeupHub()
{
    closeAll();
}

void WakeupHub::addConnection(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this);
    if (socket->requestUrl().path() != QLatin1String("/v1/wakeups")) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no such channel; use /v1/wakeups"));
        socket->deleteLater();
        return;
    }
    m_pending.append(socket);
    socket->setMaxAllowedIncomingMessageSize(kMaxAuthMessageBytes);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& message) { authenticateSocket(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket](const QByteArray&) {
        socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text messages only"));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { removeSocket(socket); });
    // A connection that never authenticates is not kept open.
    QTimer::singleShot(kAuthTimeoutMs, socket, [this, socket] {
        if (m_pending.contains(socket))
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("authentication timed out"));
    });
}

void WakeupHub::authenticateSocket(QWebSocket* socket, const QString& message)
{
    if (!m_pending.contains(socket))
        return; // after authentication the client has nothing to say; ignore chatter
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QByteArray token = object.value(QStringLiteral("token")).toString().toLatin1();
    auto caller = m_authenticate(token);
    if (!caller) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
        return;
    }
    m_pending.removeAll(socket);
    m_devices.insert(socket, caller->device);
    socket->sendTextMessage(kReady);
    const qint64 remainingMs = caller->expires * 1000 - QDateTime::currentMSecsSinceEpoch();
    QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, remainingMs)), socket, [socket] {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token expired"));
    });
    Q_EMIT connectionCountChanged(m_devices.size());
}

void WakeupHub::removeSocket(QWebSocket* socket)
{
    m_pending.removeAll(socket);
    const bool wasAuthenticated = m_devices.remove(socket) > 0;
    socket->deleteLater();
    if (wasAuthenticated)
        Q_EMIT connectionCountChanged(m_devices.size());
}

qint64 WakeupHub::notify(const QList<QByteArray>& devices)
{
    qint64 sent = 0;
    for (auto it = m_devices.constBegin(); it != m_devices.constEnd(); ++it) {
        if (devices.contains(it.value())) {
            it.key()->sendTextMessage(kMailbox);
            ++sent;
        }
    }
    return sent;
}

qint64 WakeupHub::connectionCount() const
{
    return m_devices.size();
}

void WakeupHub::closeAll()
{
    const auto sockets = m_devices.keys() + m_pending;
    for (QWebSocket* socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("relay shutting down"));
    }
    m_devices.clear();
    m_pending.clear();
}

} // namespace consilium::relay
