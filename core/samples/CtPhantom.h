#pragma once

#include "core/common/Error.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace consilium::samples {

/// One region of the CT phantom at a uniform Hounsfield value.
struct PhantomRegion {
    enum class Shape { EllipticCylinder, Sphere };
    QString name;
    Shape shape = Shape::EllipticCylinder;
    double centreX = 0.0; ///< patient coordinates in mm (PS3.3 C.7.6.2.1.1: x to the patient's left,
    double centreY = 0.0; ///< y to the back, z to the head)
    double centreZ = 0.0; ///< spheres only
    double radiusX = 0.0; ///< cylinder semi-axis along x, or the sphere's radius
    double radiusY = 0.0; ///< cylinder semi-axis along y
    int hu = 0;
};

/// A CT phantom with known geometry: an elliptic water-equivalent body with a fat ring and
/// inserts of air, fat, water, soft tissue, contrast-enhanced tissue and bone along z, and a
/// spherical lesion. Everything a later test measures — areas, mean HU, positions — follows
/// from regions() and the acquisition geometry below, which phantom.json documents.
class CtPhantom {
public:
    static constexpr int kRows = 512;
    static constexpr int kColumns = 512;
    static constexpr int kSlices = 300;
    static constexpr double kPixelSpacing = 0.75; ///< mm; a 384 mm field of view
    static constexpr double kSliceThickness = 1.0; ///< mm, also the spacing between slices
    static constexpr double kFirstZ = -149.5; ///< mm, z of slice 1; slices step by +kSliceThickness
    static constexpr double kFirstX = -191.625; ///< mm, centre of the first column (image centred on 0)
    static constexpr double kFirstY = -191.625; ///< mm, centre of the first row
    static constexpr int kRescaleIntercept = -1024; ///< HU = stored * 1 - 1024
    static constexpr int kPaddingValue = -2000; ///< stored value outside the reconstruction circle
    static constexpr double kReconstructionRadius = 192.0; ///< mm
    static constexpr double kNoiseSigma = 5.0; ///< HU, inside the reconstruction circle
    static constexpr int kBackgroundHu = -1000; ///< air

    CtPhantom();

    [[nodiscard]] const std::vector<PhantomRegion>& regions() const { return m_regions; }
    /// Stored values (16-bit signed, little-endian) of slice `index` (0-based), with noise from
    /// the seed's "ct/noise/<index>" stream.
    [[nodiscard]] QByteArray slicePixels(int index, quint64 seed) const;
    /// The noise-free HU at the centre of pixel (row, column) of slice `index`; the padding's
    /// HU outside the reconstruction circle.
    [[nodiscard]] int huAt(int index, int row, int column) const;
    /// phantom.json: geometry, rescale, padding, noise and every region.
    [[nodiscard]] QJsonObject toJson() const;

private:
    std::vector<PhantomRegion> m_regions;
    std::vector<qint16> m_base; ///< stored values of the cylinders, identical on every slice
};

/// Writes the 300 slices as ct/CT0001.dcm..CT0300.dcm (CT Image Storage, Explicit VR Little
/// Endian) and variants of a handful of them.
Result<void> writeCtSeries(const SyntheticIdentity& identity, SampleOutput& output);

} // namespace consilium::samples
