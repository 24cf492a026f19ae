#include "core/samples/Radiographs.h"

#include "core/samples/BitmapFont.h"
#include "core/samples/CommonHeaders.h"
#include "core/samples/Determinism.h"
#include "core/samples/Tags.h"
#include "core/samples/Variants.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace consilium::samples {

namespace {

using dicom::Tag;
using dicom::Vr;

constexpr Tag PresentationIntentType{0x0008, 0x0068};
constexpr Tag PlateID{0x0018, 0x1004};
constexpr Tag EstimatedRadiographicMagnificationFactor{0x0018, 0x1114};
constexpr Tag DetectorType{0x0018, 0x7004};
constexpr Tag DetectorID{0x0018, 0x700A};
constexpr Tag PixelIntensityRelationship{0x0028, 0x1040};
constexpr Tag PixelIntensityRelationshipSign{0x0028, 0x1041};
constexpr Tag OverlayDescription{0x6000, 0x0022};
constexpr Tag OverlayLabel{0x6000, 0x1500};

constexpr int kMaxValue = 4095; // 12 bits stored
constexpr double kSourceToDetector = 1800.0; // mm
constexpr double kSourceToPatient = 1650.0; // mm

double ellipse(double x, double y, double cx, double cy, double a, double b)
{
    const double u = (x - cx) / a;
    const double v = (y - cy) / b;
    return u * u + v * v;
}

double segmentDistance(double x, double y, double x0, double y0, double x1, double y1)
{
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    const double t = std::clamp(((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
    const double ex = x - (x0 + t * dx);
    const double ey = y - (y0 + t * dy);
    return std::sqrt(ex * ex + ey * ey);
}

// Relative attenuation (0 = direct exposure, 1 = dense bone) of a PA chest at detector
// position (x, y) in mm from the image centre; x grows to the image right (the patient's left
// in a PA view), y downwards. Only arithmetic and sqrt: identical on every machine.
double chest(double x, double y)
{
    const double torso = ellipse(x, y, 0.0, 70.0, 165.0, 260.0);
    const bool neck = std::abs(x) < 48.0 && y < -120.0 && y > -260.0;
    if (torso > 1.0 && !neck)
        return 0.03;
    // Thicker in the middle: the path length through an elliptic cross-section.
    double value = neck ? 0.45 : 0.18 + 0.42 * std::sqrt(1.0 - std::min(torso, 1.0));

    const double rightLung = ellipse(x, y, -78.0, -10.0, 62.0, 135.0);
    const double leftLung = ellipse(x, y, 80.0, -5.0, 60.0, 128.0);
    const double heart = ellipse(x, y, 28.0, 62.0, 72.0, 62.0);
    const bool inLung = (rightLung <= 1.0 || leftLung <= 1.0) && heart > 1.0;
    if (inLung) {
        // Air-filled lung, brighter towards the hila where the vessels are.
        const double hilum = std::min(ellipse(x, y, -40.0, 0.0, 60.0, 80.0), ellipse(x, y, 40.0, 0.0, 60.0, 80.0));
        value = 0.12 + 0.10 * std::max(0.0, 1.0 - hilum);
    }
    if (heart <= 1.0)
        value = std::max(value, 0.62);
    if (std::abs(x) < 30.0 && y > -175.0 && y < 60.0)
        value = std::max(value, 0.58); // mediastinum

    // Spine with darker disc spaces every 28 mm.
    if (std::abs(x) < 18.0 && y > -260.0 && y < 330.0)
        value += std::fmod(y + 400.0, 28.0) < 4.0 ? 0.08 : 0.16;

    // Posterior ribs: bands curving down from the spine to the side, ten on each side.
    const double ax = std::abs(x);
    if (ax > 20.0 && ax < 155.0) {
        const double drop = 0.0028 * (ax - 20.0) * (ax - 20.0);
        const int nearest = static_cast<int>(std::floor((y + 150.0 - drop) / 24.0));
        for (int rib = std::max(nearest - 1, 0); rib <= std::min(nearest + 1, 9); ++rib) {
            const double centre = -150.0 + 24.0 * rib + drop;
            if (std::abs(y - centre) < 5.0)
                value += inLung ? 0.12 : 0.06;
        }
    }
    // Clavicles.
    if (segmentDistance(ax, y, 22.0, -150.0, 135.0, -172.0) < 7.0)
        value += 0.15;
    return value;
}

struct Projection {
    int rows = 0;
    int columns = 0;
    double spacing = 0.2; // mm at the detector
    double shiftX = 0.0; // where the patient stood, mm
    double shiftY = 0.0;
    bool inverted = false; // MONOCHROME1
};

QByteArray render(const Projection& p, quint64 noiseSeed)
{
    SplitMix64 random(noiseSeed);
    QByteArray bytes(static_cast<qsizetype>(p.rows) * p.columns * 2, Qt::Uninitialized);
    char* out = bytes.data();
    for (int row = 0; row < p.rows; ++row) {
        const double y = (row - (p.rows - 1) / 2.0) * p.spacing - p.shiftY;
        for (int column = 0; column < p.columns; ++column) {
            const double x = (column - (p.columns - 1) / 2.0) * p.spacing - p.shiftX;
            const double signal = chest(x, y) + 0.006 * random.normal();
            int value = static_cast<int>(std::floor(std::clamp(signal, 0.0, 1.0) * kMaxValue + 0.5));
            if (p.inverted)
                value = kMaxValue - value;
            *out++ = static_cast<char>(value & 0xFF);
            *out++ = static_cast<char>(value >> 8);
        }
    }
    return bytes;
}

// The lead marker "R" on the patient's right (image left in PA), as a real exposure shows it.
void burnMarker(QByteArray& pixels, const Projection& p)
{
    const int value = p.inverted ? 0 : kMaxValue;
    BitmapFont::draw(u"R", 60, 260, 12, [&](int x, int y) {
        const qsizetype at = (static_cast<qsizetype>(y) * p.columns + x) * 2;
        pixels[at] = static_cast<char>(value & 0xFF);
        pixels[at + 1] = static_cast<char>(value >> 8);
    });
}

// The patient's name and ID as overlay text (PS3.3 C.9.2), the way some CR readers label a
// plate: outside the pixel data, but shown by viewers and just as identifying.
Result<void> addLabelOverlay(PlantedDataset& planted, const SyntheticIdentity& id, const Projection& p,
                             const QString& studyKey)
{
    const QString text = id.patient.burnedIn() + QStringLiteral("  ") + id.patientId;
    constexpr int kScale = 6;
    const QRect rect =
        BitmapFont::textRect(text, p.columns - 60 - BitmapFont::textRect(text, 0, 0, kScale).width(), 60, kScale);
    dicom::OverlayPlane overlay;
    overlay.rows = p.rows;
    overlay.columns = p.columns;
    overlay.bits = QByteArray(static_cast<qsizetype>(p.rows) * p.columns, '\0');
    BitmapFont::draw(text, rect.x(), rect.y(), kScale,
                     [&](int x, int y) { overlay.bits[static_cast<qsizetype>(y) * p.columns + x] = 1; });
    if (Result<void> set = planted.dataset.setOverlay(overlay); !set)
        return set;

    PhiLocation where;
    where.kind = PhiLocation::Kind::Overlay;
    where.location = QStringLiteral("overlay (6000)");
    where.tagPath = QStringLiteral("(6000,3000)");
    where.rect = rect;
    where.text = text;
    planted.plantings.push_back(
        {PhiValue{QStringLiteral("patient-name"), QStringLiteral("name"), id.patient.dicom(), {}}, where});
    planted.plantings.push_back(
        {PhiValue{QStringLiteral("patient-id"), QStringLiteral("id"), id.patientId, {}}, where});

    PhiPlanter top(planted);
    top.put(OverlayDescription, Vr::LO,
            PhiValue{QStringLiteral("overlay-description/") + studyKey,
                     QStringLiteral("free-text"),
                     QStringLiteral("Plate label of ") + id.patient.natural(),
                     {QStringLiteral("patient-natural-name")}});
    top.put(OverlayLabel, Vr::LO,
            PhiValue{QStringLiteral("overlay-label"),
                     QStringLiteral("free-text"),
                     text,
                     {QStringLiteral("patient-name"), QStringLiteral("patient-id")}});
    return {};
}

SeriesFacts radiographSeries(const SyntheticIdentity& id, const QString& key, const QString& relativePath)
{
    SeriesFacts series;
    series.studyKey = key;
    series.modality = key.toUpper();
    series.seriesInstanceUid = uidFor(id.seed, QString(QStringLiteral("series/") + key));
    series.seriesNumber = 1;
    series.seriesDescription = QStringLiteral("CHEST PA");
    series.sopInstanceUid = uidFor(id.seed, relativePath);
    series.bodyPartExamined = QStringLiteral("CHEST");
    series.manufacturer = QStringLiteral("Consilium Sample Systems");
    series.minutesAfterStudyStart = 1;
    return series;
}

void addProjectionAttributes(dicom::Dataset& ds, const Projection& p)
{
    ds.setString(tag::ImageType, Vr::CS, QStringLiteral("ORIGINAL\\PRIMARY"));
    ds.setString(tag::KVP, Vr::DS, QStringLiteral("120"));
    ds.setString(tag::DistanceSourceToDetector, Vr::DS, decimalString(kSourceToDetector, 1));
    ds.setString(tag::ExposureTime, Vr::IS, QStringLiteral("20"));
    ds.setString(tag::XRayTubeCurrent, Vr::IS, QStringLiteral("250"));
    ds.setStrings(tag::ImagerPixelSpacing, Vr::DS, {decimalString(p.spacing, 4), decimalString(p.spacing, 4)});
    ds.setString(tag::ViewPosition, Vr::CS, QStringLiteral("PA"));
    // Rows run towards the patient's left, columns towards the feet: a PA chest as displayed.
    ds.setString(tag::PatientOrientation, Vr::CS, QStringLiteral("L\\F"));
    ds.setString(tag::BurnedInAnnotation, Vr::CS, QStringLiteral("NO"));
    ds.setString(tag::LossyImageCompression, Vr::CS, QStringLiteral("00"));
    ds.setString(tag::WindowCenter, Vr::DS, QStringLiteral("2048"));
    ds.setString(tag::WindowWidth, Vr::DS, QStringLiteral("4096"));
}

Result<void> writeProjection(const SyntheticIdentity& id, SampleOutput& output, const QString& key, const Projection& p,
                             const std::function<void(PhiPlanter&, dicom::Dataset&)>& specifics)
{
    const QString relativePath = key + u'/' + key.toUpper() + QStringLiteral("0001.dcm");
    PlantedDataset planted;
    SeriesFacts series = radiographSeries(id, key, relativePath);
    series.sopClassUid = key == u"cr"
        ? QStringLiteral("1.2.840.10008.5.1.4.1.1.1") // Computed Radiography Image Storage
        : QStringLiteral("1.2.840.10008.5.1.4.1.1.1.1"); // Digital X-Ray Image Storage - For Presentation
    series.modelName = key == u"cr" ? QStringLiteral("Synthetic CR Reader") : QStringLiteral("Synthetic DR 43");
    series.deviceSerialNumber =
        QStringLiteral("%1-%2")
            .arg(key.toUpper())
            .arg(streamSeed(id.seed, QStringLiteral("%1/serial").arg(key)) % 1000000, 6, 10, QLatin1Char('0'));
    series.stationName = key == u"cr" ? QStringLiteral("XRAYROOM2") : QStringLiteral("XRAYROOM3");
    addCommonHeaders(planted, id, series);
    addProjectionAttributes(planted.dataset, p);
    PhiPlanter top(planted);
    specifics(top, planted.dataset);

    dicom::ImagePixels pixels;
    pixels.rows = p.rows;
    pixels.columns = p.columns;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 12;
    pixels.photometricInterpretation = p.inverted ? QStringLiteral("MONOCHROME1") : QStringLiteral("MONOCHROME2");
    pixels.data = render(p, streamSeed(id.seed, QString(key + QStringLiteral("/noise"))));
    burnMarker(pixels.data, p);
    if (Result<void> set = planted.dataset.setImagePixels(pixels); !set)
        return set;
    if (Result<void> overlay = addLabelOverlay(planted, id, p, key); !overlay)
        return overlay;

    if (Result<void> written =
            output.writeDicom(relativePath, planted, dicom::TransferSyntax::ExplicitVrLittleEndian, key);
        !written)
        return written;
    return writeVariants(output, planted, relativePath, key, 16, id.seed);
}

} // namespace

Result<void> writeRadiographs(const SyntheticIdentity& identity, SampleOutput& output)
{
    // A 35 x 43 cm plate read at 0.2 mm, in portrait.
    const Projection cr{2140, 1760, 0.2, 0.0, 0.0, true};
    Result<void> crWritten =
        writeProjection(identity, output, QStringLiteral("cr"), cr, [&](PhiPlanter& top, dicom::Dataset&) {
            top.put(PlateID, Vr::LO,
                    PhiValue{QStringLiteral("plate-id"),
                             QStringLiteral("device"),
                             QStringLiteral("PLATE-%1")
                                 .arg(streamSeed(identity.seed, u"cr/plate") % 100000, 5, 10, QLatin1Char('0')),
                             {}});
        });
    if (!crWritten)
        return crWritten;

    // A 41 x 41 cm flat panel at 0.2 mm; the patient stood a little to the right and higher.
    const Projection dx{2048, 2048, 0.2, 6.0, -12.0, false};
    return writeProjection(identity, output, QStringLiteral("dx"), dx, [&](PhiPlanter& top, dicom::Dataset& ds) {
        // Digital X-Ray Image (PS3.3 C.8.11.3), Detector (C.8.11.4) and Positioning (C.8.11.5).
        ds.setString(PresentationIntentType, Vr::CS, QStringLiteral("FOR PRESENTATION"));
        ds.setString(PixelIntensityRelationship, Vr::CS, QStringLiteral("LOG"));
        ds.setNumber(PixelIntensityRelationshipSign, Vr::SS, 1);
        ds.setString(tag::RescaleIntercept, Vr::DS, QStringLiteral("0"));
        ds.setString(tag::RescaleSlope, Vr::DS, QStringLiteral("1"));
        ds.setString(tag::RescaleType, Vr::LO, QStringLiteral("US"));
        ds.setString(tag::PresentationLUTShape, Vr::CS, QStringLiteral("IDENTITY"));
        ds.setString(DetectorType, Vr::CS, QStringLiteral("SCINTILLATOR"));
        ds.setString(tag::DistanceSourceToPatient, Vr::DS, decimalString(kSourceToPatient, 1));
        ds.setString(EstimatedRadiographicMagnificationFactor, Vr::DS,
                     decimalString(kSourceToDetector / kSourceToPatient, 6));
        ds.setString(tag::ImageLaterality, Vr::CS, QStringLiteral("U"));
        top.put(DetectorID, Vr::SH,
                PhiValue{QStringLiteral("detector-id"),
                         QStringLiteral("device"),
                         QStringLiteral("DET-%1").arg(streamSeed(identity.seed, u"dx/detector") % 100000, 5, 10,
                                                      QLatin1Char('0')),
                         {}});
    });
}

} // namespace consilium::samples
