// Writes blobs and cases into a store as fast as it can until it is killed. BlobStoreTest
// SIGKILLs it at an arbitrary moment and then checks the store it leaves behind.
//   store_crash_writer FOLDER
//   store_crash_writer FOLDER evict   (the cache limit: evicts and restores blobs in a loop)

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cstdio>

namespace {

QByteArray content(quint32 n)
{
    QByteArray bytes(16 * 1024 + static_cast<int>(n % 7) * 9000, static_cast<char>('a' + n % 26));
    bytes.append(QByteArray::number(n));
    return bytes;
}

bool stage(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Twelve blobs the relay holds, in four cases; then evict and restore them round and round, as
// the cache limit and the case page's download do (restore reads a "downloaded" staged copy).
int evictAndRestore(consilium::store::Store& store)
{
    QList<std::pair<QUuid, QByteArray>> blobs;
    for (quint32 n = 0; n < 12; ++n) {
        consilium::cases::Case value;
        value.id = QUuid::createUuid();
        value.authorIdentity = QByteArray(32, 'w');
        value.title = QStringLiteral("evicted case %1").arg(n);
        value.createdAt = QDateTime::currentDateTimeUtc();
        if (!store.cases().save(value))
            return 1;
        const QByteArray bytes = content(n);
        const QString staged = store.blobs().newStagingPath();
        if (!stage(staged, bytes))
            return 1;
        auto record = store.blobs().adopt(staged, QByteArray(32, 'k'),
                                          QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256), value.id,
                                          false, true);
        if (!record)
            return 1;
        blobs.append({record->id, bytes});
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (quint32 n = 0;; ++n) {
        const auto& [id, bytes] = blobs[static_cast<int>(n % 12)];
        if (auto ok = store.blobs().evict(id); !ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
            return 1;
        }
        const QString staged = store.blobs().newStagingPath();
        if (n % 2 == 0 && (!stage(staged, bytes) || !store.blobs().restore(id, staged)))
            return 1;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool evict = argc == 3 && QByteArray(argv[2]) == "evict";
    if (argc != 2 && !evict) {
        std::fprintf(stderr, "usage: store_crash_writer FOLDER [evict]\n");
        return 2;
    }
    QByteArray key(32, 0x42);
    key[0] = 0x01; // the same key as tests/store/StoreTestSupport.cpp testKey()
    auto store = consilium::store::Store::open(QString::fromLocal8Bit(argv[1]), key);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    if (evict)
        return evictAndRestore(**store);
    QList<QUuid> written;
    for (quint32 n = 0;; ++n) {
        const QString staged = (*store)->blobs().newStagingPath();
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray bytes = content(n);
        file.write(bytes);
        file.close();
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
        auto record = (*store)->blobs().adopt(staged, QByteArray(32, 'k'), hash);
        if (!record) {
            std::fprintf(stderr, "%s\n", qPrintable(record.error().message));
            return 1;
        }
        written.append(record->id);
        if (n % 3 == 2)
            (void)(*store)->blobs().remove(written.takeFirst());
        consilium::cases::Case value;
        value.id = QUuid::createUuid();
        value.authorIdentity = QByteArray(32, 'w');
        value.title = QStringLiteral("crash test case %1").arg(n);
        value.createdAt = QDateTime::currentDateTimeUtc();
        (void)(*store)->cases().save(value);
        if (n == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}
