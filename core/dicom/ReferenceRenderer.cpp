#include "core/dicom/ReferenceRenderer.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmimage/diregist.h> // registers colour support with DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QFile>

#include <algorithm>

namespace consilium::dicom {

Result<QImage> renderWithDcmtk(const QString& path, int frame, const imaging::DisplaySettings& settings)
{
    detail::ensureDcmtkInitialised();
    const QByteArray fileName = QFile::encodeName(path);
    DicomImage image(fileName.constData(), CIF_UsePartialAccessToPixelData, static_cast<unsigned long>(frame), 1);
    if (image.getStatus() != EIS_Normal) {
        return fail(QStringLiteral("dicom"), ErrorCode::Malformed,
                    QStringLiteral("DCMTK cannot render the file (%1)")
                        .arg(QString::fromLatin1(DicomImage::getString(image.getStatus()))));
    }
    const bool monochrome = image.isMonochrome();
    if (monochrome) {
        switch (settings.voi) {
        case imaging::DisplaySettings::Voi::Window:
            // DCMTK 3.6.7 knows LINEAR and SIGMOID; LINEAR_EXACT differs from LINEAR by at most
            // half a grey level per unit of width.
            image.setVoiLutFunction(settings.window.function == imaging::VoiFunction::Sigmoid ? EFV_Sigmoid
                                                                                                 : EFV_Linear);
            image.setWindow(settings.window.center, settings.window.width);
            break;
        case imaging::DisplaySettings::Voi::Lut:
            image.setVoiLut(static_cast<unsigned long>(settings.lutIndex));
            break;
        case imaging::DisplaySettings::Voi::None:
            image.setNoVoiTransformation();
            break;
        }
        if (settings.invert)
            image.setPolarity(EPP_Reverse);
        // Overlays (60xx) are not part of our pipeline yet: compare the image alone.
        image.hideAllOverlays();
    }
    const int width = static_cast<int>(image.getWidth());
    const int height = static_cast<int>(image.getHeight());
    const auto* data = static_cast<const uchar*>(image.getOutputData(8, 0, 0));
    if (!data)
        return fail(QStringLiteral("dicom"), ErrorCode::Internal, QStringLiteral("DCMTK produced no output"));
    const int channels = monochrome ? 1 : 3;
    QImage result(width, height, monochrome ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < height; ++y)
        std::copy_n(data + qsizetype(y) * width * channels, qsizetype(width) * channels, result.scanLine(y));
    if (!monochrome && settings.invert)
        result.invertPixels();
    return result;
}

} // namespace consilium::dicom
