// Blob endpoints of RelayApi: chunked, resumable upload committed by hash, ranged download.

#include "core/relay/RelayApi.h"
#include "core/relay/RelayApiSupport.h"

#include <QRegularExpression>

namespace consilium::relay {

using namespace detail;

namespace {

constexpr qsizetype kHashSize = 32;

QJsonObject uploadJson(const UploadState& upload, qint64 maxChunkBytes)
{
    return {{QStringLiteral("upload"), upload.id},
            {QStringLiteral("size"), upload.size},
            {QStringLiteral("received"), upload.received},
            {QStringLiteral("maxChunkBytes"), maxChunkBytes}};
}

bool isUploadId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(text).hasMatch();
}

RelayResponse noSuchUpload()
{
    return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such upload."));
}

} // namespace

RelayResponse RelayApi::createUpload(const StoredToken& caller, const RelayRequest& request)
{
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const auto size = integerField(std::get<QJsonObject>(body), QStringLiteral("size"), 1);
    if (const auto* refusal = std::get_if<RelayResponse>(&size))
        return *refusal;
    if (std::get<qint64>(size) > m_settings.limits.maxBlobBytes)
        return RelayResponse::error(
            413, QStringLiteral("too-large"),
            QStringLiteral("A blob may have at most %1 bytes.").arg(m_settings.limits.maxBlobBytes));
    auto upload =
        m_storage.createUpload(caller.identity, std::get<qint64>(size), m_settings.limits.quotaBytes, nowSeconds());
    if (!upload)
        return storageFailure(upload.error());
    return RelayResponse::json(201, uploadJson(*upload, m_settings.limits.maxChunkBytes));
}

RelayResponse RelayApi::uploadStatus(const StoredToken& caller, const QString& uploadId)
{
    if (!isUploadId(uploadId))
        return noSuchUpload();
    auto upload = m_storage.upload(uploadId);
    if (!upload)
        return storageFailure(upload.error());
    // Another identity's upload is answered as missing: upload ids are not to be probed.
    if (!*upload || (*upload)->identity != caller.identity)
        return noSuchUpload();
    return RelayResponse::json(200, uploadJson(**upload, m_settings.limits.maxChunkBytes));
}

RelayResponse RelayApi::putChunk(const StoredToken& caller, const QString& uploadId, const RelayRequest& request)
{
    if (!isUploadId(uploadId))
        return noSuchUpload();
    const auto offset = integerQuery(request, QStringLiteral("offset"), 0, m_settings.limits.maxBlobBytes, -1);
    if (const auto* refusal = std::get_if<RelayResponse>(&offset))
        return *refusal;
    if (std::get<qint64>(offset) < 0)
        return badRequest(QStringLiteral("query parameter 'offset' is required"));
    if (request.body.isEmpty())
        return badRequest(QStringLiteral("a chunk must have at least one byte"));
    auto upload = m_storage.upload(uploadId);
    if (!upload)
        return storageFailure(upload.error());
    if (!*upload || (*upload)->identity != caller.identity)
        return noSuchUpload();
    const UploadState& state = **upload;
    if (std::get<qint64>(offset) != state.received)
        return RelayResponse::error(409, QStringLiteral("wrong-offset"),
                                    QStringLiteral("The upload continues at offset %1, not %2.")
                                        .arg(state.received)
                                        .arg(std::get<qint64>(offset)),
                                    {{QStringLiteral("received"), state.received}});
    if (state.received + request.body.size() > state.size)
        return RelayResponse::error(413, QStringLiteral("too-large"),
                                    QStringLiteral("The chunk ends at byte %1, beyond the announced size %2.")
                                        .arg(state.received + request.body.size())
                                        .arg(state.size));
    auto written = m_storage.writeChunk(uploadId, std::get<qint64>(offset), request.body);
    if (!written)
        return storageFailure(written.error());
    m_metrics.countBlobBytesReceived(request.body.size());
    return RelayResponse::json(200, uploadJson(*written, m_settings.limits.maxChunkBytes));
}

RelayResponse RelayApi::commitUpload(const StoredToken& caller, const QString& uploadId, const RelayRequest& request)
{
    if (!isUploadId(uploadId))
        return noSuchUpload();
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const auto hash = hexField(std::get<QJsonObject>(body), QStringLiteral("hash"), kHashSize);
    if (const auto* refusal = std::get_if<RelayResponse>(&hash))
        return *refusal;
    auto upload = m_storage.upload(uploadId);
    if (!upload)
        return storageFailure(upload.error());
    if (!*upload || (*upload)->identity != caller.identity)
        return noSuchUpload();
    if ((*upload)->received != (*upload)->size)
        return RelayResponse::error(409, QStringLiteral("incomplete"),
                                    QStringLiteral("The upload has %1 of %2 bytes; send the rest before committing.")
                                        .arg((*upload)->received)
                                        .arg((*upload)->size),
                                    {{QStringLiteral("received"), (*upload)->received}});
    auto blob = m_storage.commitUpload(uploadId, std::get<QByteArray>(hash));
    if (!blob)
        return storageFailure(blob.error());
    m_metrics.countBlobsCommitted();
    return RelayResponse::json(201, {{QStringLiteral("blob"), hex(blob->hash)}, {QStringLiteral("size"), blob->size}});
}

RelayResponse RelayApi::downloadBlob(const QString& hashHex, const RelayRequest& request)
{
    const auto hash = hexValue(hashHex, kHashSize, QStringLiteral("the blob hash"));
    if (const auto* refusal = std::get_if<RelayResponse>(&hash))
        return *refusal;
    auto blob = m_storage.blob(std::get<QByteArray>(hash));
    if (!blob)
        return storageFailure(blob.error());
    if (!*blob)
        return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such blob."));
    const qint64 size = (*blob)->size;
    const qint64 maxPiece = m_settings.limits.maxChunkBytes;

    qint64 first = 0;
    qint64 last = size - 1;
    const QByteArray range = request.header("range").trimmed();
    if (!range.isEmpty()) {
        // One range of RFC 9110 § 14.1.2: "bytes=a-b", "bytes=a-" or "bytes=-n".
        static const QRegularExpression pattern(QStringLiteral("^bytes=(\\d{0,18})-(\\d{0,18})$"));
        const auto match = pattern.match(QString::fromLatin1(range));
        if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
            return badRequest(
                QStringLiteral("Range must be one range 'bytes=FIRST-LAST', 'bytes=FIRST-' or 'bytes=-SUFFIX'"));
        if (match.captured(1).isEmpty()) {
            first = std::max<qint64>(0, size - match.captured(2).toLongLong());
        } else {
            first = match.captured(1).toLongLong();
            if (!match.captured(2).isEmpty())
                last = std::min(size - 1, match.captured(2).toLongLong());
        }
        if (first >= size || first > last) {
            auto response = RelayResponse::error(416, QStringLiteral("range-not-satisfiable"),
                                                 QStringLiteral("The blob has %1 bytes.").arg(size));
            response.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return response;
        }
        // A piece is at most one chunk long; Content-Range tells the client what it got.
        last = std::min(last, first + maxPiece - 1);
    } else if (size > maxPiece) {
        return RelayResponse::error(
            413, QStringLiteral("too-large"),
            QStringLiteral("The blob has %1 bytes; download it in Range requests of at most %2.")
                .arg(size)
                .arg(maxPiece));
    }
    auto bytes = m_storage.readBlob(std::get<QByteArray>(hash), first, last - first + 1);
    if (!bytes)
        return storageFailure(bytes.error());
    m_metrics.countBlobBytesSent(bytes->size());
    RelayResponse response;
    response.status = range.isEmpty() ? 200 : 206;
    response.contentType = "application/octet-stream";
    response.body = *bytes;
    response.addHeader("Accept-Ranges", "bytes");
    if (!range.isEmpty())
        response.addHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                                + QByteArray::number(size));
    return response;
}

} // namespace consilium::relay
