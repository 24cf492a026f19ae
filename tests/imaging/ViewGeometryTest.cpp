// Orientation markers (PS3.3 C.7.6.2.1.1) and the scale bar: pure functions of the image's
// direction cosines and the view (flip, quarter turns), checked against what a radiologist
// expects to read at the edges of standard planes. And the decoder's geometry: Pixel Spacing,
// else Imager Pixel Spacing, else nothing.

#include "core/imaging/ViewGeometry.h"
#include "core/dicom/DatasetWriter.h"
#include "core/dicom/ImageDecoder.h"
#include "tests/imaging/SyntheticImages.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>

using namespace consilium;
using imaging::OrientationMarkers;
using imaging::orientationMarkers;

namespace {

constexpr std::array<double, 6> kAxial{1, 0, 0, 0, 1, 0};
constexpr std::array<double, 6> kCoronal{1, 0, 0, 0, 0, -1};
constexpr std::array<double, 6> kSagittal{0, 1, 0, 0, 0, -1};

std::optional<OrientationMarkers> markers(const char* left, const char* right, const char* top, const char* bottom)
{
    return OrientationMarkers{QLatin1String(left), QLatin1String(right), QLatin1String(top), QLatin1String(bottom)};
}

} // namespace

TEST_CASE("direction letters: L/R, A/P, H/F, strongest first, oblique with two", "[imaging][geometry]")
{
    CHECK(imaging::patientDirectionLabel({1, 0, 0}) == QStringLiteral("L"));
    CHECK(imaging::patientDirectionLabel({-1, 0, 0}) == QStringLiteral("R"));
    CHECK(imaging::patientDirectionLabel({0, 1, 0}) == QStringLiteral("P"));
    CHECK(imaging::patientDirectionLabel({0, -1, 0}) == QStringLiteral("A"));
    CHECK(imaging::patientDirectionLabel({0, 0, 1}) == QStringLiteral("H"));
    CHECK(imaging::patientDirectionLabel({0, 0, -1}) == QStringLiteral("F"));
    CHECK(imaging::patientDirectionLabel({0.6, -0.8, 0}) == QStringLiteral("AL"));
    CHECK(imaging::patientDirectionLabel({0.99, 0.1, 0.05}) == QStringLiteral("L")); // a slight tilt
    CHECK(imaging::patientDirectionLabel({0, 0, 0}).isEmpty());
    CHECK(imaging::patientDirectionLabel({NAN, 0, 1}).isEmpty());
}

TEST_CASE("markers of the standard planes as displayed, then rotated and flipped", "[imaging][geometry]")
{
    // Axial, viewed from the feet: the patient's right on the screen's left, anterior at the top.
    CHECK(orientationMarkers(kAxial, 0, false) == markers("R", "L", "A", "P"));
    CHECK(orientationMarkers(kCoronal, 0, false) == markers("R", "L", "H", "F"));
    CHECK(orientationMarkers(kSagittal, 0, false) == markers("A", "P", "H", "F"));

    // A quarter turn clockwise: what was at the top (A) is now on the right.
    CHECK(orientationMarkers(kAxial, 1, false) == markers("P", "A", "R", "L"));
    CHECK(orientationMarkers(kAxial, 2, false) == markers("L", "R", "P", "A"));
    CHECK(orientationMarkers(kAxial, 3, false) == markers("A", "P", "L", "R"));
    CHECK(orientationMarkers(kAxial, 4, false) == orientationMarkers(kAxial, 0, false));
    // A horizontal flip swaps left and right only.
    CHECK(orientationMarkers(kAxial, 0, true) == markers("L", "R", "A", "P"));
    // Flip, then turn: the flipped image's top (A) goes right, its right (R) goes down.
    CHECK(orientationMarkers(kAxial, 1, true) == markers("P", "A", "L", "R"));

    // An oblique axial (rows towards left-posterior).
    const double c = std::sqrt(0.5);
    const auto oblique = orientationMarkers({c, c, 0, -c, c, 0}, 0, false);
    REQUIRE(oblique);
    CHECK(oblique->right.size() == 2);
    CHECK(oblique->right.contains(u'L'));
    CHECK(oblique->right.contains(u'P'));

    CHECK_FALSE(orientationMarkers({0, 0, 0, 0, 1, 0}, 0, false));
    CHECK_FALSE(orientationMarkers({1, 0, 0, NAN, 1, 0}, 0, false));
}

TEST_CASE("the scale bar is a round length that fits", "[imaging][geometry]")
{
    auto bar = imaging::chooseScaleBar(0.5, 150); // up to 75 mm
    REQUIRE(bar);
    CHECK(bar->millimetres == 50.0);
    CHECK(bar->screenPixels == Approx(100.0));
    bar = imaging::chooseScaleBar(0.1, 150); // up to 15 mm
    REQUIRE(bar);
    CHECK(bar->millimetres == 10.0);
    bar = imaging::chooseScaleBar(0.16, 150); // up to 24 mm
    REQUIRE(bar);
    CHECK(bar->millimetres == 20.0);
    CHECK(bar->screenPixels == Approx(125.0));
    bar = imaging::chooseScaleBar(2.0, 120); // up to 240 mm
    REQUIRE(bar);
    CHECK(bar->millimetres == 200.0);
    CHECK_FALSE(imaging::chooseScaleBar(0.0, 150));
    CHECK_FALSE(imaging::chooseScaleBar(-1.0, 150));
    CHECK_FALSE(imaging::chooseScaleBar(0.5, 0));
}

TEST_CASE("decoded frames carry orientation and spacing: Pixel Spacing, else Imager Pixel Spacing",
          "[imaging][geometry]")
{
    QTemporaryDir dir;
    dicom::Dataset slice = test::ctPhantomSlice(0, 16);
    slice.setStrings({0x0028, 0x0030}, dicom::Vr::DS, {QStringLiteral("0.5"), QStringLiteral("0.75")});
    const QString calibrated = dir.filePath(QStringLiteral("calibrated.dcm"));
    REQUIRE(dicom::writeDicomFile(calibrated, slice, dicom::TransferSyntax::ExplicitVrLittleEndian));
    auto frame = dicom::decodeFrame(calibrated);
    REQUIRE(frame);
    REQUIRE(frame->orientation);
    CHECK(*frame->orientation == kAxial);
    REQUIRE(frame->pixelSpacing);
    CHECK((*frame->pixelSpacing)[0] == 0.5);
    CHECK((*frame->pixelSpacing)[1] == 0.75);
    CHECK_FALSE(frame->spacingAtDetector);

    // A radiograph: only the detector's spacing, and no orientation.
    dicom::Dataset radiograph = test::ctPhantomSlice(0, 16);
    radiograph.setStrings({0x0018, 0x1164}, dicom::Vr::DS, {QStringLiteral("0.2"), QStringLiteral("0.2")});
    REQUIRE(radiograph.remove({0x0028, 0x0030}));
    REQUIRE(radiograph.remove({0x0020, 0x0037}));
    const QString detector = dir.filePath(QStringLiteral("detector.dcm"));
    REQUIRE(dicom::writeDicomFile(detector, radiograph, dicom::TransferSyntax::ExplicitVrLittleEndian));
    frame = dicom::decodeFrame(detector);
    REQUIRE(frame);
    CHECK_FALSE(frame->orientation);
    REQUIRE(frame->pixelSpacing);
    CHECK((*frame->pixelSpacing)[0] == 0.2);
    CHECK(frame->spacingAtDetector);
}
