#pragma once

#include "core/annotation/AnnotationDocument.h"
#include "core/common/Error.h"

#include <QDateTime>
#include <QString>

namespace consilium::annotation {

/// What a Grayscale Softcopy Presentation State says about itself (PS3.3 C.11.10).
struct PresentationStateOptions {
    QString contentLabel = QStringLiteral("CONSILIUM"); ///< Content Label (0070,0080), a CS
    QString contentDescription; ///< Content Description (0070,0081)
    QString creatorName; ///< Content Creator's Name (0070,0084)
    int instanceNumber = 1;
    QDateTime created; ///< Presentation Creation Date/Time; invalid: now (UTC)
    QString sopInstanceUid; ///< empty: a new 2.25 UID (PS3.5 B.2)
    QString seriesInstanceUid; ///< empty: a new 2.25 UID
};

/// Writes the document's shapes on the image at `imagePath` (every frame) as a Grayscale
/// Softcopy Presentation State (PS3.3 A.33.1) at `outPath`, so that PACS viewers show them:
/// one graphic layer, one Graphic Annotation item per frame, shapes as POINT, POLYLINE and
/// ELLIPSE objects in PIXEL units (the same coordinates as ours: PS3.3 C.10.5.1.2 puts 0\0 at
/// the top-left corner of the top-left pixel), measurement labels as text objects anchored
/// at the shape. Patient and study attributes are copied from the image; the image's rescale
/// and first window become the state's Modality LUT and Softcopy VOI LUT, and MONOCHROME1
/// images get an INVERSE Presentation LUT Shape.
///
/// Graphic Data is FL (32-bit float), so coordinates are rounded to float precision. Fails
/// with InvalidArgument when the image lacks its SOP, series or study identification or size,
/// when the document has no shape for the image or a shape lies on a frame the image does not
/// have; with the image's error when it cannot be read.
Result<void> writePresentationState(const QString& outPath, const AnnotationDocument& document,
                                    const QString& imagePath, const PresentationStateOptions& options = {});

} // namespace consilium::annotation
