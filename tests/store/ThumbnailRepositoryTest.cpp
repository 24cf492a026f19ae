// The feed cards' thumbnails (schema 7) over a real SQLCipher store: stored and read back inside
// the encrypted database, gone with their case, kept by the cache limit's eviction, and which
// cases still wait for one.

#include "core/store/ThumbnailRepository.h"
#include "core/store/SqlDatabase.h"
#include "tests/store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace consilium;
using namespace consilium::test;

namespace {

// A marker no encrypted page would contain by chance: proves the thumbnail is not on disk in
// plain text.
const QByteArray kThumbnail = QByteArray("thumbnail-marker-jpeg-bytes ") + QByteArray(3000, 't');

store::Attachment attach(TempStore& temp, const QUuid& caseId, store::AttachmentKind kind, const QByteArray& contents)
{
    const QString path = temp.dir.filePath(QStringLiteral("plain-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(contents) == contents.size());
    }
    auto attached = temp->attachments().attachFile(caseId, path, kind, QStringLiteral("image"));
    REQUIRE(attached.has_value());
    QFile::remove(path);
    return *attached;
}

void setBlobFlags(TempStore& temp, const QUuid& blobId, bool evicted, bool onRelay)
{
    auto update =
        temp->database().prepare(QStringLiteral("UPDATE blobs SET evicted = ?1, on_relay = ?2 WHERE blob_uuid = ?3"));
    REQUIRE(update.has_value());
    REQUIRE(update->bind(1, evicted).bind(2, onRelay).bind(3, blobId.toRfc4122()).run().has_value());
}

} // namespace

TEST_CASE("a thumbnail is stored in the encrypted database, read back and shown with its feed entry",
          "[store][thumbnails]")
{
    TempStore temp;
    const cases::Case value = makeCase(1);
    REQUIRE(temp->cases().save(value).has_value());
    CHECK_FALSE(temp->thumbnails().get(value.id)->has_value());

    REQUIRE(temp->thumbnails().put(value.id, kThumbnail).has_value());
    auto stored = temp->thumbnails().get(value.id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->has_value());
    CHECK(**stored == kThumbnail);

    auto entry = temp->feed().entry(value.id);
    REQUIRE(entry.has_value());
    REQUIRE(entry->has_value());
    CHECK((*entry)->thumbnail == kThumbnail);
    auto page = temp->feed().page({});
    REQUIRE(page.has_value());
    REQUIRE(page->entries.size() == 1);
    CHECK(page->entries.first().thumbnail == kThumbnail);

    CHECK_FALSE(allBytesUnder(temp.dir.path()).contains(QByteArray("thumbnail-marker-jpeg-bytes")));
}

TEST_CASE("a thumbnail needs a cached case and bytes", "[store][thumbnails]")
{
    TempStore temp;
    auto unknown = temp->thumbnails().put(QUuid::createUuid(), kThumbnail);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    auto failure = temp->thumbnails().recordFailure(QUuid::createUuid(), QStringLiteral("x"));
    REQUIRE_FALSE(failure.has_value());
    CHECK(failure.error().code == ErrorCode::NotFound);

    const cases::Case value = makeCase(2);
    REQUIRE(temp->cases().save(value).has_value());
    auto empty = temp->thumbnails().put(value.id, {});
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a thumbnail goes with its case", "[store][thumbnails]")
{
    TempStore temp;
    const cases::Case kept = makeCase(1);
    const cases::Case removed = makeCase(2);
    REQUIRE(temp->cases().save(kept).has_value());
    REQUIRE(temp->cases().save(removed).has_value());
    REQUIRE(temp->thumbnails().put(kept.id, kThumbnail).has_value());
    REQUIRE(temp->thumbnails().put(removed.id, kThumbnail + "2").has_value());

    REQUIRE(temp->cases().remove(removed.id).has_value());
    auto rows = temp->database().prepare(QStringLiteral("SELECT count(*) FROM case_thumbnails"));
    REQUIRE(rows.has_value());
    REQUIRE(*rows->next());
    CHECK(rows->integer(0) == 1);
    CHECK(temp->thumbnails().get(kept.id)->has_value());
    CHECK_FALSE(temp->thumbnails().get(removed.id)->has_value());
}

TEST_CASE("a failure is recorded once and replaced by a thumbnail made later", "[store][thumbnails]")
{
    TempStore temp;
    const cases::Case value = makeCase(1);
    REQUIRE(temp->cases().save(value).has_value());
    attach(temp, value.id, store::AttachmentKind::Photo, "not an image");
    CHECK(*temp->thumbnails().missing(10) == QList<QUuid>{value.id});

    REQUIRE(temp->thumbnails().recordFailure(value.id, QStringLiteral("undecodable")).has_value());
    CHECK(temp->thumbnails().missing(10)->isEmpty()); // not tried again
    CHECK_FALSE(temp->thumbnails().get(value.id)->has_value());
    CHECK(temp->thumbnails().failure(value.id)->value_or(QString()) == QStringLiteral("undecodable"));
    auto entry = temp->feed().entry(value.id);
    REQUIRE(entry->has_value());
    CHECK((*entry)->thumbnail.isEmpty()); // the card shows its initials

    REQUIRE(temp->thumbnails().put(value.id, kThumbnail).has_value());
    CHECK_FALSE(temp->thumbnails().failure(value.id)->has_value());
    CHECK(temp->thumbnails().get(value.id)->has_value());
}

TEST_CASE("the cases waiting for a thumbnail are those whose first image is here", "[store][thumbnails]")
{
    TempStore temp;
    const cases::Case noImages = makeCase(1);
    const cases::Case photo = makeCase(2);
    const cases::Case layerFirst = makeCase(3);
    const cases::Case evictedFirst = makeCase(4);
    const cases::Case done = makeCase(5);
    for (const cases::Case& value : {noImages, photo, layerFirst, evictedFirst, done})
        REQUIRE(temp->cases().save(value).has_value());
    attach(temp, photo.id, store::AttachmentKind::Photo, "photo");
    // A layer is not an image: the first image is the DICOM after it.
    attach(temp, layerFirst.id, store::AttachmentKind::AnnotationLayer, "{}");
    attach(temp, layerFirst.id, store::AttachmentKind::Dicom, "dicom");
    // The first image was evicted by the cache limit; a later one is here but is not the first.
    const store::Attachment evicted = attach(temp, evictedFirst.id, store::AttachmentKind::Dicom, "first");
    attach(temp, evictedFirst.id, store::AttachmentKind::Dicom, "second");
    setBlobFlags(temp, evicted.blobId, true, true);
    attach(temp, done.id, store::AttachmentKind::Photo, "photo");
    REQUIRE(temp->thumbnails().put(done.id, kThumbnail).has_value());

    auto missing = temp->thumbnails().missing(10);
    REQUIRE(missing.has_value());
    // Newest first (makeCase(n) is newer for larger n).
    CHECK(*missing == QList<QUuid>{layerFirst.id, photo.id});
    CHECK(*temp->thumbnails().missing(1) == QList<QUuid>{layerFirst.id});
    CHECK(temp->thumbnails().missing(0)->isEmpty());

    // Fetched again: it waits for its thumbnail too.
    setBlobFlags(temp, evicted.blobId, false, true);
    CHECK(temp->thumbnails().missing(10)->contains(evictedFirst.id));
}

TEST_CASE("the cache limit evicts a case's images but keeps its thumbnail", "[store][thumbnails][cache]")
{
    TempStore temp;
    const cases::Case value = makeCase(1);
    REQUIRE(temp->cases().save(value).has_value());
    const store::Attachment image = attach(temp, value.id, store::AttachmentKind::Dicom, QByteArray(50'000, 'd'));
    setBlobFlags(temp, image.blobId, false, true); // the relay holds it: evictable
    REQUIRE(temp->thumbnails().put(value.id, kThumbnail).has_value());

    auto report = temp->cache().enforce(1);
    REQUIRE(report.has_value());
    CHECK(report->blobs == 1);
    auto listed = temp->attachments().list(value.id);
    REQUIRE(listed.has_value());
    CHECK_FALSE(listed->first().cached);
    auto stored = temp->thumbnails().get(value.id);
    REQUIRE(stored->has_value());
    CHECK(**stored == kThumbnail);
    CHECK((*temp->feed().entry(value.id))->thumbnail == kThumbnail);
}
