#pragma once

#include "core/relay/RelayStorage.h"

#include <memory>

namespace consilium::relay {

/// The embedded RelayStorage: SQLite through Qt Sql (QSQLITE) in `DIR/relay.sqlite` (WAL,
/// synchronous=FULL so that an acknowledged write survives a crash or power loss), blobs as
/// files under `DIR/blobs/`, open uploads under `DIR/uploads/`. A blob file is written,
/// fsync'ed and renamed into place before the transaction that references it commits, so the
/// database never points at a missing or partial file.
/// Thread notes: one thread; one process per folder.
class SqliteRelayStorage final : public RelayStorage {
public:
    /// Opens (creating if needed) the storage in `dir`, which must exist.
    static Result<std::unique_ptr<SqliteRelayStorage>> open(const QString& dir);
    ~SqliteRelayStorage() override;

    SqliteRelayStorage(const SqliteRelayStorage&) = delete;
    SqliteRelayStorage& operator=(const SqliteRelayStorage&) = delete;

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

private:
    SqliteRelayStorage(QString dir, QString connectionName);
    Result<void> migrate();
    [[nodiscard]] QString uploadPath(const QString& uploadId) const;
    [[nodiscard]] QString blobPath(const QByteArray& hash) const;

    QString m_dir;
    QString m_connection;
};

} // namespace consilium::relay
