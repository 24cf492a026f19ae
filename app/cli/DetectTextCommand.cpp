// consilium-cli detect-text FILE [--frame N | --all-frames] [--json] — the regions of burned-in
// text OCR proposes, which the editor will show for the user to accept or reject.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/deid/BurnedInTextDetector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace consilium::cli {

namespace {

QJsonObject toJson(const deid::TextRegion& region)
{
    return QJsonObject{{QStringLiteral("frame"), region.frame},
                       {QStringLiteral("x"), region.rect.x()},
                       {QStringLiteral("y"), region.rect.y()},
                       {QStringLiteral("width"), region.rect.width()},
                       {QStringLiteral("height"), region.rect.height()},
                       {QStringLiteral("confidence"), qRound(double(region.confidence) * 10.0) / 10.0},
                       {QStringLiteral("text"), region.text}};
}

} // namespace

int runDetectText(const QStringList& args)
{
    const QString command = QStringLiteral("detect-text");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Propose regions of text burned into the pixels (OCR with Tesseract), one row per region:\n"
                       "frame, x, y, width, height, confidence (0-100) and the text read. Nothing is changed."));
    const QCommandLineOption frameOption(QStringLiteral("frame"), QStringLiteral("Frame to read, from 0 (default 0)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption allFramesOption(QStringLiteral("all-frames"), QStringLiteral("Read every frame."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON instead of a table."));
    const QCommandLineOption noReuseOption(
        QStringLiteral("no-reuse"),
        QStringLiteral(
            "Read every frame whole, even where its pixels are those of the previous frames (slower; for checking)."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Frames read at the same time (default: one per core)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({frameOption, allFramesOption, jsonOption, noReuseOption, threadsOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A DICOM file or a photo (JPEG, PNG, TIFF)."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("FILE")))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, QStringLiteral("expects exactly one FILE"));
    if (parser.isSet(frameOption) && parser.isSet(allFramesOption))
        return usageError(command, QStringLiteral("--frame and --all-frames exclude each other"));
    bool ok = false;
    const int frameIndex = parser.value(frameOption).toInt(&ok);
    if (!ok || frameIndex < 0)
        return usageError(command, QStringLiteral("--frame expects a number from 0"));

    deid::TextDetectionOptions options;
    options.reuseUnchangedAreas = !parser.isSet(noReuseOption);
    options.threads = parser.value(threadsOption).toInt(&ok);
    if (!ok || options.threads < 0)
        return usageError(command, QStringLiteral("--threads expects a number from 1 (0: one per core)"));

    const QString file = files.first();
    const QString shown = QDir::toNativeSeparators(file);
    const QList<int> frames = parser.isSet(allFramesOption) ? QList<int>() : QList<int>{frameIndex};
    QElapsedTimer timer;
    timer.start();
    const auto regions = deid::detectTextInFile(file, frames, options);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!regions) {
        err() << "consilium-cli detect-text: " << regions.error().toString(shown) << '\n';
        return ExitFailure;
    }
    // Photos have no header to judge by; OCR still ran on them.
    const auto likely = deid::likelyHasBurnedInText(file);

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const auto& region : *regions)
            rows.append(toJson(region));
        QJsonObject result{
            {QStringLiteral("file"), file},
            {QStringLiteral("regions"), rows},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("threads"), options.threads > 0 ? options.threads : QThread::idealThreadCount()},
            {QStringLiteral("reuseUnchangedAreas"), options.reuseUnchangedAreas}};
        if (likely)
            result.insert(QStringLiteral("likelyBurnedInText"), *likely);
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    if (likely && *likely)
        out() << "# " << shown << ": the header says this kind of image usually carries burned-in text\n";
    out() << "frame\tx\ty\twidth\theight\tconfidence\ttext\n";
    for (const auto& region : *regions) {
        out() << region.frame << '\t' << region.rect.x() << '\t' << region.rect.y() << '\t' << region.rect.width()
              << '\t' << region.rect.height() << '\t' << QString::number(double(region.confidence), 'f', 1) << '\t'
              << region.text << '\n';
    }
    return ExitSuccess;
}

} // namespace consilium::cli
