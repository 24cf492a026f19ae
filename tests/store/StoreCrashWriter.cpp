// Writes blobs and cases into a store as fast as it can until it is killed. BlobStoreTest
// SIGKILLs it at an arbitrary moment and then checks the store it leaves behind.
//   store_crash_writer FOLDER

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_crash_writer FOLDER\n");
        return 2;
    }
    QByteArray key(32, 0x42);
    key[0] = 0x01; // the same key as tests/store/StoreTestSupport.cpp testKey()
    auto store = consilium::store::Store::open(QString::fromLocal8Bit(argv[1]), key);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    QList<QUuid> written;
    for (quint32 n = 0;; ++n) {
        const QString staged = (*store)->blobs().newStagingPath();
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray content(16 * 1024 + static_cast<int>(n % 7) * 9000, static_cast<char>('a' + n % 26));
        content.append(QByteArray::number(n));
        file.write(content);
        file.close();
        const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Blake2b_256);
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
