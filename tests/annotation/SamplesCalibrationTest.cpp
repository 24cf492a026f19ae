// Calibration of the studies core/samples generates (what make-samples ships for demos): the
// CR at the detector, the DX corrected by its magnification factor, the ultrasound cine
// calibrated inside its sector region only.

#include "core/annotation/Calibration.h"
#include "core/annotation/Measurement.h"
#include "core/dicom/ImageDecoder.h"
#include "core/samples/Radiographs.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"
#include "core/samples/Ultrasound.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::annotation;

namespace {

struct Samples {
    QTemporaryDir dir;
};

const QString& samplesDir()
{
    static Samples* samples = [] {
        auto* s = new Samples;
        REQUIRE(s->dir.isValid());
        samples::SampleOutput output(s->dir.path(), false);
        const samples::SyntheticIdentity identity = samples::makeIdentity(7);
        REQUIRE(samples::writeRadiographs(identity, output).has_value());
        REQUIRE(samples::writeUltrasound(identity, output).has_value());
        return s;
    }();
    static const QString path = samples->dir.path();
    return path;
}

Calibration calibrationOf(const QString& relativePath, int frame = 0)
{
    const auto calibration = Calibration::read(samplesDir() + u'/' + relativePath, frame);
    INFO((calibration ? QString() : calibration.error().message).toStdString());
    REQUIRE(calibration.has_value());
    return *calibration;
}

Shape ruler(QPointF a, QPointF b)
{
    Shape shape;
    shape.kind = ShapeKind::Ruler;
    shape.points = {a, b};
    return shape;
}

} // namespace

TEST_CASE("the sample CR measures at the detector, the sample DX in the patient plane", "[annotation]")
{
    const Calibration cr = calibrationOf(QStringLiteral("cr/CR0001.dcm"));
    CHECK(cr.source() == CalibrationSource::ImagerPixelSpacing);
    // 500 px at 0.2 mm.
    const Measurement atDetector = measure(ruler({100, 100}, {600, 100}), cr);
    CHECK(atDetector.value == Approx(100.0).epsilon(1e-9));
    CHECK(atDetector.labelLines() == QStringList{QStringLiteral("100.0 mm (Imager Pixel Spacing, at detector)")});

    // Source to detector 1800 mm, source to patient 1650 mm (Radiographs.cpp).
    const Calibration dx = calibrationOf(QStringLiteral("dx/DX0001.dcm"));
    CHECK(dx.source() == CalibrationSource::MagnificationCorrected);
    REQUIRE(dx.magnificationFactor().has_value());
    CHECK(*dx.magnificationFactor() == Approx(1800.0 / 1650.0).epsilon(1e-6));
    const Measurement inPatient = measure(ruler({100, 100}, {600, 100}), dx);
    CHECK(inPatient.value == Approx(100.0 * 1650.0 / 1800.0).epsilon(1e-6));
    CHECK(inPatient.labelLines()
          == QStringList{QStringLiteral("91.7 mm (Imager Pixel Spacing, magnification corrected)")});
}

TEST_CASE("the sample ultrasound cine is calibrated inside its sector region only", "[annotation]")
{
    const QString path = samplesDir() + QStringLiteral("/us/US0001.dcm");
    const Calibration us = calibrationOf(QStringLiteral("us/US0001.dcm"), 17);
    REQUIRE(us.source() == CalibrationSource::UltrasoundRegion);
    REQUIRE(us.ultrasoundRegions().size() == 1);
    // Sector depth: 350 px = 10.5 cm from the apex (320, 96) down (Ultrasound.cpp).
    const Measurement depth = measure(ruler({320.5, 96.5}, {320.5, 446.5}), us);
    CHECK(depth.scale.source == CalibrationSource::UltrasoundRegion);
    CHECK(depth.value == Approx(105.0).epsilon(1e-9));
    CHECK(depth.labelLines() == QStringList{QStringLiteral("105.0 mm (ultrasound region 1)")});
    // From the sector up into the burned-in patient label: outside the region, uncalibrated.
    const Measurement across = measure(ruler({320.5, 200.5}, {100.5, 40.5}), us);
    CHECK_FALSE(across.scale.isCalibrated());
    CHECK(across.labelLines().value(0).endsWith(QStringLiteral("px (uncalibrated)")));

    // The cine is RGB: an ROI has an area but no modality statistics, and says why.
    const auto frame = dicom::decodeFrame(path, 17);
    REQUIRE(frame.has_value());
    Shape box;
    box.kind = ShapeKind::Ellipse;
    box.points = {{280, 250}, {360, 330}};
    const Measurement roi = measure(box, us, &*frame);
    CHECK(roi.value == Approx(3.14159265358979 * 40 * 40 * 0.09).epsilon(1e-9));
    CHECK_FALSE(roi.statistics.has_value());
    CHECK_FALSE(roi.statisticsUnavailable.isEmpty());
}
