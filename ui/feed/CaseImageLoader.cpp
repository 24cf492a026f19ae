#include "ui/feed/CaseImageLoader.h"

#include "core/common/Async.h"
#include "core/store/StoreHost.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

namespace consilium::ui {

CaseImageLoader::CaseImageLoader(store::StoreHost& host, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

CaseImageLoader::~CaseImageLoader()
{
    m_token.cancel();
    m_pool->waitForDone(); // the decrypting tasks write into m_folder
}

QString CaseImageLoader::plaintextPath(const QString& folder, const store::Attachment& a)
{
    return QDir(folder).filePath(QStringLiteral("%1-%2").arg(a.position, 3, 10, QLatin1Char('0')).arg(a.fileName));
}

QList<int> CaseImageLoader::decryptionOrder(int count)
{
    QList<int> order;
    if (count <= 0)
        return order;
    const int first = count / 2; // ViewerPane opens a CT or MR stack at imageCount() / 2
    for (int i = 0; i < count; ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(),
                     [first](int a, int b) { return std::abs(a - first) < std::abs(b - first); });
    return order;
}

void CaseImageLoader::cancel()
{
    m_token.cancel();
    ++m_generation;
    m_loading = false;
}

void CaseImageLoader::load(const QList<store::Attachment>& attachments, std::shared_ptr<QTemporaryDir> folder)
{
    cancel();
    m_token = CancellationToken();
    m_folder = std::move(folder);
    const quint64 generation = m_generation;
    QStringList paths;
    for (const store::Attachment& attachment : attachments)
        paths << plaintextPath(m_folder->path(), attachment);
    if (paths.isEmpty()) {
        Q_EMIT allReady(paths);
        return;
    }
    m_loading = true;
    QList<std::pair<QUuid, QString>> wanted;
    for (int index : decryptionOrder(static_cast<int>(attachments.size())))
        wanted.append({attachments[index].blobId, paths[index]});
    // Only key lookups on the store thread: the decryption itself never holds it up.
    m_host.run(
        this,
        [wanted](store::Store& store) -> Result<QList<store::DecryptionJob>> {
            // Viewing is what "recently used" means to the cache size limit.
            QList<QUuid> used;
            for (const auto& entry : wanted)
                used.append(entry.first);
            if (auto ok = store.blobs().touch(used); !ok)
                return tl::unexpected(ok.error());
            QList<store::DecryptionJob> jobs;
            for (const auto& [blobId, path] : wanted) {
                if (QFileInfo::exists(path))
                    continue;
                auto job = store.attachments().prepareDecryption(blobId, path);
                if (!job)
                    return tl::unexpected(job.error());
                jobs.append(std::move(*job));
            }
            return jobs;
        },
        [this, generation, paths](Result<QList<store::DecryptionJob>> jobs) {
            if (generation != m_generation)
                return;
            if (!jobs) {
                m_loading = false;
                Q_EMIT failed(jobs.error().message);
                return;
            }
            const QString firstPath = paths[decryptionOrder(static_cast<int>(paths.size())).first()];
            std::optional<store::DecryptionJob> head;
            if (!jobs->isEmpty() && jobs->first().plaintextPath == firstPath)
                head = jobs->takeFirst();
            runAsync(
                this,
                [head, token = m_token, folder = m_folder]() -> Result<void> {
                    return head ? store::AttachmentRepository::decryptJob(*head, token) : Result<void>();
                },
                [this, generation, paths, firstPath, rest = *jobs](Result<void> ok) {
                    if (generation != m_generation)
                        return;
                    if (!ok) {
                        m_loading = false;
                        Q_EMIT failed(ok.error().message);
                        return;
                    }
                    Q_EMIT firstReady(firstPath);
                    decryptRest(generation, paths, rest);
                },
                m_pool.get());
        });
}

void CaseImageLoader::decryptRest(quint64 generation, const QStringList& paths, QList<store::DecryptionJob> rest)
{
    if (generation != m_generation)
        return; // a slot connected to firstReady opened something else
    runAsync(
        this,
        [rest = std::move(rest), token = m_token, folder = m_folder]() -> Result<void> {
            struct Item {
                store::DecryptionJob job;
                Result<void> result;
            };
            std::vector<Item> items;
            items.reserve(static_cast<size_t>(rest.size()));
            for (const store::DecryptionJob& job : rest)
                items.push_back(Item{job, {}});
            // In parallel, in the order given (nearest to the first image first) as threads free up.
            QThreadPool pool;
            pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
            QtConcurrent::blockingMap(&pool, items, [&token](Item& item) {
                item.result =
                    token.isCancelled() ? Result<void>() : store::AttachmentRepository::decryptJob(item.job, token);
            });
            for (const Item& item : items) {
                if (!item.result)
                    return item.result;
            }
            return {};
        },
        [this, generation, paths](Result<void> ok) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!ok) {
                Q_EMIT failed(ok.error().message);
                return;
            }
            Q_EMIT allReady(paths);
        },
        m_pool.get());
}

} // namespace consilium::ui
