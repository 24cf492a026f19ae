#include "core/sync/HttpTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace consilium::sync {

QByteArray HttpResponse::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

NetworkHttpTransport::NetworkHttpTransport(QUrl baseUrl, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    // The relay is addressed directly; a system proxy would see bearer tokens.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

NetworkHttpTransport::~NetworkHttpTransport() = default;

void NetworkHttpTransport::send(const HttpRequest& request, std::function<void(HttpResponse)> done)
{
    QUrl url = m_baseUrl;
    const qsizetype query = request.path.indexOf(u'?');
    url.setPath(query < 0 ? request.path : request.path.left(query));
    if (query >= 0)
        url.setQuery(request.path.mid(query + 1));
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(m_timeoutMs);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    QNetworkReply* reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    QObject::connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            response.headers.append({name.toLower(), value});
        if (response.status == 0)
            response.networkError = reply->errorString();
        reply->deleteLater();
        done(std::move(response));
    });
}

} // namespace consilium::sync
