#pragma once

#include <QString>

#include <array>
#include <optional>

namespace consilium::imaging {

/// The patient direction of a vector in the patient coordinate system (PS3.3 C.7.6.2.1.1: +x
/// towards the patient's left, +y posterior, +z head), as the letters radiologists read at the
/// edges of an image: L/R, A/P, H/F, the strongest component first. Oblique directions get two
/// or three letters ("LP"); components under a quarter of the length are left out. Empty for
/// a zero vector.
QString patientDirectionLabel(const std::array<double, 3>& direction);

/// The letters at the four edges of the displayed image.
struct OrientationMarkers {
    QString left;
    QString right;
    QString top;
    QString bottom;

    friend bool operator==(const OrientationMarkers&, const OrientationMarkers&) = default;
};

/// The markers for an image with Image Orientation (Patient) `orientation` (row cosines, then
/// column cosines) shown after the view transform of the viewer: first a horizontal flip
/// (`flipped`), then `quarterTurns` quarter turns clockwise. Empty when either cosine vector is
/// zero or not finite. A pure function.
std::optional<OrientationMarkers> orientationMarkers(const std::array<double, 6>& orientation, int quarterTurns,
                                                     bool flipped);

/// A scale bar: a round length in millimetres and its length on screen.
struct ScaleBar {
    double millimetres = 0.0;
    double screenPixels = 0.0;
};

/// The longest round length (1, 2 or 5 times a power of ten, in mm) whose bar is at most
/// `maxScreenPixels` long when one screen pixel spans `mmPerScreenPixel`. Empty when nothing
/// fits or the scale is not positive. A pure function.
std::optional<ScaleBar> chooseScaleBar(double mmPerScreenPixel, double maxScreenPixels);

} // namespace consilium::imaging
