#pragma once

#include "core/relay/RelayStorage.h"

#include <QObject>

#include <memory>

namespace consilium::relay {

/// The scale-out RelayStorage: PostgreSQL through Qt Sql (QPSQL), shared by any number of relay
/// processes. Blobs live in the database too (uploads and blobs as rows of at most one chunk),
/// so the processes share nothing but the database. Every check-and-write runs in one
/// transaction with row locks (FOR UPDATE, upserts, DELETE … RETURNING), so two processes
/// cannot both take a challenge, reuse a sequence number or overrun a quota. Stored envelopes
/// are announced with NOTIFY consilium_relay_wakeup on commit; every process LISTENs and wakes
/// its own WebSocket clients.
/// Thread notes: one thread (notifications arrive through its event loop).
class PostgresRelayStorage final : public RelayStorage {
public:
    /// Connects to `url`: postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&port=N],
    /// and creates the schema if needed.
    static Result<std::unique_ptr<PostgresRelayStorage>> open(const QString& url);
    ~PostgresRelayStorage() override;

    PostgresRelayStorage(const PostgresRelayStorage&) = delete;
    PostgresRelayStorage& operator=(const PostgresRelayStorage&) = delete;

    Result<std::optional<StoredIdentity>> identity(const QByteArray& identityKey) override;
    Result<QList<QByteArray>> deviceListHistory(const QByteArray& identityKey) override;
    Result<void> createIdentity(const StoredIdentity& identity, const QList<QByteArray>& history,
                                const QList<QByteArray>& devices) override;
    Result<void> replaceCredential(const QByteArray& identityKey, const QByteArray& credential) override;
    Result<void> appendDeviceList(const QByteArray& identityKey, quint64 expectedSequence, const QByteArray& entry,
                                  quint64 sequence, const QList<QByteArray>& devices) override;
    Result<std::optional<QByteArray>> identityOfDevice(const QByteArray& device) override;

    Result<void> putChallenge(const QByteArray& challenge, const StoredChallenge& value) override;
    Result<std::optional<StoredChallenge>> takeChallenge(const QByteArray& challenge) override;
    Result<void> putToken(const QByteArray& tokenHash, const StoredToken& value) override;
    Result<std::optional<StoredToken>> token(const QByteArray& tokenHash) override;
    Result<void> purgeExpired(qint64 now) override;

    Result<UploadState> createUpload(const QByteArray& identity, qint64 size, qint64 quotaBytes, qint64 now) override;
    Result<std::optional<UploadState>> upload(const QString& uploadId) override;
    Result<UploadState> writeChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes) override;
    Result<BlobInfo> commitUpload(const QString& uploadId, const QByteArray& expectedHash) override;
    Result<std::optional<BlobInfo>> blob(const QByteArray& hash) override;
    Result<QByteArray> readBlob(const QByteArray& hash, qint64 offset, qint64 length) override;

    Result<QList<quint64>> postEnvelopes(const QList<OutgoingEnvelope>& envelopes, qint64 maxPerMailbox,
                                         qint64 now) override;
    Result<QList<StoredEnvelope>> fetchEnvelopes(const QByteArray& mailbox, quint64 after, int limit) override;
    Result<qint64> ackEnvelopes(const QByteArray& mailbox, quint64 upTo) override;
    Result<void> putKeyBackup(const StoredKeyBackup& backup) override;
    Result<std::optional<StoredKeyBackup>> keyBackup(const QByteArray& locator) override;

    [[nodiscard]] bool announcesEnvelopes() const override { return true; }
    void setEnvelopeListener(std::function<void(const QList<QByteArray>&)> listener) override;

private:
    explicit PostgresRelayStorage(QString connectionName);
    Result<void> migrate();

    QString m_connection;
    QObject m_context; ///< receiver of the driver's notifications
    std::function<void(const QList<QByteArray>&)> m_envelopeListener;
};

} // namespace consilium::relay
