#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>

namespace consilium::test {

QByteArray testKey(char fill)
{
    QByteArray key(32, fill);
    key[0] = 0x01;
    return key;
}

TempStore::TempStore()
{
    REQUIRE(dir.isValid());
    auto opened = store::Store::open(dir.path(), testKey());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.has_value());
    store = std::move(*opened);
}

cases::Case makeCase(int n, const QString& title)
{
    cases::Case value;
    value.id = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
    value.authorIdentity = QByteArray(32, static_cast<char>(n % 7 + 1));
    value.title = title.isEmpty() ? QStringLiteral("Case %1").arg(n) : title;
    value.clinicalQuestion = QStringLiteral("What is the lesion in case %1?").arg(n);
    value.specialty = n % 2 == 0 ? QStringLiteral("radiology") : QStringLiteral("dermatology");
    value.tags = {QStringLiteral("Teaching"), QStringLiteral("case %1").arg(n % 3)};
    value.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + n * 60'000LL, Qt::UTC);
    value.updatedAt = value.createdAt;
    return value;
}

QByteArray allBytesUnder(const QString& folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace consilium::test
