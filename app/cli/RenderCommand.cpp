// consilium-cli render FILE [--frame N] [--window CENTER,WIDTH] [--zoom Z]
//                    [--annotations LAYER.json] --out FILE.png — one frame through exactly the
// viewer's pipeline (decode, modality transform, VOI LUT, polarity), optionally enlarged and
// with an annotation layer (docs/annotation.md) burned in, labels measured as the viewer does.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/annotation/AnnotationJson.h"
#include "core/annotation/AnnotationRenderer.h"
#include "core/annotation/Calibration.h"
#include "core/dicom/DatasetReader.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"

#include <QDir>
#include <QImage>
#include <QImageWriter>

#include <optional>

namespace consilium::cli {

int runRender(const QStringList& args)
{
    const QString command = QStringLiteral("render");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Render one frame of a DICOM file (or a photo) to PNG with the viewer's display pipeline:\n"
                       "modality LUT or rescale, the file's first window (or the full range), MONOCHROME1 inversion,\n"
                       "overlay planes on top."));
    const QCommandLineOption frameOption(QStringLiteral("frame"), QStringLiteral("Frame to render, from 0 (default 0)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QStringLiteral("Window centre and width in modality units (HU for CT), e.g. 40,80."),
                                          QStringLiteral("CENTER,WIDTH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The PNG file to write."),
                                       QStringLiteral("FILE.png"));
    const QCommandLineOption zoomOption(
        QStringLiteral("zoom"), QStringLiteral("Enlarge by this factor with square pixels, e.g. 3 (default 1)."),
        QStringLiteral("Z"), QStringLiteral("1"));
    const QCommandLineOption annotationsOption(
        QStringLiteral("annotations"),
        QStringLiteral("Burn in the shapes of this annotation layer that belong to FILE's frame, with their "
                       "measurements (docs/annotation.md)."),
        QStringLiteral("LAYER.json"));
    const QCommandLineOption noOverlaysOption(
        QStringLiteral("no-overlays"),
        QStringLiteral("Leave out the overlay planes (60xx), which are drawn on top by default."));
    parser.addOptions({frameOption, windowOption, zoomOption, annotationsOption, outOption, noOverlaysOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A DICOM file or a photo (JPEG, PNG, TIFF)."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("FILE --out FILE.png")))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, QStringLiteral("expects exactly one FILE"));
    if (!parser.isSet(outOption))
        return usageError(command, QStringLiteral("--out FILE.png is required"));
    bool ok = false;
    const int frameIndex = parser.value(frameOption).toInt(&ok);
    if (!ok || frameIndex < 0)
        return usageError(command, QStringLiteral("--frame expects a number from 0"));
    const double zoom = parser.value(zoomOption).toDouble(&ok);
    if (!ok || !(zoom > 0.0) || zoom > 64.0)
        return usageError(command, QStringLiteral("--zoom expects a number above 0 and at most 64, e.g. 3"));
    std::optional<imaging::VoiWindow> window;
    if (parser.isSet(windowOption)) {
        const QStringList parts = parser.value(windowOption).split(u',');
        bool centreOk = false;
        bool widthOk = false;
        imaging::VoiWindow custom;
        if (parts.size() == 2) {
            custom.center = parts[0].trimmed().toDouble(&centreOk);
            custom.width = parts[1].trimmed().toDouble(&widthOk);
        }
        if (!centreOk || !widthOk || custom.width < 1.0)
            return usageError(command, QStringLiteral("--window expects CENTER,WIDTH with a width of at least 1, e.g. 40,80"));
        window = custom;
    }

    const QString file = files.first();
    const auto frame = dicom::loadFrame(file, frameIndex);
    if (!frame) {
        err() << "consilium-cli render: " << frame.error().toString(QDir::toNativeSeparators(file)) << '\n';
        return ExitFailure;
    }
    imaging::DisplaySettings settings = imaging::DisplaySettings::defaultsFor(*frame);
    if (window) {
        // The user's window keeps the function the object asks for (SIGMOID stays SIGMOID).
        window->function = settings.voi == imaging::DisplaySettings::Voi::Window ? settings.window.function
                                                                                 : imaging::VoiFunction::Linear;
        settings.voi = imaging::DisplaySettings::Voi::Window;
        settings.window = *window;
    }
    QImage image = imaging::renderFrame(*frame, settings);
    if (!parser.isSet(noOverlaysOption))
        image = imaging::composeOverlays(image, *frame); // as the viewer shows them
    if (parser.isSet(annotationsOption) || parser.isSet(zoomOption)) {
        annotation::RenderContext context;
        context.zoom = zoom;
        context.frame = &*frame;
        std::vector<annotation::Shape> shapes;
        if (parser.isSet(annotationsOption)) {
            const QString layerPath = parser.value(annotationsOption);
            const auto layer = annotation::readAnnotationFile(layerPath);
            if (!layer) {
                err() << "consilium-cli render: " << layer.error().toString(QDir::toNativeSeparators(layerPath))
                      << '\n';
                return ExitFailure;
            }
            // Photos have no SOP Instance UID: their shapes carry an empty one.
            const auto uid = dicom::readAttribute(file, dicom::Tag{0x0008, 0x0018});
            const annotation::ImageRef image{uid ? uid->trimmed() : QString(), frameIndex};
            shapes = layer->shapesOn(image);
            if (const size_t others = layer->shapes().size() - shapes.size(); others > 0)
                err() << "consilium-cli render: " << QDir::toNativeSeparators(layerPath) << ": " << others
                      << " annotation(s) belong to other images or frames and were not drawn\n";
            // An image that is not DICOM (a photo) has no calibration of its own.
            const auto calibration = annotation::Calibration::read(file, frameIndex);
            context.calibration =
                layer->calibrationFor(image.sopInstanceUid, calibration ? *calibration : annotation::Calibration());
        }
        const auto annotated = annotation::renderAnnotated(image, shapes, context);
        if (!annotated) {
            err() << "consilium-cli render: " << annotated.error().toString(QDir::toNativeSeparators(file)) << '\n';
            return ExitFailure;
        }
        image = *annotated;
    }
    const QString outPath = parser.value(outOption);
    QImageWriter writer(outPath, "png");
    if (!writer.write(image)) {
        err() << "consilium-cli render: " << QDir::toNativeSeparators(outPath) << ": cannot write: "
              << writer.errorString() << '\n';
        return ExitFailure;
    }
    if (!frame->incomplete.isEmpty())
        err() << "consilium-cli render: " << QDir::toNativeSeparators(file) << ": warning: " << frame->incomplete << '\n';
    return ExitSuccess;
}

} // namespace consilium::cli
