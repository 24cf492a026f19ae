// consilium-cli render --annotations as a real process: the layer's shapes for the file's
// frame are burned in at the right pixels, others are reported, bad layers fail clearly.

#include "core/annotation/AnnotationDocument.h"
#include "core/annotation/AnnotationJson.h"
#include "tests/annotation/AnnotationFixtures.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::annotation;

namespace {

const QString kUid = QStringLiteral("2.25.424242");

QString writeImage(const QString& dir)
{
    dicom::Dataset ds = test::smallImage(QStringLiteral("CT"), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), 40, 30);
    ds.setString({0x0008, 0x0018}, dicom::Vr::UI, kUid);
    ds.setStrings({0x0028, 0x0030}, dicom::Vr::DS, {QStringLiteral("0.5"), QStringLiteral("0.5")});
    return test::writeDataset(dir, QStringLiteral("ct.dcm"), ds);
}

Shape redRuler(const QString& uid, int frame)
{
    Shape ruler;
    ruler.kind = ShapeKind::Ruler;
    ruler.image = {uid, frame};
    ruler.points = {{2.5, 5.5}, {30.5, 5.5}};
    ruler.style.colour = QColor(255, 0, 0);
    ruler.style.lineWidth = 1.0;
    return ruler;
}

} // namespace

TEST_CASE("render --annotations burns the file's shapes in at the zoomed pixels", "[annotation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString image = writeImage(dir.path());
    AnnotationDocument layer;
    REQUIRE(layer.add(redRuler(kUid, 0)).has_value());
    REQUIRE(layer.add(redRuler(QStringLiteral("2.25.1"), 0)).has_value()); // another image
    REQUIRE(layer.add(redRuler(kUid, 4)).has_value()); // another frame
    const QString layerPath = dir.filePath(QStringLiteral("layer.json"));
    REQUIRE(writeAnnotationFile(layerPath, layer).has_value());

    const QString outPath = dir.filePath(QStringLiteral("out.png"));
    const auto run = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("render"), image, QStringLiteral("--annotations"), layerPath,
                                    QStringLiteral("--zoom"), QStringLiteral("3"), QStringLiteral("--out"), outPath});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.standardError).contains(QStringLiteral("2 annotation(s) belong to other images")));
    const QImage out(outPath);
    REQUIRE(out.size() == QSize(120, 90));
    const QRgb background = out.pixel(100, 80);
    // Image row 5 (y 5.5) is output row 16 at zoom 3; rows 15 and 17 untouched.
    for (int x = 20; x < 80; ++x) {
        INFO("x " << x);
        CHECK(out.pixel(x, 16) == qRgb(255, 0, 0));
        CHECK(out.pixel(x, 15) == background);
        CHECK(out.pixel(x, 17) == background);
    }
    // The label "14.0 mm (Pixel Spacing)" is drawn below the ruler's end: not all background.
    int labelPixels = 0;
    for (int y = 20; y < 60; ++y) {
        for (int x = 90; x < 120; ++x)
            labelPixels += out.pixel(x, y) != background ? 1 : 0;
    }
    CHECK(labelPixels > 20);
}

TEST_CASE("render --annotations fails clearly on bad layers and zooms", "[annotation]")
{
    QTemporaryDir dir;
    const QString image = writeImage(dir.path());
    const QString outPath = dir.filePath(QStringLiteral("out.png"));
    const QString layerPath = dir.filePath(QStringLiteral("future.json"));
    QFile future(layerPath);
    REQUIRE(future.open(QIODevice::WriteOnly));
    future.write(R"({"format": "consilium-annotations", "version": 7, "shapes": [], "calibrations": []})");
    future.close();
    const auto run = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("render"), image, QStringLiteral("--annotations"), layerPath,
                                    QStringLiteral("--out"), outPath});
    CHECK(run.exitCode == 1);
    CHECK(QString::fromUtf8(run.standardError)
              .contains(QStringLiteral("future.json: The annotations were written in format version 7")));
    CHECK_FALSE(QFile::exists(outPath));

    const auto zero =
        test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("render"), image, QStringLiteral("--zoom"),
                                                        QStringLiteral("0"), QStringLiteral("--out"), outPath});
    CHECK(zero.exitCode == 2);
    CHECK(QString::fromUtf8(zero.standardError).contains(QStringLiteral("--zoom")));
}
