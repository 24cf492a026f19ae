// What is inside the samples: the CT phantom measures as documented, the burned-in and overlay
// text sits where planted-phi.json says, the photo carries its EXIF.

#include "core/dicom/DatasetReader.h"
#include "tests/samples/SampleFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRect>

#include <cmath>
#include <map>
#include <numbers>
#include <vector>

using namespace consilium;
using namespace consilium::test;
using dicom::Tag;

namespace {

dicom::DatasetReader openSample(const SampleSet& set, const QString& relativePath)
{
    auto reader = dicom::DatasetReader::open(QDir(set.dir).filePath(relativePath));
    INFO(relativePath.toStdString());
    REQUIRE(reader.has_value());
    return std::move(*reader);
}

QString text(const dicom::DatasetReader& reader, Tag tag)
{
    const auto value = reader.string(tag);
    INFO(tag.toString().toStdString());
    REQUIRE(value.has_value());
    return *value;
}

QRect rectOf(const QJsonObject& occurrence)
{
    const QJsonObject r = occurrence.value(QStringLiteral("rect")).toObject();
    return QRect(r.value(QStringLiteral("x")).toInt(), r.value(QStringLiteral("y")).toInt(),
                 r.value(QStringLiteral("width")).toInt(), r.value(QStringLiteral("height")).toInt());
}

// Every occurrence of `kind` in `file`, across all planted values.
std::vector<QJsonObject> occurrencesIn(const SampleSet& set, const QString& kind, const QString& file)
{
    std::vector<QJsonObject> found;
    for (const QJsonValue& value : set.planted.value(QStringLiteral("values")).toArray()) {
        for (const QJsonValue& occurrence : value.toObject().value(QStringLiteral("occurrences")).toArray()) {
            const QJsonObject o = occurrence.toObject();
            if (o.value(QStringLiteral("kind")).toString() == kind
                && o.value(QStringLiteral("files")).toArray().contains(QJsonValue(file))) {
                found.push_back(o);
            }
        }
    }
    return found;
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
        | quint32(quint8(b[at + 3])) << 24;
}

quint16 le16(const QByteArray& b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

// A minimal TIFF IFD reader (TIFF 6.0 section 2), enough to check what ExifWriter wrote.
struct IfdField {
    quint16 type = 0;
    quint32 count = 0;
    quint32 valueOffset = 0; ///< where the value starts in the TIFF block
};
std::map<quint16, IfdField> readIfd(const QByteArray& tiff, quint32 offset)
{
    std::map<quint16, IfdField> fields;
    REQUIRE(offset + 2 <= quint32(tiff.size()));
    const quint16 count = le16(tiff, offset);
    for (quint16 i = 0; i < count; ++i) {
        const quint32 at = offset + 2 + 12 * i;
        IfdField field{le16(tiff, at + 2), le32(tiff, at + 4), 0};
        const quint32 size = field.count * (field.type == 5 ? 8 : field.type == 4 ? 4 : field.type == 3 ? 2 : 1);
        field.valueOffset = size <= 4 ? at + 8 : le32(tiff, at + 8);
        fields[le16(tiff, at)] = field;
    }
    return fields;
}

QString asciiField(const QByteArray& tiff, const std::map<quint16, IfdField>& ifd, quint16 tag)
{
    const auto it = ifd.find(tag);
    INFO("EXIF tag " << tag);
    REQUIRE(it != ifd.end());
    REQUIRE(it->second.type == 2);
    return QString::fromLatin1(tiff.mid(it->second.valueOffset, it->second.count - 1));
}

double degrees(const QByteArray& tiff, const IfdField& field)
{
    REQUIRE(field.type == 5);
    REQUIRE(field.count == 3);
    double value = 0.0;
    double unit = 1.0;
    for (quint32 i = 0; i < 3; ++i, unit *= 60.0)
        value +=
            double(le32(tiff, field.valueOffset + 8 * i)) / double(le32(tiff, field.valueOffset + 8 * i + 4)) / unit;
    return value;
}

} // namespace

TEST_CASE("the CT phantom's regions have their documented HU, size and geometry", "[samples]")
{
    const SampleSet& set = sampleSet();
    const QJsonObject& phantom = set.phantom;
    const double spacing = phantom.value(QStringLiteral("pixelSpacingMm")).toArray().at(0).toDouble();
    const QJsonArray first = phantom.value(QStringLiteral("firstImagePositionPatientMm")).toArray();
    const double x0 = first.at(0).toDouble();
    const double y0 = first.at(1).toDouble();
    const double z0 = first.at(2).toDouble();
    const double step = phantom.value(QStringLiteral("sliceSpacingMm")).toDouble();
    const int intercept = phantom.value(QStringLiteral("rescaleIntercept")).toInt();
    const double sigma = phantom.value(QStringLiteral("noise")).toObject().value(QStringLiteral("sigmaHu")).toDouble();
    REQUIRE(spacing == 0.75);
    REQUIRE(intercept == -1024);

    // The geometry in the headers is the documented one (PS3.3 C.7.6.2).
    for (const int instance : {1, 150, 300}) {
        const auto reader = openSample(set, QStringLiteral("ct/CT%1.dcm").arg(instance, 4, 10, QLatin1Char('0')));
        const QStringList position = text(reader, {0x0020, 0x0032}).split(u'\\');
        REQUIRE(position.size() == 3);
        CHECK(position[0].toDouble() == x0);
        CHECK(position[1].toDouble() == y0);
        CHECK(position[2].toDouble() == Approx(z0 + step * (instance - 1)).margin(1e-9));
        CHECK(text(reader, {0x0020, 0x0037}) == QStringLiteral("1\\0\\0\\0\\1\\0"));
        CHECK(text(reader, {0x0028, 0x0030}) == QStringLiteral("0.75\\0.75"));
        CHECK(text(reader, {0x0018, 0x0050}) == QStringLiteral("1"));
        CHECK(text(reader, {0x0028, 0x1052}) == QStringLiteral("-1024"));
        CHECK(text(reader, {0x0028, 0x1053}) == QStringLiteral("1"));
        CHECK(text(reader, {0x0028, 0x0103}) == QStringLiteral("1"));
    }

    // Slice 150 (z = -0.5 mm) crosses every region, the sphere included.
    const auto reader = openSample(set, QStringLiteral("ct/CT0150.dcm"));
    const double z = z0 + step * 149;
    const auto pixels = reader.bytes(Tag{0x7FE0, 0x0010});
    REQUIRE(pixels.has_value());
    REQUIRE(pixels->size() == 512 * 512 * 2);
    auto hu = [&](int row, int column) {
        return int(qint16(le16(*pixels, (qsizetype(row) * 512 + column) * 2))) + intercept;
    };
    CHECK(hu(0, 0) == phantom.value(QStringLiteral("pixelPaddingValue")).toInt() + intercept);

    int measured = 0;
    for (const QJsonValue& value : phantom.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject region = value.toObject();
        if (!region.contains(QStringLiteral("radiusMm")))
            continue; // the background and the elliptic body
        const QString name = region.value(QStringLiteral("name")).toString();
        INFO(name.toStdString());
        const QJsonArray centre = region.value(QStringLiteral("centreMm")).toArray();
        const double cx = centre.at(0).toDouble();
        const double cy = centre.at(1).toDouble();
        double radius = region.value(QStringLiteral("radiusMm")).toDouble();
        if (centre.size() == 3) { // a sphere: its disc on this slice
            const double dz = z - centre.at(2).toDouble();
            radius = std::sqrt(radius * radius - dz * dz);
        }
        const int expected = region.value(QStringLiteral("hu")).toInt();

        // Mean over the pixels well inside (1.5 mm from the edge): the documented HU within 1.
        double sum = 0.0;
        int count = 0;
        int inside = 0;
        for (int row = 0; row < 512; ++row) {
            for (int column = 0; column < 512; ++column) {
                const double dx = x0 + spacing * column - cx;
                const double dy = y0 + spacing * row - cy;
                const double d = std::sqrt(dx * dx + dy * dy);
                if (d <= radius)
                    ++inside;
                if (d > radius - 1.5)
                    continue;
                sum += hu(row, column);
                ++count;
                CHECK(std::abs(hu(row, column) - expected) <= 4.0 * sigma);
            }
        }
        REQUIRE(count > 100);
        CHECK(sum / count == Approx(expected).margin(1.0));
        // The disc's area (pixel centres inside the circle) is its documented area within 1 %.
        CHECK(inside * spacing * spacing == Approx(std::numbers::pi * radius * radius).epsilon(0.01));
        ++measured;
    }
    CHECK(measured == 6); // water, fat, bone, air, enhancing tissue, lesion

    // Segmenting the 100 HU disc from the 40 HU tissue by threshold finds the same area.
    int enhancing = 0;
    for (int row = 0; row < 512; ++row) {
        for (int column = 0; column < 512; ++column) {
            const double dx = x0 + spacing * column - 45.0;
            const double dy = y0 + spacing * row + 50.0;
            if (dx * dx + dy * dy < 30.0 * 30.0 && hu(row, column) > 70)
                ++enhancing;
        }
    }
    CHECK(enhancing * spacing * spacing == Approx(std::numbers::pi * 20.0 * 20.0).epsilon(0.01));
}

TEST_CASE("the burned-in text of the ultrasound cine stands out from its background on every frame", "[samples]")
{
    const SampleSet& set = sampleSet();
    const QString file = QStringLiteral("us/US0001.dcm");
    const auto reader = openSample(set, file);
    CHECK(text(reader, {0x0028, 0x0301}) == QStringLiteral("YES")); // Burned In Annotation
    CHECK(reader.itemCount(Tag{0x0018, 0x6011}) == 1);
    const auto pixels = reader.bytes(Tag{0x7FE0, 0x0010});
    REQUIRE(pixels.has_value());
    constexpr int kWidth = 640;
    constexpr int kHeight = 480;
    REQUIRE(pixels->size() == qsizetype(kWidth) * kHeight * 3 * 30);

    const std::vector<QJsonObject> burned = occurrencesIn(set, QStringLiteral("pixels"), file);
    REQUIRE(burned.size() == 5); // name, ID, date, time, institution
    for (const QJsonObject& occurrence : burned) {
        const QRect rect = rectOf(occurrence);
        INFO(occurrence.value(QStringLiteral("text")).toString().toStdString());
        REQUIRE(QRect(0, 0, kWidth, kHeight).contains(rect.adjusted(-3, -3, 3, 3)));
        const int firstFrame =
            occurrence.value(QStringLiteral("frames")).toObject().value(QStringLiteral("first")).toInt();
        const int lastFrame =
            occurrence.value(QStringLiteral("frames")).toObject().value(QStringLiteral("last")).toInt();
        REQUIRE(firstFrame == 1);
        REQUIRE(lastFrame == 30);
        for (int frame = firstFrame; frame <= lastFrame; ++frame) {
            const qsizetype base = qsizetype(frame - 1) * kWidth * kHeight * 3;
            int ink = 0;
            int ringMaximum = 0;
            for (int y = rect.top() - 3; y <= rect.bottom() + 3; ++y) {
                for (int x = rect.left() - 3; x <= rect.right() + 3; ++x) {
                    const qsizetype at = base + (qsizetype(y) * kWidth + x) * 3;
                    const int r = quint8(pixels->at(at));
                    const int g = quint8(pixels->at(at + 1));
                    const int b = quint8(pixels->at(at + 2));
                    if (rect.contains(x, y))
                        ink += std::min({r, g, b}) > 150 ? 1 : 0;
                    else
                        ringMaximum = std::max({ringMaximum, r, g, b});
                }
            }
            // Text strokes cover a good part of the box; the band around it is plain background.
            CHECK(ink >= rect.width() * rect.height() / 6);
            CHECK(ringMaximum == 0);
        }
    }
}

TEST_CASE("the radiograph overlays hold the patient label inside the planted rectangle", "[samples]")
{
    const SampleSet& set = sampleSet();
    for (const QString& file : {QStringLiteral("cr/CR0001.dcm"), QStringLiteral("dx/DX0001.dcm")}) {
        INFO(file.toStdString());
        const auto reader = openSample(set, file);
        const std::vector<QJsonObject> overlays = occurrencesIn(set, QStringLiteral("overlay"), file);
        REQUIRE(overlays.size() == 2); // the name and the ID share one drawn label
        const QRect rect = rectOf(overlays.front());
        CHECK(overlays.front().value(QStringLiteral("tagPath")).toString() == QStringLiteral("(6000,3000)"));
        const int rows = text(reader, {0x6000, 0x0010}).toInt();
        const int columns = text(reader, {0x6000, 0x0011}).toInt();
        CHECK(rows == text(reader, {0x0028, 0x0010}).toInt());
        CHECK(columns == text(reader, {0x0028, 0x0011}).toInt());
        const auto bits = reader.bytes(Tag{0x6000, 0x3000});
        REQUIRE(bits.has_value());
        REQUIRE(bits->size() >= (qsizetype(rows) * columns + 7) / 8);
        int inside = 0;
        int outside = 0;
        for (qsizetype i = 0; i < qsizetype(rows) * columns; ++i) {
            if ((quint8(bits->at(i / 8)) >> (i % 8) & 1) == 0)
                continue;
            (rect.contains(int(i % columns), int(i / columns)) ? inside : outside) += 1;
        }
        CHECK(inside > rect.width() * rect.height() / 6);
        CHECK(outside == 0);
    }
}

TEST_CASE("the clinical photo carries EXIF GPS, camera serial and dates", "[samples]")
{
    const SampleSet& set = sampleSet();
    const QByteArray jpeg = readAll(QDir(set.dir).filePath(QStringLiteral("photos/lesion.jpg")));
    // CIPA DC-008 4.5.4: APP1 "Exif\0\0" right after SOI.
    REQUIRE(jpeg.startsWith("\xFF\xD8\xFF\xE1"));
    const int length = (quint8(jpeg[4]) << 8) | quint8(jpeg[5]);
    REQUIRE(jpeg.mid(6, 6) == QByteArray("Exif\0\0", 6));
    const QByteArray tiff = jpeg.mid(12, length - 8);
    REQUIRE(tiff.startsWith(QByteArray("II*\0", 4)));

    const auto ifd0 = readIfd(tiff, le32(tiff, 4));
    REQUIRE(ifd0.count(0x8769) == 1);
    REQUIRE(ifd0.count(0x8825) == 1);
    const auto exif = readIfd(tiff, le32(tiff, ifd0.at(0x8769).valueOffset));
    const auto gps = readIfd(tiff, le32(tiff, ifd0.at(0x8825).valueOffset));

    CHECK(asciiField(tiff, exif, 0xA431) == plantedValue(set, QStringLiteral("camera-serial-number")));
    CHECK(asciiField(tiff, exif, 0x9003) == plantedValue(set, QStringLiteral("photo-datetime")));
    CHECK(asciiField(tiff, ifd0, 0x0132) == plantedValue(set, QStringLiteral("photo-datetime")));
    CHECK(asciiField(tiff, ifd0, 0x013B) == plantedValue(set, QStringLiteral("photographer-name")));
    CHECK(asciiField(tiff, ifd0, 0x010E) == plantedValue(set, QStringLiteral("photo-description")));
    CHECK(asciiField(tiff, gps, 0x001D) == plantedValue(set, QStringLiteral("photo-gps-date")));

    const double latitude = degrees(tiff, gps.at(0x0002)) * (asciiField(tiff, gps, 0x0001) == u"S" ? -1.0 : 1.0);
    const double longitude = degrees(tiff, gps.at(0x0004)) * (asciiField(tiff, gps, 0x0003) == u"W" ? -1.0 : 1.0);
    CHECK(latitude == Approx(plantedValue(set, QStringLiteral("photo-gps-latitude")).toDouble()).margin(1e-5));
    CHECK(longitude == Approx(plantedValue(set, QStringLiteral("photo-gps-longitude")).toDouble()).margin(1e-5));

    // The patient label in the picture is planted too.
    CHECK(occurrencesIn(set, QStringLiteral("pixels"), QStringLiteral("photos/lesion.jpg")).size() == 3);
}
