// The case page's streamed decryption over a real encrypted store: the slice the viewer opens on
// (the middle one) is announced alone first, then every file, decrypted byte for byte; a second
// load while one runs supersedes it.

#include "ui/feed/CaseImageLoader.h"
#include "core/store/StoreHost.h"
#include "tests/store/StoreTestSupport.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

TEST_CASE("the decryption order starts at the middle slice and spreads out", "[ui][feed]")
{
    CHECK(CaseImageLoader::decryptionOrder(0).isEmpty());
    CHECK(CaseImageLoader::decryptionOrder(1) == QList<int>{0});
    CHECK(CaseImageLoader::decryptionOrder(5) == QList<int>{2, 1, 3, 0, 4});
    CHECK(CaseImageLoader::decryptionOrder(300).first() == 150);
    CHECK(CaseImageLoader::decryptionOrder(300).size() == 300);
}

TEST_CASE("a case's images stream: the middle one first, then all of them, decrypted exactly", "[ui][feed]")
{
    QTemporaryDir dir;
    QTemporaryDir plain;
    const cases::Case value = makeCase(1, QStringLiteral("Five slices"));
    QList<QByteArray> contents;
    {
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        REQUIRE((*store)->cases().save(value).has_value());
        for (int i = 0; i < 5; ++i) {
            contents << QByteArray(200'000 + i, static_cast<char>('a' + i));
            const QString path = plain.filePath(QStringLiteral("slice%1.dcm").arg(i));
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(contents.last());
            file.close();
            REQUIRE((*store)
                        ->attachments()
                        .attachFile(value.id, path, store::AttachmentKind::Dicom, QStringLiteral("CT"))
                        .has_value());
        }
    }
    QList<store::Attachment> list;
    {
        auto store = store::Store::open(dir.path(), testKey());
        REQUIRE(store.has_value());
        auto listed = (*store)->attachments().list(value.id);
        REQUIRE(listed.has_value());
        list = *listed;
    }
    REQUIRE(list.size() == 5);
    auto opened = store::Store::open(dir.path(), testKey());
    REQUIRE(opened.has_value());
    store::StoreHost host(std::move(*opened));

    CaseImageLoader loader(host);
    QSignalSpy first(&loader, &CaseImageLoader::firstReady);
    QSignalSpy all(&loader, &CaseImageLoader::allReady);
    QSignalSpy failed(&loader, &CaseImageLoader::failed);
    auto folder = std::make_shared<QTemporaryDir>();
    REQUIRE(folder->isValid());
    // A first load, superseded at once: only the second one reports.
    loader.load(list.mid(0, 2), folder);
    loader.load(list, folder);
    CHECK(loader.isLoading());
    REQUIRE(pumpUntil([&] { return all.size() == 1; }, 20000));
    CHECK(failed.isEmpty());
    REQUIRE(first.size() == 1);
    const QString firstPath = first.at(0).at(0).toString();
    CHECK(firstPath == CaseImageLoader::plaintextPath(folder->path(), list[2]));
    const QStringList paths = all.at(0).at(0).toStringList();
    REQUIRE(paths.size() == 5);
    for (int i = 0; i < 5; ++i) {
        QFile file(paths[i]);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == contents[i]);
    }
    CHECK_FALSE(loader.isLoading());
}
