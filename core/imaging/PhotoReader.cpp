#include "core/imaging/PhotoReader.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace consilium::imaging {

bool isPhoto(const QString& path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.canRead();
}

Result<Frame> readPhoto(const QString& path)
{
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("imaging"), ErrorCode::NotFound, QStringLiteral("no such file"));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    // EXIF Orientation (tag 0x0112): cameras store the sensor's rows and say how to turn them.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        return fail(QStringLiteral("imaging"),
                    reader.error() == QImageReader::UnsupportedFormatError ? ErrorCode::Unsupported
                                                                           : ErrorCode::Malformed,
                    QStringLiteral("cannot read the picture: ") + reader.errorString());
    }
    image = image.convertToFormat(QImage::Format_RGB888);
    Frame frame;
    frame.kind = Frame::Kind::Colour;
    frame.width = image.width();
    frame.height = image.height();
    const qsizetype rowBytes = qsizetype(frame.width) * 3;
    frame.rgb.resize(rowBytes * frame.height);
    for (int y = 0; y < frame.height; ++y)
        std::copy_n(image.constScanLine(y), rowBytes, frame.rgb.data() + qsizetype(y) * rowBytes);
    return frame;
}

} // namespace consilium::imaging
