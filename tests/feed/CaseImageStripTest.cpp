// The case page's image previews: one tile per group of images the author labelled alike (a CT
// series, a photo), the middle image of each decrypted and rendered in the background over a
// real SQLCipher store, annotation layers left out, at most eight tiles, and a tile opening the
// viewer with the files the previews already decrypted.

#include "ui/feed/CaseImageStrip.h"
#include "core/dicom/DatasetWriter.h"
#include "core/store/StoreHost.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/GuiTestSupport.h"
#include "ui/feed/CasePage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

using namespace consilium;
using namespace consilium::ui;
using namespace consilium::test;

namespace {

QString writeSlice(const QString& folder, int slice)
{
    const QString path = QDir(folder).filePath(QStringLiteral("ct-%1.dcm").arg(slice));
    REQUIRE(dicom::writeDicomFile(path, ctPhantomSlice(slice, 128), dicom::TransferSyntax::ExplicitVrLittleEndian)
                .has_value());
    return path;
}

QString writePhoto(const QString& folder, const QString& name, const QColor& colour)
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = QDir(folder).filePath(name);
    REQUIRE(image.save(path, "PNG"));
    return path;
}

/// A tile's face as painted, at its logical size.
QImage tileFace(QToolButton* tile)
{
    return tile->icon().pixmap(tile->iconSize()).toImage().scaled(tile->iconSize());
}

} // namespace

TEST_CASE("the case page previews a case's images, one tile per series or photo, and a tile opens them",
          "[ui][feed][thumbnails]")
{
    QTemporaryDir dir;
    QTemporaryDir plain;
    QTemporaryDir runtime; // XDG_RUNTIME_DIR: where the case's private image folder goes
    REQUIRE(runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    auto opened = store::Store::open(dir.path(), testKey());
    REQUIRE(opened.has_value());
    cases::Case value = makeCase(1, QStringLiteral("Scaphoid series and a photo"));
    REQUIRE((*opened)->cases().save(value).has_value());
    for (int slice = 0; slice < 5; ++slice)
        REQUIRE((*opened)
                    ->attachments()
                    .attachFile(value.id, writeSlice(plain.path(), slice), store::AttachmentKind::Dicom,
                                QStringLiteral("Axial CT"))
                    .has_value());
    REQUIRE((*opened)
                ->attachments()
                .attachFile(value.id, writePhoto(plain.path(), QStringLiteral("hand.png"), QColor(200, 30, 30)),
                            store::AttachmentKind::Photo, QStringLiteral("Clinical photo"))
                .has_value());
    const QString layer = QDir(plain.path()).filePath(QStringLiteral("layer.json"));
    {
        QFile file(layer);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"consilium-annotation","version":1,"shapes":[]})");
    }
    REQUIRE((*opened)
                ->attachments()
                .attachFile(value.id, layer, store::AttachmentKind::AnnotationLayer, QStringLiteral("Clinical photo"))
                .has_value());
    auto listed = (*opened)->attachments().list(value.id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 7);

    // Grouping: the series is one group shown by its middle slice; the layer is no image.
    const QList<CaseImageStrip::Group> groups = CaseImageStrip::groupsOf(*listed);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].label == QStringLiteral("Axial CT"));
    CHECK(groups[0].images.size() == 5);
    CHECK(groups[0].shown().position == groups[0].images[2].position);
    CHECK(groups[1].kind == store::AttachmentKind::Photo);
    CHECK(groups[1].images.size() == 1);

    store::StoreHost host(std::move(*opened));
    {
        CasePage page(host);
        page.resize(1000, 700);
        page.show();
        page.showCase(value.id);
        CaseImageStrip* strip = page.imageStrip();
        REQUIRE(pumpUntil([&] { return strip->tiles().size() == 2 && strip->pendingPreviews() == 0; }, 30000));
        CHECK(strip->isVisible());
        QToolButton* series = strip->tiles()[0];
        QToolButton* photo = strip->tiles()[1];
        CHECK(series->text().contains(QStringLiteral("Axial CT")));
        CHECK(series->text().contains(QStringLiteral("5 image(s)"))); // no translator in tests
        CHECK(series->accessibleName().contains(QStringLiteral("Opens the viewer")));
        CHECK(photo->text().contains(QStringLiteral("Clinical photo")));
        // The previews are the images: near the CT's corner, the air around the phantom (black,
        // where the placeholder is grey), the photo's centre its red; the corners rounded off.
        const QImage ct = tileFace(series);
        CHECK(qAlpha(ct.pixel(10, 10)) == 255);
        CHECK(qGray(ct.pixel(10, 10)) < 20);
        CHECK(qAlpha(ct.pixel(0, 0)) < 128);
        const QImage red = tileFace(photo);
        const QRgb centre = red.pixel(red.width() / 2, red.height() / 2);
        CHECK(qRed(centre) > 150);
        CHECK(qGreen(centre) < 80);
        saveScreenshot(page, QStringLiteral("case-page-image-previews"));

        // The page reads the case again after a sync: the tiles stay as they are.
        page.showCase(value.id);
        pumpUntil([] { return false; }, 300);
        REQUIRE(strip->tiles().size() == 2);
        CHECK(strip->tiles()[0] == series);

        // A tile opens the viewer with every image, the previewed ones not decrypted twice.
        QSignalSpy first(&page, &CasePage::firstImageReady);
        QSignalSpy all(&page, &CasePage::imagesReady);
        series->click();
        REQUIRE(pumpUntil([&] { return all.count() == 1; }, 30000));
        CHECK(first.count() == 1);
        const QStringList paths = all.first().first().toStringList();
        CHECK(paths.size() == 6);
        for (const QString& path : paths)
            CHECK(QFileInfo(path).size() > 0);
    }
    // The case's private folder goes with the page: no plaintext is left behind.
    CHECK(QDir(runtime.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("a case with many kinds of images shows eight tiles, the last standing for the rest",
          "[ui][feed][thumbnails]")
{
    QTemporaryDir dir;
    QTemporaryDir plain;
    auto opened = store::Store::open(dir.path(), testKey());
    REQUIRE(opened.has_value());
    cases::Case value = makeCase(2, QStringLiteral("Ten photos"));
    REQUIRE((*opened)->cases().save(value).has_value());
    for (int i = 0; i < 10; ++i)
        REQUIRE((*opened)
                    ->attachments()
                    .attachFile(
                        value.id,
                        writePhoto(plain.path(), QStringLiteral("p%1.png").arg(i), QColor::fromHsv(i * 30, 200, 200)),
                        store::AttachmentKind::Photo, QStringLiteral("View %1").arg(i))
                    .has_value());
    store::StoreHost host(std::move(*opened));
    CasePage page(host);
    page.showCase(value.id);
    CaseImageStrip* strip = page.imageStrip();
    REQUIRE(pumpUntil([&] { return strip->tiles().size() == CaseImageStrip::kMaximumTiles; }, 30000));
    CHECK(strip->tiles().last()->text().startsWith(QStringLiteral("+3 more")));
    CHECK(strip->tiles().last()->text().contains(QStringLiteral("3 image(s)")));
    CHECK(strip->tiles()[6]->text().contains(QStringLiteral("View 6")));
    REQUIRE(pumpUntil([&] { return strip->pendingPreviews() == 0; }, 30000));
}
