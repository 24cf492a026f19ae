#include "core/deid/PhotoDeidentifier.h"
#include "core/samples/ExifWriter.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>

using namespace consilium;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A 300x200 picture, red on the left half, as a camera would write it: JPEG with EXIF.
QByteArray cameraJpeg(const samples::ExifFields& fields)
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(0, 0, 150, 200, Qt::red);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "JPEG", 95));
    auto withExif = samples::insertExif(jpeg, samples::exifApp1Segment(fields));
    REQUIRE(withExif.has_value());
    return *withExif;
}

samples::ExifFields identifyingFields()
{
    samples::ExifFields fields;
    fields.make = QStringLiteral("Contoso");
    fields.model = QStringLiteral("DermaCam 7");
    fields.bodySerialNumber = QStringLiteral("SC2-2385087");
    fields.artist = QStringLiteral("Dr Ada Wellington");
    fields.cameraOwnerName = QStringLiteral("St Elsewhere Dermatology");
    fields.imageDescription = QStringLiteral("Lesion of Jane Roe");
    fields.date = QDate(2016, 1, 26);
    fields.time = QTime(14, 5, 33);
    fields.latitudeE6 = 49924553;
    fields.longitudeE6 = -72623724;
    fields.gpsDate = QDate(2016, 1, 26);
    fields.gpsTime = QTime(13, 5, 33);
    fields.width = 300;
    fields.height = 200;
    return fields;
}

} // namespace

TEST_CASE("a de-identified photo keeps its pixels and loses every piece of metadata", "[deid]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("ROE_JANE_lesion.jpg"));
    test::writeFile(input, cameraJpeg(identifyingFields()));
    REQUIRE(readAll(input).contains("SC2-2385087"));
    REQUIRE(deid::PhotoDeidentifier::isPhoto(input));

    const deid::PhotoDeidentifier engine(deid::CaseSecrets(QByteArray(32, 'p')));
    auto report = engine.deidentify(input, dir.filePath(QStringLiteral("out")));
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->reencodedLossy);
    CHECK_FALSE(report->output.contains(QStringLiteral("ROE")));

    const QByteArray out = readAll(report->output);
    CHECK_FALSE(out.contains("Exif"));
    for (const char* value : {"SC2-2385087", "Contoso", "DermaCam", "Wellington", "Elsewhere", "Jane Roe", "2016:01:26",
                              "ICC_PROFILE", "http://ns.adobe.com/xap"}) {
        INFO(value);
        CHECK_FALSE(out.contains(value));
    }
    const QImage image(report->output);
    REQUIRE(image.size() == QSize(300, 200));
    CHECK(qRed(image.pixel(40, 100)) > 200);  // clinical content unchanged: red stays red...
    CHECK(qGreen(image.pixel(40, 100)) < 60);
    CHECK(qGreen(image.pixel(260, 100)) > 200); // ...and white stays white
}

TEST_CASE("PNG text chunks do not survive, and PNG stays lossless", "[deid]")
{
    QTemporaryDir dir;
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(qRgb(10, 20, 30));
    image.setText(QStringLiteral("Author"), QStringLiteral("Jane Roe, MRN 4455"));
    const QString input = dir.filePath(QStringLiteral("scan.png"));
    REQUIRE(image.save(input, "PNG"));
    REQUIRE(readAll(input).contains("Jane Roe"));

    const deid::PhotoDeidentifier engine(deid::CaseSecrets(QByteArray(32, 'p')));
    auto report = engine.deidentify(input, dir.filePath(QStringLiteral("out")));
    REQUIRE(report.has_value());
    CHECK_FALSE(report->reencodedLossy);
    CHECK(report->output.endsWith(QStringLiteral(".png")));
    CHECK_FALSE(readAll(report->output).contains("Jane Roe"));
    CHECK(QImage(report->output).pixel(5, 5) == qRgb(10, 20, 30));
    CHECK(QImageReader(report->output).textKeys().isEmpty());
}

TEST_CASE("the EXIF orientation is applied to the pixels before the metadata goes", "[deid]")
{
    QTemporaryDir dir;
    // Orientation 6 ("rotate 90° clockwise to display"): a 300x200 sensor image shows as 200x300.
    QByteArray jpeg = cameraJpeg(identifyingFields());
    const qsizetype tag = jpeg.indexOf(QByteArray("\x12\x01\x03\x00\x01\x00\x00\x00\x01\x00", 10));
    REQUIRE(tag > 0); // Orientation, SHORT, count 1, value 1 (little-endian TIFF)
    jpeg[tag + 8] = 6;
    const QString input = dir.filePath(QStringLiteral("rotated.jpg"));
    test::writeFile(input, jpeg);

    const deid::PhotoDeidentifier engine(deid::CaseSecrets(QByteArray(32, 'p')));
    auto report = engine.deidentify(input, dir.filePath(QStringLiteral("out")));
    REQUIRE(report.has_value());
    CHECK(QImage(report->output).size() == QSize(200, 300));
    CHECK(report->width == 200);
}

TEST_CASE("files that are not photos are refused clearly", "[deid]")
{
    QTemporaryDir dir;
    const QString notPhoto = dir.filePath(QStringLiteral("x.jpg"));
    test::writeFile(notPhoto, "this is text, whatever its name says");
    CHECK_FALSE(deid::PhotoDeidentifier::isPhoto(notPhoto));
    const deid::PhotoDeidentifier engine(deid::CaseSecrets(QByteArray(32, 'p')));
    auto report = engine.deidentify(notPhoto, dir.filePath(QStringLiteral("out")));
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().code == ErrorCode::Unsupported);
    CHECK(report.error().message.contains(QStringLiteral("x.jpg")));
    CHECK(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
