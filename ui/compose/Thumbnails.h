#pragma once

#include <QImage>
#include <QPixmap>
#include <QString>

namespace consilium::ui {

/// One frame of a DICOM file or a photo rendered as the viewer shows it first (the object's own
/// window), scaled to fit `pixels` square. Null when it cannot be read. Runs on a pool thread.
QImage renderComposeThumbnail(const QString& path, int frame, int pixels);

/// A square dark tile with `thumbnail` centred, so every row has the same height.
QPixmap thumbnailTile(const QImage& thumbnail, int size, qreal ratio);

} // namespace consilium::ui
