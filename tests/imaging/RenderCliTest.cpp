// consilium-cli render as a real process: the viewer's pipeline to PNG, and clear failures.

#include "core/dicom/DatasetWriter.h"
#include "core/imaging/DisplayPipeline.h"
#include "tests/imaging/OverlayImages.h"
#include "tests/imaging/SyntheticImages.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>

using namespace consilium;

TEST_CASE("render writes the frame with the file's window or the one asked for", "[cli][imaging]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dicomPath = dir.filePath(QStringLiteral("ct.dcm"));
    REQUIRE(dicom::writeDicomFile(dicomPath, test::ctPhantomSlice(3), dicom::TransferSyntax::JpegLossless).has_value());
    const auto p = test::phantomPoints(128, 3);

    const QString outPath = dir.filePath(QStringLiteral("out.png"));
    const auto run = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("render"), dicomPath, QStringLiteral("--out"), outPath});
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage image(outPath);
    REQUIRE(image.size() == QSize(128, 128));
    CHECK(qGray(image.pixel(p.waterX, p.waterY)) == 128); // file window 0/400
    CHECK(qGray(image.pixel(p.boneX, p.boneY)) == 255);

    const auto windowed = test::runTool(QStringLiteral("consilium-cli"),
                                        {QStringLiteral("render"), dicomPath, QStringLiteral("--window"),
                                         QStringLiteral("1000,10"), QStringLiteral("--out"), outPath});
    REQUIRE(windowed.exitCode == 0);
    const QImage bone(outPath);
    CHECK(qGray(bone.pixel(p.waterX, p.waterY)) == 0);
    CHECK(qGray(bone.pixel(p.boneX, p.boneY)) > 120);
}

TEST_CASE("render fails with exit 1 and the reason, and 2 on a bad command line", "[cli][imaging]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(text, "not an image");
    const QString outPath = dir.filePath(QStringLiteral("out.png"));
    const auto bad = test::runTool(QStringLiteral("consilium-cli"),
                                   {QStringLiteral("render"), text, QStringLiteral("--out"), outPath});
    CHECK(bad.exitCode == 1);
    CHECK(QString::fromUtf8(bad.standardError).contains(QStringLiteral("notes.txt: not a DICOM file")));

    const QString image = dir.filePath(QStringLiteral("one.dcm"));
    test::writeFile(image, test::minimalImageFile());
    const auto frame = test::runTool(QStringLiteral("consilium-cli"),
                                     {QStringLiteral("render"), image, QStringLiteral("--frame"), QStringLiteral("5"),
                                      QStringLiteral("--out"), outPath});
    CHECK(frame.exitCode == 1);
    CHECK(QString::fromUtf8(frame.standardError).contains(QStringLiteral("frame 6 does not exist")));

    for (const QStringList& args : {QStringList{QStringLiteral("render"), image},
                                    QStringList{QStringLiteral("render"), image, QStringLiteral("--window"),
                                                QStringLiteral("40"), QStringLiteral("--out"), outPath}}) {
        const auto usage = test::runTool(QStringLiteral("consilium-cli"), args);
        CHECK(usage.exitCode == 2);
    }
}

TEST_CASE("render draws overlay planes on top, as the viewer does, unless --no-overlays", "[cli][imaging]")
{
    QTemporaryDir dir;
    const QString dicomPath = dir.filePath(QStringLiteral("overlay.dcm"));
    test::writeSliceWithSeparateOverlay(dicomPath);
    const QString outPath = dir.filePath(QStringLiteral("out.png"));
    const QPoint corner(test::kOverlayOriginColumn - 1, test::kOverlayOriginRow - 1);

    auto run = test::runTool(QStringLiteral("consilium-cli"),
                             {QStringLiteral("render"), dicomPath, QStringLiteral("--out"), outPath});
    REQUIRE(run.exitCode == 0);
    QImage image(outPath);
    REQUIRE(image.size() == QSize(64, 64));
    CHECK(image.pixelColor(corner) == QColor::fromRgb(imaging::kOverlayColour));
    CHECK(qGray(image.pixel(corner + QPoint(5, 5))) == qGray(image.pixel(corner + QPoint(5, 6))));

    run = test::runTool(
        QStringLiteral("consilium-cli"),
        {QStringLiteral("render"), dicomPath, QStringLiteral("--no-overlays"), QStringLiteral("--out"), outPath});
    REQUIRE(run.exitCode == 0);
    image = QImage(outPath);
    CHECK(image.pixelColor(corner).red() == image.pixelColor(corner).blue());
}
