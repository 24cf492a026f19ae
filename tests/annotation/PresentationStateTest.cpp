// Annotations exported as a Grayscale Softcopy Presentation State (PS3.3 A.33.1), read back
// attribute by attribute with core/dicom's reader.

#include "core/annotation/AnnotationDocument.h"
#include "core/annotation/PresentationStateExport.h"
#include "core/dicom/DatasetReader.h"
#include "tests/annotation/AnnotationFixtures.h"

#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::annotation;
using dicom::Tag;
using dicom::TagPath;
using dicom::Vr;

namespace {

const QString kImageUid = QStringLiteral("2.25.8080");

Shape shapeOf(ShapeKind kind, QList<QPointF> points, int frame = 0, const QString& uid = kImageUid)
{
    Shape shape;
    shape.kind = kind;
    shape.points = std::move(points);
    shape.image = {uid, frame};
    if (kind == ShapeKind::Text)
        shape.text = QStringLiteral("Läsion");
    return shape;
}

QString ctImage(const QString& dir)
{
    dicom::Dataset ds = test::smallImage(QStringLiteral("CT"), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), 64, 48);
    ds.setString({0x0008, 0x0005}, Vr::CS, QStringLiteral("ISO_IR 192"));
    ds.setString({0x0008, 0x0018}, Vr::UI, kImageUid);
    ds.setString({0x0010, 0x0010}, Vr::PN, QStringLiteral("Müller^Anna"));
    ds.setString({0x0010, 0x0020}, Vr::LO, QStringLiteral("PID-7"));
    ds.setString({0x0020, 0x000D}, Vr::UI, QStringLiteral("2.25.8081"));
    ds.setString({0x0020, 0x000E}, Vr::UI, QStringLiteral("2.25.8082"));
    ds.setStrings({0x0028, 0x0030}, Vr::DS, {QStringLiteral("0.5"), QStringLiteral("0.5")});
    ds.setString({0x0028, 0x1050}, Vr::DS, QStringLiteral("40\\300"));
    ds.setString({0x0028, 0x1051}, Vr::DS, QStringLiteral("400\\1500"));
    ds.setString({0x0028, 0x1052}, Vr::DS, QStringLiteral("-1024"));
    ds.setString({0x0028, 0x1053}, Vr::DS, QStringLiteral("1"));
    return test::writeDataset(dir, QStringLiteral("ct.dcm"), ds);
}

QString value(const dicom::DatasetReader& reader, const QString& path)
{
    const auto parsed = TagPath::parse(path);
    REQUIRE(parsed.has_value());
    const auto text = reader.string(*parsed);
    INFO(path.toStdString());
    REQUIRE(text.has_value());
    return text->trimmed();
}

int items(const dicom::DatasetReader& reader, const QString& path)
{
    const auto parsed = TagPath::parse(path);
    REQUIRE(parsed.has_value());
    return reader.itemCount(*parsed).value_or(-1);
}

/// The identification a referenced image must have (the fixtures leave it out).
dicom::Dataset identified(dicom::Dataset ds)
{
    ds.setString({0x0010, 0x0010}, Vr::PN, QStringLiteral("Doe^Jane"));
    ds.setString({0x0020, 0x000D}, Vr::UI, QStringLiteral("2.25.99003"));
    ds.setString({0x0020, 0x000E}, Vr::UI, QStringLiteral("2.25.99002"));
    return ds;
}

std::vector<double> numbers(const QString& text)
{
    std::vector<double> values;
    for (const QString& part : text.split(u'\\'))
        values.push_back(part.toDouble());
    return values;
}

} // namespace

TEST_CASE("a presentation state carries every shape as graphics and labels", "[annotation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString image = ctImage(dir.path());
    AnnotationDocument document;
    // In drawing order: the graphic objects they become are listed beside them.
    REQUIRE(document.add(shapeOf(ShapeKind::Arrow, {{5, 5}, {20, 20}})).has_value()); // 2 POLYLINE
    REQUIRE(document.add(shapeOf(ShapeKind::Text, {{30, 3}})).has_value()); // text only
    REQUIRE(document.add(shapeOf(ShapeKind::Point, {{10.25, 40.75}})).has_value()); // POINT
    REQUIRE(document.add(shapeOf(ShapeKind::Ruler, {{2.5, 10.5}, {42.5, 10.5}})).has_value()); // POLYLINE
    REQUIRE(document.add(shapeOf(ShapeKind::Angle, {{0, 0}, {10, 10}, {20, 0}})).has_value()); // POLYLINE
    REQUIRE(document.add(shapeOf(ShapeKind::CobbAngle, {{0, 0}, {10, 1}, {0, 9}, {10, 5}})).has_value()); // 2
    REQUIRE(document.add(shapeOf(ShapeKind::Ellipse, {{10, 20}, {20, 40}})).has_value()); // ELLIPSE
    REQUIRE(document.add(shapeOf(ShapeKind::Rectangle, {{30, 30}, {40, 44}})).has_value()); // POLYLINE
    REQUIRE(document.add(shapeOf(ShapeKind::Polygon, {{1, 1}, {5, 1}, {3, 4}})).has_value()); // POLYLINE
    REQUIRE(document.add(shapeOf(ShapeKind::Freehand, {{50, 1}, {60, 2}, {55, 9}, {51, 6}})).has_value());
    REQUIRE(document.add(shapeOf(ShapeKind::Ruler, {{0, 0}, {1, 1}}, 0, QStringLiteral("2.25.1"))).has_value());

    PresentationStateOptions options;
    options.created = QDateTime(QDate(2026, 11, 23), QTime(15, 30, 5), Qt::UTC);
    options.contentDescription = QStringLiteral("Tumour board");
    const QString out = dir.filePath(QStringLiteral("ps.dcm"));
    const auto written = writePresentationState(out, document, image, options);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());

    const auto reader = dicom::DatasetReader::open(out);
    REQUIRE(reader.has_value());
    const dicom::DatasetReader& ps = *reader;
    CHECK(value(ps, QStringLiteral("(0008,0016)")) == QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1"));
    CHECK(value(ps, QStringLiteral("(0008,0060)")) == QStringLiteral("PR"));
    CHECK(value(ps, QStringLiteral("(0008,0018)")).startsWith(QStringLiteral("2.25.")));
    CHECK(value(ps, QStringLiteral("(0008,0018)")).size() <= 64);
    CHECK(value(ps, QStringLiteral("(0010,0010)")) == QStringLiteral("Müller^Anna"));
    CHECK(value(ps, QStringLiteral("(0010,0020)")) == QStringLiteral("PID-7"));
    CHECK(value(ps, QStringLiteral("(0020,000D)")) == QStringLiteral("2.25.8081"));
    CHECK(value(ps, QStringLiteral("(0020,000E)")) != QStringLiteral("2.25.8082")); // a series of its own
    CHECK(value(ps, QStringLiteral("(0070,0082)")) == QStringLiteral("20261123"));
    CHECK(value(ps, QStringLiteral("(0070,0083)")) == QStringLiteral("153005"));
    CHECK(value(ps, QStringLiteral("(0070,0081)")) == QStringLiteral("Tumour board"));
    // The image it presents, all frames.
    CHECK(value(ps, QStringLiteral("(0008,1115)[0]/(0020,000E)")) == QStringLiteral("2.25.8082"));
    CHECK(value(ps, QStringLiteral("(0008,1115)[0]/(0008,1140)[0]/(0008,1155)")) == kImageUid);
    // Rescale, the first window, identity polarity, the whole image displayed.
    CHECK(value(ps, QStringLiteral("(0028,1052)")) == QStringLiteral("-1024"));
    CHECK(value(ps, QStringLiteral("(0028,1054)")) == QStringLiteral("HU"));
    CHECK(value(ps, QStringLiteral("(0028,3110)[0]/(0028,1050)")) == QStringLiteral("40"));
    CHECK(value(ps, QStringLiteral("(0028,3110)[0]/(0028,1051)")) == QStringLiteral("400"));
    CHECK(value(ps, QStringLiteral("(2050,0020)")) == QStringLiteral("IDENTITY"));
    CHECK(value(ps, QStringLiteral("(0070,005A)[0]/(0070,0053)")) == QStringLiteral("64\\48"));
    CHECK(value(ps, QStringLiteral("(0070,0060)[0]/(0070,0002)")) == QStringLiteral("CONSILIUM"));

    // One annotation item (a single-frame image: no frame number), in the layer.
    REQUIRE(items(ps, QStringLiteral("(0070,0001)")) == 1);
    CHECK(value(ps, QStringLiteral("(0070,0001)[0]/(0070,0002)")) == QStringLiteral("CONSILIUM"));
    CHECK(value(ps, QStringLiteral("(0070,0001)[0]/(0008,1140)[0]/(0008,1155)")) == kImageUid);
    CHECK_FALSE(ps.contains(*TagPath::parse(QStringLiteral("(0070,0001)[0]/(0008,1140)[0]/(0008,1160)"))));

    const QStringList types = {QStringLiteral("POLYLINE"), QStringLiteral("POLYLINE"), QStringLiteral("POINT"),
                               QStringLiteral("POLYLINE"), QStringLiteral("POLYLINE"), QStringLiteral("POLYLINE"),
                               QStringLiteral("POLYLINE"), QStringLiteral("ELLIPSE"),  QStringLiteral("POLYLINE"),
                               QStringLiteral("POLYLINE"), QStringLiteral("POLYLINE")};
    REQUIRE(items(ps, QStringLiteral("(0070,0001)[0]/(0070,0009)")) == types.size());
    for (int i = 0; i < types.size(); ++i) {
        INFO("graphic " << i);
        const QString object = QStringLiteral("(0070,0001)[0]/(0070,0009)[%1]/").arg(i);
        CHECK(value(ps, object + QStringLiteral("(0070,0023)")) == types[i]);
        CHECK(value(ps, object + QStringLiteral("(0070,0005)")) == QStringLiteral("PIXEL"));
    }
    const auto graphic = [&](int i) {
        return numbers(value(ps, QStringLiteral("(0070,0001)[0]/(0070,0009)[%1]/(0070,0022)").arg(i)));
    };
    // The point and the ruler in our own coordinates (column, row): GSPS's origin is ours.
    CHECK(graphic(2) == std::vector<double>{10.25, 40.75});
    CHECK(graphic(3) == std::vector<double>{2.5, 10.5, 42.5, 10.5});
    // The ellipse: major (vertical, 20 px) axis first, then the minor one.
    CHECK(graphic(7) == std::vector<double>{15, 20, 15, 40, 10, 30, 20, 30});
    CHECK(value(ps, QStringLiteral("(0070,0001)[0]/(0070,0009)[7]/(0070,0024)")) == QStringLiteral("N"));
    // The rectangle, closed: five points, and so Graphic Filled; an open ruler has none.
    CHECK(graphic(8) == std::vector<double>{30, 30, 40, 30, 40, 44, 30, 44, 30, 30});
    CHECK(value(ps, QStringLiteral("(0070,0001)[0]/(0070,0009)[8]/(0070,0021)")) == QStringLiteral("5"));
    CHECK(value(ps, QStringLiteral("(0070,0001)[0]/(0070,0009)[8]/(0070,0024)")) == QStringLiteral("N"));
    CHECK_FALSE(ps.contains(*TagPath::parse(QStringLiteral("(0070,0001)[0]/(0070,0009)[3]/(0070,0024)"))));

    // Text objects: the label, then one measurement per measuring shape.
    REQUIRE(items(ps, QStringLiteral("(0070,0001)[0]/(0070,0008)")) == 8);
    const auto textOf = [&](int i) {
        return value(ps, QStringLiteral("(0070,0001)[0]/(0070,0008)[%1]/(0070,0006)").arg(i));
    };
    CHECK(textOf(0) == QStringLiteral("Läsion"));
    CHECK(value(ps, QStringLiteral("(0070,0001)[0]/(0070,0008)[0]/(0070,0014)")) == QStringLiteral("30\\3"));
    CHECK(textOf(1) == QStringLiteral("20.0 mm (Pixel Spacing)")); // 40 px at 0.5 mm
    CHECK(textOf(2) == QStringLiteral("90.0°"));
    CHECK(textOf(4) == QStringLiteral("area 39.3 mm² (Pixel Spacing)")); // pi * 5 * 10 px² * 0.25
}

TEST_CASE("multi-frame images get one annotation item per frame with its number", "[annotation]")
{
    QTemporaryDir dir;
    const QString us =
        test::writeDataset(dir.path(), QStringLiteral("us.dcm"), identified(test::ultrasoundWithRegions()));
    const QString uid = QStringLiteral("2.25.99001");
    AnnotationDocument document;
    REQUIRE(document.add(shapeOf(ShapeKind::Ruler, {{320, 120}, {320, 220}}, 2, uid)).has_value());
    REQUIRE(document.add(shapeOf(ShapeKind::Point, {{300, 300}}, 0, uid)).has_value());
    const QString out = dir.filePath(QStringLiteral("ps.dcm"));
    const auto written = writePresentationState(out, document, us);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
    const auto ps = dicom::DatasetReader::open(out);
    REQUIRE(ps.has_value());
    REQUIRE(items(*ps, QStringLiteral("(0070,0001)")) == 2);
    CHECK(value(*ps, QStringLiteral("(0070,0001)[0]/(0008,1140)[0]/(0008,1160)")) == QStringLiteral("1"));
    CHECK(value(*ps, QStringLiteral("(0070,0001)[1]/(0008,1140)[0]/(0008,1160)")) == QStringLiteral("3"));
    CHECK(value(*ps, QStringLiteral("(0070,0001)[1]/(0070,0008)[0]/(0070,0006)"))
          == QStringLiteral("30.0 mm (ultrasound region 1)"));
    // A 3-frame image has no frame 6.
    REQUIRE(document.add(shapeOf(ShapeKind::Point, {{1, 1}}, 5, uid)).has_value());
    const auto refused = writePresentationState(out, document, us);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().message.contains(QStringLiteral("frame 6")));
}

TEST_CASE("presentation states: MONOCHROME1 inverts, and nothing to present is an error", "[annotation]")
{
    QTemporaryDir dir;
    dicom::Dataset cr = test::smallImage(QStringLiteral("CR"), QStringLiteral("1.2.840.10008.5.1.4.1.1.1"));
    cr.setString({0x0008, 0x0018}, Vr::UI, kImageUid);
    cr.setString({0x0028, 0x0004}, Vr::CS, QStringLiteral("MONOCHROME1"));
    AnnotationDocument document;
    const QString out = dir.filePath(QStringLiteral("ps.dcm"));
    REQUIRE(document.add(shapeOf(ShapeKind::Point, {{3, 3}})).has_value());
    // Without a Study Instance UID (type 1 in the state) the image cannot be referenced.
    const QString unidentified = test::writeDataset(dir.path(), QStringLiteral("bare.dcm"), cr);
    const auto bare = writePresentationState(out, document, unidentified);
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().message.contains(QStringLiteral("identification")));

    const QString image = test::writeDataset(dir.path(), QStringLiteral("cr.dcm"), identified(cr));
    document.clear();
    const auto empty = writePresentationState(out, document, image);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().message.contains(QStringLiteral("no annotations")));
    CHECK_FALSE(QFile::exists(out));

    REQUIRE(document.add(shapeOf(ShapeKind::Point, {{3, 3}})).has_value());
    REQUIRE(writePresentationState(out, document, image).has_value());
    const auto ps = dicom::DatasetReader::open(out);
    REQUIRE(ps.has_value());
    CHECK(value(*ps, QStringLiteral("(2050,0020)")) == QStringLiteral("INVERSE"));
    CHECK_FALSE(ps->contains(*TagPath::parse(QStringLiteral("(0028,1052)")))); // no rescale to copy

    CHECK_FALSE(writePresentationState(out, document, dir.filePath(QStringLiteral("missing.dcm"))).has_value());
}

TEST_CASE("DCMTK's presentation state checker accepts the exports", "[annotation]")
{
    const QString checker = QStandardPaths::findExecutable(QStringLiteral("dcmpschk"));
    if (checker.isEmpty())
        test::skipTest(QStringLiteral("dcmpschk (DCMTK's presentation state checker, package dcmtk) is not installed"));
    QTemporaryDir dir;
    const QString ct = ctImage(dir.path());
    const QString us =
        test::writeDataset(dir.path(), QStringLiteral("us.dcm"), identified(test::ultrasoundWithRegions()));
    AnnotationDocument document;
    for (const ShapeKind kind : allShapeKinds()) {
        QList<QPointF> points = {{5, 5}, {20, 9}, {12, 30}, {3, 25}};
        const int needed = kind == ShapeKind::Text || kind == ShapeKind::Point ? 1
                           : kind == ShapeKind::Angle                          ? 3
                           : kind == ShapeKind::CobbAngle || kind == ShapeKind::Polygon || kind == ShapeKind::Freehand
                               ? 4
                               : 2;
        points = points.mid(0, needed);
        REQUIRE(document.add(shapeOf(kind, points)).has_value());
        REQUIRE(document.add(shapeOf(kind, points, 1, QStringLiteral("2.25.99001"))).has_value());
    }
    for (const auto& [image, name] :
         {std::pair{ct, QStringLiteral("ct-ps.dcm")}, std::pair{us, QStringLiteral("us-ps.dcm")}}) {
        const QString out = dir.filePath(name);
        REQUIRE(writePresentationState(out, document, image).has_value());
        QProcess process;
        process.start(checker, {out});
        REQUIRE(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        INFO(output.toStdString());
        CHECK(process.exitCode() == 0);
        CHECK(output.contains(QStringLiteral("Test passed")));
        CHECK_FALSE(output.contains(QStringLiteral("failed")));
    }
}
