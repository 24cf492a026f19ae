#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace consilium;
using namespace consilium::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(contents) == contents.size());
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a case's attachments are encrypted into the blob store, listed in order and decrypted back", "[store]")
{
    TempStore temp;
    QTemporaryDir files;
    const cases::Case value = makeCase(1);
    REQUIRE(temp->cases().save(value).has_value());

    const QByteArray image = QByteArray("DICM-like marker ") + QByteArray(300000, 'x');
    const QByteArray photo("JPEG pixels only");
    auto first = temp->attachments().attachFile(value.id, writeFile(files, QStringLiteral("ct.dcm"), image),
                                                store::AttachmentKind::Dicom, QStringLiteral("Axial CT"));
    REQUIRE(first.has_value());
    auto second = temp->attachments().attachFile(value.id, writeFile(files, QStringLiteral("leg.jpg"), photo),
                                                 store::AttachmentKind::Photo, QStringLiteral("Clinical photo"));
    REQUIRE(second.has_value());

    auto listed = temp->attachments().list(value.id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 2);
    CHECK((*listed)[0].label == QStringLiteral("Axial CT"));
    CHECK((*listed)[0].position == 0);
    CHECK((*listed)[0].plaintextSize == image.size());
    CHECK((*listed)[0].fileName == QStringLiteral("ct.dcm"));
    CHECK((*listed)[1].kind == store::AttachmentKind::Photo);
    CHECK((*listed)[1].position == 1);

    const QString out = files.filePath(QStringLiteral("decrypted.dcm"));
    REQUIRE(temp->attachments().decryptTo((*listed)[0].blobId, out).has_value());
    CHECK(readFile(out) == image);
    // Nothing of the plaintext is on disk in the profile.
    CHECK_FALSE(allBytesUnder(temp.dir.path()).contains(QByteArray("DICM-like marker")));
}

TEST_CASE("attaching to a missing case or decrypting a missing blob is a clear error", "[store]")
{
    TempStore temp;
    QTemporaryDir files;
    auto orphan = temp->attachments().attachFile(QUuid::createUuid(),
                                                 writeFile(files, QStringLiteral("a.dcm"), QByteArray("data")),
                                                 store::AttachmentKind::Dicom, QString());
    REQUIRE_FALSE(orphan.has_value());
    CHECK(orphan.error().code == ErrorCode::NotFound);
    auto missing = temp->attachments().decryptTo(QUuid::createUuid(), files.filePath(QStringLiteral("out")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(files.filePath(QStringLiteral("out"))));
}
