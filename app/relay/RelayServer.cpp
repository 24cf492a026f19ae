#include "app/relay/RelayServer.h"

#include "core/common/Logging.h"

#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace consilium::relay {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

RelayServer::RelayServer(RelayApi& api, bool trustProxy, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_trustProxy(trustProxy)
    , m_wakeups([&api](const QByteArray& token) { return api.authenticate(token); })
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_wakeups.addConnection(nextPendingWebSocketConnection());
    });
    connect(&m_wakeups, &WakeupHub::connectionCountChanged, this,
            [this](qint64 count) { m_api.metrics().setWakeupConnections(count); });
    m_api.setMailboxListener(
        [this](const QList<QByteArray>& devices) { m_api.metrics().countWakeupsSent(m_wakeups.notify(devices)); });
}

RelayServer::~RelayServer()
{
    m_api.setMailboxListener({});
}

bool RelayServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 hands a WebSocket upgrade to its WebSocket server only if this returns true having
    // written nothing; returning false sends the request to missingHandler() (a 404).
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return request.url().path() == QLatin1String("/v1/wakeups");

    RelayRequest relayRequest;
    relayRequest.method = methodName(request.method());
    relayRequest.path = request.url().path();
    relayRequest.query = request.query();
    relayRequest.headers = request.headers();
    relayRequest.body = request.body();
    relayRequest.clientAddress = request.remoteAddress().toString();
    if (m_trustProxy && request.remoteAddress().isLoopback()) {
        if (const QByteArray forwarded = request.value("x-real-ip").trimmed(); !forwarded.isEmpty())
            relayRequest.clientAddress = QString::fromLatin1(forwarded);
    }

    const RelayResponse response = m_api.handle(relayRequest);
    // Method and status only: paths name identities and blobs, bodies are ciphertext, headers
    // carry tokens.
    qCDebug(lcRelay).noquote() << relayRequest.method << response.status;

    // What QHttpServerResponder::write(data, headers, status) does, with a header list built at
    // run time (Qt 6.4 takes only an initializer_list there).
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    // Answers are per-request state of an end-to-end encrypted service: never cache them.
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    return true;
}

void RelayServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Only WebSocket upgrades to anything but /v1/wakeups get here.
    makeResponder(request, socket)
        .write(QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("not-found")},
                                         {QStringLiteral("message"), QStringLiteral("No such WebSocket channel.")}}),
               QHttpServerResponder::StatusCode::NotFound);
}

Result<ListenAddress> RelayServer::listen(const ListenAddress& address)
{
    // Our own QTcpServer rather than QAbstractHttpServer::listen(), which in Qt 6.4 reports a
    // failure only as port 0, without the reason.
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(address.host, address.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(QStringLiteral("relay"), ErrorCode::IoError,
                    QStringLiteral("cannot listen on %1: %2").arg(address.url(), reason));
    }
    bind(tcp);
    return ListenAddress{tcp->serverAddress(), tcp->serverPort()};
}

void RelayServer::shutDown(int timeoutMs, std::function<void()> done)
{
    for (QTcpServer* server : servers())
        server->close();
    m_wakeups.closeAll();
    // Every request was handled to completion (one thread); what may remain is response bytes
    // still in socket buffers. Give them a moment to leave.
    auto* poll = new QTimer(this);
    const QDeadlineTimer deadline(timeoutMs);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, done = std::move(done)] {
        qint64 pending = 0;
        for (const QTcpSocket* socket : findChildren<QTcpSocket*>())
            pending += socket->bytesToWrite();
        if (pending == 0 || deadline.hasExpired()) {
            poll->stop();
            poll->deleteLater();
            done();
        }
    });
    poll->start(20);
}

} // namespace consilium::relay
