// Calibration resolved from generated headers: CT Pixel Spacing, CR/DX Imager Pixel Spacing
// with and without the magnification factor, ultrasound regions, enhanced per-frame spacing
// and manual calibration by a known length.

#include "core/annotation/Calibration.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/annotation/Measurement.h"
#include "core/dicom/DatasetWriter.h"
#include "tests/annotation/AnnotationFixtures.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::annotation;
using dicom::Vr;

namespace {

const QString kCrClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.1");
const QString kDxClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.1.1");
constexpr dicom::Tag PixelSpacing{0x0028, 0x0030};
constexpr dicom::Tag ImagerPixelSpacing{0x0018, 0x1164};
constexpr dicom::Tag Magnification{0x0018, 0x1114};

Shape ruler(QPointF a, QPointF b)
{
    Shape shape;
    shape.kind = ShapeKind::Ruler;
    shape.points = {a, b};
    return shape;
}

Calibration readBack(const dicom::Dataset& ds, const QString& name, int frame = 0)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = test::writeDataset(dir.path(), name, ds);
    const Result<Calibration> calibration = Calibration::read(path, frame);
    REQUIRE(calibration.has_value());
    return *calibration;
}

} // namespace

TEST_CASE("CR with Imager Pixel Spacing only measures at the detector and says so", "[annotation]")
{
    dicom::Dataset cr = test::smallImage(QStringLiteral("CR"), kCrClass);
    cr.setStrings(ImagerPixelSpacing, Vr::DS, {QStringLiteral("0.2"), QStringLiteral("0.2")});
    const Calibration calibration = readBack(cr, QStringLiteral("cr.dcm"));
    CHECK(calibration.source() == CalibrationSource::ImagerPixelSpacing);
    CHECK_FALSE(calibration.magnificationFactor().has_value());
    // 100 px at 0.2 mm: 20 mm at the detector.
    const Measurement m = measure(ruler({10, 10}, {110, 10}), calibration);
    CHECK(m.value == Approx(20.0).epsilon(1e-12));
    CHECK(m.labelLines() == QStringList{QStringLiteral("20.0 mm (Imager Pixel Spacing, at detector)")});
}

TEST_CASE("DX with the magnification factor divides the detector spacing by it", "[annotation]")
{
    // core/samples' DX: source to detector 1800 mm, to patient 1650 mm, factor 1.090909.
    dicom::Dataset dx = test::smallImage(QStringLiteral("DX"), kDxClass);
    dx.setStrings(ImagerPixelSpacing, Vr::DS, {QStringLiteral("0.2"), QStringLiteral("0.2")});
    dx.setString(Magnification, Vr::DS, QStringLiteral("1.090909"));
    const Calibration calibration = readBack(dx, QStringLiteral("dx.dcm"));
    CHECK(calibration.source() == CalibrationSource::MagnificationCorrected);
    REQUIRE(calibration.magnificationFactor().has_value());
    CHECK(*calibration.magnificationFactor() == Approx(1.090909));
    // 550 px at 0.2 mm is 110 mm at the detector, 110 / 1.090909 = 100.83 mm in the patient.
    const Measurement m = measure(ruler({0, 0}, {550, 0}), calibration);
    CHECK(m.value == Approx(110.0 / 1.090909).epsilon(1e-9));
    CHECK(m.labelLines() == QStringList{QStringLiteral("100.8 mm (Imager Pixel Spacing, magnification corrected)")});

    // Pixel Spacing equal to Imager Pixel Spacing is not a calibration to the patient
    // (PS3.3 C.7.6.2.1.1): the magnification correction still applies.
    dx.setStrings(PixelSpacing, Vr::DS, {QStringLiteral("0.2"), QStringLiteral("0.2")});
    CHECK(readBack(dx, QStringLiteral("dx-equal.dcm")).source() == CalibrationSource::MagnificationCorrected);
    // A different Pixel Spacing is the modality's calibration and wins.
    dx.setStrings(PixelSpacing, Vr::DS, {QStringLiteral("0.18"), QStringLiteral("0.18")});
    const Calibration calibrated = readBack(dx, QStringLiteral("dx-ps.dcm"));
    CHECK(calibrated.source() == CalibrationSource::PixelSpacing);
    CHECK(measure(ruler({0, 0}, {100, 0}), calibrated).value == Approx(18.0).epsilon(1e-12));
    // A zero or malformed factor is ignored: detector plane, not a division by zero.
    dx.remove(PixelSpacing);
    dx.setString(Magnification, Vr::DS, QStringLiteral("0"));
    CHECK(readBack(dx, QStringLiteral("dx-zero.dcm")).source() == CalibrationSource::ImagerPixelSpacing);
}

TEST_CASE("CT Pixel Spacing: rows then columns, and unusable values leave it uncalibrated", "[annotation]")
{
    dicom::Dataset ct = test::smallImage(QStringLiteral("CT"), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    // Rows 0.5 mm apart (vertical), columns 0.8 mm apart (horizontal).
    ct.setStrings(PixelSpacing, Vr::DS, {QStringLiteral("0.5"), QStringLiteral("0.8")});
    const Calibration calibration = readBack(ct, QStringLiteral("ct.dcm"));
    CHECK(calibration.source() == CalibrationSource::PixelSpacing);
    CHECK(measure(ruler({0, 0}, {10, 0}), calibration).value == Approx(8.0).epsilon(1e-12));
    CHECK(measure(ruler({0, 0}, {0, 10}), calibration).value == Approx(5.0).epsilon(1e-12));

    ct.setStrings(PixelSpacing, Vr::DS, {QStringLiteral("0"), QStringLiteral("0.8")});
    CHECK(readBack(ct, QStringLiteral("ct-zero.dcm")).source() == CalibrationSource::None);
    ct.setString(PixelSpacing, Vr::DS, QStringLiteral("0.5"));
    const Calibration none = readBack(ct, QStringLiteral("ct-one.dcm"));
    CHECK(none.source() == CalibrationSource::None);
    CHECK(measure(ruler({0, 0}, {10, 0}), none).labelLines() == QStringList{QStringLiteral("10.0 px (uncalibrated)")});
}

TEST_CASE("enhanced objects: Pixel Spacing from the frame's own functional group", "[annotation]")
{
    dicom::Dataset mr = test::smallImage(QStringLiteral("MR"), QStringLiteral("1.2.840.10008.5.1.4.1.1.4.1"));
    dicom::Dataset& shared = mr.appendItem({0x5200, 0x9229});
    shared.appendItem({0x0028, 0x9110}).setStrings(PixelSpacing, Vr::DS, {QStringLiteral("1"), QStringLiteral("1")});
    for (const char* spacing : {"0.5", "0.25"}) {
        dicom::Dataset& frame = mr.appendItem({0x5200, 0x9230});
        frame.appendItem({0x0028, 0x9110})
            .setStrings(PixelSpacing, Vr::DS, {QString::fromLatin1(spacing), QString::fromLatin1(spacing)});
    }
    QTemporaryDir dir;
    const QString path = test::writeDataset(dir.path(), QStringLiteral("mr.dcm"), mr);
    const auto frame0 = Calibration::read(path, 0);
    const auto frame1 = Calibration::read(path, 1);
    const auto frame5 = Calibration::read(path, 5); // no per-frame item: the shared group
    REQUIRE(frame0.has_value());
    REQUIRE(frame1.has_value());
    REQUIRE(frame5.has_value());
    CHECK(measure(ruler({0, 0}, {10, 0}), *frame0).value == Approx(5.0));
    CHECK(measure(ruler({0, 0}, {10, 0}), *frame1).value == Approx(2.5));
    CHECK(measure(ruler({0, 0}, {10, 0}), *frame5).value == Approx(10.0));
    CHECK_FALSE(Calibration::read(path, -1).has_value());
    CHECK_FALSE(Calibration::read(dir.filePath(QStringLiteral("missing.dcm")), 0).has_value());
}

TEST_CASE("ultrasound cine: calibrated inside one region, uncalibrated across regions", "[annotation]")
{
    const Calibration calibration = readBack(test::ultrasoundWithRegions(), QStringLiteral("us.dcm"), 2);
    CHECK(calibration.source() == CalibrationSource::UltrasoundRegion);
    REQUIRE(calibration.ultrasoundRegions().size() == 3);
    CHECK(calibration.ultrasoundRegions()[0].isSpatial());
    CHECK_FALSE(calibration.ultrasoundRegions()[2].isSpatial()); // seconds x cm/s

    // Inside the sector (0.03 cm = 0.3 mm per pixel): 100 px down is 30 mm.
    const Measurement inSector = measure(ruler({320, 120}, {320, 220}), calibration);
    CHECK(inSector.scale.source == CalibrationSource::UltrasoundRegion);
    CHECK(inSector.scale.region == 0);
    CHECK(inSector.value == Approx(30.0).epsilon(1e-12));
    CHECK(inSector.labelLines() == QStringList{QStringLiteral("30.0 mm (ultrasound region 1)")});

    // Inside the second strip (0.5 mm per pixel): 40 px across is 20 mm.
    const Measurement inStrip = measure(ruler({10, 460}, {50, 460}), calibration);
    CHECK(inStrip.scale.region == 1);
    CHECK(inStrip.value == Approx(20.0).epsilon(1e-12));

    // From the sector into the strip: no single scale applies.
    const Measurement across = measure(ruler({320, 400}, {320, 470}), calibration);
    CHECK_FALSE(across.scale.isCalibrated());
    CHECK(across.value == Approx(70.0).epsilon(1e-12));
    CHECK(across.labelLines() == QStringList{QStringLiteral("70.0 px (uncalibrated)")});

    // In the spectral region (not lengths) and outside every region: uncalibrated.
    CHECK_FALSE(measure(ruler({10, 10}, {50, 50}), calibration).scale.isCalibrated());
    CHECK_FALSE(measure(ruler({600, 10}, {630, 50}), calibration).scale.isCalibrated());

    // The region's last pixel (528, 446) is inside; the next one is not (the pixel-centre
    // convention: the region covers [112, 529) x [96, 447)).
    CHECK(measure(ruler({400.0, 300.0}, {528.99, 446.99}), calibration).scale.isCalibrated());
    CHECK_FALSE(measure(ruler({400.0, 300.0}, {529.0, 446.0}), calibration).scale.isCalibrated());

    // A region ROI is calibrated only when its whole box is in the region.
    Shape box;
    box.kind = ShapeKind::Rectangle;
    box.points = {{200, 200}, {300, 300}};
    const Measurement area = measure(box, calibration);
    CHECK(area.value == Approx(100.0 * 100.0 * 0.09).epsilon(1e-12));
    box.points = {{200, 200}, {300, 460}};
    CHECK_FALSE(measure(box, calibration).scale.isCalibrated());
}

TEST_CASE("manual calibration by a known length overrides the header and is named", "[annotation]")
{
    // A 10 mm coin drawn 40 px wide: 0.25 mm per pixel.
    const ManualCalibration coin{{100, 100}, {140, 100}, 10.0};
    REQUIRE(coin.mmPerPixel().has_value());
    CHECK(*coin.mmPerPixel() == Approx(0.25).epsilon(1e-12));

    AnnotationDocument document;
    const QString uid = QStringLiteral("2.25.5");
    REQUIRE(document.setManualCalibration(uid, coin).has_value());
    const Calibration base = Calibration::fromSpacing(CalibrationSource::ImagerPixelSpacing, 0.2, 0.2);
    const Calibration calibration = document.calibrationFor(uid, base);
    const Measurement m = measure(ruler({0, 0}, {0, 80}), calibration);
    CHECK(m.value == Approx(20.0).epsilon(1e-12));
    CHECK(m.labelLines() == QStringList{QStringLiteral("20.0 mm (manual calibration)")});
    // Other images keep their own calibration.
    CHECK(measure(ruler({0, 0}, {0, 80}), document.calibrationFor(QStringLiteral("2.25.6"), base)).value
          == Approx(16.0).epsilon(1e-12));

    // Unusable calibrations are refused with a reason.
    const auto degenerate = document.setManualCalibration(uid, ManualCalibration{{5, 5}, {5, 5}, 10.0});
    REQUIRE_FALSE(degenerate.has_value());
    CHECK(degenerate.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(document.setManualCalibration(uid, ManualCalibration{{0, 0}, {5, 5}, -1.0}).has_value());
    CHECK(document.manualCalibration(uid) == coin);
}

TEST_CASE("a dataset in memory calibrates exactly as the file written from it", "[annotation]")
{
    dicom::Dataset dx = test::smallImage(QStringLiteral("DX"), kDxClass);
    dx.setStrings(ImagerPixelSpacing, Vr::DS, {QStringLiteral("0.15"), QStringLiteral("0.2")});
    dx.setString(Magnification, Vr::DS, QStringLiteral("1.2"));
    dicom::Dataset mr = test::smallImage(QStringLiteral("MR"), QStringLiteral("1.2.840.10008.5.1.4.1.1.4.1"));
    mr.appendItem({0x5200, 0x9230});
    mr.appendItem({0x5200, 0x9230})
        .appendItem({0x0028, 0x9110})
        .setStrings(PixelSpacing, Vr::DS, {QStringLiteral("0.3"), QStringLiteral("0.7")});
    const std::vector<std::pair<QString, dicom::Dataset>> datasets = {
        {QStringLiteral("us.dcm"), test::ultrasoundWithRegions()},
        {QStringLiteral("dx.dcm"), dx},
        {QStringLiteral("mr.dcm"), mr},
    };
    const QList<QList<QPointF>> probes = {
        {{320, 120}, {320, 220}}, {{10, 460}, {50, 460}}, {{320, 400}, {320, 470}}, {{1, 1}, {30, 20}}};
    for (const auto& [name, dataset] : datasets) {
        INFO(name.toStdString());
        const auto inMemory = Calibration::fromDataset(dataset, 1);
        REQUIRE(inMemory.has_value());
        const Calibration fromFile = readBack(dataset, name, 1);
        CHECK(inMemory->source() == fromFile.source());
        CHECK(inMemory->source() != CalibrationSource::None);
        for (const QList<QPointF>& points : probes) {
            const Scale a = inMemory->scaleFor(points);
            const Scale b = fromFile.scaleFor(points);
            CHECK(a.source == b.source);
            CHECK(a.region == b.region);
            CHECK(a.mmPerPixelX == Approx(b.mmPerPixelX).epsilon(1e-12));
            CHECK(a.mmPerPixelY == Approx(b.mmPerPixelY).epsilon(1e-12));
        }
    }
    // The per-frame spacing of frame 1: rows 0.3 mm, columns 0.7 mm.
    const auto frame1 = Calibration::fromDataset(mr, 1);
    REQUIRE(frame1.has_value());
    CHECK(frame1->scaleFor({}).mmPerPixelX == Approx(0.7));
    CHECK(frame1->scaleFor({}).mmPerPixelY == Approx(0.3));
    CHECK(Calibration::fromDataset(mr, 0)->source() == CalibrationSource::None);
    CHECK_FALSE(Calibration::fromDataset(mr, -2).has_value());
}
