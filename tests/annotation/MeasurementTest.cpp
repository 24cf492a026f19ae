// Measurement maths on core/samples' CT phantom, whose geometry and HU are known
// (phantom.json), and on shapes with values worked out by hand.

#include "core/annotation/Measurement.h"
#include "core/annotation/Calibration.h"
#include "core/dicom/ImageDecoder.h"
#include "core/samples/CtPhantom.h"
#include "tests/annotation/AnnotationFixtures.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <numbers>

using namespace consilium;
using namespace consilium::annotation;
using samples::CtPhantom;

namespace {

Shape region(ShapeKind kind, QList<QPointF> points)
{
    Shape shape;
    shape.kind = kind;
    shape.points = std::move(points);
    return shape;
}

struct PhantomSlice {
    QTemporaryDir dir;
    QString path;
    imaging::Frame frame;
    Calibration calibration;
};

const PhantomSlice& phantomSlice()
{
    static PhantomSlice* slice = [] {
        auto* s = new PhantomSlice;
        REQUIRE(s->dir.isValid());
        s->path = test::writePhantomSlice(s->dir.path(), 0);
        auto frame = dicom::decodeFrame(s->path, 0);
        REQUIRE(frame.has_value());
        s->frame = *frame;
        auto calibration = Calibration::read(s->path, 0);
        REQUIRE(calibration.has_value());
        s->calibration = *calibration;
        return s;
    }();
    return *slice;
}

/// The ellipse shape bounding a phantom disc of `radiusMm` centred at (xMm, yMm).
Shape phantomDisc(double xMm, double yMm, double radiusMm)
{
    const double r = radiusMm / CtPhantom::kPixelSpacing;
    const QPointF centre = test::phantomImagePoint(xMm, yMm);
    return region(ShapeKind::Ellipse, {centre - QPointF(r, r), centre + QPointF(r, r)});
}

} // namespace

TEST_CASE("a 20 mm disc at 100 HU in the generated CT: area within 1 %, mean within 1 HU", "[annotation]")
{
    const PhantomSlice& slice = phantomSlice();
    // "enhancing-tissue": a cylinder of radius 20 mm at (45, -50) mm, 100 HU, on every slice.
    const Shape disc = phantomDisc(45.0, -50.0, 20.0);
    REQUIRE(slice.calibration.source() == CalibrationSource::PixelSpacing);

    const Measurement m = measure(disc, slice.calibration, &slice.frame);
    REQUIRE(m.quantity == Measurement::Quantity::Area);
    REQUIRE(m.scale.source == CalibrationSource::PixelSpacing);
    const double trueArea = std::numbers::pi * 20.0 * 20.0;
    CHECK(std::abs(m.value - trueArea) / trueArea < 0.01);
    REQUIRE(m.statistics.has_value());
    const RoiStatistics& stats = *m.statistics;
    CHECK(stats.unit == QStringLiteral("HU"));
    // The pixels counted are those whose centres lie in the disc: their number times the pixel
    // area is the disc's area to within 1 %.
    const double countedArea = double(stats.pixelCount) * CtPhantom::kPixelSpacing * CtPhantom::kPixelSpacing;
    CHECK(std::abs(countedArea - trueArea) / trueArea < 0.01);
    CHECK(std::abs(stats.mean - 100.0) < 1.0);
    // 5 HU of noise: a half-pixel shift of the ROI would pull in 40 HU soft tissue at the rim.
    CHECK(stats.minimum > 100.0 - 6.0 * CtPhantom::kNoiseSigma);
    CHECK(stats.maximum < 100.0 + 6.0 * CtPhantom::kNoiseSigma);
    CHECK(stats.standardDeviation > 0.8 * CtPhantom::kNoiseSigma);
    CHECK(stats.standardDeviation < 1.2 * CtPhantom::kNoiseSigma);

    // The label names the calibration.
    const QStringList lines = m.labelLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("area %1 mm² (Pixel Spacing)").arg(m.value, 0, 'f', 1));
    CHECK(lines[1]
          == QStringLiteral("mean %1 HU, SD %2").arg(stats.mean, 0, 'f', 1).arg(stats.standardDeviation, 0, 'f', 1));
    CHECK(lines[2]
          == QStringLiteral("min %1, max %2 HU, %3 px")
                 .arg(stats.minimum, 0, 'f', 1)
                 .arg(stats.maximum, 0, 'f', 1)
                 .arg(stats.pixelCount));
}

TEST_CASE("ROI statistics count exactly the pixels whose centres are inside", "[annotation]")
{
    const PhantomSlice& slice = phantomSlice();
    const CtPhantom phantom;
    // The same disc: the pixel set must be the phantom's own 100 HU set, pixel for pixel.
    const Shape disc = phantomDisc(45.0, -50.0, 20.0);
    qint64 expected = 0;
    for (int row = 0; row < CtPhantom::kRows; ++row) {
        for (int column = 0; column < CtPhantom::kColumns; ++column) {
            if (phantom.huAt(0, row, column) == 100)
                ++expected;
        }
    }
    const auto stats = roiStatistics(disc, slice.frame);
    REQUIRE(stats.has_value());
    CHECK(stats->pixelCount == expected);

    // The corner of the image lies outside the reconstruction circle: all padding, left out,
    // so the region has nothing to measure.
    const auto corner = roiStatistics(region(ShapeKind::Rectangle, {{13.5, 22.5}, {10.5, 20.5}}), slice.frame);
    REQUIRE_FALSE(corner.has_value());
    CHECK(corner.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("ROI statistics of the water and fat inserts with a polygon and a rectangle", "[annotation]")
{
    const PhantomSlice& slice = phantomSlice();
    // Water: a 25 mm disc at (-90, 0); a diamond well inside it.
    const QPointF water = test::phantomImagePoint(-90.0, 0.0);
    const double d = 20.0 / CtPhantom::kPixelSpacing;
    const Shape diamond = region(ShapeKind::Polygon, {water + QPointF(0, -d), water + QPointF(d, 0),
                                                      water + QPointF(0, d), water + QPointF(-d, 0)});
    const Measurement m = measure(diamond, slice.calibration, &slice.frame);
    REQUIRE(m.statistics.has_value());
    CHECK(std::abs(m.statistics->mean - 0.0) < 1.0);
    // The diamond's area: 2 d^2 pixels of 0.75 x 0.75 mm = 2 * 20^2 mm².
    CHECK(m.value == Approx(800.0).epsilon(1e-12));
    // Its pixel count approximates the same area.
    CHECK(std::abs(double(m.statistics->pixelCount) * 0.5625 - 800.0) / 800.0 < 0.02);

    // Fat: a 25 mm disc at (90, 0), -100 HU; a 20 x 20 mm square inside it.
    const QPointF fat = test::phantomImagePoint(90.0, 0.0);
    const double h = 10.0 / CtPhantom::kPixelSpacing;
    const Measurement square = measure(region(ShapeKind::Rectangle, {fat - QPointF(h, h), fat + QPointF(h, h)}),
                                       slice.calibration, &slice.frame);
    REQUIRE(square.statistics.has_value());
    CHECK(std::abs(square.statistics->mean + 100.0) < 1.0);
    CHECK(square.value == Approx(400.0).epsilon(1e-12));
}

TEST_CASE("freehand and polygon areas follow the shoelace formula with anisotropic spacing", "[annotation]")
{
    // Rows 0.5 mm apart, columns 0.25 mm apart: one pixel is 0.125 mm².
    const Calibration calibration = Calibration::fromSpacing(CalibrationSource::PixelSpacing, 0.5, 0.25);
    // An L shape of 3 px² + ... : (0,0) (4,0) (4,1) (1,1) (1,3) (0,3) = 4 + 2 = 6 px².
    const Shape l = region(ShapeKind::Freehand, {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}});
    const Measurement m = measure(l, calibration);
    CHECK(m.value == Approx(6.0 * 0.125).epsilon(1e-12));
    CHECK(m.unit() == QStringLiteral("mm²"));
    // Drawn the other way round, the same area.
    Shape reversed = l;
    std::reverse(reversed.points.begin(), reversed.points.end());
    CHECK(measure(reversed, calibration).value == Approx(6.0 * 0.125).epsilon(1e-12));
    // Containment (even-odd) of pixel centres.
    CHECK(regionContains(l, {0.5, 2.5}));
    CHECK_FALSE(regionContains(l, {2.5, 2.5}));
    CHECK(regionContains(l, {3.5, 0.5}));
    // An ellipse 8 x 4 px: pi * 4 * 2 px² = 8 pi px², uncalibrated.
    const Measurement e = measure(region(ShapeKind::Ellipse, {{0, 0}, {8, 4}}), Calibration());
    CHECK(e.value == Approx(8.0 * std::numbers::pi).epsilon(1e-12));
    CHECK(e.unit() == QStringLiteral("px²"));
    CHECK(e.labelLines().value(0) == QStringLiteral("area 25.1 px² (uncalibrated)"));
}

TEST_CASE("ruler lengths in mm with the calibration named, px when uncalibrated", "[annotation]")
{
    Shape ruler;
    ruler.kind = ShapeKind::Ruler;
    ruler.points = {{10.0, 10.0}, {40.0, 50.0}}; // 30 x 40 px: 50 px
    const Measurement px = measure(ruler, Calibration());
    CHECK(px.value == Approx(50.0).epsilon(1e-12));
    CHECK(px.labelLines() == QStringList{QStringLiteral("50.0 px (uncalibrated)")});

    // Columns 0.5 mm apart, rows 0.2 mm apart: (30 * 0.5, 40 * 0.2) = (15, 8) mm: 17 mm.
    const Calibration spacing = Calibration::fromSpacing(CalibrationSource::PixelSpacing, 0.2, 0.5);
    const Measurement mm = measure(ruler, spacing);
    CHECK(mm.value == Approx(17.0).epsilon(1e-12));
    CHECK(mm.labelLines() == QStringList{QStringLiteral("17.0 mm (Pixel Spacing)")});
}

TEST_CASE("angles and Cobb angles of known values", "[annotation]")
{
    CHECK(angleDegrees({10, 0}, {0, 0}, {0, 10}) == Approx(90.0).epsilon(1e-12));
    CHECK(angleDegrees({10, 0}, {0, 0}, {10, 10}) == Approx(45.0).epsilon(1e-12));
    CHECK(angleDegrees({10, 0}, {0, 0}, {-10, 0}) == Approx(180.0).epsilon(1e-12));
    // 30 degrees: (cos 30, sin 30).
    CHECK(angleDegrees({1, 0}, {0, 0}, {std::sqrt(3.0) / 2.0, 0.5}) == Approx(30.0).epsilon(1e-12));
    // With pixels twice as tall as wide, (1, 1) px is (1, 2) mm: atan(2) from the x axis.
    const Scale tall{CalibrationSource::PixelSpacing, 1.0, 2.0, -1};
    CHECK(angleDegrees({1, 0}, {0, 0}, {1, 1}, tall)
          == Approx(std::atan(2.0) * 180.0 / std::numbers::pi).epsilon(1e-12));

    // Cobb: an endplate tilted +20 degrees and one tilted -15 degrees: 35 degrees, whichever
    // way each line was drawn.
    const auto dir = [](double degrees) {
        const double r = degrees * std::numbers::pi / 180.0;
        return QPointF(std::cos(r), std::sin(r)) * 40.0;
    };
    const QPointF a(100, 100);
    const QPointF b(100, 300);
    CHECK(cobbAngleDegrees(a, a + dir(20), b, b + dir(-15)) == Approx(35.0).epsilon(1e-9));
    CHECK(cobbAngleDegrees(a + dir(20), a, b, b + dir(-15)) == Approx(35.0).epsilon(1e-9));
    // Lines 100 degrees apart make a Cobb angle of 80.
    CHECK(cobbAngleDegrees(a, a + dir(50), b, b + dir(-50)) == Approx(80.0).epsilon(1e-9));

    Shape cobb;
    cobb.kind = ShapeKind::CobbAngle;
    cobb.points = {a, a + dir(20), b, b + dir(-15)};
    const Measurement m = measure(cobb, Calibration());
    CHECK(m.quantity == Measurement::Quantity::Angle);
    CHECK(m.labelLines() == QStringList{QStringLiteral("35.0°")});
}

TEST_CASE("ROI statistics refuse colour frames and non-region shapes", "[annotation]")
{
    imaging::Frame colour;
    colour.kind = imaging::Frame::Kind::Colour;
    colour.width = 4;
    colour.height = 4;
    colour.rgb = QByteArray(48, char(1));
    const Shape box = region(ShapeKind::Rectangle, {{0, 0}, {4, 4}});
    const auto stats = roiStatistics(box, colour);
    REQUIRE_FALSE(stats.has_value());
    CHECK(stats.error().code == ErrorCode::Unsupported);
    const Measurement m = measure(box, Calibration(), &colour);
    CHECK_FALSE(m.statistics.has_value());
    CHECK(m.statisticsUnavailable.contains(QStringLiteral("colour")));

    imaging::Frame grey;
    grey.width = 2;
    grey.height = 2;
    grey.stored = {1, 2, 3, 4};
    const auto ruler = roiStatistics(region(ShapeKind::Ruler, {{0, 0}, {1, 1}}), grey);
    REQUIRE_FALSE(ruler.has_value());
    CHECK(ruler.error().code == ErrorCode::InvalidArgument);
    // Outside the image: no pixel centres, a clear error rather than a division by zero.
    const auto outside = roiStatistics(region(ShapeKind::Rectangle, {{10, 10}, {20, 20}}), grey);
    REQUIRE_FALSE(outside.has_value());
    // Inside: the four values 1..4, population SD sqrt(1.25).
    const auto all = roiStatistics(region(ShapeKind::Rectangle, {{0, 0}, {2, 2}}), grey);
    REQUIRE(all.has_value());
    CHECK(all->pixelCount == 4);
    CHECK(all->mean == Approx(2.5));
    CHECK(all->standardDeviation == Approx(std::sqrt(1.25)));
    CHECK(all->minimum == 1.0);
    CHECK(all->maximum == 4.0);

    // Pixel centres on the boundary count: [1.5, 3.5] x [2.5, 4.5] holds columns 1..3 and
    // rows 2..4; shrunk by 0.01 it holds column 2 and row 3 only.
    imaging::Frame big;
    big.width = 8;
    big.height = 8;
    big.stored.resize(64);
    for (int i = 0; i < 64; ++i)
        big.stored[size_t(i)] = i;
    const auto nine = roiStatistics(region(ShapeKind::Rectangle, {{3.5, 4.5}, {1.5, 2.5}}), big);
    REQUIRE(nine.has_value());
    CHECK(nine->pixelCount == 9);
    CHECK(nine->mean == Approx(3 * 8 + 2)); // the centre pixel (2, 3)
    const auto one = roiStatistics(region(ShapeKind::Rectangle, {{1.51, 2.51}, {3.49, 4.49}}), big);
    REQUIRE(one.has_value());
    CHECK(one->pixelCount == 1);
    CHECK(one->mean == 3 * 8 + 2);
}

TEST_CASE("polygon ROI statistics agree pixel for pixel with the containment test", "[annotation]")
{
    // A 64 x 64 frame whose stored value is its pixel index, and random star-shaped and
    // self-intersecting polygons: the row-by-row statistics must count exactly the pixels
    // regionContains() accepts, and sum exactly their values.
    imaging::Frame frame;
    frame.width = 64;
    frame.height = 64;
    frame.stored.resize(64 * 64);
    for (int i = 0; i < 64 * 64; ++i)
        frame.stored[size_t(i)] = i;
    QRandomGenerator random(5);
    for (int trial = 0; trial < 40; ++trial) {
        Shape shape = region(trial % 2 ? ShapeKind::Freehand : ShapeKind::Polygon, {});
        const int n = 3 + int(random.bounded(30));
        for (int i = 0; i < n; ++i) {
            // Some vertices exactly on pixel centres and edges, to exercise the ties.
            const double x = trial % 3 == 0 ? random.bounded(70) - 3 + 0.5 : random.generateDouble() * 70.0 - 3.0;
            const double y = trial % 3 == 0 ? random.bounded(70) - 3 : random.generateDouble() * 70.0 - 3.0;
            shape.points.append({x, y});
        }
        qint64 count = 0;
        double sum = 0.0;
        for (int r = 0; r < 64; ++r) {
            for (int c = 0; c < 64; ++c) {
                if (regionContains(shape, {c + 0.5, r + 0.5})) {
                    ++count;
                    sum += r * 64 + c;
                }
            }
        }
        INFO("trial " << trial);
        const auto stats = roiStatistics(shape, frame);
        if (count == 0) {
            CHECK_FALSE(stats.has_value());
            continue;
        }
        REQUIRE(stats.has_value());
        CHECK(stats->pixelCount == count);
        CHECK(stats->mean == Approx(sum / double(count)).epsilon(1e-12));
    }
}

TEST_CASE("shapes beyond the limits are refused before they can stall anything", "[annotation]")
{
    Shape huge = region(ShapeKind::Freehand, {});
    for (int i = 0; i <= kMaxShapePoints; ++i)
        huge.points.append({double(i % 100), double(i / 100)});
    const auto tooMany = validateShape(huge);
    REQUIRE_FALSE(tooMany.has_value());
    CHECK(tooMany.error().message.contains(QStringLiteral("at most")));
    huge.points.removeLast();
    CHECK(validateShape(huge).has_value());

    const auto far = validateShape(region(ShapeKind::Ruler, {{0, 0}, {1e300, 0}}));
    REQUIRE_FALSE(far.has_value());
    CHECK(far.error().code == ErrorCode::InvalidArgument);
    CHECK(validateShape(region(ShapeKind::Ruler, {{0, 0}, {-kMaxCoordinate, kMaxCoordinate}})).has_value());

    Shape text = region(ShapeKind::Text, {{1, 1}});
    text.text = QString(kMaxShapeTextLength + 1, u'x');
    CHECK_FALSE(validateShape(text).has_value());
    text.text.chop(1);
    CHECK(validateShape(text).has_value());
}
