#pragma once

#include "core/common/Error.h"
#include "core/imaging/Frame.h"

#include <QString>

#include <array>
#include <optional>

namespace consilium::dicom {

/// What the viewer needs from a header to place an image in its series and label it: identity,
/// size, frames and geometry. Read without touching Pixel Data.
struct ImageInfo {
    QString path;
    QString modality;
    QString patientName;
    QString studyInstanceUid;
    QString studyDescription;
    QString seriesInstanceUid;
    QString seriesDescription;
    int seriesNumber = 0;
    int instanceNumber = 0;
    int rows = 0;
    int columns = 0;
    int frames = 1;
    QString photometricInterpretation;
    QString transferSyntaxUid;
    QString transferSyntaxName;
    /// Image Position (Patient) (0020,0032): the centre of the first pixel, in mm.
    std::optional<std::array<double, 3>> position;
    /// Image Orientation (Patient) (0020,0037): row then column direction cosines.
    std::optional<std::array<double, 6>> orientation;
    /// Pixel Spacing (0028,0030): row spacing, column spacing, in mm.
    std::optional<std::array<double, 2>> pixelSpacing;
    /// Milliseconds between frames for cine (Frame Time, Cine Rate or Recommended Display
    /// Frame Rate), 0 when the object does not say.
    double frameTimeMs = 0.0;

    /// The distance of this image along the normal of its plane (row x column cosines), for
    /// ordering a series by geometry; empty without position and orientation.
    [[nodiscard]] std::optional<double> slicePosition() const;
};

/// Reads the header of an image file (Pixel Data stays on disk). Fails with a clear reason for
/// files that are not DICOM, are damaged, or hold no image (e.g. "an RT Plan has no pixels").
/// Thread-safe.
Result<ImageInfo> readImageInfo(const QString& path);

/// The name of a transfer syntax for messages, including the ones DCMTK 3.6.7 does not know
/// (JPEG 2000 and High-Throughput JPEG 2000, Deflated Image Frame Compression, video).
QString describeTransferSyntax(const QString& uid);

/// Decodes frame `index` (0-based) of a DICOM image: every transfer syntax DCMTK 3.6.7 can
/// decode (native, deflated, RLE, JPEG baseline/extended/lossless, JPEG-LS), and JPEG 2000
/// (lossless and lossy) through OpenJPEG.
///
/// Monochrome frames come back as stored values with their modality transform (Modality LUT or
/// Rescale Slope/Intercept, PS3.3 C.11.1), windows and VOI LUTs (C.11.2, functional groups of
/// enhanced objects included), padding and polarity: the display stage is ours
/// (core/imaging). Colour frames (RGB in either planar configuration, YBR_FULL, YBR_FULL_422,
/// PALETTE COLOR) come back as 8-bit RGB, converted by DCMTK.
///
/// Undecodable files fail with the transfer syntax named (Unsupported) or the reason
/// (Malformed). A native frame cut short by a truncated file is returned with the rows that
/// exist and Frame::incomplete saying what is missing. Thread-safe (each call opens the file).
Result<imaging::Frame> decodeFrame(const QString& path, int index = 0);

/// What the viewer and `consilium-cli render` open: a DICOM frame, or — for a file that is not
/// DICOM but an ordinary picture (JPEG, PNG, TIFF) — the photo with its EXIF orientation
/// applied (frame 0 only). The DICOM error is returned when the file is neither.
Result<imaging::Frame> loadFrame(const QString& path, int index = 0);

} // namespace consilium::dicom
