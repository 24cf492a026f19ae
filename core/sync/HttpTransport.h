#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace consilium::sync {

/// One HTTP exchange with the relay, independent of the library that carries it.
struct HttpRequest {
    QByteArray method = "GET";
    QString path; ///< with its query, e.g. "/v1/mailbox?after=3"
    QByteArray body;
    QByteArray contentType; ///< empty: none
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HttpResponse {
    int status = 0; ///< 0 when no HTTP answer arrived (networkError says why)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case
    QString networkError;

    [[nodiscard]] QByteArray header(const QByteArray& lowerCaseName) const;
};

/// The small seam between RelayClient and the network: tests and other transports (TLS pinning,
/// a proxy) implement it. `done` is called exactly once, on the transport's thread, never from
/// inside send().
class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    virtual void send(const HttpRequest& request, std::function<void(HttpResponse)> done) = 0;
    /// The relay's base URL ("http://127.0.0.1:8080"), for the WebSocket wake-up channel.
    [[nodiscard]] virtual QUrl baseUrl() const = 0;
};

/// HttpTransport over QNetworkAccessManager (HTTP/1.1, no proxy on loopback). Each request gets a
/// transfer timeout, so a relay that stops answering becomes a network error, not a hang.
/// Thread notes: lives on one thread (the thread that created it).
class NetworkHttpTransport : public QObject, public HttpTransport {
    Q_OBJECT
public:
    explicit NetworkHttpTransport(QUrl baseUrl, int timeoutMs = 30000, QObject* parent = nullptr);
    ~NetworkHttpTransport() override;

    void send(const HttpRequest& request, std::function<void(HttpResponse)> done) override;
    [[nodiscard]] QUrl baseUrl() const override { return m_baseUrl; }
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }

private:
    QUrl m_baseUrl;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace consilium::sync
