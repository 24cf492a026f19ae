// consilium-cli deid INPUT... --out DIR — DICOM PS3.15 Annex E header de-identification.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/deid/InputDeidentifier.h"
#include "core/dicom/FileScan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

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

QJsonArray regionsJson(const QList<deid::RedactionRegion>& regions, deid::RedactionStyle style)
{
    QJsonArray rows;
    for (const deid::RedactionRegion& region : regions) {
        QJsonObject row{{QStringLiteral("x"), region.rect.x()},
                        {QStringLiteral("y"), region.rect.y()},
                        {QStringLiteral("width"), region.rect.width()},
                        {QStringLiteral("height"), region.rect.height()},
                        {QStringLiteral("source"), region.source},
                        {QStringLiteral("confidence"), qRound(double(region.confidence) * 10.0) / 10.0},
                        {QStringLiteral("style"), deid::styleName(style)}};
        row.insert(QStringLiteral("frame"),
                   region.frame < 0 ? QJsonValue(QStringLiteral("all")) : QJsonValue(region.frame));
        rows.append(row);
    }
    return rows;
}

QJsonArray attributesJson(const QList<deid::AttributeRecord>& records)
{
    QJsonArray rows;
    for (const deid::AttributeRecord& record : records) {
        QJsonObject row{{QStringLiteral("path"), record.path.toString()},
                        {QStringLiteral("vr"), record.vr},
                        {QStringLiteral("action"), record.outcome},
                        {QStringLiteral("rule"), record.rule}};
        if (!record.keyword.isEmpty())
            row.insert(QStringLiteral("keyword"), record.keyword);
        rows.append(row);
    }
    return rows;
}

// Pixels of one report row: regions applied, re-encoding, Burned In Annotation, residual risks.
void addPixelReport(QJsonObject& row, const deid::DeidFileReport& report)
{
    row.insert(QStringLiteral("regions"), regionsJson(report.redaction.regions, report.redaction.style));
    const auto& edit = report.summary.pixelEdit;
    if (edit.edited) {
        row.insert(QStringLiteral("pixelsReencoded"), edit.reencoded);
        row.insert(QStringLiteral("sourceTransferSyntaxUid"), edit.sourceTransferSyntaxUid);
        row.insert(QStringLiteral("transferSyntaxKept"), !edit.reencoded || edit.syntaxKept);
        row.insert(QStringLiteral("lossySourceReencoded"), edit.reencoded && edit.sourceLossy);
        if (edit.expandedChroma)
            row.insert(QStringLiteral("chromaExpanded"), QStringLiteral("YBR_FULL_422 written as YBR_FULL"));
        if (!edit.note.isEmpty())
            row.insert(QStringLiteral("pixelNote"), edit.note);
    }
    if (!report.burnedInAnnotation.isEmpty())
        row.insert(QStringLiteral("burnedInAnnotation"), report.burnedInAnnotation);
    const QStringList risks = report.redaction.notes + report.risks;
    if (!risks.isEmpty())
        row.insert(QStringLiteral("residualRisks"), QJsonArray::fromStringList(risks));
    if (!report.attributes.isEmpty())
        row.insert(QStringLiteral("attributes"), attributesJson(report.attributes));
}

// "\r[3/40] de-identifying" on stderr while files finish, only when stderr is a terminal (a
// log or a pipe gets no carriage-return noise). Called from worker threads.
class Progress {
public:
    explicit Progress(qsizetype total)
        : m_total(total)
        , m_enabled(::isatty(STDERR_FILENO) == 1 && total > 0)
    {
    }
    void step()
    {
        if (!m_enabled)
            return;
        const std::lock_guard lock(m_mutex);
        ++m_done;
        std::fprintf(stderr, "\r[%lld/%lld] de-identifying", static_cast<long long>(m_done),
                     static_cast<long long>(m_total));
        std::fflush(stderr);
    }
    void finish()
    {
        if (m_enabled && m_done > 0) {
            std::fprintf(stderr, "\r%*s\r", 40, "");
            std::fflush(stderr);
        }
    }

private:
    std::mutex m_mutex;
    qsizetype m_done = 0;
    qsizetype m_total;
    bool m_enabled;
};

} // namespace

int runDeid(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "De-identify DICOM files with the PS3.15 Annex E Basic Application Level Confidentiality Profile, "
            "and clinical photos (JPEG, PNG, TIFF) by writing their pixels only, without any metadata.\n"
            "Burned-in text is read by OCR in every frame of objects likely to carry it (US, XA, SC, Burned In "
            "Annotation YES...) and in photos, and redacted (--no-ocr turns this off). Compressed pixels are "
            "decoded, redacted and encoded again losslessly: RLE, JPEG-LS lossless and JPEG lossless stay in "
            "their syntax; lossy and JPEG 2000 inputs are written Explicit VR Little Endian.\n"
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
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QStringLiteral("Also write the JSON report to FILE (input paths as given; no value read from the files)."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption redactOption(
        QStringLiteral("redact"),
        QStringLiteral("'auto' (the default): redact the text OCR finds in every frame of objects likely to carry "
                       "burned-in text (US, XA, SC, Burned In Annotation YES...) and in photos."),
        QStringLiteral("MODE"));
    const QCommandLineOption noOcrOption(
        QStringLiteral("no-ocr"),
        QStringLiteral("Do not read the pixels for burned-in text (headers only, plus --regions and --faces); the "
                       "report lists the files whose pixels were not scanned."));
    const QCommandLineOption regionsOption(
        QStringLiteral("regions"),
        QStringLiteral("Redact the regions of a JSON file: {\"regions\": [{\"file\": F, \"frame\": N, \"x\": X, "
                       "\"y\": Y, \"width\": W, \"height\": H}]} (file and frame optional: every input, every frame)."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption facesOption(
        QStringLiteral("faces"),
        QStringLiteral(
            "Redact the faces OpenCV's Haar cascades find in photos, in this style: blur, pixelate or fill."),
        QStringLiteral("STYLE"));
    const QCommandLineOption styleOption(
        QStringLiteral("redact-style"),
        QStringLiteral("fill (default: nothing of the original left), pixelate or blur."), QStringLiteral("STYLE"),
        QStringLiteral("fill"));
    parser.addOptions({outOption, basicOption, optionOption, secretOption, jsonOption, reportOption, redactOption,
                       noOcrOption, regionsOption, styleOption, facesOption});
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
    deid::RedactionRequest request;
    request.autoText = !parser.isSet(noOcrOption);
    if (parser.isSet(redactOption)) {
        if (parser.value(redactOption) != QLatin1String("auto"))
            return usageError(args.first(), QStringLiteral("--redact expects 'auto'"));
        if (parser.isSet(noOcrOption))
            return usageError(args.first(), QStringLiteral("--redact auto and --no-ocr contradict each other"));
    }
    const auto style = deid::parseStyle(parser.value(styleOption));
    if (!style)
        return usageError(args.first(), QStringLiteral("--redact-style expects fill, pixelate or blur"));
    request.style = *style;
    std::optional<deid::RedactionStyle> faces;
    if (parser.isSet(facesOption)) {
        faces = deid::parseStyle(parser.value(facesOption));
        if (!faces)
            return usageError(args.first(), QStringLiteral("--faces expects blur, pixelate or fill"));
    }
    QList<deid::ManualRegion> manual;
    if (parser.isSet(regionsOption)) {
        auto read = deid::readRegionsFile(parser.value(regionsOption));
        if (!read) {
            err() << "consilium-cli deid: " << read.error().message << '\n';
            return ExitFailure;
        }
        manual = *read;
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
    // A region for a file that is not among the inputs is a mistake that would leave PHI in place.
    for (const deid::ManualRegion& region : manual) {
        const bool known =
            region.file.isEmpty() || std::any_of(inputs.cbegin(), inputs.cend(), [&](const QString& input) {
                return QFileInfo(input).canonicalFilePath() == region.file;
            });
        if (!known) {
            err() << "consilium-cli deid: " << QDir::toNativeSeparators(parser.value(regionsOption)) << ": "
                  << QDir::toNativeSeparators(region.file) << " has regions but is not among the inputs\n";
            return ExitFailure;
        }
    }
    const auto secrets = loadOrCreateSecret(parser.value(secretOption));
    if (!secrets) {
        err() << "consilium-cli deid: " << secrets.error().message << '\n';
        return ExitFailure;
    }

    const deid::InputDeidentifier engine(profile, *secrets, request, faces);
    QElapsedTimer timer;
    timer.start();
    Progress progress(inputs.size());
    const QList<deid::InputOutcome> outcomes =
        engine.deidentifyAll(inputs, outFolder, manual, [&progress] { progress.step(); });
    progress.finish();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    int failures = 0;
    QStringList failed; // "input: why", listed together at the end
    QJsonArray rows;
    for (const deid::InputOutcome& outcome : outcomes) {
        if (!outcome.report) {
            ++failures;
            const QString native = QDir::toNativeSeparators(outcome.input);
            const QString& message = outcome.report.error().message;
            failed.append(message.startsWith(native) ? message : native + QStringLiteral(": ") + message);
            rows.append(QJsonObject{{QStringLiteral("input"), outcome.input},
                                    {QStringLiteral("error"), outcome.report.error().message}});
            continue;
        }
        const auto& summary = outcome.report->summary;
        QJsonObject row{{QStringLiteral("input"), outcome.input},
                        {QStringLiteral("output"), outcome.report->output},
                        {QStringLiteral("removed"), summary.removed},
                        {QStringLiteral("emptied"), summary.emptied},
                        {QStringLiteral("replaced"), summary.replaced},
                        {QStringLiteral("transferSyntaxUid"), summary.transferSyntaxUid}};
        addPixelReport(row, *outcome.report);
        if (!outcome.faces.isEmpty()) {
            QJsonArray all = row.value(QStringLiteral("regions")).toArray();
            for (const auto& face : regionsJson(outcome.faces, outcome.faceStyle))
                all.append(face);
            row.insert(QStringLiteral("regions"), all);
        }
        rows.append(row);
        if (!parser.isSet(jsonOption)) {
            out() << QDir::toNativeSeparators(outcome.input) << " -> " << QDir::toNativeSeparators(outcome.report->output);
            if (summary.visited == 0)
                out() << "  (" << summary.transferSyntaxUid << ", no metadata kept)";
            else
                out() << "  (" << summary.removed << " removed, " << summary.emptied << " emptied, " << summary.replaced
                      << " replaced)";
            if (!outcome.faces.isEmpty())
                out() << ", " << outcome.faces.size() << " face(s) redacted by " << parser.value(facesOption);
            if (!outcome.report->redaction.regions.isEmpty())
                out() << ", " << outcome.report->redaction.regions.size() << " pixel region(s) redacted by "
                      << deid::styleName(outcome.report->redaction.style);
            if (summary.pixelEdit.reencoded)
                out() << "; " << summary.pixelEdit.note;
            if (!outcome.report->burnedInAnnotation.isEmpty())
                out() << ", Burned In Annotation " << outcome.report->burnedInAnnotation;
            out() << '\n';
        }
    }
    if (!failed.isEmpty()) {
        err() << "consilium-cli deid: " << failed.size() << " of " << outcomes.size()
              << " input(s) could not be de-identified (nothing written for them):\n";
        for (const QString& line : failed)
            err() << "  " << line << '\n';
        err().flush();
    }
    const int written = static_cast<int>(outcomes.size()) - failures;
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("profile"),
                                                       QJsonArray::fromStringList(profile.enabledOptionTitles())},
                                                      {QStringLiteral("files"), rows},
                                                      {QStringLiteral("seconds"), seconds}})
                                .toJson();
    if (parser.isSet(reportOption)) {
        QFile report(parser.value(reportOption));
        if (!report.open(QIODevice::WriteOnly | QIODevice::Truncate) || report.write(json) != json.size()) {
            err() << "consilium-cli deid: " << QDir::toNativeSeparators(report.fileName()) << ": "
                  << report.errorString() << '\n';
            ++failures;
        }
    }
    if (parser.isSet(jsonOption)) {
        out() << json;
    } else {
        out() << "de-identified " << written << " of " << outcomes.size() << " files into "
              << QDir::toNativeSeparators(outFolder) << " in " << QString::number(seconds, 'f', 2) << " s\n"
              << "profile: Basic" << (profile.enabledOptionTitles().isEmpty() ? QString() : QStringLiteral("; "))
              << profile.enabledOptionTitles().join(QStringLiteral("; ")) << '\n';
        if (!request.autoText)
            out() << "note: pixels were not scanned for burned-in text (--no-ocr)\n";
    }
    out().flush();
    return failures == 0 ? ExitSuccess : ExitFailure;
}

} // namespace consilium::cli
