#include "core/samples/CtPhantom.h"

#include "core/samples/CommonHeaders.h"
#include "core/samples/Determinism.h"
#include "core/samples/Tags.h"
#include "core/samples/Variants.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace consilium::samples {

namespace {

using dicom::Tag;
using dicom::Vr;

constexpr Tag SliceLocation{0x0020, 0x1041};
constexpr Tag DataCollectionDiameter{0x0018, 0x0090};
constexpr Tag ReconstructionDiameter{0x0018, 0x1100};
constexpr Tag GantryDetectorTilt{0x0018, 0x1120};
constexpr Tag TableHeight{0x0018, 0x1130};
constexpr Tag RotationDirection{0x0018, 0x1140};
constexpr Tag Exposure{0x0018, 0x1152};
constexpr Tag ConvolutionKernel{0x0018, 0x1210};
constexpr Tag PixelPaddingValue{0x0028, 0x0120};

// Instance numbers of the slices also written in every compressed variant: both ends, the
// sphere's equator (slice 150, z = -0.5 mm) and two in between.
constexpr int kVariantSlices[] = {1, 60, 150, 240, 300};

double columnX(int column)
{
    return CtPhantom::kFirstX + CtPhantom::kPixelSpacing * column;
}

double rowY(int row)
{
    return CtPhantom::kFirstY + CtPhantom::kPixelSpacing * row;
}

double sliceZ(int index)
{
    return CtPhantom::kFirstZ + CtPhantom::kSliceThickness * index;
}

bool contains(const PhantomRegion& region, double x, double y, double z)
{
    const double dx = x - region.centreX;
    const double dy = y - region.centreY;
    if (region.shape == PhantomRegion::Shape::Sphere) {
        const double dz = z - region.centreZ;
        return dx * dx + dy * dy + dz * dz <= region.radiusX * region.radiusX;
    }
    const double u = dx / region.radiusX;
    const double v = dy / region.radiusY;
    return u * u + v * v <= 1.0;
}

bool insideReconstruction(double x, double y)
{
    return x * x + y * y <= CtPhantom::kReconstructionRadius * CtPhantom::kReconstructionRadius;
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(v);
    return array;
}

} // namespace

CtPhantom::CtPhantom()
{
    using Shape = PhantomRegion::Shape;
    // Later regions win where they overlap; only nesting overlaps (every insert lies inside
    // the soft tissue, the soft tissue inside the fat ring), so each insert is whole.
    m_regions = {
        {QStringLiteral("body-fat-ring"), Shape::EllipticCylinder, 0.0, 0.0, 0.0, 170.0, 130.0, -100},
        {QStringLiteral("soft-tissue"), Shape::EllipticCylinder, 0.0, 0.0, 0.0, 160.0, 120.0, 40},
        {QStringLiteral("water"), Shape::EllipticCylinder, -90.0, 0.0, 0.0, 25.0, 25.0, 0},
        {QStringLiteral("fat"), Shape::EllipticCylinder, 90.0, 0.0, 0.0, 25.0, 25.0, -100},
        {QStringLiteral("bone"), Shape::EllipticCylinder, 0.0, 75.0, 0.0, 18.0, 18.0, 1000},
        {QStringLiteral("air"), Shape::EllipticCylinder, 0.0, -75.0, 0.0, 15.0, 15.0, -1000},
        {QStringLiteral("enhancing-tissue"), Shape::EllipticCylinder, 45.0, -50.0, 0.0, 20.0, 20.0, 100},
        {QStringLiteral("lesion"), Shape::Sphere, -45.0, 50.0, 0.0, 12.0, 12.0, 60},
    };

    // The cylinders are the same on every slice: compute their stored values once.
    m_base.resize(static_cast<size_t>(kRows) * kColumns);
    for (int row = 0; row < kRows; ++row) {
        for (int column = 0; column < kColumns; ++column) {
            const double x = columnX(column);
            const double y = rowY(row);
            int stored = kPaddingValue;
            if (insideReconstruction(x, y)) {
                int hu = kBackgroundHu;
                for (const PhantomRegion& region : m_regions) {
                    if (region.shape == Shape::EllipticCylinder && contains(region, x, y, 0.0))
                        hu = region.hu;
                }
                stored = hu - kRescaleIntercept;
            }
            m_base[static_cast<size_t>(row) * kColumns + static_cast<size_t>(column)] = static_cast<qint16>(stored);
        }
    }
}

int CtPhantom::huAt(int index, int row, int column) const
{
    const double x = columnX(column);
    const double y = rowY(row);
    if (!insideReconstruction(x, y))
        return kPaddingValue + kRescaleIntercept;
    int hu = kBackgroundHu;
    for (const PhantomRegion& region : m_regions) {
        if (contains(region, x, y, sliceZ(index)))
            hu = region.hu;
    }
    return hu;
}

QByteArray CtPhantom::slicePixels(int index, quint64 seed) const
{
    std::vector<qint16> values = m_base;
    const double z = sliceZ(index);
    for (const PhantomRegion& region : m_regions) {
        if (region.shape != PhantomRegion::Shape::Sphere || std::abs(z - region.centreZ) > region.radiusX)
            continue;
        for (int row = 0; row < kRows; ++row) {
            const double y = rowY(row);
            if (std::abs(y - region.centreY) > region.radiusX)
                continue;
            for (int column = 0; column < kColumns; ++column) {
                if (contains(region, columnX(column), y, z))
                    values[static_cast<size_t>(row) * kColumns + column] =
                        static_cast<qint16>(region.hu - kRescaleIntercept);
            }
        }
    }

    SplitMix64 random(streamSeed(seed, QStringLiteral("ct/noise/%1").arg(index)));
    QByteArray bytes(static_cast<qsizetype>(values.size() * 2), Qt::Uninitialized);
    char* out = bytes.data();
    for (const qint16 stored : values) {
        int value = stored;
        if (stored != kPaddingValue)
            value = static_cast<int>(std::floor(stored + kNoiseSigma * random.normal() + 0.5));
        const auto word = static_cast<quint16>(static_cast<qint16>(value));
        *out++ = static_cast<char>(word & 0xFF);
        *out++ = static_cast<char>(word >> 8);
    }
    return bytes;
}

QJsonObject CtPhantom::toJson() const
{
    QJsonArray regions;
    regions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("background-air")},
                               {QStringLiteral("shape"), QStringLiteral("everything inside the reconstruction circle")},
                               {QStringLiteral("hu"), kBackgroundHu}});
    for (const PhantomRegion& region : m_regions) {
        QJsonObject object{{QStringLiteral("name"), region.name}, {QStringLiteral("hu"), region.hu}};
        if (region.shape == PhantomRegion::Shape::Sphere) {
            object.insert(QStringLiteral("shape"), QStringLiteral("sphere"));
            object.insert(QStringLiteral("centreMm"), numbers({region.centreX, region.centreY, region.centreZ}));
            object.insert(QStringLiteral("radiusMm"), region.radiusX);
        } else if (region.radiusX == region.radiusY) {
            object.insert(QStringLiteral("shape"), QStringLiteral("cylinder along z (a disc on every slice)"));
            object.insert(QStringLiteral("centreMm"), numbers({region.centreX, region.centreY}));
            object.insert(QStringLiteral("radiusMm"), region.radiusX);
        } else {
            object.insert(QStringLiteral("shape"),
                          QStringLiteral("elliptic cylinder along z (an ellipse on every slice)"));
            object.insert(QStringLiteral("centreMm"), numbers({region.centreX, region.centreY}));
            object.insert(QStringLiteral("semiAxesMm"), numbers({region.radiusX, region.radiusY}));
        }
        regions.append(object);
    }
    return QJsonObject{
        {QStringLiteral("series"), QStringLiteral("ct/CT0001.dcm .. ct/CT0300.dcm (InstanceNumber 1..300)")},
        {QStringLiteral("rows"), kRows},
        {QStringLiteral("columns"), kColumns},
        {QStringLiteral("slices"), kSlices},
        {QStringLiteral("pixelSpacingMm"), numbers({kPixelSpacing, kPixelSpacing})},
        {QStringLiteral("sliceThicknessMm"), kSliceThickness},
        {QStringLiteral("sliceSpacingMm"), kSliceThickness},
        {QStringLiteral("imageOrientationPatient"), numbers({1, 0, 0, 0, 1, 0})},
        {QStringLiteral("firstImagePositionPatientMm"), numbers({kFirstX, kFirstY, kFirstZ})},
        {QStringLiteral("pixelCentreMm"),
         QStringLiteral(
             "x = -191.625 + 0.75 * column, y = -191.625 + 0.75 * row, z = -149.5 + 1.0 * (InstanceNumber - 1); "
             "row and column 0-based")},
        {QStringLiteral("rescaleSlope"), 1},
        {QStringLiteral("rescaleIntercept"), kRescaleIntercept},
        {QStringLiteral("pixelRepresentation"), 1},
        {QStringLiteral("pixelPaddingValue"), kPaddingValue},
        {QStringLiteral("reconstructionCircle"),
         QStringLiteral("pixels whose centre lies farther than 192 mm from (0, 0) hold the padding value")},
        {QStringLiteral("noise"),
         QJsonObject{{QStringLiteral("sigmaHu"), kNoiseSigma},
                     {QStringLiteral("distribution"),
                      QStringLiteral("zero-mean, Irwin-Hall sum of 4 uniforms scaled to unit "
                                     "variance, rounded with the value to the nearest integer")}}},
        {QStringLiteral("membership"),
         QStringLiteral("a pixel takes the HU of the last listed region whose shape contains the pixel centre; "
                        "regions overlap only by nesting, so every insert is whole")},
        {QStringLiteral("regions"), regions},
    };
}

Result<void> writeCtSeries(const SyntheticIdentity& identity, SampleOutput& output)
{
    const CtPhantom phantom;
    const quint64 seed = identity.seed;
    const QString seriesUid = uidFor(seed, u"series/ct");
    const QString frameOfReference = uidFor(seed, u"frame-of-reference/ct");
    for (int index = 0; index < CtPhantom::kSlices; ++index) {
        const int instance = index + 1;
        const QString relativePath = QStringLiteral("ct/CT%1.dcm").arg(instance, 4, 10, QLatin1Char('0'));

        PlantedDataset planted;
        SeriesFacts series;
        series.studyKey = QStringLiteral("ct");
        series.modality = QStringLiteral("CT");
        series.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.2"); // CT Image Storage
        series.seriesInstanceUid = seriesUid;
        series.seriesNumber = 2;
        series.seriesDescription = QStringLiteral("PHANTOM 1.0 STANDARD");
        series.sopInstanceUid = uidFor(seed, relativePath);
        series.instanceNumber = instance;
        series.bodyPartExamined = QStringLiteral("CHEST");
        series.manufacturer = QStringLiteral("Consilium Sample Systems");
        series.modelName = QStringLiteral("Synthetic CT 64");
        series.deviceSerialNumber =
            QStringLiteral("CT-%1").arg(streamSeed(seed, u"ct/serial") % 1000000, 6, 10, QLatin1Char('0'));
        series.stationName = QStringLiteral("CTSCAN01");
        addCommonHeaders(planted, identity, series);

        // CT Image module (PS3.3 C.8.2.1) and Image Plane module (C.7.6.2).
        dicom::Dataset& ds = planted.dataset;
        const double z = CtPhantom::kFirstZ + CtPhantom::kSliceThickness * index;
        ds.setString(tag::ImageType, Vr::CS, QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL"));
        ds.setString(tag::SliceThickness, Vr::DS, decimalString(CtPhantom::kSliceThickness, 3));
        ds.setString(tag::KVP, Vr::DS, QStringLiteral("120"));
        ds.setString(DataCollectionDiameter, Vr::DS, QStringLiteral("500"));
        ds.setString(ReconstructionDiameter, Vr::DS, decimalString(CtPhantom::kPixelSpacing * CtPhantom::kColumns, 3));
        ds.setString(GantryDetectorTilt, Vr::DS, QStringLiteral("0"));
        ds.setString(TableHeight, Vr::DS, QStringLiteral("150"));
        ds.setString(RotationDirection, Vr::CS, QStringLiteral("CW"));
        ds.setString(tag::ExposureTime, Vr::IS, QStringLiteral("1000"));
        ds.setString(tag::XRayTubeCurrent, Vr::IS, QStringLiteral("200"));
        ds.setString(Exposure, Vr::IS, QStringLiteral("200"));
        ds.setString(ConvolutionKernel, Vr::SH, QStringLiteral("STANDARD"));
        ds.setString(tag::PatientPosition, Vr::CS, QStringLiteral("HFS"));
        ds.setString(tag::AcquisitionNumber, Vr::IS, QStringLiteral("1"));
        ds.setStrings(
            tag::ImagePositionPatient, Vr::DS,
            {decimalString(CtPhantom::kFirstX, 4), decimalString(CtPhantom::kFirstY, 4), decimalString(z, 4)});
        ds.setString(tag::ImageOrientationPatient, Vr::DS, QStringLiteral("1\\0\\0\\0\\1\\0"));
        ds.setString(tag::FrameOfReferenceUID, Vr::UI, frameOfReference);
        ds.setString(tag::PositionReferenceIndicator, Vr::LO, QString());
        ds.setString(SliceLocation, Vr::DS, decimalString(z, 4));
        ds.setStrings(tag::PixelSpacing, Vr::DS,
                      {decimalString(CtPhantom::kPixelSpacing, 4), decimalString(CtPhantom::kPixelSpacing, 4)});
        ds.setString(tag::RescaleIntercept, Vr::DS, QString::number(CtPhantom::kRescaleIntercept));
        ds.setString(tag::RescaleSlope, Vr::DS, QStringLiteral("1"));
        ds.setString(tag::RescaleType, Vr::LO, QStringLiteral("HU"));
        ds.setString(tag::WindowCenter, Vr::DS, QStringLiteral("40\\-600"));
        ds.setString(tag::WindowWidth, Vr::DS, QStringLiteral("400\\1500"));
        ds.setString(tag::WindowCenterWidthExplanation, Vr::LO, QStringLiteral("SOFT TISSUE\\LUNG"));
        // PS3.3 C.7.5.1.1.2: with Pixel Representation 1 the padding value is SS.
        ds.setNumber(PixelPaddingValue, Vr::SS, CtPhantom::kPaddingValue);
        ds.setString(tag::BurnedInAnnotation, Vr::CS, QStringLiteral("NO"));
        ds.setString(tag::LossyImageCompression, Vr::CS, QStringLiteral("00"));

        dicom::ImagePixels pixels;
        pixels.rows = CtPhantom::kRows;
        pixels.columns = CtPhantom::kColumns;
        pixels.bitsAllocated = 16;
        pixels.bitsStored = 16;
        pixels.isSigned = true;
        pixels.photometricInterpretation = QStringLiteral("MONOCHROME2");
        pixels.data = phantom.slicePixels(index, seed);
        if (Result<void> set = ds.setImagePixels(pixels); !set)
            return set;

        if (Result<void> written = output.writeDicom(
                relativePath, planted, dicom::TransferSyntax::ExplicitVrLittleEndian, QStringLiteral("ct"));
            !written) {
            return written;
        }
        if (std::find(std::begin(kVariantSlices), std::end(kVariantSlices), instance) != std::end(kVariantSlices)) {
            if (Result<void> written =
                    writeVariants(output, planted, relativePath, QStringLiteral("ct"), 16, seed);
                !written)
                return written;
        }
    }
    return {};
}

} // namespace consilium::samples
