#include "core/dicom/OverlayReader.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcobject.h>

#include <cstring>

namespace consilium::dicom::detail {

namespace {

constexpr int kPlanes = 16;

DcmTagKey overlayTag(int plane, Uint16 element)
{
    return DcmTagKey(static_cast<Uint16>(0x6000 + 2 * plane), element);
}

// The attributes every plane has, whatever holds its bits; false when the plane is absent or
// its size is unusable.
bool readPlaneHeader(DcmItem& dataset, int plane, imaging::Overlay& overlay)
{
    Uint16 rows = 0;
    Uint16 columns = 0;
    if (dataset.findAndGetUint16(overlayTag(plane, 0x0010), rows).bad()
        || dataset.findAndGetUint16(overlayTag(plane, 0x0011), columns).bad() || rows == 0 || columns == 0)
        return false;
    overlay.rows = rows;
    overlay.columns = columns;
    // Overlay Origin (60xx,0050): 1-based row and column of the first overlay pixel; may be
    // negative or beyond the image (PS3.3 C.9.2.1.1).
    Sint16 originRow = 1;
    Sint16 originColumn = 1;
    (void)dataset.findAndGetSint16(overlayTag(plane, 0x0050), originRow, 0);
    (void)dataset.findAndGetSint16(overlayTag(plane, 0x0050), originColumn, 1);
    overlay.originRow = originRow - 1;
    overlay.originColumn = originColumn - 1;
    overlay.type = stringValue(dataset, overlayTag(plane, 0x0040));
    overlay.label = stringValue(dataset, overlayTag(plane, 0x1500));
    if (overlay.label.isEmpty())
        overlay.label = stringValue(dataset, overlayTag(plane, 0x0022));
    return true;
}

} // namespace

bool hasOverlayGroups(DcmItem& dataset)
{
    // nextInContainer steps along the top-level list (DCMTK keeps its position: one pass).
    for (DcmObject* object = dataset.nextInContainer(nullptr); object != nullptr;
         object = dataset.nextInContainer(object)) {
        const Uint16 group = object->getGTag();
        // Repeating groups 6000-601E, even numbers only (PS3.3 C.9.2, PS3.5 7.6).
        if (group >= 0x6000 && group <= 0x601E && group % 2 == 0)
            return true;
        if (group > 0x601E)
            return false; // elements are in ascending tag order
    }
    return false;
}

void readSeparateOverlays(DcmItem& dataset, int index, imaging::Frame& frame)
{
    if (!hasOverlayGroups(dataset))
        return;
    for (int plane = 0; plane < kPlanes; ++plane) {
        imaging::Overlay overlay;
        if (!readPlaneHeader(dataset, plane, overlay))
            continue;
        const Uint8* data = nullptr;
        unsigned long length = 0;
        if (dataset.findAndGetUint8Array(overlayTag(plane, 0x3000), data, &length).bad() || data == nullptr) {
            // OW read as words: the bytes in memory are the same little-endian bit stream on
            // the little-endian machines we build for.
            const Uint16* words = nullptr;
            if (dataset.findAndGetUint16Array(overlayTag(plane, 0x3000), words, &length).bad() || words == nullptr)
                continue; // embedded, or no bits at all
            data = reinterpret_cast<const Uint8*>(words);
            length *= 2;
        }
        // Multi-frame overlays: which image frames the planes cover (PS3.3 C.9.2.1.2).
        const int overlayFrames = intValue(dataset, overlayTag(plane, 0x0015), 1);
        const int firstFrame = intValue(dataset, overlayTag(plane, 0x0051), 1) - 1;
        const int overlayFrame = index - firstFrame;
        if (overlayFrame < 0 || overlayFrame >= std::max(1, overlayFrames))
            continue;
        const qsizetype pixels = qsizetype(overlay.rows) * overlay.columns;
        const qsizetype firstBit = pixels * overlayFrame;
        if ((firstBit + pixels + 7) / 8 > qsizetype(length))
            continue; // Overlay Data shorter than its size says: show nothing rather than noise
        overlay.bits.resize(pixels);
        for (qsizetype i = 0; i < pixels; ++i) {
            const qsizetype bit = firstBit + i;
            overlay.bits[i] = static_cast<char>((data[bit / 8] >> (bit % 8)) & 1u); // PS3.5 8.1.2: LSB first
        }
        frame.overlays.append(std::move(overlay));
    }
}

void readEmbeddedOverlays(DcmItem& dataset, const PixelLayout& layout, const Uint8* cells, size_t size,
                          imaging::Frame& frame)
{
    if ((layout.bitsAllocated != 8 && layout.bitsAllocated != 16) || !hasOverlayGroups(dataset))
        return;
    for (int plane = 0; plane < kPlanes; ++plane) {
        if (dataset.tagExists(overlayTag(plane, 0x3000)))
            continue; // stored separately
        imaging::Overlay overlay;
        if (!readPlaneHeader(dataset, plane, overlay))
            continue;
        const int bitsAllocated = intValue(dataset, overlayTag(plane, 0x0100), 0);
        const int bitPosition = intValue(dataset, overlayTag(plane, 0x0102), -1);
        // Only a bit the image itself does not use can carry an overlay.
        if (bitsAllocated != layout.bitsAllocated || bitPosition < 0 || bitPosition >= layout.bitsAllocated
            || (bitPosition >= layout.highBit + 1 - layout.bitsStored && bitPosition <= layout.highBit))
            continue;
        // The embedded plane covers the image, from its origin.
        const qsizetype pixels = qsizetype(overlay.rows) * overlay.columns;
        overlay.bits.fill('\0', pixels);
        for (int r = 0; r < overlay.rows; ++r) {
            const int y = r + overlay.originRow;
            if (y < 0 || y >= layout.rows)
                continue;
            for (int c = 0; c < overlay.columns; ++c) {
                const int x = c + overlay.originColumn;
                if (x < 0 || x >= layout.columns)
                    continue;
                const size_t cell = size_t(y) * size_t(layout.columns) + size_t(x);
                unsigned value = 0;
                if (layout.bitsAllocated == 16 && cell * 2 + 1 < size) {
                    Uint16 word = 0; // local byte order; memcpy: the buffer need not be aligned
                    std::memcpy(&word, cells + cell * 2, 2);
                    value = word;
                } else if (layout.bitsAllocated == 8 && cell < size) {
                    value = cells[cell];
                }
                overlay.bits[qsizetype(r) * overlay.columns + c] = static_cast<char>((value >> bitPosition) & 1u);
            }
        }
        frame.overlays.append(std::move(overlay));
    }
}

} // namespace consilium::dicom::detail
