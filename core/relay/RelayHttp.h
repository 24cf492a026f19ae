#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace consilium::relay {

/// One HTTP request as RelayApi sees it, independent of the HTTP library that received it.
struct RelayRequest {
    QByteArray method; ///< "GET", "POST", ... (upper case)
    QString path; ///< decoded path, e.g. "/v1/mailbox"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as received; header() ignores case
    QByteArray body;
    QString clientAddress; ///< for rate limiting unauthenticated requests

    /// The first header called `name` (case-insensitive), or empty.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

/// One HTTP response. JSON, Prometheus text or blob bytes, with any extra headers.
struct RelayResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }

    static RelayResponse json(int status, const QJsonObject& object);
    /// The body of every refusal: {"code": stable machine name, "message": a sentence}, plus
    /// any `extra` fields (e.g. "received" for an upload offset conflict).
    static RelayResponse error(int status, const QString& code, const QString& message, const QJsonObject& extra = {});
};

} // namespace consilium::relay
