#include "core/sync/BlobPresence.h"

#include "core/store/Store.h"
#include "core/sync/RelayClient.h"

#include <QFile>

#include <memory>

namespace consilium::sync {

namespace {

// Enough to cover the ciphertext's final authentication tag (16 bytes) and then some.
constexpr qint64 kTailBytes = 64;

struct Confirmation : std::enable_shared_from_this<Confirmation> {
    store::Store& store;
    RelayClient& client;
    QList<QUuid> pending;
    int confirmed = 0;
    std::function<void(Result<int>)> done;

    Confirmation(store::Store& s, RelayClient& c)
        : store(s)
        , client(c)
    {
    }

    void next()
    {
        // A loop, not recursion, over the blobs skipped without asking the relay.
        while (!pending.isEmpty()) {
            const QUuid blobId = pending.takeFirst();
            auto record = store.blobs().find(blobId);
            if (!record)
                return done(tl::unexpected(record.error()));
            if (!record->has_value() || (*record)->onRelay || (*record)->evicted)
                continue; // removed, or settled meanwhile
            const store::BlobRecord blob = **record;
            const qint64 length = std::min(kTailBytes, blob.ciphertextSize);
            const qint64 offset = blob.ciphertextSize - length;
            QFile file(blob.path);
            if (length <= 0 || !file.open(QIODevice::ReadOnly) || !file.seek(offset))
                continue; // BlobStore::recover() deals with a missing file
            const QByteArray local = file.read(length);
            client.downloadRange(blob.ciphertextHash, offset, length,
                                 [self = shared_from_this(), blobId, local](RelayResult<QByteArray> remote) {
                                     self->answered(blobId, local, std::move(remote));
                                 });
            return;
        }
        done(confirmed);
    }

    void answered(const QUuid& blobId, const QByteArray& local, RelayResult<QByteArray> remote)
    {
        if (!remote) {
            if (remote.error().status == 0) // the relay is unreachable: try again another time
                return done(tl::unexpected(remote.error().error));
            return next(); // 404 (not held) or refused: leave it as not known
        }
        if (*remote == local) {
            if (auto marked = store.blobs().setOnRelay(blobId); !marked)
                return done(tl::unexpected(marked.error()));
            ++confirmed;
        }
        next();
    }
};

} // namespace

void confirmBlobsOnRelay(store::Store& store, RelayClient& client, std::function<void(Result<int>)> done)
{
    auto pending = store.blobs().notKnownOnRelay();
    if (!pending)
        return done(tl::unexpected(pending.error()));
    auto pass = std::make_shared<Confirmation>(store, client);
    pass->pending = *pending;
    pass->done = std::move(done);
    pass->next();
}

} // namespace consilium::sync
