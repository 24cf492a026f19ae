#include "core/samples/Ultrasound.h"

#include "core/samples/BitmapFont.h"
#include "core/samples/CommonHeaders.h"
#include "core/samples/Determinism.h"
#include "core/samples/Tags.h"
#include "core/samples/Variants.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace consilium::samples {

namespace {

using dicom::Tag;
using dicom::Vr;

constexpr Tag StartTrim{0x0008, 0x2142};
constexpr Tag StopTrim{0x0008, 0x2143};
constexpr Tag RecommendedDisplayFrameRate{0x0008, 0x2144};
constexpr Tag CineRate{0x0018, 0x0040};
constexpr Tag FrameTime{0x0018, 0x1063};
constexpr Tag TransducerData{0x0018, 0x5010};
constexpr Tag FrameIncrementPointer{0x0028, 0x0009};
// Sequence of Ultrasound Regions (PS3.3 C.8.5.5).
constexpr Tag SequenceOfUltrasoundRegions{0x0018, 0x6011};
constexpr Tag RegionSpatialFormat{0x0018, 0x6012};
constexpr Tag RegionDataType{0x0018, 0x6014};
constexpr Tag RegionFlags{0x0018, 0x6016};
constexpr Tag RegionLocationMinX0{0x0018, 0x6018};
constexpr Tag RegionLocationMinY0{0x0018, 0x601A};
constexpr Tag RegionLocationMaxX1{0x0018, 0x601C};
constexpr Tag RegionLocationMaxY1{0x0018, 0x601E};
constexpr Tag ReferencePixelX0{0x0018, 0x6020};
constexpr Tag ReferencePixelY0{0x0018, 0x6022};
constexpr Tag PhysicalUnitsXDirection{0x0018, 0x6024};
constexpr Tag PhysicalUnitsYDirection{0x0018, 0x6026};
constexpr Tag ReferencePixelPhysicalValueX{0x0018, 0x6028};
constexpr Tag ReferencePixelPhysicalValueY{0x0018, 0x602A};
constexpr Tag PhysicalDeltaX{0x0018, 0x602C};
constexpr Tag PhysicalDeltaY{0x0018, 0x602E};
constexpr Tag TransducerFrequency{0x0018, 0x6030};

constexpr int kColumns = 640;
constexpr int kRows = 480;
constexpr int kFrames = 30;
// The sector: apex, depth in pixels and half-angle 35 degrees (tan 35 = 0.70020753820971).
constexpr int kApexX = 320;
constexpr int kApexY = 96;
constexpr int kDepth = 350;
constexpr double kTanHalfAngle = 0.70020753820970977;
constexpr double kCmPerPixel = 0.03; // 350 px = 10.5 cm
// The region holding the sector, inclusive (RegionLocationMin/Max).
constexpr int kRegionX0 = 112;
constexpr int kRegionY0 = kApexY;
constexpr int kRegionX1 = 528;
constexpr int kRegionY1 = kApexY + kDepth;
constexpr int kTextScale = 3;

struct Rgb {
    quint8 r, g, b;
};

class Frame {
public:
    explicit Frame(char* data)
        : m_data(data)
    {
    }
    void set(int x, int y, Rgb c)
    {
        if (x < 0 || y < 0 || x >= kColumns || y >= kRows)
            return;
        char* p = m_data + (static_cast<qsizetype>(y) * kColumns + x) * 3;
        p[0] = static_cast<char>(c.r);
        p[1] = static_cast<char>(c.g);
        p[2] = static_cast<char>(c.b);
    }
    void text(QStringView text, int x, int y, int scale, Rgb c)
    {
        BitmapFont::draw(text, x, y, scale, [&](int px, int py) { set(px, py, c); });
    }

private:
    char* m_data;
};

// A triangle wave in [0, 1] repeating every 15 frames (half a second at 30 frames/s).
double pulse(int frame)
{
    const double phase = std::fmod(frame / 15.0, 1.0);
    return phase < 0.5 ? 2.0 * phase : 2.0 - 2.0 * phase;
}

// Echogenicity (0..1) of the tissue at depth r (pixels) and lateral offset dx, in frame `frame`.
double tissue(double dx, double dy, int frame)
{
    const double breathing = 4.0 * pulse(frame); // tissue moves down and back up
    const double y = dy - breathing;
    double echo = 0.42;
    // A vessel (anechoic) whose calibre pulses with the heartbeat.
    const double radius = 26.0 + 6.0 * pulse(2 * frame);
    const double vx = (dx + 55.0) / (radius * 1.6);
    const double vy = (y - 170.0) / radius;
    if (vx * vx + vy * vy <= 1.0)
        echo = 0.03;
    // A bright, curved interface (a capsule or the diaphragm).
    const double arc = y - 285.0 - 0.0018 * dx * dx;
    if (std::abs(arc) < 5.0)
        echo = 0.95;
    else if (arc > 5.0)
        echo = 0.25; // beyond it: weaker echoes
    return echo;
}

QByteArray renderCine(quint64 noiseSeed, const std::vector<std::pair<QString, QPoint>>& burnedText,
                      const std::vector<std::pair<QString, QPoint>>& deviceText)
{
    // One speckle pattern that moves with the tissue, as real speckle does between frames.
    SplitMix64 random(noiseSeed);
    const int speckleRows = kRows + 16;
    std::vector<float> speckle(static_cast<size_t>(speckleRows) * kColumns);
    for (float& s : speckle)
        s = static_cast<float>(0.35 + 1.3 * random.uniform());

    const qsizetype frameBytes = qsizetype(kColumns) * kRows * 3;
    QByteArray data(frameBytes * kFrames, '\0');
    for (int frame = 0; frame < kFrames; ++frame) {
        char* pixels = data.data() + frame * frameBytes;
        Frame canvas(pixels);
        const int shift = static_cast<int>(std::floor(4.0 * pulse(frame) + 0.5));
        for (int y = kApexY; y <= kApexY + kDepth; ++y) {
            const double dy = y - kApexY;
            for (int x = kRegionX0; x <= kRegionX1; ++x) {
                const double dx = x - kApexX;
                const double r2 = dx * dx + dy * dy;
                if (std::abs(dx) > kTanHalfAngle * dy || r2 > double(kDepth) * kDepth || r2 < 400.0)
                    continue;
                const double attenuation = 1.0 - 0.45 * std::sqrt(r2) / kDepth;
                const double s = speckle[static_cast<size_t>(y + 16 - shift) * kColumns + static_cast<size_t>(x)];
                const int grey =
                    static_cast<int>(std::clamp(255.0 * tissue(dx, dy, frame) * attenuation * s, 0.0, 255.0));
                const auto g = static_cast<quint8>(grey);
                canvas.set(x, y, Rgb{g, g, g});
            }
        }
        // A depth scale beside the sector every centimetre, and the focus marker, in colour.
        for (int cm = 0; cm * (1.0 / kCmPerPixel) <= kDepth; ++cm) {
            const int y = kApexY + static_cast<int>(std::floor(cm / kCmPerPixel + 0.5));
            for (int x = 560; x < (cm % 5 == 0 ? 576 : 568); ++x)
                canvas.set(x, y, Rgb{0, 200, 220});
        }
        for (int i = 0; i < 6; ++i) {
            for (int j = -i; j <= i; ++j)
                canvas.set(590 - i, kApexY + 200 + j, Rgb{240, 200, 0});
        }
        for (const auto& [text, at] : deviceText)
            canvas.text(text, at.x(), at.y(), 2, Rgb{200, 200, 200});
        for (const auto& [text, at] : burnedText)
            canvas.text(text, at.x(), at.y(), kTextScale, Rgb{255, 255, 255});
    }
    return data;
}

} // namespace

Result<void> writeUltrasound(const SyntheticIdentity& identity, SampleOutput& output)
{
    const quint64 seed = identity.seed;
    const StudyFacts& study = identity.study(QStringLiteral("us"));
    const QString relativePath = QStringLiteral("us/US0001.dcm");

    PlantedDataset planted;
    SeriesFacts series;
    series.studyKey = QStringLiteral("us");
    series.modality = QStringLiteral("US");
    series.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.3.1"); // Ultrasound Multi-frame Image Storage
    series.seriesInstanceUid = uidFor(seed, u"series/us");
    series.seriesNumber = 1;
    series.seriesDescription = QStringLiteral("ABDOMEN CINE");
    series.sopInstanceUid = uidFor(seed, relativePath);
    series.bodyPartExamined = QStringLiteral("ABDOMEN");
    series.manufacturer = QStringLiteral("Consilium Sample Systems");
    series.modelName = QStringLiteral("Synthetic Sono 5");
    series.deviceSerialNumber =
        QStringLiteral("US-%1").arg(streamSeed(seed, u"us/serial") % 1000000, 6, 10, QLatin1Char('0'));
    series.stationName = QStringLiteral("SONO-ROOM1");
    series.minutesAfterStudyStart = 3;
    addCommonHeaders(planted, identity, series);

    // The text a scanner burns into the top of every frame (the header band above the sector).
    const QString nameText = identity.patient.burnedIn();
    const QString idText = QStringLiteral("ID ") + identity.patientId;
    const QString dateText = study.date.toString(QStringLiteral("yyyy-MM-dd"));
    const QString timeText = study.time.toString(QStringLiteral("HH:mm:ss"));
    const QString institutionText = identity.institution;
    const int line = BitmapFont::kGlyphHeight * kTextScale + 7;
    const QPoint namePos(12, 8);
    const QPoint idPos(12, 8 + line);
    const QPoint datePos(12, 8 + 2 * line);
    const QPoint timePos(12 + (static_cast<int>(dateText.size()) + 2) * BitmapFont::kAdvance * kTextScale,
                         8 + 2 * line);
    const QPoint institutionPos(12, kRegionY1 + 14);
    const std::vector<std::pair<QString, QPoint>> burned{
        {nameText, namePos}, {idText, idPos}, {dateText, datePos}, {timeText, timePos}};
    const std::vector<std::pair<QString, QPoint>> device{{QStringLiteral("C5-2  4.0MHZ"), QPoint(440, 10)},
                                                         {QStringLiteral("ABD GEN"), QPoint(440, 30)},
                                                         {QStringLiteral("DR 60  FR 30"), QPoint(440, 50)},
                                                         {institutionText, institutionPos}};

    auto plantPixels = [&](const PhiValue& value, const QString& text, QPoint at, int scale) {
        PhiLocation where;
        where.kind = PhiLocation::Kind::Pixels;
        where.location = QStringLiteral("pixels");
        where.rect = BitmapFont::textRect(text, at.x(), at.y(), scale);
        where.firstFrame = 1;
        where.lastFrame = kFrames;
        where.text = text;
        planted.plantings.push_back({value, where});
    };
    plantPixels({QStringLiteral("patient-name"), QStringLiteral("name"), identity.patient.dicom(), {}}, nameText,
                namePos, kTextScale);
    plantPixels({QStringLiteral("patient-id"), QStringLiteral("id"), identity.patientId, {}}, idText, idPos,
                kTextScale);
    plantPixels({QStringLiteral("study-date/us"), QStringLiteral("date"), dicomDate(study.date), {}}, dateText, datePos,
                kTextScale);
    plantPixels({QStringLiteral("study-time/us"), QStringLiteral("time"), dicomTime(study.time), {}}, timeText, timePos,
                kTextScale);
    plantPixels({QStringLiteral("institution-name"), QStringLiteral("institution"), identity.institution, {}},
                institutionText, institutionPos, 2);

    // US Image module (PS3.3 C.8.5.6) and Cine module (C.7.6.5).
    dicom::Dataset& ds = planted.dataset;
    ds.setString(tag::ImageType, Vr::CS, QStringLiteral("ORIGINAL\\PRIMARY"));
    ds.setString(tag::BurnedInAnnotation, Vr::CS, QStringLiteral("YES"));
    ds.setString(tag::LossyImageCompression, Vr::CS, QStringLiteral("00"));
    ds.setString(FrameTime, Vr::DS, QStringLiteral("33.333"));
    ds.setNumber(FrameIncrementPointer, Vr::AT, double((quint32(FrameTime.group) << 16) | FrameTime.element));
    ds.setString(CineRate, Vr::IS, QStringLiteral("30"));
    ds.setString(RecommendedDisplayFrameRate, Vr::IS, QStringLiteral("30"));
    ds.setString(StartTrim, Vr::IS, QStringLiteral("1"));
    ds.setString(StopTrim, Vr::IS, QString::number(kFrames));
    ds.setString(TransducerData, Vr::LO, QStringLiteral("C5-2"));

    dicom::Dataset& region = ds.appendItem(SequenceOfUltrasoundRegions);
    region.setNumber(RegionSpatialFormat, Vr::US, 1); // 2D
    region.setNumber(RegionDataType, Vr::US, 1); // tissue
    region.setNumber(RegionFlags, Vr::UL, 0);
    region.setNumber(RegionLocationMinX0, Vr::UL, kRegionX0);
    region.setNumber(RegionLocationMinY0, Vr::UL, kRegionY0);
    region.setNumber(RegionLocationMaxX1, Vr::UL, kRegionX1);
    region.setNumber(RegionLocationMaxY1, Vr::UL, kRegionY1);
    // The transducer face (the apex) is the physical origin: x in cm from the centre line,
    // y in cm of depth (PS3.3 C.8.5.5.1.4-5: reference pixel relative to the region's corner).
    region.setNumber(ReferencePixelX0, Vr::SL, kApexX - kRegionX0);
    region.setNumber(ReferencePixelY0, Vr::SL, kApexY - kRegionY0);
    region.setNumber(PhysicalUnitsXDirection, Vr::US, 3); // cm
    region.setNumber(PhysicalUnitsYDirection, Vr::US, 3);
    region.setNumber(ReferencePixelPhysicalValueX, Vr::FD, 0.0);
    region.setNumber(ReferencePixelPhysicalValueY, Vr::FD, 0.0);
    region.setNumber(PhysicalDeltaX, Vr::FD, kCmPerPixel);
    region.setNumber(PhysicalDeltaY, Vr::FD, kCmPerPixel);
    region.setNumber(TransducerFrequency, Vr::UL, 4000); // kHz

    dicom::ImagePixels pixels;
    pixels.rows = kRows;
    pixels.columns = kColumns;
    pixels.frames = kFrames;
    pixels.samplesPerPixel = 3;
    pixels.bitsAllocated = 8;
    pixels.bitsStored = 8;
    pixels.photometricInterpretation = QStringLiteral("RGB");
    pixels.data = renderCine(streamSeed(seed, u"us/speckle"), burned, device);
    if (Result<void> set = ds.setImagePixels(pixels); !set)
        return set;

    if (Result<void> written = output.writeDicom(
            relativePath, planted, dicom::TransferSyntax::ExplicitVrLittleEndian, QStringLiteral("us"));
        !written) {
        return written;
    }
    return writeVariants(output, planted, relativePath, QStringLiteral("us"), 8, seed);
}

} // namespace consilium::samples
