#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace consilium::dicom {
class Dataset;
}

namespace consilium::annotation {

class AttributeSource;

/// Where a measurement's millimetres come from. Every measurement label names it.
enum class CalibrationSource {
    None, ///< no calibration applies: results in pixels
    PixelSpacing, ///< Pixel Spacing (0028,0030), PS3.3 C.7.6.2.1.1 (in the patient)
    ImagerPixelSpacing, ///< Imager Pixel Spacing (0018,1164) alone: at the detector plane
    MagnificationCorrected, ///< Imager Pixel Spacing / Estimated Radiographic Magnification
                            ///< Factor (0018,1114), PS3.3 C.8.11.7 / C.16.1
    UltrasoundRegion, ///< Physical Delta X/Y of one ultrasound region, PS3.3 C.8.5.5
    Manual, ///< a known length drawn by the user
};

/// Short English name for labels ("Pixel Spacing", "Imager Pixel Spacing, magnification
/// corrected", "uncalibrated"). The UI may translate from the enum instead.
QString calibrationSourceName(CalibrationSource source);

/// One item of the Sequence of Ultrasound Regions (0018,6011), PS3.3 C.8.5.5.1.
struct UltrasoundRegion {
    int minX = 0; ///< Region Location Min X0 (0018,6018): first column, inclusive
    int minY = 0; ///< Region Location Min Y0 (0018,601A): first row, inclusive
    int maxX = 0; ///< Region Location Max X1 (0018,601C): last column, inclusive
    int maxY = 0; ///< Region Location Max Y1 (0018,601E): last row, inclusive
    int spatialFormat = 0; ///< Region Spatial Format (0018,6012): 1 = 2D, 2 = M-mode, 3 = spectral ...
    int unitsX = 0; ///< Physical Units X Direction (0018,6024): 3 = cm, 4 = seconds, ...
    int unitsY = 0;
    double deltaX = 0.0; ///< Physical Delta X (0018,602C), in unitsX per pixel
    double deltaY = 0.0;

    /// True when both axes are lengths in cm with positive deltas (PS3.3 C.8.5.5.1.15:
    /// code 3 = cm). Only such regions give millimetres.
    [[nodiscard]] bool isSpatial() const;
    /// True when `p` (image pixel coordinates) lies on one of the region's pixels: the region
    /// covers [minX, maxX + 1) x [minY, maxY + 1) in the pixel-centre convention of Shape.h.
    [[nodiscard]] bool contains(QPointF p) const;
};

/// Millimetres per pixel for one measurement, and where they come from.
struct Scale {
    CalibrationSource source = CalibrationSource::None;
    double mmPerPixelX = 1.0; ///< horizontal: between columns
    double mmPerPixelY = 1.0; ///< vertical: between rows
    int region = -1; ///< the ultrasound region used (0-based), else -1

    [[nodiscard]] bool isCalibrated() const { return source != CalibrationSource::None; }
    /// "Pixel Spacing", "ultrasound region 2", "uncalibrated".
    [[nodiscard]] QString name() const;
};

/// A user's calibration of one image by a line of known length (e.g. a coin or a ruler seen
/// in the image): isotropic, `lengthMm` over the pixel length of a..b.
struct ManualCalibration {
    QPointF a;
    QPointF b;
    double lengthMm = 0.0;

    /// Millimetres per pixel; fails for a zero-length line or a non-positive length.
    [[nodiscard]] Result<double> mmPerPixel() const;

    friend bool operator==(const ManualCalibration&, const ManualCalibration&) = default;
};

/// The calibration of one frame of one image, resolved from its attributes, optionally
/// overridden by a manual calibration. A plain value.
///
/// Precedence (docs/annotation.md): a manual calibration, when set, wins. Otherwise an object
/// with ultrasound regions is calibrated per region: a measurement is calibrated only when all
/// its points lie in one spatial region. Otherwise Pixel Spacing (per-frame functional group,
/// then shared functional group, then top level) — unless Imager Pixel Spacing is present and
/// equal to it, which (PS3.3 C.7.6.2.1.1) means it was not calibrated to the patient plane and is
/// handled as Imager Pixel Spacing: divided by the Estimated Radiographic Magnification Factor
/// when present (PS3.3 C.8.11.7), else labelled as measured at the detector.
class Calibration {
public:
    /// Uncalibrated.
    Calibration() = default;

    /// Reads frame `frame` (0-based) of DICOM file `path`. Absent or unusable attributes give
    /// an uncalibrated result, not an error (they are optional); the file itself must open.
    static Result<Calibration> read(const QString& path, int frame = 0);
    /// The same for a dataset in memory (e.g. a derivative being built). Include
    /// core/dicom/Dataset.h and link core_dicom to call it.
    static Result<Calibration> fromDataset(const dicom::Dataset& dataset, int frame = 0);

    /// A spacing from any source, e.g. for images built in memory. Row spacing is the distance
    /// between rows (vertical), column spacing between columns, as in Pixel Spacing.
    static Calibration fromSpacing(CalibrationSource source, double rowSpacingMm, double columnSpacingMm);
    /// Ultrasound regions (see the precedence above).
    static Calibration fromUltrasoundRegions(std::vector<UltrasoundRegion> regions);

    /// This calibration with a manual one on top. Fails when the manual one is unusable.
    [[nodiscard]] Result<Calibration> withManual(const ManualCalibration& manual) const;

    /// The scale for a measurement through `points`.
    [[nodiscard]] Scale scaleFor(const QList<QPointF>& points) const;

    /// The source for the image as a whole (UltrasoundRegion when it has regions).
    [[nodiscard]] CalibrationSource source() const { return m_source; }
    [[nodiscard]] const std::vector<UltrasoundRegion>& ultrasoundRegions() const { return m_regions; }
    /// The Estimated Radiographic Magnification Factor applied, when any.
    [[nodiscard]] std::optional<double> magnificationFactor() const { return m_magnification; }

private:
    static Calibration resolve(const AttributeSource& source, int frame);

    CalibrationSource m_source = CalibrationSource::None;
    double m_rowSpacing = 1.0;
    double m_columnSpacing = 1.0;
    std::optional<double> m_magnification;
    std::vector<UltrasoundRegion> m_regions;
    std::optional<double> m_manualMmPerPixel;
};

} // namespace consilium::annotation
