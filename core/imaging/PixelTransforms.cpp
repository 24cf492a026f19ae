#include "core/imaging/PixelTransforms.h"

#include <algorithm>
#include <cmath>

namespace consilium::imaging {

quint16 LookupTable::lookup(double input) const
{
    if (data.empty())
        return 0;
    const double index = std::floor(input) - firstMapped;
    if (index <= 0)
        return data.front();
    if (index >= static_cast<double>(data.size() - 1))
        return data.back();
    return data[static_cast<size_t>(index)];
}

double LookupTable::maxOutput() const
{
    return std::ldexp(1.0, std::clamp(bits, 1, 16)) - 1.0;
}

double ModalityTransform::apply(double stored) const
{
    if (lut && lut->isValid())
        return lut->lookup(stored);
    return stored * slope + intercept;
}

VoiFunction voiFunctionFromString(const QString& text)
{
    const QString name = text.trimmed().toUpper();
    if (name == QLatin1String("SIGMOID"))
        return VoiFunction::Sigmoid;
    if (name == QLatin1String("LINEAR_EXACT"))
        return VoiFunction::LinearExact;
    return VoiFunction::Linear;
}

QString voiFunctionName(VoiFunction function)
{
    switch (function) {
    case VoiFunction::Linear:
        return QStringLiteral("LINEAR");
    case VoiFunction::LinearExact:
        return QStringLiteral("LINEAR_EXACT");
    case VoiFunction::Sigmoid:
        return QStringLiteral("SIGMOID");
    }
    return QStringLiteral("LINEAR");
}

double VoiWindow::apply(double x) const
{
    switch (function) {
    case VoiFunction::Sigmoid:
        // PS3.3 C.11.2.1.3.1: y = (ymax - ymin) / (1 + exp(-4 (x - c) / w)) + ymin.
        return 1.0 / (1.0 + std::exp(-4.0 * (x - center) / std::max(width, 1e-9)));
    case VoiFunction::LinearExact: {
        // PS3.3 C.11.2.1.3.2: width >= 0 and no half-unit offsets.
        if (width <= 0.0)
            return x <= center ? 0.0 : 1.0;
        if (x <= center - width / 2.0)
            return 0.0;
        if (x > center + width / 2.0)
            return 1.0;
        return (x - center) / width + 0.5;
    }
    case VoiFunction::Linear:
        break;
    }
    // PS3.3 C.11.2.1.2.1: the "- 0.5" and "- 1" make a window of width w cover exactly w
    // integer input values; a width below 1 is invalid for LINEAR and is treated as 1.
    const double w = std::max(width, 1.0);
    const double low = center - 0.5 - (w - 1.0) / 2.0;
    const double high = center - 0.5 + (w - 1.0) / 2.0;
    if (x <= low)
        return 0.0;
    if (x > high)
        return 1.0;
    if (w <= 1.0)
        return 1.0;
    return (x - (center - 0.5)) / (w - 1.0) + 0.5;
}

} // namespace consilium::imaging
