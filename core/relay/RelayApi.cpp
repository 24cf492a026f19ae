#include "core/relay/RelayApi.h"

#include "core/common/Logging.h"
#include "core/common/Version.h"
#include "core/crypto/Credential.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/RelayChallenge.h"
#include "core/crypto/TrustChain.h"
#include "core/relay/RelayApiSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace consilium::relay {

using namespace detail;

namespace {

constexpr qsizetype kKeySize = 32;

// What a route needs before its handler runs.
enum class Access { Public, Token };

struct Route {
    QStringList pattern; ///< path segments; "*" captures one segment
    QList<QByteArray> methods;
    Access access;
    int id;
};

enum RouteId {
    Register,
    Challenge,
    Token,
    Identity,
    DeviceList,
    Uploads,
    Upload,
    UploadCommit,
    Blob,
    Envelopes,
    Mailbox,
    MailboxAck,
    KeyBackupPut,
    KeyBackupGet,
};

const QList<Route>& routes()
{
    static const QList<Route> table{
        {{QStringLiteral("register")}, {"POST"}, Access::Public, Register},
        {{QStringLiteral("auth"), QStringLiteral("challenge")}, {"POST"}, Access::Public, Challenge},
        {{QStringLiteral("auth"), QStringLiteral("token")}, {"POST"}, Access::Public, Token},
        {{QStringLiteral("identities"), QStringLiteral("*")}, {"GET"}, Access::Token, Identity},
        {{QStringLiteral("identities"), QStringLiteral("*"), QStringLiteral("device-list")},
         {"PUT"},
         Access::Token,
         DeviceList},
        {{QStringLiteral("uploads")}, {"POST"}, Access::Token, Uploads},
        {{QStringLiteral("uploads"), QStringLiteral("*")}, {"GET", "PUT"}, Access::Token, Upload},
        {{QStringLiteral("uploads"), QStringLiteral("*"), QStringLiteral("commit")},
         {"POST"},
         Access::Token,
         UploadCommit},
        {{QStringLiteral("blobs"), QStringLiteral("*")}, {"GET"}, Access::Token, Blob},
        {{QStringLiteral("envelopes")}, {"POST"}, Access::Token, Envelopes},
        {{QStringLiteral("mailbox")}, {"GET"}, Access::Token, Mailbox},
        {{QStringLiteral("mailbox"), QStringLiteral("ack")}, {"POST"}, Access::Token, MailboxAck},
        {{QStringLiteral("key-backup")}, {"PUT"}, Access::Token, KeyBackupPut},
        // Public: a new computer asks before it has any key; the locator is the secret.
        {{QStringLiteral("key-backups"), QStringLiteral("*")}, {"GET"}, Access::Public, KeyBackupGet},
    };
    return table;
}

// Matches `segments` (without the leading "v1") against a route; fills the captured segments.
bool matches(const QStringList& segments, const Route& route, QStringList& captured)
{
    if (segments.size() != route.pattern.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.pattern[i] == u'*')
            values.append(segments[i]);
        else if (route.pattern[i] != segments[i])
            return false;
    }
    captured = values;
    return true;
}

RelayResponse methodNotAllowed(const QList<QByteArray>& allowed, const QString& path)
{
    const QByteArray allow = allowed.join(", ");
    auto response = RelayResponse::error(405, QStringLiteral("method-not-allowed"),
                                         QStringLiteral("%1 only answers %2.").arg(path, QString::fromLatin1(allow)));
    response.addHeader("Allow", allow);
    return response;
}

RelayResponse unauthenticated(const QString& message)
{
    auto response = RelayResponse::error(401, QStringLiteral("unauthenticated"), message);
    response.addHeader("WWW-Authenticate", "Bearer");
    return response;
}

QByteArray tokenHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Blake2b_256);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + size));
    return bytes;
}

} // namespace

RelayApi::RelayApi(RelayStorage& storage, RelayApiSettings settings)
    : m_storage(storage)
    , m_settings(std::move(settings))
    , m_rateLimiter(m_settings.limits.ratePerSecond, m_settings.limits.rateBurst)
{
    if (!m_settings.nowMs)
        m_settings.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

RelayApi::~RelayApi()
{
    if (m_storage.announcesEnvelopes())
        m_storage.setEnvelopeListener({});
}

void RelayApi::setMailboxListener(std::function<void(const QList<QByteArray>&)> listener)
{
    m_mailboxListener = std::move(listener);
    if (m_storage.announcesEnvelopes()) {
        // Envelopes posted through any relay process sharing the storage, this one included.
        m_storage.setEnvelopeListener([this](const QList<QByteArray>& mailboxes) {
            if (m_mailboxListener)
                m_mailboxListener(mailboxes);
        });
    }
}

qint64 RelayApi::nowSeconds() const
{
    return m_settings.nowMs() / 1000;
}

RelayResponse RelayApi::handle(const RelayRequest& request)
{
    RelayResponse response = dispatch(request);
    m_metrics.countResponse(response.status);
    return response;
}

RelayResponse RelayApi::dispatch(const RelayRequest& request)
{
    if (request.path == QLatin1String("/health")) {
        if (request.method != "GET")
            return methodNotAllowed({"GET"}, request.path);
        return RelayResponse::json(
            200, {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("version"), versionString()}});
    }
    if (request.path == QLatin1String("/metrics")) {
        if (request.method != "GET")
            return methodNotAllowed({"GET"}, request.path);
        RelayResponse response;
        response.contentType = "text/plain; version=0.0.4; charset=utf-8";
        response.body = m_metrics.prometheusText();
        return response;
    }

    QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.takeFirst() != QLatin1String("v1") || request.path.endsWith(u'/'))
        return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint."));
    const Route* route = nullptr;
    QStringList captured;
    for (const Route& candidate : routes()) {
        if (matches(segments, candidate, captured)) {
            route = &candidate;
            break;
        }
    }
    if (!route)
        return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint."));
    if (!route->methods.contains(request.method))
        return methodNotAllowed(route->methods, request.path);

    // Rate limit before any work: per token when one is presented, else per client address.
    const QByteArray authorization = request.header("authorization");
    const QByteArray bucket = authorization.isEmpty() ? QByteArray("ip:" + request.clientAddress.toUtf8())
                                                      : QByteArray("token:" + tokenHash(authorization));
    if (!m_rateLimiter.allow(bucket, m_settings.nowMs())) {
        m_metrics.countRateLimited();
        auto response = RelayResponse::error(429, QStringLiteral("rate-limited"),
                                             QStringLiteral("Too many requests; retry later."));
        response.addHeader("Retry-After", QByteArray::number(m_rateLimiter.retryAfterSeconds(bucket)));
        return response;
    }

    const bool isChunk = route->id == Upload && request.method == "PUT";
    const qint64 bodyLimit = isChunk ? m_settings.limits.maxChunkBytes : m_settings.limits.maxBatchBytes;
    if (request.body.size() > bodyLimit)
        return RelayResponse::error(
            413, QStringLiteral("too-large"),
            QStringLiteral("The request body has %1 bytes; the limit is %2.").arg(request.body.size()).arg(bodyLimit));

    // Expired challenges and tokens are dropped now and then, not on every request, and only an
    // hour after expiry: until then a client presenting one is told it expired, not "unknown".
    if (const qint64 now = nowSeconds(); now - m_lastPurgeSeconds >= 60) {
        m_lastPurgeSeconds = now;
        if (auto purged = m_storage.purgeExpired(now - 3600); !purged)
            qCWarning(lcRelay) << "purging expired tokens failed:" << purged.error().message;
    }

    StoredToken caller;
    if (route->access == Access::Token) {
        if (!authorization.startsWith("Bearer "))
            return unauthenticated(QStringLiteral("This endpoint needs an 'Authorization: Bearer <token>' header."));
        auto authenticated = authenticate(authorization.mid(7).trimmed());
        if (!authenticated) {
            if (authenticated.error().code == ErrorCode::PermissionDenied)
                return unauthenticated(authenticated.error().message);
            return storageFailure(authenticated.error());
        }
        caller = *authenticated;
    }

    switch (route->id) {
    case Register:
        return registerIdentity(request);
    case Challenge:
        return challenge(request);
    case Token:
        return issueToken(request);
    case Identity:
        return getIdentity(caller, captured[0]);
    case DeviceList:
        return publishDeviceList(caller, captured[0], request);
    case Uploads:
        return createUpload(caller, request);
    case Upload:
        return request.method == "GET" ? uploadStatus(caller, captured[0]) : putChunk(caller, captured[0], request);
    case UploadCommit:
        return commitUpload(caller, captured[0], request);
    case Blob:
        return downloadBlob(captured[0], request);
    case Envelopes:
        return postEnvelopes(caller, request);
    case Mailbox:
        return fetchMailbox(caller, request);
    case MailboxAck:
        return ackMailbox(caller, request);
    case KeyBackupPut:
        return putKeyBackup(caller, request);
    case KeyBackupGet:
        return getKeyBackup(captured[0]);
    }
    return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint."));
}

Result<StoredToken> RelayApi::authenticate(const QByteArray& bearerToken)
{
    const auto denied = [](const QString& message) {
        return fail(QStringLiteral("relay"), ErrorCode::PermissionDenied, message);
    };
    if (bearerToken.isEmpty())
        return denied(QStringLiteral("No token was presented."));
    auto stored = m_storage.token(tokenHash(bearerToken));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!*stored)
        return denied(QStringLiteral("Unknown token; authenticate again."));
    if ((*stored)->expires <= nowSeconds())
        return denied(QStringLiteral("The token has expired; authenticate again."));
    // A device removed from its identity's device list loses access at once, not at expiry.
    auto owner = m_storage.identityOfDevice((*stored)->device);
    if (!owner)
        return tl::unexpected(owner.error());
    if (!*owner || **owner != (*stored)->identity)
        return denied(QStringLiteral("The device is no longer in its identity's device list."));
    return **stored;
}

RelayResponse RelayApi::storageFailure(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return RelayResponse::error(404, QStringLiteral("not-found"), error.message);
    case ErrorCode::AlreadyExists:
        return RelayResponse::error(409, QStringLiteral("conflict"), error.message);
    case ErrorCode::PermissionDenied:
        return RelayResponse::error(413, QStringLiteral("quota-exceeded"), error.message);
    case ErrorCode::InvalidArgument:
        return RelayResponse::error(400, QStringLiteral("invalid-argument"), error.message);
    case ErrorCode::Malformed:
        return RelayResponse::error(422, QStringLiteral("hash-mismatch"), error.message);
    default:
        // Storage messages name files and tables, never request content; still, the client only
        // gets a generic sentence.
        qCWarning(lcRelay) << "storage failure:" << error.message;
        return RelayResponse::error(500, QStringLiteral("internal"),
                                    QStringLiteral("The relay could not store or read data."));
    }
}

// Registration ---------------------------------------------------------------------------------

RelayResponse RelayApi::registerIdentity(const RelayRequest& request)
{
    if (!m_settings.verifier)
        return RelayResponse::error(
            503, QStringLiteral("registration-disabled"),
            QStringLiteral("This relay has no verifier key configured and accepts no registrations."));
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const QJsonObject& object = std::get<QJsonObject>(body);
    const auto credentialBytes = base64Field(object, QStringLiteral("credential"));
    if (const auto* refusal = std::get_if<RelayResponse>(&credentialBytes))
        return *refusal;
    auto credential = crypto::Credential::parse(std::get<QByteArray>(credentialBytes));
    if (!credential)
        return badRequest(credential.error().message);
    if (auto trusted = crypto::verifyCredential(m_settings.verifier->key, m_settings.verifier->revocations, *credential,
                                                crypto::todayUtc());
        !trusted)
        return RelayResponse::error(403, QStringLiteral("credential-refused"), trusted.error().message);
    const QByteArray identityKey = credential->details().identityKey.bytes();

    // The device list history, first entry first: the relay checks the whole chain once, so it
    // can later refuse any entry that does not extend it.
    const QJsonValue listsValue = object.value(QStringLiteral("deviceLists"));
    if (!listsValue.isArray() || listsValue.toArray().isEmpty())
        return badRequest(QStringLiteral("'deviceLists' must be a non-empty array of base64 device list entries"));
    QList<QByteArray> history;
    for (const auto& entry : listsValue.toArray()) {
        auto bytes =
            QByteArray::fromBase64Encoding(entry.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!entry.isString() || !bytes)
            return badRequest(QStringLiteral("'deviceLists' must hold base64 strings"));
        history.append(*bytes);
    }
    auto chain = crypto::DeviceListChain::fromHistory(history);
    if (!chain)
        return badRequest(chain.error().message);
    const crypto::DeviceList& current = chain->current();
    if (current.identityKey().bytes() != identityKey)
        return badRequest(QStringLiteral("device list belongs to a different identity than the credential's"));

    auto existing = m_storage.identity(identityKey);
    if (!existing)
        return storageFailure(existing.error());
    if (*existing) {
        // Renewal: a new credential for a known identity. Device list changes go through PUT, so
        // the relay never has to reconcile two histories here.
        if ((*existing)->deviceList != current.encoded())
            return RelayResponse::error(
                409, QStringLiteral("conflict"),
                QStringLiteral("The identity is already registered with another device list; "
                               "publish changes with PUT /v1/identities/{identity}/device-list."));
        if (auto replaced = m_storage.replaceCredential(identityKey, credential->encoded()); !replaced)
            return storageFailure(replaced.error());
        m_metrics.countRegistrations();
        return RelayResponse::json(200, {{QStringLiteral("identity"), hex(identityKey)},
                                         {QStringLiteral("deviceListSequence"), qint64(current.sequence())},
                                         {QStringLiteral("created"), false}});
    }
    QList<QByteArray> devices;
    for (const auto& device : current.devices())
        devices.append(device.bytes());
    const StoredIdentity stored{identityKey, credential->encoded(), current.encoded(), current.sequence()};
    if (auto created = m_storage.createIdentity(stored, history, devices); !created)
        return storageFailure(created.error());
    m_metrics.countRegistrations();
    return RelayResponse::json(201, {{QStringLiteral("identity"), hex(identityKey)},
                                     {QStringLiteral("deviceListSequence"), qint64(current.sequence())},
                                     {QStringLiteral("created"), true}});
}

// Authentication -------------------------------------------------------------------------------

RelayResponse RelayApi::challenge(const RelayRequest& request)
{
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const auto device = hexField(std::get<QJsonObject>(body), QStringLiteral("device"), kKeySize);
    if (const auto* refusal = std::get_if<RelayResponse>(&device))
        return *refusal;
    auto owner = m_storage.identityOfDevice(std::get<QByteArray>(device));
    if (!owner)
        return storageFailure(owner.error());
    if (!*owner)
        return RelayResponse::error(404, QStringLiteral("unknown-device"),
                                    QStringLiteral("No registered identity lists this device."));
    const QByteArray value = randomBytes(crypto::kRelayChallengeSize);
    const qint64 expires = nowSeconds() + m_settings.limits.challengeLifetimeSeconds;
    if (auto stored = m_storage.putChallenge(value, {std::get<QByteArray>(device), expires}); !stored)
        return storageFailure(stored.error());
    return RelayResponse::json(200, {{QStringLiteral("challenge"), QString::fromLatin1(value.toBase64())},
                                     {QStringLiteral("expires"), expires}});
}

RelayResponse RelayApi::issueToken(const RelayRequest& request)
{
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const QJsonObject& object = std::get<QJsonObject>(body);
    const auto device = hexField(object, QStringLiteral("device"), kKeySize);
    if (const auto* refusal = std::get_if<RelayResponse>(&device))
        return *refusal;
    const auto challengeBytes = base64Field(object, QStringLiteral("challenge"));
    if (const auto* refusal = std::get_if<RelayResponse>(&challengeBytes))
        return *refusal;
    const auto signature = base64Field(object, QStringLiteral("signature"));
    if (const auto* refusal = std::get_if<RelayResponse>(&signature))
        return *refusal;
    const QByteArray& deviceKey = std::get<QByteArray>(device);
    const QByteArray& challengeValue = std::get<QByteArray>(challengeBytes);

    auto deviceKeyValue = crypto::SigningPublicKey::fromBytes(deviceKey);
    if (!deviceKeyValue)
        return badRequest(deviceKeyValue.error().message);
    // Check the signature first: a wrong answer must not burn the challenge (a refused request
    // changes nothing); then take the challenge, which succeeds only once.
    if (auto verified = crypto::verifyRelayChallenge(*deviceKeyValue, challengeValue, std::get<QByteArray>(signature));
        !verified)
        return unauthenticated(verified.error().message);
    auto taken = m_storage.takeChallenge(challengeValue);
    if (!taken)
        return storageFailure(taken.error());
    if (!*taken || (*taken)->device != deviceKey)
        return unauthenticated(QStringLiteral("Unknown or already used challenge; request a new one."));
    if ((*taken)->expires <= nowSeconds())
        return unauthenticated(QStringLiteral("The challenge has expired; request a new one."));
    auto owner = m_storage.identityOfDevice(deviceKey);
    if (!owner)
        return storageFailure(owner.error());
    if (!*owner)
        return unauthenticated(QStringLiteral("No registered identity lists this device."));

    const QByteArray token = randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 expires = nowSeconds() + m_settings.limits.tokenLifetimeSeconds;
    if (auto stored = m_storage.putToken(tokenHash(token), {deviceKey, **owner, expires}); !stored)
        return storageFailure(stored.error());
    m_metrics.countTokensIssued();
    return RelayResponse::json(200, {{QStringLiteral("token"), QString::fromLatin1(token)},
                                     {QStringLiteral("expires"), expires},
                                     {QStringLiteral("identity"), hex(**owner)}});
}

// Identities and device lists ------------------------------------------------------------------

RelayResponse RelayApi::getIdentity(const StoredToken& /*caller*/, const QString& identityHex)
{
    const auto identityKey = hexValue(identityHex, kKeySize, QStringLiteral("the identity key"));
    if (const auto* refusal = std::get_if<RelayResponse>(&identityKey))
        return *refusal;
    auto stored = m_storage.identity(std::get<QByteArray>(identityKey));
    if (!stored)
        return storageFailure(stored.error());
    if (!*stored)
        return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such identity."));
    auto history = m_storage.deviceListHistory(std::get<QByteArray>(identityKey));
    if (!history)
        return storageFailure(history.error());
    QJsonArray lists;
    for (const QByteArray& entry : *history)
        lists.append(QString::fromLatin1(entry.toBase64()));
    return RelayResponse::json(200,
                               {{QStringLiteral("identity"), hex((*stored)->identityKey)},
                                {QStringLiteral("credential"), QString::fromLatin1((*stored)->credential.toBase64())},
                                {QStringLiteral("deviceLists"), lists}});
}

RelayResponse RelayApi::publishDeviceList(const StoredToken& caller, const QString& identityHex,
                                          const RelayRequest& request)
{
    const auto identityKey = hexValue(identityHex, kKeySize, QStringLiteral("the identity key"));
    if (const auto* refusal = std::get_if<RelayResponse>(&identityKey))
        return *refusal;
    if (std::get<QByteArray>(identityKey) != caller.identity)
        return RelayResponse::error(403, QStringLiteral("permission-denied"),
                                    QStringLiteral("Only a device of this identity may publish its device list."));
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const auto entry = base64Field(std::get<QJsonObject>(body), QStringLiteral("deviceList"));
    if (const auto* refusal = std::get_if<RelayResponse>(&entry))
        return *refusal;
    auto stored = m_storage.identity(caller.identity);
    if (!stored)
        return storageFailure(stored.error());
    if (!*stored)
        return RelayResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such identity."));
    auto chain = crypto::DeviceListChain::resume((*stored)->deviceList);
    if (!chain)
        return storageFailure(Error{QStringLiteral("relay"), ErrorCode::Internal, chain.error().message});
    const QByteArray& newEntry = std::get<QByteArray>(entry);
    if (auto appended = chain->append(newEntry); !appended) {
        // Unparsable or badly signed is a bad request; a valid entry that does not extend the
        // current one (rollback, fork, gap, another identity) conflicts with the stored state.
        if (appended.error().code == ErrorCode::PermissionDenied)
            return RelayResponse::error(409, QStringLiteral("device-list-rejected"), appended.error().message);
        return badRequest(appended.error().message);
    }
    const crypto::DeviceList& current = chain->current();
    if (current.sequence() != (*stored)->deviceListSequence) {
        QList<QByteArray> devices;
        for (const auto& device : current.devices())
            devices.append(device.bytes());
        if (auto ok = m_storage.appendDeviceList(caller.identity, (*stored)->deviceListSequence, current.encoded(),
                                                 current.sequence(), devices);
            !ok)
            return storageFailure(ok.error());
    }
    return RelayResponse::json(200, {{QStringLiteral("deviceListSequence"), qint64(current.sequence())}});
}

} // namespace consilium::relay
