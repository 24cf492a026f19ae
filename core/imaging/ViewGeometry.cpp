#include "core/imaging/ViewGeometry.h"

#include <algorithm>
#include <cmath>

namespace consilium::imaging {

namespace {

using Vector = std::array<double, 3>;

// Below this share of the vector's length a component is noise (a slightly tilted scanner
// table), not a direction worth a letter.
constexpr double kMinorComponent = 0.25;

bool usable(const Vector& v)
{
    double length = 0.0;
    for (const double c : v) {
        if (!std::isfinite(c))
            return false;
        length += c * c;
    }
    return length > 1e-12;
}

Vector negated(const Vector& v)
{
    return {-v[0], -v[1], -v[2]};
}

// An image axis on screen: +1/-1 along the image's x (columns) or y (rows).
struct ScreenAxis {
    int x = 0;
    int y = 0;
};

// Where image axis `v` points on screen after a horizontal flip then `quarterTurns` clockwise
// quarter turns (y grows downwards, so (x, y) -> (-y, x) is a clockwise quarter turn).
ScreenAxis toScreen(ScreenAxis v, int quarterTurns, bool flipped)
{
    if (flipped)
        v.x = -v.x;
    for (int i = 0; i < ((quarterTurns % 4) + 4) % 4; ++i)
        v = {-v.y, v.x};
    return v;
}

} // namespace

QString patientDirectionLabel(const std::array<double, 3>& direction)
{
    if (!usable(direction))
        return {};
    const double length =
        std::sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
    std::array<int, 3> order{0, 1, 2};
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return std::abs(direction[a]) > std::abs(direction[b]); });
    // PS3.3 C.7.6.1.1.1 (Patient Orientation): L/R, A/P, H/F; +x left, +y posterior, +z head.
    constexpr std::array<std::array<char16_t, 2>, 3> letters{{{u'L', u'R'}, {u'P', u'A'}, {u'H', u'F'}}};
    QString label;
    for (const int axis : order) {
        const double share = direction[axis] / length;
        if (std::abs(share) < kMinorComponent)
            continue;
        label += QChar(letters[axis][share > 0 ? 0 : 1]);
    }
    return label;
}

std::optional<OrientationMarkers> orientationMarkers(const std::array<double, 6>& orientation, int quarterTurns,
                                                     bool flipped)
{
    const Vector row{orientation[0], orientation[1], orientation[2]}; // along +x (columns grow)
    const Vector column{orientation[3], orientation[4], orientation[5]}; // along +y (rows grow)
    if (!usable(row) || !usable(column))
        return std::nullopt;
    // The patient direction of screen right and screen down: the image axis that lands there.
    Vector right{};
    Vector down{};
    for (const auto& [axis, patient] : {std::pair{ScreenAxis{1, 0}, row}, std::pair{ScreenAxis{0, 1}, column}}) {
        const ScreenAxis screen = toScreen(axis, quarterTurns, flipped);
        if (screen.x != 0)
            right = screen.x > 0 ? patient : negated(patient);
        else
            down = screen.y > 0 ? patient : negated(patient);
    }
    OrientationMarkers markers;
    markers.right = patientDirectionLabel(right);
    markers.left = patientDirectionLabel(negated(right));
    markers.bottom = patientDirectionLabel(down);
    markers.top = patientDirectionLabel(negated(down));
    return markers;
}

std::optional<ScaleBar> chooseScaleBar(double mmPerScreenPixel, double maxScreenPixels)
{
    if (!(mmPerScreenPixel > 0.0) || !std::isfinite(mmPerScreenPixel) || !(maxScreenPixels >= 1.0))
        return std::nullopt;
    const double maxMillimetres = maxScreenPixels * mmPerScreenPixel;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMillimetres)));
    for (const double step : {5.0, 2.0, 1.0}) {
        const double millimetres = step * decade;
        if (millimetres <= maxMillimetres * (1.0 + 1e-9))
            return ScaleBar{millimetres, millimetres / mmPerScreenPixel};
    }
    return std::nullopt; // unreachable: decade <= maxMillimetres
}

} // namespace consilium::imaging
