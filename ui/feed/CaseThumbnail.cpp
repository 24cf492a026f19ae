#include "ui/feed/CaseThumbnail.h"

#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace consilium::ui {

namespace {

Error thumbnailError(const QString& message)
{
    return Error{QStringLiteral("feed"), ErrorCode::Malformed, message};
}

} // namespace

Result<QImage> renderCaseThumbnail(const QString& path, int pixels)
{
    // The middle frame of a multi-frame object (cine, a volume in one file) shows its subject
    // better than the first; a photo is not DICOM, so readImageInfo fails and frame 0 is read.
    int frame = 0;
    if (auto info = dicom::readImageInfo(path); info && info->frames > 1)
        frame = info->frames / 2;
    auto decoded = dicom::loadFrame(path, frame);
    if (!decoded)
        return tl::unexpected(decoded.error());
    const QImage rendered = imaging::renderFrame(*decoded, imaging::DisplaySettings::defaultsFor(*decoded));
    if (rendered.isNull())
        return tl::unexpected(thumbnailError(QStringLiteral("the image has no pixels to show")));
    return coverSquare(rendered, pixels);
}

QImage coverSquare(const QImage& image, int pixels)
{
    if (image.isNull() || pixels <= 0)
        return {};
    const QImage scaled = image.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const int x = std::max(0, (scaled.width() - pixels) / 2);
    const int y = std::max(0, (scaled.height() - pixels) / 2);
    return scaled.copy(x, y, pixels, pixels);
}

Result<QByteArray> encodeThumbnail(const QImage& image)
{
    if (image.isNull())
        return tl::unexpected(thumbnailError(QStringLiteral("no thumbnail to encode")));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    // Grey images stay one channel (smaller); anything else is written as RGB.
    const QImage source =
        image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_RGB888);
    if (!writer.write(source))
        return tl::unexpected(
            Error{QStringLiteral("feed"), ErrorCode::Internal,
                  QStringLiteral("the thumbnail could not be encoded: %1").arg(writer.errorString())});
    return bytes;
}

QImage decodeThumbnail(const QByteArray& encoded)
{
    if (encoded.isEmpty())
        return {};
    QImage image = QImage::fromData(encoded);
    if (image.isNull() || image.width() <= 0)
        return {};
    image.setDevicePixelRatio(static_cast<qreal>(image.width()) / kCardTileSize);
    return image;
}

QImage withRoundedCorners(const QImage& image, qreal radius)
{
    // Painted in the image's own pixels (ratio 1, so the texture brush is not rescaled), then
    // given back its ratio: crisp on a 2x screen.
    const qreal ratio = image.devicePixelRatio() > 0 ? image.devicePixelRatio() : 1.0;
    QImage source = image.convertToFormat(QImage::Format_RGB32);
    source.setDevicePixelRatio(1.0);
    QImage rounded(source.size(), QImage::Format_ARGB32_Premultiplied);
    rounded.fill(Qt::transparent);
    {
        QPainter painter(&rounded);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(source.size())), radius * ratio, radius * ratio);
        painter.fillPath(path, QBrush(source));
    }
    rounded.setDevicePixelRatio(ratio);
    return rounded;
}

} // namespace consilium::ui
