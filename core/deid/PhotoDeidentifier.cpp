#include "core/deid/PhotoDeidentifier.h"

#include "core/deid/FaceDetector.h"

#include <QColorSpace>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QImageWriter>

#include <cstring>

namespace consilium::deid {

namespace {

const QString kDomain = QStringLiteral("deid");

QByteArray photoFormat(const QString& path)
{
    const QByteArray format = QImageReader::imageFormat(path);
    if (format == "jpeg" || format == "jpg")
        return "jpeg";
    if (format == "png" || format == "tiff" || format == "tif")
        return format.startsWith("tif") ? QByteArray("tiff") : format;
    return {};
}

// A fresh image holding only the pixels: QImage::copy() would carry text keys along, and Qt
// writes those into PNG tEXt chunks.
QImage pixelsOnly(const QImage& source)
{
    QImage clean(source.size(), source.format());
    for (int y = 0; y < source.height(); ++y)
        std::memcpy(clean.scanLine(y), source.constScanLine(y), static_cast<size_t>(source.bytesPerLine()));
    return clean;
}

} // namespace

PhotoDeidentifier::PhotoDeidentifier(CaseSecrets secrets)
    : m_secrets(std::move(secrets))
{
}

bool PhotoDeidentifier::isPhoto(const QString& path)
{
    return !photoFormat(path).isEmpty();
}

Result<PhotoReport> PhotoDeidentifier::deidentify(const QString& input, const QString& outputFolder,
                                                  const PhotoRedaction& redaction) const
{
    const QString shown = QDir::toNativeSeparators(input);
    const QByteArray format = photoFormat(input);
    if (format.isEmpty())
        return fail(kDomain, ErrorCode::Unsupported, QStringLiteral("%1: not a JPEG, PNG or TIFF image").arg(shown));

    QImageReader reader(input, format);
    reader.setAutoTransform(true); // apply EXIF orientation to the pixels before it is dropped
    QImage image = reader.read();
    if (image.isNull())
        return fail(kDomain, ErrorCode::Malformed, QStringLiteral("%1: cannot read the image (%2)").arg(shown, reader.errorString()));

    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    QList<RedactionRegion> faces;
    if (redaction.faces) {
        const auto found = detectFaces(image);
        if (!found)
            return tl::unexpected(found.error().withContext(shown));
        for (const FaceRegion& face : *found) {
            const int dx = qRound(face.rect.width() * kFaceMarginFraction);
            const int dy = qRound(face.rect.height() * kFaceMarginFraction);
            const QRect grown = face.rect.adjusted(-dx, -dy, dx, dy).intersected(image.rect());
            faces.append(RedactionRegion{grown, 0, QStringLiteral("face"), face.confidence});
        }
        if (auto redacted = redact(image, faces, *redaction.faces); !redacted)
            return tl::unexpected(redacted.error().withContext(shown));
    }
    if (auto redacted = redact(image, redaction.regions, redaction.style); !redacted)
        return tl::unexpected(redacted.error().withContext(shown));
    image = pixelsOnly(image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32));

    const bool jpeg = format == "jpeg";
    const QString name = m_secrets.remapUid(QStringLiteral("photo:") + QFileInfo(input).absoluteFilePath())
                         + (jpeg ? QStringLiteral(".jpg") : QStringLiteral(".png"));
    if (!QDir().mkpath(outputFolder))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("cannot create folder %1").arg(outputFolder));
    const QString output = QDir(outputFolder).filePath(name);
    if (QFileInfo::exists(output))
        return fail(kDomain, ErrorCode::AlreadyExists, QStringLiteral("%1: %2 already exists").arg(shown, output));

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("%1: %2").arg(output, file.errorString()));
    QImageWriter writer(&file, jpeg ? QByteArray("jpeg") : QByteArray("png"));
    if (jpeg)
        writer.setQuality(95);
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("%1: %2").arg(output, writer.errorString()));
    }
    if (!file.commit())
        return fail(kDomain, ErrorCode::IoError, QStringLiteral("%1: %2").arg(output, file.errorString()));
    return PhotoReport{input,           output, image.width(),
                       image.height(),  jpeg,   redaction.regions,
                       redaction.style, faces,  redaction.faces.value_or(RedactionStyle::Blur)};
}

} // namespace consilium::deid
