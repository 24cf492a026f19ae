#pragma once

#include "core/imaging/PixelTransforms.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace consilium::imaging {

/// One overlay plane for one frame (PS3.3 C.9.2): a bitmap placed over the image, drawn on top
/// of the displayed grey levels or colours, not through the pixel pipeline.
struct Overlay {
    int rows = 0;
    int columns = 0;
    int originRow = 0; ///< 0-based image row of the bitmap's first row (Overlay Origin - 1)
    int originColumn = 0; ///< 0-based image column of its first column
    QString type; ///< "G" graphics or "R" region of interest
    QString label; ///< Overlay Label or Description, may be empty
    /// rows * columns bytes, row after row: 1 where the overlay is on.
    QByteArray bits;

    [[nodiscard]] bool isOn(int row, int column) const
    {
        return row >= 0 && column >= 0 && row < rows && column < columns
               && bits[qsizetype(row) * columns + column] != 0;
    }
};

/// One decoded image frame, ready for display and free of any DICOM library: either stored
/// monochrome values with everything needed to turn them into grey levels (modality transform,
/// windows, VOI LUTs, photometric polarity, padding), or 8-bit RGB colour.
///
/// A frame is decoded once; display (DisplayPipeline.h) only reads it, so changing the window
/// never touches the decoder. A plain value: copy it across threads freely.
struct Frame {
    enum class Kind {
        Monochrome, ///< `stored` holds one value per pixel
        Colour,     ///< `rgb` holds R, G, B bytes per pixel, row after row
    };

    Kind kind = Kind::Monochrome;
    int width = 0;
    int height = 0;

    // Monochrome ----------------------------------------------------------------------------
    /// Stored values after Bits Stored / High Bit masking and sign extension (PS3.5 8.1.1),
    /// row after row.
    std::vector<qint32> stored;
    qint32 minStored = 0; ///< smallest stored value, padding excluded
    qint32 maxStored = 0; ///< largest stored value, padding excluded
    ModalityTransform modality;
    /// MONOCHROME1: the minimum value is white (PS3.3 C.7.6.3.1.2), so the display inverts.
    bool monochrome1 = false;
    /// Pixel Padding Value and Range Limit (PS3.3 C.7.5.1.1.2), as stored values.
    std::optional<qint32> paddingValue;
    std::optional<qint32> paddingRangeLimit;
    /// The windows and VOI LUTs the object recommends, in file order (PS3.3 C.11.2).
    QList<VoiWindow> windows;
    QList<LookupTable> voiLuts;

    // Colour --------------------------------------------------------------------------------
    QByteArray rgb;

    // Both ----------------------------------------------------------------------------------
    /// Image Orientation (Patient) (0020,0037): row then column direction cosines in the
    /// patient coordinate system (PS3.3 C.7.6.2.1.1); empty when the object does not say.
    std::optional<std::array<double, 6>> orientation;
    /// Millimetres between pixel centres: [0] between rows (vertical), [1] between columns
    /// (horizontal), from Pixel Spacing (0028,0030), else Imager Pixel Spacing (0018,1164)
    /// (PS3.3 10.7.1.3); empty when the image is not calibrated.
    std::optional<std::array<double, 2>> pixelSpacing;
    /// True when `pixelSpacing` is Imager Pixel Spacing: measured at the detector, so distances
    /// in the patient are smaller by the geometric magnification.
    bool spacingAtDetector = false;
    /// The overlay planes that apply to this frame, stored separately in Overlay Data or in the
    /// unused high bits of the pixel cells (retired, still met in older files).
    QList<Overlay> overlays;
    /// What the decoder could not deliver (e.g. "the last 312 rows are missing: the file is
    /// truncated"); empty for a complete frame. Missing pixels are stored as minStored.
    QString incomplete;

    [[nodiscard]] bool isMonochrome() const { return kind == Kind::Monochrome; }
    [[nodiscard]] bool isNull() const { return width <= 0 || height <= 0; }
    /// True when `value` is a padding value (PS3.3 C.7.5.1.1.2: Pixel Padding Value alone, or
    /// the range between it and Pixel Padding Range Limit).
    [[nodiscard]] bool isPadding(qint32 value) const;
    /// The stored value at (x, y); monochrome frames only.
    [[nodiscard]] qint32 storedAt(int x, int y) const;
    /// The modality value at (x, y) (HU for CT); monochrome frames only.
    [[nodiscard]] double modalityValueAt(int x, int y) const;
    /// A window covering every modality value of the frame, padding excluded: for objects
    /// that recommend none. LINEAR, so that min maps to black and max to white.
    [[nodiscard]] VoiWindow autoWindow() const;
    /// Recomputes minStored/maxStored from `stored`, leaving padding out.
    void updateRange();
};

} // namespace consilium::imaging
