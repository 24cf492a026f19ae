// consilium-cli detect-faces FILE [--json] — the faces OpenCV's Haar cascades propose in a photo
// (or frame 0 of a DICOM image), which `deid --faces` redacts.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/deid/FaceDetector.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace consilium::cli {

int runDetectFaces(const QStringList& args)
{
    const QString command = QStringLiteral("detect-faces");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Propose faces in a photo (JPEG, PNG, TIFF; EXIF orientation applied) or frame 0 of a DICOM image,\n"
        "with OpenCV's frontal and profile Haar cascades (Debian opencv-data). One row per face: x, y,\n"
        "width, height, confidence (0-100: ten per agreeing detection) and view. Nothing is changed."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON instead of a table."));
    parser.addOptions({jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A photo or a DICOM image."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("FILE")))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, QStringLiteral("expects exactly one FILE"));

    const QString file = files.first();
    const auto faces = deid::detectFacesInFile(file);
    if (!faces) {
        err() << "consilium-cli detect-faces: " << faces.error().toString(QDir::toNativeSeparators(file)) << '\n';
        return ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const auto& face : *faces) {
            rows.append(QJsonObject{{QStringLiteral("x"), face.rect.x()},
                                    {QStringLiteral("y"), face.rect.y()},
                                    {QStringLiteral("width"), face.rect.width()},
                                    {QStringLiteral("height"), face.rect.height()},
                                    {QStringLiteral("confidence"), double(face.confidence)},
                                    {QStringLiteral("view"), face.view}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("faces"), rows}})
                     .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    out() << "x\ty\twidth\theight\tconfidence\tview\n";
    for (const auto& face : *faces) {
        out() << face.rect.x() << '\t' << face.rect.y() << '\t' << face.rect.width() << '\t' << face.rect.height()
              << '\t' << QString::number(double(face.confidence), 'f', 0) << '\t' << face.view << '\n';
    }
    return ExitSuccess;
}

} // namespace consilium::cli
