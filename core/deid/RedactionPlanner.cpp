#include "core/deid/RedactionPlanner.h"

#include "core/deid/PhotoDeidentifier.h"
#include "core/dicom/DatasetReader.h"
#include "core/dicom/ImageDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace consilium::deid {

namespace {

const QString kDomain = QStringLiteral("deid");

Result<int> integerField(const QJsonObject& object, const QString& name, int entry, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (required)
            return fail(kDomain, ErrorCode::Malformed, QStringLiteral("region %1 has no \"%2\"").arg(entry).arg(name));
        return -1;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || number < 0 || number > 1e6) {
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("region %1: \"%2\" must be a whole number from 0").arg(entry).arg(name));
    }
    return static_cast<int>(number);
}

} // namespace

Result<QList<ManualRegion>> readRegionsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kDomain, ErrorCode::NotFound,
                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("%1: not JSON (%2 at byte %3)")
                        .arg(QDir::toNativeSeparators(path), parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonArray entries =
        document.isArray() ? document.array() : document.object().value(QStringLiteral("regions")).toArray();
    if (!document.isArray() && !document.object().value(QStringLiteral("regions")).isArray()) {
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("%1: expected {\"regions\": [...]}").arg(QDir::toNativeSeparators(path)));
    }
    QList<ManualRegion> regions;
    for (int i = 0; i < entries.size(); ++i) {
        const int entry = i + 1;
        const auto where = [&](const Error& error) {
            return tl::unexpected(error.withContext(QDir::toNativeSeparators(path)));
        };
        if (!entries[i].isObject())
            return where(Error{kDomain, ErrorCode::Malformed, QStringLiteral("region %1 is not an object").arg(entry)});
        const QJsonObject object = entries[i].toObject();
        ManualRegion manual;
        manual.region.source = QStringLiteral("manual");
        if (object.contains(QStringLiteral("file"))) {
            const QString named = object.value(QStringLiteral("file")).toString();
            const QFileInfo info(named);
            if (named.isEmpty() || !info.isFile()) {
                return where(Error{kDomain, ErrorCode::NotFound,
                                   QStringLiteral("region %1: no such file \"%2\"").arg(entry).arg(named)});
            }
            manual.file = info.canonicalFilePath();
        }
        int values[5] = {};
        const char* names[5] = {"x", "y", "width", "height", "frame"};
        for (int f = 0; f < 5; ++f) {
            const auto value = integerField(object, QString::fromLatin1(names[f]), entry, f < 4);
            if (!value)
                return where(value.error());
            values[f] = *value;
        }
        manual.region.rect = QRect(values[0], values[1], values[2], values[3]);
        manual.region.frame = values[4];
        if (manual.region.rect.isEmpty())
            return where(Error{kDomain, ErrorCode::Malformed, QStringLiteral("region %1 is empty").arg(entry)});
        regions.append(manual);
    }
    return regions;
}

QList<RedactionRegion> regionsFor(const QList<ManualRegion>& regions, const QString& input)
{
    const QString canonical = QFileInfo(input).canonicalFilePath();
    QList<RedactionRegion> result;
    for (const ManualRegion& manual : regions) {
        if (manual.file.isEmpty() || manual.file == canonical)
            result.append(manual.region);
    }
    return result;
}

Result<PixelRedaction> planRedaction(const QString& input, const QList<RedactionRegion>& manual,
                                     const RedactionRequest& request)
{
    PixelRedaction plan;
    plan.style = request.style;
    plan.regions = manual;
    if (!request.autoText) {
        plan.notes.append(QStringLiteral("pixels not scanned for burned-in text (OCR turned off: --no-ocr)"));
        return plan;
    }
    // Photos have no header to judge by, and clinical photos often show a label: always read.
    QRect image;
    int frames = 1;
    if (PhotoDeidentifier::isPhoto(input)) {
        const auto photo = dicom::loadFrame(input, 0);
        if (!photo)
            return tl::unexpected(photo.error());
        image = QRect(0, 0, photo->width, photo->height);
    } else {
        const auto reader = dicom::DatasetReader::open(input);
        if (!reader)
            return tl::unexpected(reader.error());
        if (!reader->contains(dicom::Tag{0x7FE0, 0x0010}))
            return plan; // no pixels (SR, KO, PR...): nothing to read, nothing left behind
        const auto likely = likelyHasBurnedInText(input);
        if (!likely)
            return tl::unexpected(likely.error());
        if (!*likely && !request.scanEveryObject) {
            plan.notes.append(QStringLiteral("pixels not scanned for burned-in text: the header does not suggest any "
                                             "(not US, XA, SC..., Burned In Annotation not YES)"));
            return plan;
        }
        const auto info = dicom::readImageInfo(input);
        if (!info)
            return tl::unexpected(info.error());
        image = QRect(0, 0, info->columns, info->rows);
        frames = info->frames;
    }
    const auto found = detectTextInFile(input, {}, request.ocr);
    if (!found)
        return tl::unexpected(found.error());
    for (const TextRegion& text : *found) {
        const int margin = std::max(2, static_cast<int>(std::ceil(text.rect.height() * kOcrMarginFraction)));
        const QRect grown = text.rect.adjusted(-margin, -margin, margin, margin).intersected(image);
        if (grown.isEmpty())
            continue;
        plan.regions.append(RedactionRegion{grown, text.frame, QStringLiteral("ocr"), text.confidence});
    }
    plan.allDetectedTextRedacted = !found->isEmpty();
    if (found->isEmpty()) {
        plan.notes.append(QStringLiteral("OCR found no text in %1 frame(s) of an object likely to carry burned-in "
                                         "text: check it by eye")
                              .arg(frames));
    }
    plan.notes.append(
        QStringLiteral("text read below %1 % confidence is not redacted").arg(double(request.ocr.minConfidence)));
    return plan;
}

} // namespace consilium::deid
