#include "core/sync/BlobRefetch.h"

#include "core/store/Store.h"

#include <QFile>

#include <memory>

namespace consilium::sync {

namespace {

struct Refetch : std::enable_shared_from_this<Refetch> {
    store::Store& store;
    RelayClient& client;
    RetryPolicy policy;
    QList<QUuid> pending;
    int total = 0;
    int fetched = 0;
    std::function<void(int, int)> progress;
    std::function<void(Result<int>)> done;

    Refetch(store::Store& s, RelayClient& c)
        : store(s)
        , client(c)
    {
    }

    void next()
    {
        if (pending.isEmpty())
            return done(fetched);
        const QUuid blobId = pending.takeFirst();
        auto record = store.blobs().find(blobId);
        if (!record)
            return done(tl::unexpected(record.error()));
        if (!record->has_value() || !(*record)->evicted) { // removed or fetched meanwhile
            ++fetched;
            return next();
        }
        const QString staged = store.blobs().newStagingPath();
        downloadFile(client, (*record)->ciphertextHash, (*record)->ciphertextSize, staged, policy,
                     [self = shared_from_this(), blobId, staged](RelayResult<qint64> downloaded) {
                         if (!downloaded) {
                             QFile::remove(staged);
                             return self->done(tl::unexpected(downloaded.error().error));
                         }
                         if (auto ok = self->store.blobs().restore(blobId, staged); !ok)
                             return self->done(tl::unexpected(ok.error()));
                         ++self->fetched;
                         if (self->progress)
                             self->progress(self->fetched, self->total);
                         self->next();
                     });
    }
};

} // namespace

void refetchEvicted(store::Store& store, RelayClient& client, RetryPolicy policy, const QUuid& caseId,
                    std::function<void(int fetched, int total)> progress, std::function<void(Result<int>)> done)
{
    auto evicted = store.cache().evictedBlobs(caseId);
    if (!evicted)
        return done(tl::unexpected(evicted.error()));
    auto run = std::make_shared<Refetch>(store, client);
    run->policy = policy;
    run->pending = *evicted;
    run->total = static_cast<int>(evicted->size());
    run->progress = std::move(progress);
    run->done = std::move(done);
    run->next();
}

} // namespace consilium::sync
