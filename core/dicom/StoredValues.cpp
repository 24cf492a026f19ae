#include "core/dicom/StoredValues.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace consilium::dicom::detail {

namespace {

// How a cell becomes a stored value: shift High Bit down, keep Bits Stored bits, extend the
// sign. Branch-free, so that the compiler vectorises the loops below.
struct CellFormat {
    int shift = 0;
    quint32 mask = 0;
    quint32 signBit = 0; ///< 0 for unsigned data

    [[nodiscard]] qint32 value(quint32 cell) const
    {
        const quint32 bits = (cell >> shift) & mask;
        // Two's complement of a Bits Stored wide field: (bits ^ sign) - sign (0 for unsigned).
        return static_cast<qint32>((bits ^ signBit) - signBit);
    }
};

// Pixel Padding Value .. Range Limit as stored values (PS3.3 C.7.5.1.1.2), left out of the
// range; an empty interval (low > high) when the frame has no padding.
struct PaddingRange {
    qint32 low = 1;
    qint32 high = 0;
};

// The cells of one frame, `Word` wide, into stored values with their range (padding left out).
// Cells are read with memcpy: the DCMTK buffer need not be aligned for `Word`. The range ends
// with low > high when every value is padding.
template <typename Word>
void convert(const Uint8* cells, size_t cellCount, const CellFormat& format, const PaddingRange& padding, qint32* out,
             qint32& low, qint32& high)
{
    qint32 lo = std::numeric_limits<qint32>::max();
    qint32 hi = std::numeric_limits<qint32>::min();
    for (size_t i = 0; i < cellCount; ++i) {
        Word cell;
        std::memcpy(&cell, cells + i * sizeof(Word), sizeof(Word));
        const qint32 v = format.value(cell);
        out[i] = v;
        // Masks, not branches: padding is scattered through an image (air outside a CT's
        // field of view), and GCC vectorises this form (not the ?: one). A padded value takes
        // part as INT32_MAX in the minimum and INT32_MIN in the maximum: no part at all.
        const qint32 padded = -qint32((v >= padding.low) & (v <= padding.high)); // all ones or 0
        const qint32 kept = v & ~padded;
        lo = std::min(lo, kept | (padded & std::numeric_limits<qint32>::max()));
        hi = std::max(hi, kept | (padded & std::numeric_limits<qint32>::min()));
    }
    low = lo;
    high = hi;
}

} // namespace

void extractStoredValues(const Uint8* cells, size_t size, const PixelLayout& layout, imaging::Frame& frame)
{
    const size_t count = size_t(layout.rows) * size_t(layout.columns);
    frame.stored.assign(count, 0);
    qint32* out = frame.stored.data();
    if (layout.bitsAllocated == 1) {
        const size_t present = std::min(count, size * 8);
        for (size_t i = 0; i < present; ++i)
            out[i] = qint32((cells[i / 8] >> (i % 8)) & 1u);
        frame.updateRange();
        return;
    }
    if (layout.bitsAllocated != 8 && layout.bitsAllocated != 16 && layout.bitsAllocated != 32) {
        frame.updateRange();
        return;
    }
    CellFormat format;
    const int bitsStored = std::clamp(layout.bitsStored, 1, 32);
    format.shift = std::clamp(layout.highBit + 1 - bitsStored, 0, 31);
    format.mask = bitsStored >= 32 ? 0xffffffffu : ((quint32(1) << bitsStored) - 1);
    // Unsigned 32-bit values above INT32_MAX do not fit: cap them as before (qint32 storage).
    const bool capUnsigned = !layout.isSigned && bitsStored >= 32;
    format.signBit = layout.isSigned ? quint32(1) << (bitsStored - 1) : 0;
    const size_t wordBytes = size_t(layout.bitsAllocated / 8);
    const size_t present = std::min(count, size / wordBytes);
    PaddingRange padding;
    if (frame.paddingValue) {
        const qint32 limit = frame.paddingRangeLimit.value_or(*frame.paddingValue);
        padding.low = std::min(*frame.paddingValue, limit);
        padding.high = std::max(*frame.paddingValue, limit);
    }
    qint32 low = 0;
    qint32 high = 0;
    switch (layout.bitsAllocated) {
    case 8:
        convert<quint8>(cells, present, format, padding, out, low, high);
        break;
    case 16:
        convert<quint16>(cells, present, format, padding, out, low, high);
        break;
    default:
        convert<quint32>(cells, present, format, padding, out, low, high);
        if (capUnsigned) {
            for (size_t i = 0; i < present; ++i)
                out[i] = out[i] < 0 ? std::numeric_limits<qint32>::max() : out[i];
            frame.updateRange();
            return;
        }
        break;
    }
    if (present < count || low > high) {
        frame.updateRange(); // missing cells (0) or nothing but padding: Frame's own rules
        return;
    }
    frame.minStored = low;
    frame.maxStored = high;
}

} // namespace consilium::dicom::detail
