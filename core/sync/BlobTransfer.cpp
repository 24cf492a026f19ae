#include "core/sync/BlobTransfer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimer>

#include <memory>

namespace consilium::sync {

namespace {

// A retry waits on a timer tied to the transport when that is a QObject: if the client's owner
// goes away meanwhile (the app locking a profile mid-transfer), the retry is dropped instead of
// calling into a client that no longer exists.
template <typename Retry>
void retryLater(RelayClient& client, std::chrono::milliseconds delay, Retry retry)
{
    if (auto* context = dynamic_cast<QObject*>(&client.transport()))
        QTimer::singleShot(delay, context, std::move(retry));
    else
        QTimer::singleShot(delay, std::move(retry));
}

const QString kDomain = QStringLiteral("relay");

RelayFailure localFailure(ErrorCode code, const QString& message)
{
    RelayFailure failure;
    failure.error = Error{kDomain, code, message};
    return failure;
}

// One upload in flight: a small state machine driven by the relay's answers.
struct Upload : std::enable_shared_from_this<Upload> {
    RelayClient& client;
    QFile file;
    QByteArray hash;
    qint64 size = 0;
    UploadState state;
    UploadProgress progress;
    RetryPolicy policy;
    Callback<StoredBlob> done;
    int failures = 0;

    Upload(RelayClient& relay, const QString& path)
        : client(relay)
        , file(path)
    {
    }

    void finish(RelayResult<StoredBlob> result)
    {
        file.close();
        auto callback = std::move(done);
        callback(std::move(result));
    }

    // A transient failure: wait, ask the relay where the upload stands, continue from there.
    bool retry(const RelayFailure& failure)
    {
        if (!isTransient(failure) || ++failures > policy.maxAttempts)
            return false;
        retryLater(client, backOff(policy, failures), [self = shared_from_this()] { self->resume(); });
        return true;
    }

    void create()
    {
        client.createUpload(size, [self = shared_from_this()](RelayResult<UploadState> created) {
            if (!created) {
                if (!self->retry(created.error()))
                    self->finish(tl::unexpected(created.error()));
                return;
            }
            self->failures = 0;
            self->state = *created;
            if (self->progress.started)
                self->progress.started(self->state.id);
            self->sendNext();
        });
    }

    void resume()
    {
        if (state.id.isEmpty())
            return create();
        client.uploadStatus(state.id, [self = shared_from_this()](RelayResult<UploadState> status) {
            if (!status) {
                if (status.error().status == 404) { // forgotten (expired, another relay): start again
                    self->state = {};
                    return self->create();
                }
                if (!self->retry(status.error()))
                    self->finish(tl::unexpected(status.error()));
                return;
            }
            self->failures = 0;
            self->state = *status;
            self->sendNext();
        });
    }

    void sendNext()
    {
        if (state.size != size)
            return finish(tl::unexpected(
                localFailure(ErrorCode::Malformed, QStringLiteral("the relay's upload %1 has %2 bytes, the file %3")
                                                       .arg(state.id)
                                                       .arg(state.size)
                                                       .arg(size))));
        if (progress.progress)
            progress.progress(state.received, size);
        if (state.received == size)
            return commit();
        const qint64 length = std::min(state.maxChunkBytes, size - state.received);
        if (!file.seek(state.received))
            return finish(tl::unexpected(localFailure(ErrorCode::IoError, file.errorString())));
        const QByteArray chunk = file.read(length);
        if (chunk.size() != length)
            return finish(tl::unexpected(localFailure(
                ErrorCode::IoError, QStringLiteral("%1 changed while uploading it").arg(file.fileName()))));
        client.putChunk(state.id, state.received, chunk, [self = shared_from_this()](RelayResult<UploadState> put) {
            if (!put) {
                // The relay has another idea of where we are (a lost answer): go from its offset.
                if (put.error().relayCode == QLatin1String("wrong-offset"))
                    return self->resume();
                if (!self->retry(put.error()))
                    self->finish(tl::unexpected(put.error()));
                return;
            }
            self->failures = 0;
            self->state = *put;
            self->sendNext();
        });
    }

    void commit()
    {
        client.commitUpload(state.id, hash, [self = shared_from_this()](RelayResult<StoredBlob> committed) {
            if (!committed) {
                // A lost answer to a commit that succeeded: the upload is gone but the blob exists.
                if (committed.error().status == 404 && self->failures > 0)
                    return self->finish(StoredBlob{self->hash, self->size});
                if (!self->retry(committed.error()))
                    self->finish(tl::unexpected(committed.error()));
                return;
            }
            self->finish(std::move(committed));
        });
    }
};

struct Download : std::enable_shared_from_this<Download> {
    RelayClient& client;
    QFile file;
    QByteArray hash;
    qint64 size = 0;
    qint64 received = 0;
    QCryptographicHash hasher{QCryptographicHash::Blake2b_256};
    RetryPolicy policy;
    Callback<qint64> done;
    int failures = 0;

    Download(RelayClient& relay, const QString& path)
        : client(relay)
        , file(path)
    {
    }

    void fail(const RelayFailure& failure)
    {
        file.close();
        file.remove();
        auto callback = std::move(done);
        callback(tl::unexpected(failure));
    }

    void next()
    {
        if (received == size) {
            file.close();
            if (hasher.result() != hash)
                return fail(localFailure(ErrorCode::PermissionDenied,
                                         QStringLiteral("blob %1 does not match its hash (altered at the relay?)")
                                             .arg(QString::fromLatin1(hash.toHex()))));
            auto callback = std::move(done);
            return callback(size);
        }
        client.downloadRange(
            hash, received, size - received, [self = shared_from_this()](RelayResult<QByteArray> piece) {
                if (!piece) {
                    if (isTransient(piece.error()) && ++self->failures <= self->policy.maxAttempts) {
                        retryLater(self->client, backOff(self->policy, self->failures), [self] { self->next(); });
                        return;
                    }
                    return self->fail(piece.error());
                }
                if (piece->isEmpty() || self->received + piece->size() > self->size)
                    return self->fail(
                        localFailure(ErrorCode::Malformed, QStringLiteral("the relay sent a bad blob range")));
                self->failures = 0;
                if (self->file.write(*piece) != piece->size())
                    return self->fail(localFailure(ErrorCode::IoError, self->file.errorString()));
                self->hasher.addData(*piece);
                self->received += piece->size();
                self->next();
            });
    }
};

} // namespace

std::chrono::milliseconds backOff(const RetryPolicy& policy, int attempt)
{
    auto delay = policy.firstDelay;
    for (int i = 1; i < attempt && delay < policy.maxDelay; ++i)
        delay *= 2;
    return std::min(delay, policy.maxDelay);
}

bool isTransient(const RelayFailure& failure)
{
    return failure.status == 0 || failure.status == 429 || failure.status >= 500;
}

void uploadFile(RelayClient& client, const QString& path, const QByteArray& hash,
                const std::optional<QString>& uploadId, UploadProgress progress, RetryPolicy policy,
                Callback<StoredBlob> done)
{
    auto upload = std::make_shared<Upload>(client, path);
    upload->hash = hash;
    upload->progress = std::move(progress);
    upload->policy = policy;
    upload->done = std::move(done);
    if (!upload->file.open(QIODevice::ReadOnly))
        return upload->finish(tl::unexpected(localFailure(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, upload->file.errorString()))));
    upload->size = upload->file.size();
    if (upload->size == 0)
        return upload->finish(
            tl::unexpected(localFailure(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty").arg(path))));
    upload->state.id = uploadId.value_or(QString());
    upload->resume();
}

void downloadFile(RelayClient& client, const QByteArray& hash, qint64 size, const QString& path, RetryPolicy policy,
                  Callback<qint64> done)
{
    auto download = std::make_shared<Download>(client, path);
    download->hash = hash;
    download->size = size;
    download->policy = policy;
    download->done = std::move(done);
    if (size <= 0 || !download->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        auto callback = std::move(download->done);
        return callback(tl::unexpected(localFailure(ErrorCode::IoError, QStringLiteral("cannot write %1").arg(path))));
    }
    download->next();
}

} // namespace consilium::sync
