#pragma once

#include "core/common/Error.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace consilium::deid {

/// One proposed face: what the editor shows, and what `deid --faces` redacts.
struct FaceRegion {
    QRect rect; ///< in the image's pixels (after EXIF orientation)
    float confidence = 0.f; ///< 0..100: ten per agreeing detection (Haar neighbours), at most 100
    QString view; ///< "frontal" or "profile"
};

struct FaceDetectionOptions {
    /// Faces smaller than this fraction of the image's shorter side are not looked for: a
    /// clinical photo's face fills much of the frame, and tiny windows mostly find texture.
    double minFaceFraction = 0.08;
    /// Detections that must overlap before a face is proposed (OpenCV's minNeighbors).
    int minNeighbours = 4;
};

/// The folder of OpenCV's Haar cascades: $CONSILIUM_HAAR_CASCADES when set, else Debian's
/// opencv-data folder (/usr/share/opencv4/haarcascades). NotFound, naming the package, when
/// the frontal or profile cascade is not there.
Result<QString> haarCascadeFolder();

/// Proposes faces in an image with OpenCV's frontal-face and profile-face Haar cascades (the
/// profile cascade finds faces turned one way, so it also runs on the mirrored image). The
/// image is made grey and its histogram equalised first. Overlapping proposals are merged.
/// Thread-safe: each thread loads its own classifiers once.
Result<QList<FaceRegion>> detectFaces(const QImage& image, const FaceDetectionOptions& options = {});

/// The same for a photo file (JPEG, PNG, TIFF; EXIF orientation applied) or frame 0 of a
/// DICOM image rendered as the viewer shows it.
Result<QList<FaceRegion>> detectFacesInFile(const QString& path, const FaceDetectionOptions& options = {});

} // namespace consilium::deid
