#include "app/relay/RelayServer.h"

#include "core/common/Logging.h"
#include "core/common/Version.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>

namespace consilium::relay {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

// The error body of every failed request: a stable code for programs, a sentence for people.
QHttpServerResponse errorResponse(StatusCode status, ErrorCode code, const QString& message)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), errorCodeName(code)}, {QStringLiteral("message"), message}}, status);
}

} // namespace

RelayServer::RelayServer(QObject* parent)
    : QObject(parent)
{
    m_http.route(QStringLiteral("/health"), [](const QHttpServerRequest& request) {
        if (request.method() != QHttpServerRequest::Method::Get) {
            auto response = errorResponse(StatusCode::MethodNotAllowed, ErrorCode::Unsupported,
                                          QStringLiteral("/health only answers GET."));
            response.setHeader("Allow", "GET");
            return response;
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("version"), versionString()}});
    });

    m_http.afterRequest([](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        // Unknown routes reach QHttpServer's built-in handler, which answers an empty 404
        // (Qt 6.4 lets no one replace it); give them the same JSON error body as every other failure.
        if (response.statusCode() == StatusCode::NotFound && response.data().isEmpty()) {
            qCDebug(lcRelay) << "no route for" << request.method() << request.url().path();
            response = errorResponse(StatusCode::NotFound, ErrorCode::NotFound, QStringLiteral("No such endpoint."));
        }
        // Answers are per-request state of an end-to-end encrypted service: never cache them.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return std::move(response);
    });
}

Result<ListenAddress> RelayServer::listen(const ListenAddress& address)
{
    // Our own QTcpServer rather than QHttpServer::listen(), which in Qt 6.4 reports a failure
    // only as port 0, without the reason.
    auto* tcp = new QTcpServer(&m_http);
    if (!tcp->listen(address.host, address.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(QStringLiteral("relay"), ErrorCode::IoError,
                    QStringLiteral("cannot listen on %1: %2").arg(address.url(), reason));
    }
    m_http.bind(tcp);
    return ListenAddress{tcp->serverAddress(), tcp->serverPort()};
}

} // namespace consilium::relay
