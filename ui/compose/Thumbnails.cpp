#include "ui/compose/Thumbnails.h"

#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"

#include <QPainter>

namespace consilium::ui {

QImage renderComposeThumbnail(const QString& path, int frame, int pixels)
{
    const auto decoded = dicom::loadFrame(path, frame);
    if (!decoded)
        return {};
    const QImage full = imaging::renderFrame(*decoded, imaging::DisplaySettings::defaultsFor(*decoded));
    return full.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QPixmap thumbnailTile(const QImage& thumbnail, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(QColor(24, 24, 24));
    if (!thumbnail.isNull()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSizeF shown = QSizeF(thumbnail.size()) / ratio;
        painter.drawImage(QRectF(QPointF((size - shown.width()) / 2.0, (size - shown.height()) / 2.0), shown),
                          thumbnail);
    }
    return pixmap;
}

} // namespace consilium::ui
