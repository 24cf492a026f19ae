#pragma once

// Making and reading the feed card's thumbnail of a case (pure functions, no widgets).

#include "core/common/Error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace consilium::ui {

/// The side of a feed card's tile in device-independent pixels (FeedItemDelegate draws it).
inline constexpr int kCardTileSize = 64;
/// Thumbnails are made at twice the tile's side: crisp on a 2x screen, a few KB as JPEG.
inline constexpr int kThumbnailPixels = 2 * kCardTileSize;

/// Decodes the image file at `path` as the viewer would open it and returns it cover-cropped
/// (scaled to fill, centre kept) to a `pixels`-wide square. A DICOM file gives its middle frame
/// (the first of a single-frame image) rendered with the object's own first window, else the
/// automatic one (DisplaySettings::defaultsFor, as the viewer); a photo its pixels with the EXIF
/// orientation applied. Errors say why the file could not be decoded. Thread-safe.
Result<QImage> renderCaseThumbnail(const QString& path, int pixels = kThumbnailPixels);

/// `image` scaled to cover a `pixels` square and cropped to it around its centre.
QImage coverSquare(const QImage& image, int pixels);

/// `image` with its corners rounded to `radius` device-independent pixels (transparent outside),
/// keeping its device pixel ratio: the feed card's tile and the case page's previews.
QImage withRoundedCorners(const QImage& image, qreal radius);

/// The thumbnail as stored: JPEG at quality 85 (a 128-pixel square is 3-6 KB).
Result<QByteArray> encodeThumbnail(const QImage& image);

/// A stored thumbnail decoded, with its device pixel ratio set so that it covers exactly one
/// card tile; a null image when `encoded` is empty or not an image.
QImage decodeThumbnail(const QByteArray& encoded);

} // namespace consilium::ui
