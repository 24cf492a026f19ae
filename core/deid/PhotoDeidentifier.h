#pragma once

#include "core/common/Error.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/PixelRedactor.h"

#include <QString>

#include <optional>

namespace consilium::deid {

/// What de-identifying one photo did.
struct PhotoReport {
    QString input;
    QString output;
    int width = 0;  ///< after orientation was applied
    int height = 0;
    bool reencodedLossy = false; ///< JPEG in, JPEG out: the pixels went through a lossy encoder again
    QList<RedactionRegion> regions; ///< redacted in the written image
    RedactionStyle style = RedactionStyle::Fill;
    QList<RedactionRegion> faces; ///< proposed by FaceDetector and redacted (source "face")
    RedactionStyle faceStyle = RedactionStyle::Blur;
};

/// What to redact in a photo, in the pixels of the image as it stands once its EXIF
/// orientation is applied (as the viewer and detect-text show it).
struct PhotoRedaction {
    QList<RedactionRegion> regions;
    RedactionStyle style = RedactionStyle::Fill;
    /// Set: the faces FaceDetector proposes are redacted in this style, each box grown by
    /// kFaceMarginFraction of its size on every side (Haar boxes stop at the brows and chin).
    std::optional<RedactionStyle> faces;
};

constexpr double kFaceMarginFraction = 0.2;

/// Clinical photos (JPEG, PNG, TIFF): writes a new image from the pixels only.
///
/// The EXIF orientation is applied to the pixels first, so the picture stands the right way
/// without metadata. Nothing else of the file survives: no EXIF (camera serial, GPS, dates), XMP,
/// IPTC, maker notes, thumbnails, text chunks or ICC profile — colours are converted to sRGB and
/// written untagged. JPEG stays JPEG (quality 95, and the report says it was re-encoded); PNG and
/// TIFF become PNG (lossless). Outputs are named from the case secret, never from the input.
/// Regions given in a PhotoRedaction are redacted in the pixels before writing; a region
/// outside the image fails the photo and nothing is written.
/// Immutable; thread-safe.
class PhotoDeidentifier
{
public:
    explicit PhotoDeidentifier(CaseSecrets secrets);

    /// True for files Qt reads as JPEG, PNG or TIFF (by content, not by name).
    [[nodiscard]] static bool isPhoto(const QString& path);

    Result<PhotoReport> deidentify(const QString& input, const QString& outputFolder,
                                   const PhotoRedaction& redaction = {}) const;

private:
    CaseSecrets m_secrets;
};

} // namespace consilium::deid
