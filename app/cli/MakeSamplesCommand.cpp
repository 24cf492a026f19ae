// consilium-cli make-samples DIR [--seed N] [--force] — deterministic synthetic studies.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/samples/SampleGenerator.h"

#include <QDir>
#include <QElapsedTimer>

namespace consilium::cli {

int runMakeSamples(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write synthetic DICOM studies and a clinical photo into DIR, for tests, benchmarks and demos without real "
        "patient data. Every identifying value in them is invented and planted on purpose.\n"
        "\n"
        "Output:\n"
        "  ct/CT0001.dcm..CT0300.dcm   CT phantom: 512x512, 16-bit signed, slope 1 / intercept -1024, regions of\n"
        "                              known HU and geometry (air, fat, water, soft tissue, contrast, bone, lesion)\n"
        "  cr/CR0001.dcm               chest CR, MONOCHROME1, ImagerPixelSpacing, name and ID in overlay 6000\n"
        "  dx/DX0001.dcm               chest DX, MONOCHROME2, ImagerPixelSpacing and magnification factor\n"
        "  us/US0001.dcm               30-frame RGB ultrasound cine, name/ID/date/time burned into every frame,\n"
        "                              Sequence of Ultrasound Regions\n"
        "  mr/MR0001.dcm               Enhanced MR, 20 frames, shared and per-frame functional groups\n"
        "  variants/<syntax>/...       CR, DX, US, MR and CT slices 1, 60, 150, 240, 300 re-encoded as\n"
        "                              jpeg-baseline (8-bit US) or jpeg-extended (12-bit), jpeg-lossless,\n"
        "                              jpeg-ls-lossless and rle-lossless\n"
        "  photos/lesion.jpg           skin lesion with ruler and patient label; EXIF with GPS, camera serial, dates\n"
        "  planted-phi.json            every planted identifying value: the value, the files and where in them\n"
        "                              (tag path, private block, overlay, pixel rectangle and frames, EXIF tag)\n"
        "  phantom.json                the CT phantom: geometry, rescale, noise, regions' centres, radii and HU\n"
        "  manifest.json               every file written, with its kind and transfer syntax\n"
        "\n"
        "The same seed gives byte-identical files. DIR must be empty or missing unless --force is given; --force "
        "replaces files of the names above and never touches anything else. About 275 MB."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of every name, date, UID and noise pattern (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QStringLiteral("Write into a non-empty DIR, replacing sample files of the same names."));
    parser.addOption(seedOption);
    parser.addOption(forceOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Output folder, created when missing."),
                                 QStringLiteral("DIR"));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("DIR")))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(args.first(), QStringLiteral("no output folder given"));
    if (positional.size() > 1)
        return usageError(args.first(), QStringLiteral("one output folder expected, got %1").arg(positional.size()));
    bool seedOk = false;
    const QString seedText = parser.value(seedOption);
    const quint64 seed = seedText.toULongLong(&seedOk, 10);
    if (!seedOk || seedText.startsWith(u'-') || seedText.startsWith(u'+'))
        return usageError(
            args.first(),
            QStringLiteral("--seed wants a whole number from 0 to 18446744073709551615, not '%1'").arg(seedText));

    const QString& folder = positional.first();
    samples::SampleOptions options;
    options.seed = seed;
    options.overwrite = parser.isSet(forceOption);

    QElapsedTimer timer;
    timer.start();
    const Result<samples::SampleSummary> summary = samples::generateSamples(folder, options);
    if (!summary) {
        err() << "consilium-cli make-samples: " << summary.error().message;
        if (summary.error().code == ErrorCode::AlreadyExists && !options.overwrite)
            err() << " (use --force to replace the sample files in it)";
        err() << '\n';
        err().flush();
        return ExitFailure;
    }
    out() << "Wrote " << summary->files.size() << " files, "
          << QString::number(double(summary->bytes) / (1024.0 * 1024.0), 'f', 1) << " MiB, to "
          << QDir::toNativeSeparators(folder) << " in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)
          << " s (seed " << seed << ").\n"
          << "Planted PHI: " << QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("planted-phi.json")))
          << '\n';
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
