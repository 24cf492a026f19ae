// The feed cards' thumbnails: made from a case's first image (DICOM with its own window, the
// middle frame of a multi-frame object; a photo upright by its EXIF orientation), in the
// background over a real SQLCipher store, with a failure recorded for an undecodable image, and
// painted in the card's tile in place of the specialty initials.

#include "core/dicom/DatasetWriter.h"
#include "core/store/StoreHost.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/GuiTestSupport.h"
#include "ui/feed/CaseThumbnail.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/feed/ThumbnailBackfill.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QSignalSpy>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

namespace {

QString writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString writeCtSlice(const QString& folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("ct.dcm"));
    REQUIRE(
        dicom::writeDicomFile(path, ctPhantomSlice(0, 128), dicom::TransferSyntax::ExplicitVrLittleEndian).has_value());
    return path;
}

// Three 8-bit frames, 32 wide and 16 high, each a horizontal ramp: the first and last dark on
// the left, the middle one dark on the right.
QString writeMultiFrame(const QString& folder)
{
    dicom::Dataset ds;
    using dicom::Vr;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.7.2"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.4242"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("OT"));
    dicom::ImagePixels pixels;
    pixels.rows = 16;
    pixels.columns = 32;
    pixels.frames = 3;
    for (int frame = 0; frame < 3; ++frame) {
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 32; ++x)
                pixels.data.append(static_cast<char>(frame == 1 ? 255 - x * 8 : x * 8));
        }
    }
    REQUIRE(ds.setImagePixels(pixels).has_value());
    const QString path = QDir(folder).filePath(QStringLiteral("cine.dcm"));
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian).has_value());
    return path;
}

// A 40 x 20 landscape JPEG, left half black and right half white, tagged EXIF Orientation 6
// ("rotate 90 degrees clockwise to display"): upright it is portrait, black on top.
QByteArray rotatedPhoto()
{
    QImage source(40, 20, QImage::Format_RGB888);
    source.fill(Qt::black);
    for (int y = 0; y < 20; ++y)
        for (int x = 20; x < 40; ++x)
            source.setPixel(x, y, qRgb(255, 255, 255));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(source.save(&buffer, "JPEG", 100));
    // APP1 "Exif", little-endian TIFF, IFD0 with one entry: Orientation (0x0112) SHORT = 6.
    const QByteArray tiff = QByteArray("II*\0\x08\0\0\0", 8) + QByteArray("\x01\0", 2)
                            + QByteArray("\x12\x01\x03\0\x01\0\0\0\x06\0\0\0", 12) + QByteArray(4, '\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const auto length = static_cast<quint16>(payload.size() + 2);
    const QByteArray app1 = QByteArray("\xff\xe1", 2) + char(length >> 8) + char(length & 0xff) + payload;
    jpeg.insert(2, app1);
    return jpeg;
}

// The photo's thumbnail is upright: the black half on top, the white half at the bottom.
void checkUpright(const QImage& thumbnail)
{
    REQUIRE(thumbnail.width() == kThumbnailPixels);
    REQUIRE(thumbnail.height() == kThumbnailPixels);
    CHECK(qGray(thumbnail.pixel(64, 20)) < 60);
    CHECK(qGray(thumbnail.pixel(64, 108)) > 200);
    // Not merely sideways: left and right of the middle row agree.
    CHECK(std::abs(qGray(thumbnail.pixel(20, 20)) - qGray(thumbnail.pixel(108, 20))) < 40);
}

/// A store with four cases, newest last: a CT slice, a rotated photo, an undecodable "DICOM",
/// and one without images.
struct ThumbnailWorld {
    QTemporaryDir dir;
    QTemporaryDir plain;
    QTemporaryDir runtime; ///< XDG_RUNTIME_DIR for the backfill's private folders
    std::unique_ptr<store::StoreHost> host;
    QUuid ct, photo, broken, none;

    ThumbnailWorld()
    {
        REQUIRE(runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        auto opened = store::Store::open(dir.path(), testKey());
        REQUIRE(opened.has_value());
        store::Store& store = **opened;
        const auto add = [&](int n, const QString& specialty) {
            cases::Case value = makeCase(n);
            value.specialty = specialty;
            REQUIRE(store.cases().save(value).has_value());
            return value.id;
        };
        ct = add(1, QStringLiteral("Radiology"));
        photo = add(2, QStringLiteral("Dermatology"));
        broken = add(3, QStringLiteral("Radiology"));
        none = add(4, QStringLiteral("Cardiology"));
        REQUIRE(store.attachments()
                    .attachFile(ct, writeCtSlice(plain.path()), store::AttachmentKind::Dicom, QStringLiteral("CT"))
                    .has_value());
        REQUIRE(store.attachments()
                    .attachFile(photo, writeBytes(plain.filePath(QStringLiteral("photo.jpg")), rotatedPhoto()),
                                store::AttachmentKind::Photo, QStringLiteral("Photo"))
                    .has_value());
        REQUIRE(store.attachments()
                    .attachFile(broken,
                                writeBytes(plain.filePath(QStringLiteral("broken.dcm")),
                                           QByteArray(128, '\0') + "DICM" + QByteArray(300, '\x7f')),
                                store::AttachmentKind::Dicom, QStringLiteral("Broken"))
                    .has_value());
        host = std::make_unique<store::StoreHost>(std::move(*opened));
    }

    template <typename Value, typename Work>
    Value read(Work work)
    {
        std::optional<Value> value;
        QObject receiver;
        host->run(&receiver, work, [&](Value result) { value = std::move(result); });
        REQUIRE(pumpUntil([&] { return value.has_value(); }));
        return std::move(*value);
    }

    QStringList leftovers() const
    {
        return QDir(runtime.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }
};

void runBackfill(ThumbnailBackfill& backfill)
{
    QSignalSpy idle(&backfill, &ThumbnailBackfill::idle);
    backfill.schedule();
    REQUIRE(pumpUntil([&] { return idle.count() == 1; }, 30000));
    CHECK_FALSE(backfill.isRunning());
}

} // namespace

TEST_CASE("a DICOM thumbnail is the image in its own window, cover-cropped to a square", "[ui][feed][thumbnails]")
{
    QTemporaryDir dir;
    auto thumbnail = renderCaseThumbnail(writeCtSlice(dir.path()));
    REQUIRE(thumbnail.has_value());
    CHECK(thumbnail->size() == QSize(kThumbnailPixels, kThumbnailPixels));
    // The object's window 0/400: air black at the corner, water mid-grey in the body.
    CHECK(qGray(thumbnail->pixel(2, 2)) < 10);
    const int water = qGray(thumbnail->pixel(80, 80));
    CHECK(water > 110);
    CHECK(water < 145);

    auto encoded = encodeThumbnail(*thumbnail);
    REQUIRE(encoded.has_value());
    CHECK(encoded->startsWith("\xff\xd8"));
    CHECK(encoded->size() < 12 * 1024);
    const QImage decoded = decodeThumbnail(*encoded);
    CHECK(decoded.size() == QSize(kThumbnailPixels, kThumbnailPixels));
    CHECK(decoded.devicePixelRatio() == 2.0); // exactly one 64-point tile
    CHECK(decodeThumbnail("not an image").isNull());
    CHECK(decodeThumbnail({}).isNull());
}

TEST_CASE("a multi-frame object's thumbnail shows its middle frame, cropped from the centre", "[ui][feed][thumbnails]")
{
    QTemporaryDir dir;
    auto thumbnail = renderCaseThumbnail(writeMultiFrame(dir.path()));
    REQUIRE(thumbnail.has_value());
    CHECK(thumbnail->size() == QSize(kThumbnailPixels, kThumbnailPixels));
    // Frame 2 of 3, bright on the left. Cropped from 32 x 16, so the square holds the middle
    // half of the ramp: neither end is black or white, nothing is letterboxed.
    const int left = qGray(thumbnail->pixel(2, 64));
    const int right = qGray(thumbnail->pixel(125, 64));
    CHECK(left > right + 80);
    CHECK(left < 230);
    CHECK(right > 25);
    CHECK(qGray(thumbnail->pixel(2, 2)) == Approx(left).margin(8));
}

TEST_CASE("a photo's thumbnail is upright by its EXIF orientation", "[ui][feed][thumbnails]")
{
    QTemporaryDir dir;
    auto thumbnail = renderCaseThumbnail(writeBytes(dir.filePath(QStringLiteral("photo.jpg")), rotatedPhoto()));
    REQUIRE(thumbnail.has_value());
    checkUpright(*thumbnail);
}

TEST_CASE("an undecodable image has no thumbnail and says why", "[ui][feed][thumbnails]")
{
    QTemporaryDir dir;
    auto garbage = renderCaseThumbnail(writeBytes(dir.filePath(QStringLiteral("x.dcm")), QByteArray(500, '\x01')));
    REQUIRE_FALSE(garbage.has_value());
    CHECK_FALSE(garbage.error().message.isEmpty());
    CHECK_FALSE(renderCaseThumbnail(dir.filePath(QStringLiteral("missing.dcm"))).has_value());
}

TEST_CASE("the backfill makes each case's thumbnail once, records undecodable images and leaves no plaintext",
          "[ui][feed][thumbnails]")
{
    ThumbnailWorld world;
    ThumbnailBackfill backfill(*world.host);
    QSignalSpy ready(&backfill, &ThumbnailBackfill::thumbnailReady);
    runBackfill(backfill);

    QSet<QUuid> made;
    for (const QList<QVariant>& signal : std::as_const(ready))
        made.insert(signal.at(0).toUuid());
    CHECK(made == QSet<QUuid>{world.ct, world.photo});

    const QUuid ct = world.ct;
    const auto ctBytes =
        world.read<Result<std::optional<QByteArray>>>([ct](store::Store& store) { return store.thumbnails().get(ct); });
    REQUIRE(ctBytes.has_value());
    REQUIRE(ctBytes->has_value());
    const QImage ctImage = decodeThumbnail(**ctBytes);
    CHECK(ctImage.size() == QSize(kThumbnailPixels, kThumbnailPixels));
    CHECK(qGray(ctImage.pixel(2, 2)) < 20);

    const QUuid photo = world.photo;
    const auto photoBytes = world.read<Result<std::optional<QByteArray>>>(
        [photo](store::Store& store) { return store.thumbnails().get(photo); });
    REQUIRE(photoBytes.has_value());
    REQUIRE(photoBytes->has_value());
    checkUpright(QImage::fromData(**photoBytes));

    const QUuid broken = world.broken;
    const auto failure = world.read<Result<std::optional<QString>>>(
        [broken](store::Store& store) { return store.thumbnails().failure(broken); });
    REQUIRE(failure.has_value());
    CHECK(failure->has_value());
    const auto missing =
        world.read<Result<QList<QUuid>>>([](store::Store& store) { return store.thumbnails().missing(10); });
    REQUIRE(missing.has_value());
    CHECK(missing->isEmpty());
    // The decrypted images were deleted with their private folders.
    CHECK(world.leftovers().isEmpty());

    // Another pass (the next start, a sync) finds nothing to do: the failure is not retried.
    ready.clear();
    runBackfill(backfill);
    CHECK(ready.isEmpty());
}

TEST_CASE("the feed shows a case's thumbnail in its card's tile, and the initials without one",
          "[ui][feed][thumbnails]")
{
    ThumbnailWorld world;
    FeedPage page(*world.host);
    page.resize(760, 520);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    FeedModel& model = *page.model();
    REQUIRE(pumpUntil([&] { return model.hasLoadedFirstPage() && model.rowCount() == 4; }));
    const auto rowOf = [&](const QUuid& id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(FeedModel::CaseIdRole).toUuid() == id)
                return row;
        }
        FAIL("case not listed");
        return -1;
    };
    const auto thumbnailOf = [&](const QUuid& id) {
        return model.index(rowOf(id)).data(FeedModel::ThumbnailRole).value<QImage>();
    };
    CHECK(thumbnailOf(world.ct).isNull()); // not made yet: initials
    const QString accessible = model.index(rowOf(world.ct)).data(Qt::AccessibleTextRole).toString();

    // As ProfileSections wires it: each new thumbnail refreshes its card in place.
    ThumbnailBackfill backfill(*world.host);
    QObject::connect(&backfill, &ThumbnailBackfill::thumbnailReady, &model, &FeedModel::refreshCase);
    runBackfill(backfill);
    REQUIRE(pumpUntil([&] { return !thumbnailOf(world.ct).isNull() && !thumbnailOf(world.photo).isNull(); }));
    CHECK(thumbnailOf(world.broken).isNull());
    CHECK(thumbnailOf(world.none).isNull());
    CHECK(thumbnailOf(world.ct).devicePixelRatio() == 2.0);
    // Decoded once: the same image (same cache key) at every ask.
    CHECK(thumbnailOf(world.ct).cacheKey() == thumbnailOf(world.ct).cacheKey());
    CHECK(model.index(rowOf(world.ct)).data(Qt::AccessibleTextRole).toString() == accessible);

    // The painted tiles: the CT's air-black corner where the initials tile has its colour.
    QListView* view = page.view();
    view->viewport()->update();
    QCoreApplication::processEvents();
    const QImage shot = view->viewport()->grab().toImage();
    const auto tilePixel = [&](const QUuid& id, int x, int y) {
        const QRect item = view->visualRect(model.index(rowOf(id)));
        const qreal ratio = shot.devicePixelRatio();
        return QColor(shot.pixel(QPointF((item.left() + 12 + x) * ratio, (item.top() + 12 + y) * ratio).toPoint()));
    };
    const QColor ctCorner = tilePixel(world.ct, 10, 10);
    const QColor brokenCorner = tilePixel(world.broken, 10, 10);
    const QColor noneCorner = tilePixel(world.none, 10, 10);
    CHECK(qGray(ctCorner.rgb()) < 30);
    CHECK(brokenCorner.hsvSaturation() > 80); // the specialty's colour
    CHECK(noneCorner.hsvSaturation() > 80);
    CHECK(ctCorner != brokenCorner);
    // The photo: dark top, light bottom of its tile.
    CHECK(qGray(tilePixel(world.photo, 32, 8).rgb()) < 80);
    CHECK(qGray(tilePixel(world.photo, 32, 56).rgb()) > 180);
    saveScreenshot(page, QStringLiteral("feed-thumbnails"));
}
