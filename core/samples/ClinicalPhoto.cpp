#include "core/samples/ClinicalPhoto.h"

#include "core/samples/BitmapFont.h"
#include "core/samples/Determinism.h"
#include "core/samples/ExifWriter.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>

#include <algorithm>
#include <cmath>

namespace consilium::samples {

namespace {

constexpr int kWidth = 1200;
constexpr int kHeight = 900;
constexpr int kJpegQuality = 92;
constexpr int kPixelsPerMm = 10; // the ruler's scale, which is the photo's scale at the lesion

struct Colour {
    double r, g, b;
};

Colour mix(Colour a, Colour b, double t)
{
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

void setPixel(QImage& image, int x, int y, Colour c)
{
    if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
        return;
    uchar* p = image.scanLine(y) + qsizetype(3) * x;
    p[0] = static_cast<uchar>(std::clamp(c.r, 0.0, 255.0));
    p[1] = static_cast<uchar>(std::clamp(c.g, 0.0, 255.0));
    p[2] = static_cast<uchar>(std::clamp(c.b, 0.0, 255.0));
}

void fillRect(QImage& image, const QRect& rect, Colour c)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            setPixel(image, x, y, c);
    }
}

// Skin with soft shading and fine texture, and an irregular pigmented lesion.
void paintSkin(QImage& image, quint64 seed)
{
    SplitMix64 random(seed);
    const Colour skin{224, 172, 141};
    const Colour shadow{170, 118, 92};
    const Colour lesionEdge{132, 84, 62};
    const Colour lesionCore{78, 46, 36};
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            // The limb curves away from the camera towards the top and bottom edges.
            const double v = (y - 430.0) / 520.0;
            Colour c = mix(skin, shadow, std::min(1.0, v * v * 1.4));
            // An irregular border: near the lesion its radius wobbles with a low-order
            // polynomial in u, w (bounded, so the shape stays one blob).
            const double u = (x - 640.0) / 120.0;
            const double w = (y - 400.0) / 85.0;
            const double r2 = u * u + w * w;
            const double wobble = std::clamp(1.0 + 0.16 * u * w - 0.10 * u * u * u + 0.06 * w * w * w, 0.75, 1.3);
            const double d = r2 / (wobble * wobble);
            if (r2 < 2.5 && d < 1.15) {
                const double edge = std::clamp((1.15 - d) / 0.25, 0.0, 1.0);
                c = mix(c, mix(lesionEdge, lesionCore, std::clamp(1.0 - d, 0.0, 1.0)), edge);
            }
            const double grain = 6.0 * random.normal();
            setPixel(image, x, y, {c.r + grain, c.g + grain * 0.8, c.b + grain * 0.7});
        }
    }
}

// A white millimetre ruler: ticks every mm, longer every 5 mm and 10 mm, centimetre numbers.
void paintRuler(QImage& image)
{
    const Colour ink{20, 20, 20};
    const QRect strip(140, 700, 940, 130);
    fillRect(image, strip, {246, 246, 240});
    for (int mm = 0; mm <= 90; ++mm) {
        const int x = strip.left() + 20 + mm * kPixelsPerMm;
        const int length = mm % 10 == 0 ? 46 : (mm % 5 == 0 ? 32 : 20);
        fillRect(image, QRect(x - 1, strip.top(), 3, length), ink);
        if (mm % 10 == 0) {
            const QString label = QString::number(mm / 10);
            BitmapFont::draw(label, x - 4, strip.top() + 60, 2, [&](int px, int py) { setPixel(image, px, py, ink); });
        }
    }
    BitmapFont::draw(u"CM", strip.right() - 60, strip.top() + 94, 3,
                     [&](int px, int py) { setPixel(image, px, py, ink); });
}

struct LabelLine {
    PhiValue value;
    QString text;
};

} // namespace

Result<void> writeClinicalPhoto(const SyntheticIdentity& identity, SampleOutput& output)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB888);
    paintSkin(image, streamSeed(identity.seed, u"photo/skin"));
    paintRuler(image);

    // A patient label stuck on the skin, as wards do to identify the photo: name, MRN, birth date.
    std::vector<Planting> plantings;
    const std::vector<LabelLine> lines{
        {{QStringLiteral("patient-name"), QStringLiteral("name"), identity.patient.dicom(), {}},
         identity.patient.burnedIn()},
        {{QStringLiteral("patient-id"), QStringLiteral("id"), identity.patientId, {}},
         QStringLiteral("MRN ") + identity.patientId},
        {{QStringLiteral("patient-birth-date"), QStringLiteral("date"), dicomDate(identity.birthDate), {}},
         QStringLiteral("DOB ") + identity.birthDate.toString(QStringLiteral("dd/MM/yyyy"))},
    };
    constexpr int kLabelScale = 4;
    fillRect(image, QRect(40, 40, 520, 150), {252, 252, 252});
    for (size_t i = 0; i < lines.size(); ++i) {
        const int y = 56 + static_cast<int>(i) * 44;
        BitmapFont::draw(lines[i].text, 60, y, kLabelScale, [&](int px, int py) {
            setPixel(image, px, py, {10, 10, 10});
        });
        PhiLocation where;
        where.kind = PhiLocation::Kind::Pixels;
        where.location = QStringLiteral("pixels");
        where.rect = BitmapFont::textRect(lines[i].text, 60, y, kLabelScale);
        where.text = lines[i].text;
        plantings.push_back({lines[i].value, where});
    }

    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(image)) {
        return fail(QStringLiteral("samples"), ErrorCode::Internal,
                    QStringLiteral("cannot encode the clinical photo as JPEG: ") + writer.errorString());
    }

    ExifFields exif;
    exif.make = QStringLiteral("SampleCam");
    exif.model = QStringLiteral("SC-200 Macro");
    exif.software = QStringLiteral("SampleCam Firmware 2.1");
    exif.bodySerialNumber = identity.cameraSerial;
    exif.lensModel = QStringLiteral("60mm F2.8 Macro");
    exif.artist = identity.photographer.natural();
    exif.cameraOwnerName = identity.institution;
    exif.imageDescription = QStringLiteral("Pigmented lesion, left forearm - %1, MRN %2")
                                .arg(identity.patient.natural(), identity.patientId);
    exif.date = identity.photoDate;
    exif.time = identity.photoTime;
    exif.latitudeE6 = identity.latitudeE6;
    exif.longitudeE6 = identity.longitudeE6;
    exif.altitudeMetres = 42;
    exif.gpsDate = identity.photoDate;
    exif.gpsTime = identity.photoTime;
    exif.width = kWidth;
    exif.height = kHeight;
    const Result<QByteArray> withExif = insertExif(jpeg, exifApp1Segment(exif));
    if (!withExif)
        return tl::unexpected(withExif.error());

    auto plantExif = [&](const PhiValue& value, const QString& tagName) {
        PhiLocation where;
        where.kind = PhiLocation::Kind::Exif;
        where.location = QStringLiteral("exif:") + tagName;
        plantings.push_back({value, where});
    };
    const QString stamp =
        exif.date.toString(QStringLiteral("yyyy:MM:dd")) + u' ' + exif.time.toString(QStringLiteral("HH:mm:ss"));
    const PhiValue when{QStringLiteral("photo-datetime"), QStringLiteral("datetime"), stamp, {}};
    plantExif(when, QStringLiteral("DateTime"));
    plantExif(when, QStringLiteral("DateTimeOriginal"));
    plantExif(when, QStringLiteral("DateTimeDigitized"));
    plantExif({QStringLiteral("photo-gps-latitude"),
               QStringLiteral("location"),
               QString::number(static_cast<double>(identity.latitudeE6) / 1e6, 'f', 6),
               {}},
              QStringLiteral("GPSLatitude"));
    plantExif({QStringLiteral("photo-gps-longitude"),
               QStringLiteral("location"),
               QString::number(static_cast<double>(identity.longitudeE6) / 1e6, 'f', 6),
               {}},
              QStringLiteral("GPSLongitude"));
    plantExif({QStringLiteral("photo-gps-date"),
               QStringLiteral("date"),
               exif.gpsDate.toString(QStringLiteral("yyyy:MM:dd")),
               {}},
              QStringLiteral("GPSDateStamp"));
    plantExif({QStringLiteral("camera-serial-number"), QStringLiteral("device"), exif.bodySerialNumber, {}},
              QStringLiteral("BodySerialNumber"));
    plantExif({QStringLiteral("photographer-name"), QStringLiteral("name"), exif.artist, {}}, QStringLiteral("Artist"));
    plantExif({QStringLiteral("institution-name"), QStringLiteral("institution"), identity.institution, {}},
              QStringLiteral("CameraOwnerName"));
    plantExif({QStringLiteral("photo-description"),
               QStringLiteral("free-text"),
               exif.imageDescription,
               {QStringLiteral("patient-natural-name"), QStringLiteral("patient-id")}},
              QStringLiteral("ImageDescription"));

    return output.writeFile(QStringLiteral("photos/lesion.jpg"), *withExif, plantings, QStringLiteral("photo"));
}

} // namespace consilium::samples
