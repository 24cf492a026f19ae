#pragma once

#include "core/common/Error.h"
#include "core/crypto/Keys.h"
#include "core/sync/HttpTransport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace consilium::sync {

/// A relay refusal keeps the relay's own error name (docs/protocol.md § 17.1) next to the Error.
struct RelayFailure {
    Error error;
    int status = 0; ///< HTTP status; 0 for a network failure
    QString relayCode; ///< "wrong-offset", "unauthenticated", ...; empty for a network failure
    QJsonObject body; ///< the error body (e.g. "received" for wrong-offset)
};

template <typename T>
using RelayResult = tl::expected<T, RelayFailure>;

template <typename T>
using Callback = std::function<void(RelayResult<T>)>;

struct Registration {
    QString identity;
    quint64 deviceListSequence = 0;
    bool created = false;
};

struct IdentityRecord {
    QByteArray credential;
    QList<QByteArray> deviceLists; ///< history, sequence 1 first
};

struct UploadState {
    QString id;
    qint64 size = 0;
    qint64 received = 0;
    qint64 maxChunkBytes = 0;
};

struct StoredBlob {
    QByteArray hash;
    qint64 size = 0;
};

struct OutgoingEnvelope {
    QByteArray mailbox; ///< recipient device key (32 bytes)
    QByteArray data;
};

struct IncomingEnvelope {
    quint64 sequence = 0;
    QByteArray data;
    qint64 received = 0;
};

struct RelayKeyBackup {
    QByteArray identity; ///< 32 bytes, as the relay says (the backup itself is the proof)
    QByteArray backup;
};
struct MailboxPage {
    QList<IncomingEnvelope> envelopes;
    quint64 cursor = 0;
    bool more = false;
};

/// The client side of the relay API (docs/protocol.md § 17) for one device: every call is
/// asynchronous and answers through its callback exactly once, with a value or a RelayFailure
/// whose Error says what the relay (or the network) refused and why.
///
/// Authentication is automatic: calls that need a token get one (challenge → signed answer →
/// token) and a 401 is answered by re-authenticating once and repeating the request.
/// Thread notes: use from the thread of its transport; not thread-safe.
class RelayClient {
public:
    RelayClient(HttpTransport& transport, crypto::SigningKeyPair device);

    [[nodiscard]] const crypto::SigningPublicKey& device() const { return m_device.publicKey(); }
    [[nodiscard]] HttpTransport& transport() { return m_transport; }
    /// The current bearer token (empty before the first authentication).
    [[nodiscard]] const QString& token() const { return m_token; }
    /// Whether the relay's last answer to this device's sign-in was `unknown-device`: the device is
    /// not (or no longer) in its identity's device list (removed, § 19.6, or never linked). Cleared
    /// by the next sign-in that succeeds.
    [[nodiscard]] bool deviceUnknown() const { return m_deviceUnknown; }

    void registerIdentity(const QByteArray& credential, const QList<QByteArray>& deviceLists,
                          Callback<Registration> done);
    void authenticate(Callback<QString> done);
    void fetchIdentity(const crypto::SigningPublicKey& identity, Callback<IdentityRecord> done);
    void publishDeviceList(const crypto::SigningPublicKey& identity, const QByteArray& entry, Callback<quint64> done);

    void createUpload(qint64 size, Callback<UploadState> done);
    void uploadStatus(const QString& uploadId, Callback<UploadState> done);
    void putChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes, Callback<UploadState> done);
    void commitUpload(const QString& uploadId, const QByteArray& hash, Callback<StoredBlob> done);
    /// Bytes [offset, offset + length) of a blob; the relay may send fewer (at most one chunk).
    void downloadRange(const QByteArray& hash, qint64 offset, qint64 length, Callback<QByteArray> done);

    void postEnvelopes(const QList<OutgoingEnvelope>& envelopes, Callback<QList<quint64>> done);
    void fetchMailbox(quint64 after, int limit, Callback<MailboxPage> done);
    void acknowledge(quint64 upTo, Callback<qint64> done);
    /// Stores this identity's recovery-key backup under `locator` (§ 17.9), replacing its previous one.
    /// Answers with the relay's time of storing it.
    void putKeyBackup(const QByteArray& locator, const QByteArray& backup, Callback<qint64> done);
    /// The backup stored under `locator`, without authentication (a computer restoring has no key
    /// yet). A relay without one answers 404 not-found.
    void fetchKeyBackup(const QByteArray& locator, Callback<RelayKeyBackup> done);

private:
    enum class Auth { None, Token };
    void call(HttpRequest request, Auth auth, std::function<void(RelayResult<HttpResponse>)> done,
              bool retried = false);
    template <typename T>
    void callJson(HttpRequest request, Auth auth, std::function<RelayResult<T>(const QJsonObject&)> parse,
                  Callback<T> done);

    HttpTransport& m_transport;
    crypto::SigningKeyPair m_device;
    QString m_token;
    bool m_deviceUnknown = false;
};

/// Turns a non-2xx answer (or a network failure) into a RelayFailure naming the request.
RelayFailure relayFailure(const HttpRequest& request, const HttpResponse& response);

/// Whether `error` is the relay client's "cannot reach the relay" — no answer, or a 5xx — which
/// the user meets by checking the connection or waiting, as opposed to a refusal or a bad answer.
[[nodiscard]] bool isRelayUnreachable(const Error& error);

} // namespace consilium::sync
