// consilium-cli deid INPUT... --out DIR — DICOM PS3.15 Annex E header de-identification.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/PhotoDeidentifier.h"
#include "core/dicom/FileScan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace consilium::cli {

namespace {

// The case secret ties UIDs and date shifts together across runs: reusing it lets files added
// later join the same de-identified case. Stored as hex, readable by the owner only.
Result<deid::CaseSecrets> loadOrCreateSecret(const QString& path)
{
    if (path.isEmpty())
        return deid::CaseSecrets::generate();
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cli"), ErrorCode::IoError, QStringLiteral("%1: %2").arg(path, file.errorString()));
        const QByteArray secret = QByteArray::fromHex(file.readAll().trimmed());
        if (secret.size() != 32) {
            return fail(QStringLiteral("cli"), ErrorCode::Malformed,
                        QStringLiteral("%1: not a case secret (expected 64 hexadecimal digits)").arg(path));
        }
        return deid::CaseSecrets(secret);
    }
    const deid::CaseSecrets fresh = deid::CaseSecrets::generate();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QStringLiteral("cli"), ErrorCode::IoError, QStringLiteral("%1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(fresh.secret().toHex() + '\n');
    return fresh;
}

} // namespace

int runDeid(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "De-identify DICOM files with the PS3.15 Annex E Basic Application Level Confidentiality Profile, "
        "and clinical photos (JPEG, PNG, TIFF) by writing their pixels only, without any metadata.\n"
        "Default options: retain longitudinal modified dates, retain patient characteristics, clean "
        "descriptors. Outputs are named <new SOP Instance UID>.dcm; inputs are never modified. UIDs and "
        "dates are changed consistently across all files of one run (one case).\n"
        "Options for --option: ")
        + deid::DeidProfile::optionNames().join(QStringLiteral(", ")));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       QStringLiteral("Folder for the de-identified files (created if needed)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption basicOption(QStringLiteral("basic"),
                                         QStringLiteral("Start from the basic profile with no options instead of the default."));
    const QCommandLineOption optionOption(QStringLiteral("option"), QStringLiteral("Turn on a profile option (repeatable)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption secretOption(
        QStringLiteral("secret-file"),
        QStringLiteral("Case secret file: read if it exists, else created. Reuse it to add files to the same case."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the report as JSON."));
    parser.addOptions({outOption, basicOption, optionOption, secretOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("DICOM files or folders."), QStringLiteral("INPUT..."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("--out DIR INPUT...")))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return usageError(args.first(), QStringLiteral("no input file or folder given"));
    if (!parser.isSet(outOption))
        return usageError(args.first(), QStringLiteral("--out DIR is required"));

    deid::DeidProfile profile = parser.isSet(basicOption) ? deid::DeidProfile() : deid::DeidProfile::defaults();
    for (const QString& name : parser.values(optionOption)) {
        if (!profile.setOption(name))
            return usageError(args.first(), QStringLiteral("unknown option '%1'").arg(name));
    }
    const QString outFolder = QDir::cleanPath(QDir(parser.value(outOption)).absolutePath());
    const auto files = dicom::expandPaths(parser.positionalArguments());
    if (!files) {
        err() << "consilium-cli deid: " << files.error().message << '\n';
        return ExitFailure;
    }
    // Never read our own output as input, and never write into an input folder's tree.
    QStringList inputs;
    for (const QString& file : *files) {
        if (!QFileInfo(file).absoluteFilePath().startsWith(outFolder + u'/'))
            inputs.append(file);
    }
    const auto secrets = loadOrCreateSecret(parser.value(secretOption));
    if (!secrets) {
        err() << "consilium-cli deid: " << secrets.error().message << '\n';
        return ExitFailure;
    }

    const deid::HeaderDeidentifier engine(profile, *secrets);
    const deid::PhotoDeidentifier photos(*secrets);
    QElapsedTimer timer;
    timer.start();
    struct Outcome {
        QString input;
        Result<deid::DeidFileReport> report;
    };
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(
        inputs, [&engine, &photos, &outFolder](const QString& input) {
            if (!deid::PhotoDeidentifier::isPhoto(input))
                return Outcome{input, engine.deidentify(input, outFolder)};
            // Photos report in the same shape: no header attributes, a note on re-encoding.
            auto photo = photos.deidentify(input, outFolder);
            if (!photo)
                return Outcome{input, tl::unexpected(photo.error())};
            deid::DeidFileReport report{input, photo->output, {}};
            report.summary.transferSyntaxUid = photo->reencodedLossy ? QStringLiteral("photo, re-encoded as JPEG")
                                                                     : QStringLiteral("photo, PNG");
            return Outcome{input, Result<deid::DeidFileReport>(report)};
        });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    int failures = 0;
    QJsonArray rows;
    for (const Outcome& outcome : outcomes) {
        if (!outcome.report) {
            ++failures;
            err() << "consilium-cli deid: " << outcome.report.error().message << '\n';
            rows.append(QJsonObject{{QStringLiteral("input"), outcome.input},
                                    {QStringLiteral("error"), outcome.report.error().message}});
            continue;
        }
        const auto& summary = outcome.report->summary;
        rows.append(QJsonObject{{QStringLiteral("input"), outcome.input},
                                {QStringLiteral("output"), outcome.report->output},
                                {QStringLiteral("removed"), summary.removed},
                                {QStringLiteral("emptied"), summary.emptied},
                                {QStringLiteral("replaced"), summary.replaced},
                                {QStringLiteral("transferSyntaxUid"), summary.transferSyntaxUid}});
        if (!parser.isSet(jsonOption)) {
            out() << QDir::toNativeSeparators(outcome.input) << " -> " << QDir::toNativeSeparators(outcome.report->output);
            if (summary.visited == 0)
                out() << "  (" << summary.transferSyntaxUid << ", no metadata kept)\n";
            else
                out() << "  (" << summary.removed << " removed, " << summary.emptied << " emptied, " << summary.replaced
                      << " replaced)\n";
        }
    }
    const int written = static_cast<int>(outcomes.size()) - failures;
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("profile"), QJsonArray::fromStringList(profile.enabledOptionTitles())},
                                           {QStringLiteral("files"), rows},
                                           {QStringLiteral("seconds"), seconds}})
                     .toJson();
    } else {
        out() << "de-identified " << written << " of " << outcomes.size() << " files into "
              << QDir::toNativeSeparators(outFolder) << " in " << QString::number(seconds, 'f', 2) << " s\n"
              << "profile: Basic" << (profile.enabledOptionTitles().isEmpty() ? QString() : QStringLiteral("; "))
              << profile.enabledOptionTitles().join(QStringLiteral("; ")) << '\n'
              << "note: burned-in text and faces in the pixels are not yet detected or redacted\n";
    }
    out().flush();
    return failures == 0 ? ExitSuccess : ExitFailure;
}

} // namespace consilium::cli
