#pragma once

#include "core/common/Error.h"
#include "core/dicom/PixelEditing.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace consilium::deid {

/// How a region's pixels are destroyed. Fill is the default and the only one that leaves
/// nothing of the original: pixelation and blur keep the region's average colours, enough to
/// read very large text or recognise a silhouette, so they are for reviewers who need context.
enum class RedactionStyle {
    Fill, ///< solid: the frame's darkest stored value (MONOCHROME2; the brightest for
          ///< MONOCHROME1, which displays it black), black for colour
    Pixelate, ///< squares of half the region's smaller side (at least 8 pixels), each its mean
    Blur, ///< three box blurs of radius half the region's smaller side, within the region
};

[[nodiscard]] QString styleName(RedactionStyle style);
/// "fill", "pixelate" or "blur"; nullopt otherwise.
[[nodiscard]] std::optional<RedactionStyle> parseStyle(const QString& name);

/// One area to redact. Carries no text: a report listing regions must not carry the PHI that
/// OCR read in them.
struct RedactionRegion {
    QRect rect; ///< in image pixels (x = column, y = row)
    int frame = -1; ///< 0-based frame; -1 for every frame
    QString source; ///< "ocr", "manual" or "face"
    float confidence = 100.f; ///< of the detector (0..100); 100 for manual regions
};

/// Fails with InvalidArgument naming the first region that is empty or not wholly inside a
/// `columns` x `rows` image of `frames` frames.
Result<void> checkRegions(const QList<RedactionRegion>& regions, int columns, int rows, int frames);

/// Writes the regions into every affected frame of `pixels` (checked first, see checkRegions).
/// Only pixels inside a region change. Refuses palette colour for pixelation and blur
/// (averaging palette indices means nothing).
Result<void> redact(dicom::NativePixels& pixels, const QList<RedactionRegion>& regions, RedactionStyle style);

/// The same on a photo (frame 0); the image is converted to RGB888 first.
Result<void> redact(QImage& image, const QList<RedactionRegion>& regions, RedactionStyle style);

} // namespace consilium::deid
