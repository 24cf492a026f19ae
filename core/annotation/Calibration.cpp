#include "core/annotation/Calibration.h"

#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetReader.h"

#include <QLineF>

#include <cmath>

namespace consilium::annotation {

using dicom::Tag;
using dicom::TagPath;

namespace {

constexpr Tag PixelSpacing{0x0028, 0x0030};
constexpr Tag ImagerPixelSpacing{0x0018, 0x1164};
constexpr Tag EstimatedRadiographicMagnificationFactor{0x0018, 0x1114};
// Enhanced multi-frame objects keep Pixel Spacing in the Pixel Measures functional group
// (PS3.3 C.7.6.16.2.1), per frame or shared.
constexpr Tag SharedFunctionalGroupsSequence{0x5200, 0x9229};
constexpr Tag PerFrameFunctionalGroupsSequence{0x5200, 0x9230};
constexpr Tag PixelMeasuresSequence{0x0028, 0x9110};
// Sequence of Ultrasound Regions, PS3.3 C.8.5.5.
constexpr Tag SequenceOfUltrasoundRegions{0x0018, 0x6011};
constexpr Tag RegionSpatialFormat{0x0018, 0x6012};
constexpr Tag RegionLocationMinX0{0x0018, 0x6018};
constexpr Tag RegionLocationMinY0{0x0018, 0x601A};
constexpr Tag RegionLocationMaxX1{0x0018, 0x601C};
constexpr Tag RegionLocationMaxY1{0x0018, 0x601E};
constexpr Tag PhysicalUnitsXDirection{0x0018, 0x6024};
constexpr Tag PhysicalUnitsYDirection{0x0018, 0x6026};
constexpr Tag PhysicalDeltaX{0x0018, 0x602C};
constexpr Tag PhysicalDeltaY{0x0018, 0x602E};

constexpr int kUnitsCm = 3; // PS3.3 C.8.5.5.1.15

} // namespace

/// The value of an attribute as text (binary numbers in decimal) and the item count of a
/// sequence, from a file or an in-memory dataset.
class AttributeSource {
public:
    virtual ~AttributeSource() = default;
    [[nodiscard]] virtual std::optional<QString> text(const TagPath& path) const = 0;
    [[nodiscard]] virtual int itemCount(Tag sequence) const = 0;
};

namespace {

class ReaderSource final : public AttributeSource {
public:
    explicit ReaderSource(const dicom::DatasetReader& reader)
        : m_reader(reader)
    {
    }
    [[nodiscard]] std::optional<QString> text(const TagPath& path) const override
    {
        const Result<QString> value = m_reader.string(path);
        return value ? std::optional<QString>(*value) : std::nullopt;
    }
    [[nodiscard]] int itemCount(Tag sequence) const override { return m_reader.itemCount(sequence).value_or(0); }

private:
    const dicom::DatasetReader& m_reader;
};

class DatasetSource final : public AttributeSource {
public:
    explicit DatasetSource(const dicom::Dataset& dataset)
        : m_dataset(dataset)
    {
    }
    [[nodiscard]] std::optional<QString> text(const TagPath& path) const override
    {
        const dicom::Dataset* level = &m_dataset;
        const QList<dicom::TagPathStep>& steps = path.steps();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const dicom::Element* element = level->find(steps[i].tag);
            if (!element)
                return std::nullopt;
            if (i + 1 < steps.size()) {
                if (steps[i].item < 0 || static_cast<size_t>(steps[i].item) >= element->items.size())
                    return std::nullopt;
                level = &element->items[static_cast<size_t>(steps[i].item)];
                continue;
            }
            switch (dicom::vrKind(element->vr)) {
            case dicom::VrKind::Text:
                return element->text;
            case dicom::VrKind::Numbers: {
                QStringList values;
                for (const double v : element->numbers)
                    values.append(QString::number(v, 'g', 17));
                return values.join(u'\\');
            }
            case dicom::VrKind::Bytes:
            case dicom::VrKind::Items:
                return std::nullopt;
            }
        }
        return std::nullopt;
    }
    [[nodiscard]] int itemCount(Tag sequence) const override
    {
        const dicom::Element* element = m_dataset.find(sequence);
        return element ? static_cast<int>(element->items.size()) : 0;
    }

private:
    const dicom::Dataset& m_dataset;
};

std::optional<double> positiveNumber(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0.0)
        return std::nullopt;
    return value;
}

/// A two-valued spacing ("0.75\\0.75"), both values positive; empty otherwise.
std::optional<std::array<double, 2>> readSpacing(const AttributeSource& source, const TagPath& path)
{
    const std::optional<QString> text = source.text(path);
    if (!text)
        return std::nullopt;
    const QStringList parts = text->split(u'\\');
    if (parts.size() != 2)
        return std::nullopt;
    const auto row = positiveNumber(parts[0]);
    const auto column = positiveNumber(parts[1]);
    if (!row || !column)
        return std::nullopt;
    return std::array<double, 2>{*row, *column};
}

std::optional<std::array<double, 2>> readPixelSpacing(const AttributeSource& source, int frame)
{
    const TagPath perFrame =
        TagPath(PerFrameFunctionalGroupsSequence).child(frame, PixelMeasuresSequence).child(0, PixelSpacing);
    if (auto spacing = readSpacing(source, perFrame))
        return spacing;
    const TagPath shared =
        TagPath(SharedFunctionalGroupsSequence).child(0, PixelMeasuresSequence).child(0, PixelSpacing);
    if (auto spacing = readSpacing(source, shared))
        return spacing;
    return readSpacing(source, PixelSpacing);
}

std::optional<double> readNumber(const AttributeSource& source, const TagPath& path)
{
    const std::optional<QString> text = source.text(path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::vector<UltrasoundRegion> readRegions(const AttributeSource& source)
{
    std::vector<UltrasoundRegion> regions;
    const int count = source.itemCount(SequenceOfUltrasoundRegions);
    for (int i = 0; i < count; ++i) {
        const TagPath item(SequenceOfUltrasoundRegions);
        const auto number = [&](Tag tag) { return readNumber(source, item.child(i, tag)); };
        const auto minX = number(RegionLocationMinX0);
        const auto minY = number(RegionLocationMinY0);
        const auto maxX = number(RegionLocationMaxX1);
        const auto maxY = number(RegionLocationMaxY1);
        // A region without its location cannot contain anything; keep its place so that
        // region numbers in labels match the file's item numbers.
        UltrasoundRegion region;
        if (minX && minY && maxX && maxY) {
            region.minX = static_cast<int>(*minX);
            region.minY = static_cast<int>(*minY);
            region.maxX = static_cast<int>(*maxX);
            region.maxY = static_cast<int>(*maxY);
        } else {
            region.maxX = region.minX - 1; // empty
        }
        region.spatialFormat = static_cast<int>(number(RegionSpatialFormat).value_or(0));
        region.unitsX = static_cast<int>(number(PhysicalUnitsXDirection).value_or(0));
        region.unitsY = static_cast<int>(number(PhysicalUnitsYDirection).value_or(0));
        region.deltaX = number(PhysicalDeltaX).value_or(0.0);
        region.deltaY = number(PhysicalDeltaY).value_or(0.0);
        regions.push_back(region);
    }
    return regions;
}

} // namespace

QString calibrationSourceName(CalibrationSource source)
{
    switch (source) {
    case CalibrationSource::None:
        return QStringLiteral("uncalibrated");
    case CalibrationSource::PixelSpacing:
        return QStringLiteral("Pixel Spacing");
    case CalibrationSource::ImagerPixelSpacing:
        return QStringLiteral("Imager Pixel Spacing, at detector");
    case CalibrationSource::MagnificationCorrected:
        return QStringLiteral("Imager Pixel Spacing, magnification corrected");
    case CalibrationSource::UltrasoundRegion:
        return QStringLiteral("ultrasound region");
    case CalibrationSource::Manual:
        return QStringLiteral("manual calibration");
    }
    return {};
}

bool UltrasoundRegion::isSpatial() const
{
    return unitsX == kUnitsCm && unitsY == kUnitsCm && deltaX > 0.0 && deltaY > 0.0;
}

bool UltrasoundRegion::contains(QPointF p) const
{
    return p.x() >= minX && p.x() < maxX + 1.0 && p.y() >= minY && p.y() < maxY + 1.0;
}

QString Scale::name() const
{
    if (source == CalibrationSource::UltrasoundRegion)
        return QStringLiteral("ultrasound region %1").arg(region + 1);
    return calibrationSourceName(source);
}

Result<double> ManualCalibration::mmPerPixel() const
{
    const double pixels = QLineF(a, b).length();
    if (!std::isfinite(pixels) || pixels <= 0.0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("A calibration line must have two different ends."));
    if (!std::isfinite(lengthMm) || lengthMm <= 0.0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("A calibration length must be a positive number of millimetres."));
    return lengthMm / pixels;
}

Result<Calibration> Calibration::read(const QString& path, int frame)
{
    if (frame < 0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("The frame number must be 0 or more."));
    Result<dicom::DatasetReader> reader = dicom::DatasetReader::open(path);
    if (!reader)
        return tl::unexpected(reader.error());
    return resolve(ReaderSource(*reader), frame);
}

Result<Calibration> Calibration::fromDataset(const dicom::Dataset& dataset, int frame)
{
    if (frame < 0)
        return fail(QStringLiteral("annotation"), ErrorCode::InvalidArgument,
                    QStringLiteral("The frame number must be 0 or more."));
    return resolve(DatasetSource(dataset), frame);
}

Calibration Calibration::resolve(const AttributeSource& source, int frame)
{
    std::vector<UltrasoundRegion> regions = readRegions(source);
    if (!regions.empty())
        return fromUltrasoundRegions(std::move(regions));

    const auto pixelSpacing = readPixelSpacing(source, frame);
    const auto imagerSpacing = readSpacing(source, ImagerPixelSpacing);
    if (pixelSpacing && !(imagerSpacing && *imagerSpacing == *pixelSpacing))
        return fromSpacing(CalibrationSource::PixelSpacing, (*pixelSpacing)[0], (*pixelSpacing)[1]);
    if (imagerSpacing) {
        const std::optional<QString> factorText = source.text(EstimatedRadiographicMagnificationFactor);
        if (const auto factor = factorText ? positiveNumber(*factorText) : std::nullopt) {
            // PS3.3 C.16.1: the spacing in the patient's isocentre plane is the spacing at the
            // detector divided by the magnification factor.
            Calibration calibration = fromSpacing(CalibrationSource::MagnificationCorrected,
                                                  (*imagerSpacing)[0] / *factor, (*imagerSpacing)[1] / *factor);
            calibration.m_magnification = *factor;
            return calibration;
        }
        return fromSpacing(CalibrationSource::ImagerPixelSpacing, (*imagerSpacing)[0], (*imagerSpacing)[1]);
    }
    return Calibration();
}

Calibration Calibration::fromSpacing(CalibrationSource source, double rowSpacingMm, double columnSpacingMm)
{
    Calibration calibration;
    calibration.m_source = source;
    calibration.m_rowSpacing = rowSpacingMm;
    calibration.m_columnSpacing = columnSpacingMm;
    return calibration;
}

Calibration Calibration::fromUltrasoundRegions(std::vector<UltrasoundRegion> regions)
{
    Calibration calibration;
    calibration.m_source = CalibrationSource::UltrasoundRegion;
    calibration.m_regions = std::move(regions);
    return calibration;
}

Result<Calibration> Calibration::withManual(const ManualCalibration& manual) const
{
    const Result<double> mmPerPixel = manual.mmPerPixel();
    if (!mmPerPixel)
        return tl::unexpected(mmPerPixel.error());
    Calibration calibration = *this;
    calibration.m_manualMmPerPixel = *mmPerPixel;
    return calibration;
}

Scale Calibration::scaleFor(const QList<QPointF>& points) const
{
    if (m_manualMmPerPixel)
        return Scale{CalibrationSource::Manual, *m_manualMmPerPixel, *m_manualMmPerPixel, -1};
    switch (m_source) {
    case CalibrationSource::None:
    case CalibrationSource::Manual:
        return Scale{};
    case CalibrationSource::UltrasoundRegion:
        // PS3.3 C.8.5.5.1: each region has its own physical scale; a measurement spanning
        // regions (or outside every spatial region) has none.
        for (size_t i = 0; i < m_regions.size(); ++i) {
            const UltrasoundRegion& region = m_regions[i];
            if (!region.isSpatial() || points.isEmpty())
                continue;
            if (std::all_of(points.begin(), points.end(), [&](QPointF p) { return region.contains(p); }))
                return Scale{CalibrationSource::UltrasoundRegion, region.deltaX * 10.0, region.deltaY * 10.0,
                             static_cast<int>(i)};
        }
        return Scale{};
    case CalibrationSource::PixelSpacing:
    case CalibrationSource::ImagerPixelSpacing:
    case CalibrationSource::MagnificationCorrected:
        return Scale{m_source, m_columnSpacing, m_rowSpacing, -1};
    }
    return Scale{};
}

} // namespace consilium::annotation
