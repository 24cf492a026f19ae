#include "core/sync/RelayClient.h"

#include "core/crypto/RelayChallenge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace consilium::sync {

namespace {

const QString kDomain = QStringLiteral("relay");

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 0:
        return ErrorCode::IoError;
    case 400:
    case 413:
    case 416:
    case 422:
        return ErrorCode::Malformed;
    case 401:
    case 403:
        return ErrorCode::PermissionDenied;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::AlreadyExists;
    default:
        return status >= 500 ? ErrorCode::IoError : ErrorCode::Internal;
    }
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpRequest jsonRequest(QByteArray method, QString path, const QJsonObject& body)
{
    HttpRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.body = json(body);
    request.contentType = "application/json";
    return request;
}

HttpRequest plainRequest(QByteArray method, QString path)
{
    HttpRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    return request;
}

template <typename T>
RelayResult<T> malformedAnswer(const QString& what)
{
    RelayFailure failure;
    failure.error =
        Error{kDomain, ErrorCode::Malformed, QStringLiteral("the relay's answer is malformed: %1").arg(what)};
    return tl::unexpected(failure);
}

RelayResult<UploadState> parseUpload(const QJsonObject& object)
{
    UploadState state;
    state.id = object.value(QStringLiteral("upload")).toString();
    state.size = object.value(QStringLiteral("size")).toInteger(-1);
    state.received = object.value(QStringLiteral("received")).toInteger(-1);
    state.maxChunkBytes = object.value(QStringLiteral("maxChunkBytes")).toInteger(-1);
    if (state.id.isEmpty() || state.size < 0 || state.received < 0 || state.received > state.size
        || state.maxChunkBytes <= 0)
        return malformedAnswer<UploadState>(QStringLiteral("upload state"));
    return state;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

RelayFailure relayFailure(const HttpRequest& request, const HttpResponse& response)
{
    RelayFailure failure;
    failure.status = response.status;
    const QString what = QString::fromLatin1(request.method) + u' ' + request.path.section(u'?', 0, 0);
    if (response.status == 0) {
        failure.error = Error{kDomain, ErrorCode::IoError,
                              QStringLiteral("cannot reach the relay (%1): %2").arg(what, response.networkError)};
        return failure;
    }
    failure.body = QJsonDocument::fromJson(response.body).object();
    failure.relayCode = failure.body.value(QStringLiteral("code")).toString();
    const QString message = failure.body.value(QStringLiteral("message")).toString();
    failure.error = Error{kDomain, codeForStatus(response.status),
                          QStringLiteral("the relay refused %1: HTTP %2 %3%4")
                              .arg(what)
                              .arg(response.status)
                              .arg(failure.relayCode.isEmpty() ? QStringLiteral("(no error code)") : failure.relayCode,
                                   message.isEmpty() ? QString() : QString(QStringLiteral(": ") + message))};
    return failure;
}

bool isRelayUnreachable(const Error& error)
{
    return error.domain == kDomain && error.code == ErrorCode::IoError;
}

RelayClient::RelayClient(HttpTransport& transport, crypto::SigningKeyPair device)
    : m_transport(transport)
    , m_device(std::move(device))
{
}

void RelayClient::call(HttpRequest request, Auth auth, std::function<void(RelayResult<HttpResponse>)> done,
                       bool retried)
{
    if (auth == Auth::Token && m_token.isEmpty()) {
        authenticate([this, request = std::move(request), done = std::move(done)](RelayResult<QString> token) mutable {
            if (!token)
                return done(tl::unexpected(token.error()));
            call(std::move(request), Auth::Token, std::move(done), true);
        });
        return;
    }
    HttpRequest sent = request;
    if (auth == Auth::Token)
        sent.headers.append({"Authorization", "Bearer " + m_token.toLatin1()});
    m_transport.send(sent, [this, request = std::move(request), auth, done = std::move(done),
                            retried](HttpResponse response) mutable {
        if (response.status >= 200 && response.status < 300)
            return done(std::move(response));
        // Tokens expire (and die with a device list change): get a new one, once.
        if (response.status == 401 && auth == Auth::Token && !retried) {
            m_token.clear();
            return call(std::move(request), auth, std::move(done), true);
        }
        done(tl::unexpected(relayFailure(request, response)));
    });
}

template <typename T>
void RelayClient::callJson(HttpRequest request, Auth auth, std::function<RelayResult<T>(const QJsonObject&)> parse,
                           Callback<T> done)
{
    // The handler is named with its concrete type so that the call below does not depend on T:
    // clang-tidy before 19 misreads arguments of a type-dependent call (llvm-project #62276) and
    // would call the moved `request` a copy.
    std::function<void(RelayResult<HttpResponse>)> handler =
        [parse = std::move(parse), done = std::move(done)](RelayResult<HttpResponse> response) {
            if (!response)
                return done(tl::unexpected(response.error()));
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(response->body, &error);
            if (!document.isObject())
                return done(malformedAnswer<T>(QStringLiteral("not a JSON object")));
            done(parse(document.object()));
        };
    call(std::move(request), auth, std::move(handler));
}

void RelayClient::registerIdentity(const QByteArray& credential, const QList<QByteArray>& deviceLists,
                                   Callback<Registration> done)
{
    QJsonArray lists;
    for (const QByteArray& entry : deviceLists)
        lists.append(QString::fromLatin1(entry.toBase64()));
    callJson<Registration>(
        jsonRequest("POST", QStringLiteral("/v1/register"),
                    {{QStringLiteral("credential"), QString::fromLatin1(credential.toBase64())},
                     {QStringLiteral("deviceLists"), lists}}),
        Auth::None,
        [](const QJsonObject& object) -> RelayResult<Registration> {
            Registration registration;
            registration.identity = object.value(QStringLiteral("identity")).toString();
            registration.deviceListSequence =
                static_cast<quint64>(object.value(QStringLiteral("deviceListSequence")).toInteger());
            registration.created = object.value(QStringLiteral("created")).toBool();
            if (registration.identity.size() != 64)
                return malformedAnswer<Registration>(QStringLiteral("registration"));
            return registration;
        },
        std::move(done));
}

void RelayClient::authenticate(Callback<QString> done)
{
    const QString device = m_device.publicKey().toHex();
    callJson<QByteArray>(
        jsonRequest("POST", QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), device}}), Auth::None,
        [](const QJsonObject& object) -> RelayResult<QByteArray> {
            const QByteArray challenge =
                QByteArray::fromBase64(object.value(QStringLiteral("challenge")).toString().toLatin1());
            if (challenge.size() != crypto::kRelayChallengeSize)
                return malformedAnswer<QByteArray>(QStringLiteral("challenge"));
            return challenge;
        },
        [this, device, done = std::move(done)](RelayResult<QByteArray> challenge) mutable {
            if (!challenge && challenge.error().relayCode == QLatin1String("unknown-device")) {
                // What the person at this computer needs to know (the relay's code stays, for logs).
                m_deviceUnknown = true;
                RelayFailure failure = challenge.error();
                failure.error = Error{kDomain, ErrorCode::PermissionDenied,
                                      QStringLiteral("this computer is not one of its identity's devices at the relay: "
                                                     "it was removed from another of them, or is not linked yet (%1)")
                                          .arg(failure.error.message)};
                return done(tl::unexpected(std::move(failure)));
            }
            if (!challenge)
                return done(tl::unexpected(challenge.error()));
            const QByteArray signature = crypto::signRelayChallenge(m_device, *challenge);
            callJson<QString>(
                jsonRequest("POST", QStringLiteral("/v1/auth/token"),
                            {{QStringLiteral("device"), device},
                             {QStringLiteral("challenge"), QString::fromLatin1(challenge->toBase64())},
                             {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}}),
                Auth::None,
                [](const QJsonObject& object) -> RelayResult<QString> {
                    const QString token = object.value(QStringLiteral("token")).toString();
                    if (token.isEmpty())
                        return malformedAnswer<QString>(QStringLiteral("token"));
                    return token;
                },
                [this, done = std::move(done)](RelayResult<QString> token) {
                    if (token) {
                        m_token = *token;
                        m_deviceUnknown = false;
                    }
                    done(std::move(token));
                });
        });
}

void RelayClient::fetchIdentity(const crypto::SigningPublicKey& identity, Callback<IdentityRecord> done)
{
    callJson<IdentityRecord>(
        plainRequest("GET", QStringLiteral("/v1/identities/") + identity.toHex()), Auth::Token,
        [](const QJsonObject& object) -> RelayResult<IdentityRecord> {
            IdentityRecord record;
            record.credential =
                QByteArray::fromBase64(object.value(QStringLiteral("credential")).toString().toLatin1());
            const QJsonArray lists = object.value(QStringLiteral("deviceLists")).toArray();
            for (const auto& entry : lists)
                record.deviceLists.append(QByteArray::fromBase64(entry.toString().toLatin1()));
            if (record.credential.isEmpty() || record.deviceLists.isEmpty())
                return malformedAnswer<IdentityRecord>(QStringLiteral("identity"));
            return record;
        },
        std::move(done));
}

void RelayClient::publishDeviceList(const crypto::SigningPublicKey& identity, const QByteArray& entry,
                                    Callback<quint64> done)
{
    callJson<quint64>(
        jsonRequest("PUT", QStringLiteral("/v1/identities/%1/device-list").arg(identity.toHex()),
                    {{QStringLiteral("deviceList"), QString::fromLatin1(entry.toBase64())}}),
        Auth::Token,
        [](const QJsonObject& object) -> RelayResult<quint64> {
            return static_cast<quint64>(object.value(QStringLiteral("deviceListSequence")).toInteger());
        },
        std::move(done));
}

void RelayClient::createUpload(qint64 size, Callback<UploadState> done)
{
    callJson<UploadState>(jsonRequest("POST", QStringLiteral("/v1/uploads"), {{QStringLiteral("size"), size}}),
                          Auth::Token, parseUpload, std::move(done));
}

void RelayClient::uploadStatus(const QString& uploadId, Callback<UploadState> done)
{
    callJson<UploadState>(plainRequest("GET", QStringLiteral("/v1/uploads/") + uploadId), Auth::Token, parseUpload,
                          std::move(done));
}

void RelayClient::putChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes, Callback<UploadState> done)
{
    HttpRequest request = plainRequest("PUT", QStringLiteral("/v1/uploads/%1?offset=%2").arg(uploadId).arg(offset));
    request.body = bytes;
    request.contentType = "application/octet-stream";
    callJson<UploadState>(std::move(request), Auth::Token, parseUpload, std::move(done));
}

void RelayClient::commitUpload(const QString& uploadId, const QByteArray& hash, Callback<StoredBlob> done)
{
    callJson<StoredBlob>(
        jsonRequest("POST", QStringLiteral("/v1/uploads/%1/commit").arg(uploadId),
                    {{QStringLiteral("hash"), hex(hash)}}),
        Auth::Token,
        [](const QJsonObject& object) -> RelayResult<StoredBlob> {
            StoredBlob blob{QByteArray::fromHex(object.value(QStringLiteral("blob")).toString().toLatin1()),
                            object.value(QStringLiteral("size")).toInteger(-1)};
            if (blob.hash.size() != 32 || blob.size < 0)
                return malformedAnswer<StoredBlob>(QStringLiteral("commit"));
            return blob;
        },
        std::move(done));
}

void RelayClient::downloadRange(const QByteArray& hash, qint64 offset, qint64 length, Callback<QByteArray> done)
{
    HttpRequest request = plainRequest("GET", QStringLiteral("/v1/blobs/") + hex(hash));
    request.headers.append(
        {"Range", QByteArray("bytes=") + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1)});
    call(std::move(request), Auth::Token, [offset, done = std::move(done)](RelayResult<HttpResponse> response) {
        if (!response)
            return done(tl::unexpected(response.error()));
        // Check that the relay sent the range asked for (it may shorten it, never move it).
        const QByteArray range = response->header("content-range");
        const QByteArray expected = QByteArray("bytes ") + QByteArray::number(offset) + '-';
        if (response->status == 206 && !range.startsWith(expected))
            return done(
                malformedAnswer<QByteArray>(QStringLiteral("Content-Range %1").arg(QString::fromLatin1(range))));
        done(std::move(response->body));
    });
}

void RelayClient::postEnvelopes(const QList<OutgoingEnvelope>& envelopes, Callback<QList<quint64>> done)
{
    QJsonArray items;
    for (const OutgoingEnvelope& envelope : envelopes)
        items.append(QJsonObject{{QStringLiteral("mailbox"), hex(envelope.mailbox)},
                                 {QStringLiteral("data"), QString::fromLatin1(envelope.data.toBase64())}});
    const qsizetype count = envelopes.size();
    callJson<QList<quint64>>(
        jsonRequest("POST", QStringLiteral("/v1/envelopes"), {{QStringLiteral("envelopes"), items}}), Auth::Token,
        [count](const QJsonObject& object) -> RelayResult<QList<quint64>> {
            QList<quint64> sequences;
            const QJsonArray values = object.value(QStringLiteral("sequences")).toArray();
            for (const auto& value : values)
                sequences.append(static_cast<quint64>(value.toInteger()));
            if (sequences.size() != count)
                return malformedAnswer<QList<quint64>>(QStringLiteral("envelope sequences"));
            return sequences;
        },
        std::move(done));
}

void RelayClient::fetchMailbox(quint64 after, int limit, Callback<MailboxPage> done)
{
    callJson<MailboxPage>(
        plainRequest("GET", QStringLiteral("/v1/mailbox?after=%1&limit=%2").arg(after).arg(limit)), Auth::Token,
        [after](const QJsonObject& object) -> RelayResult<MailboxPage> {
            MailboxPage page;
            quint64 previous = after;
            const QJsonArray values = object.value(QStringLiteral("envelopes")).toArray();
            for (const auto& value : values) {
                const QJsonObject item = value.toObject();
                IncomingEnvelope envelope;
                envelope.sequence = static_cast<quint64>(item.value(QStringLiteral("sequence")).toInteger());
                envelope.data = QByteArray::fromBase64(item.value(QStringLiteral("data")).toString().toLatin1());
                envelope.received = item.value(QStringLiteral("received")).toInteger();
                // Oldest first and after the cursor (§ 17.6): anything else is not this relay's API.
                if (envelope.sequence <= previous || envelope.data.isEmpty())
                    return malformedAnswer<MailboxPage>(QStringLiteral("mailbox envelopes out of order"));
                previous = envelope.sequence;
                page.envelopes.append(std::move(envelope));
            }
            page.cursor = static_cast<quint64>(object.value(QStringLiteral("cursor")).toInteger());
            page.more = object.value(QStringLiteral("more")).toBool();
            return page;
        },
        std::move(done));
}

void RelayClient::acknowledge(quint64 upTo, Callback<qint64> done)
{
    callJson<qint64>(
        jsonRequest("POST", QStringLiteral("/v1/mailbox/ack"), {{QStringLiteral("upTo"), static_cast<qint64>(upTo)}}),
        Auth::Token,
        [](const QJsonObject& object) -> RelayResult<qint64> {
            return object.value(QStringLiteral("deleted")).toInteger();
        },
        std::move(done));
}

void RelayClient::putKeyBackup(const QByteArray& locator, const QByteArray& backup, Callback<qint64> done)
{
    callJson<qint64>(
        jsonRequest("PUT", QStringLiteral("/v1/key-backup"),
                    {{QStringLiteral("locator"), QString::fromLatin1(locator.toHex())},
                     {QStringLiteral("backup"), QString::fromLatin1(backup.toBase64())}}),
        Auth::Token,
        [](const QJsonObject& object) -> RelayResult<qint64> {
            return object.value(QStringLiteral("updated")).toInteger();
        },
        std::move(done));
}

void RelayClient::fetchKeyBackup(const QByteArray& locator, Callback<RelayKeyBackup> done)
{
    callJson<RelayKeyBackup>(
        plainRequest("GET", QStringLiteral("/v1/key-backups/") + QString::fromLatin1(locator.toHex())), Auth::None,
        [](const QJsonObject& object) -> RelayResult<RelayKeyBackup> {
            RelayKeyBackup found;
            found.identity = QByteArray::fromHex(object.value(QStringLiteral("identity")).toString().toLatin1());
            found.backup = QByteArray::fromBase64(object.value(QStringLiteral("backup")).toString().toLatin1());
            if (found.identity.size() != 32 || found.backup.isEmpty())
                return malformedAnswer<RelayKeyBackup>(QStringLiteral("key backup"));
            return found;
        },
        std::move(done));
}

} // namespace consilium::sync
