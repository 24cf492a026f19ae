#include "core/imaging/Frame.h"

#include <algorithm>
#include <limits>

namespace consilium::imaging {

bool Frame::isPadding(qint32 value) const
{
    if (!paddingValue)
        return false;
    if (!paddingRangeLimit)
        return value == *paddingValue;
    const auto [low, high] = std::minmax(*paddingValue, *paddingRangeLimit);
    return value >= low && value <= high;
}

qint32 Frame::storedAt(int x, int y) const
{
    if (x < 0 || y < 0 || x >= width || y >= height || stored.empty())
        return 0;
    return stored[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)];
}

double Frame::modalityValueAt(int x, int y) const
{
    return modality.apply(storedAt(x, y));
}

VoiWindow Frame::autoWindow() const
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    // The modality transform may be a non-monotonic LUT: look at its output over the range.
    if (modality.lut && maxStored - minStored < (1 << 20)) {
        for (qint64 s = minStored; s <= maxStored; ++s) {
            const double m = modality.apply(static_cast<double>(s));
            low = std::min(low, m);
            high = std::max(high, m);
        }
    } else {
        low = std::min(modality.apply(minStored), modality.apply(maxStored));
        high = std::max(modality.apply(minStored), modality.apply(maxStored));
    }
    if (low > high)
        low = high = 0.0;
    // Width max - min + 1 with LINEAR's half-unit offsets maps min to 0 and max to 1 exactly.
    VoiWindow window;
    window.width = std::max(1.0, high - low + 1.0);
    window.center = low + window.width / 2.0;
    window.function = VoiFunction::Linear;
    return window;
}

void Frame::updateRange()
{
    qint32 low = std::numeric_limits<qint32>::max();
    qint32 high = std::numeric_limits<qint32>::min();
    if (!paddingValue) {
        // The common case, kept free of per-pixel calls: it runs on every decoded frame.
        for (const qint32 value : stored) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    } else {
        const qint32 limit = paddingRangeLimit.value_or(*paddingValue);
        const qint32 padLow = std::min(*paddingValue, limit);
        const qint32 padHigh = std::max(*paddingValue, limit);
        for (const qint32 value : stored) {
            if (value >= padLow && value <= padHigh)
                continue;
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (low > high) { // empty, or nothing but padding
        low = high = stored.empty() ? 0 : stored.front();
    }
    minStored = low;
    maxStored = high;
}

} // namespace consilium::imaging
