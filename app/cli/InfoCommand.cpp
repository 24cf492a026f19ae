// consilium-cli info PATH... — one summary row per DICOM instance.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/dicom/FileScan.h"
#include "core/dicom/InstanceSummary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace consilium::cli {

namespace {

QJsonObject toJson(const dicom::InstanceSummary& s)
{
    return QJsonObject{
        {QStringLiteral("path"), s.path},
        {QStringLiteral("patientName"), s.patientName},
        {QStringLiteral("patientId"), s.patientId},
        {QStringLiteral("studyInstanceUid"), s.studyInstanceUid},
        {QStringLiteral("studyDate"), s.studyDate},
        {QStringLiteral("studyDescription"), s.studyDescription},
        {QStringLiteral("seriesInstanceUid"), s.seriesInstanceUid},
        {QStringLiteral("seriesNumber"), s.seriesNumber},
        {QStringLiteral("seriesDescription"), s.seriesDescription},
        {QStringLiteral("instanceNumber"), s.instanceNumber},
        {QStringLiteral("modality"), s.modality},
        {QStringLiteral("sopClassUid"), s.sopClassUid},
        {QStringLiteral("sopInstanceUid"), s.sopInstanceUid},
        {QStringLiteral("rows"), s.rows},
        {QStringLiteral("columns"), s.columns},
        {QStringLiteral("frames"), s.frames},
        {QStringLiteral("bitsAllocated"), s.bitsAllocated},
        {QStringLiteral("bitsStored"), s.bitsStored},
        {QStringLiteral("photometricInterpretation"), s.photometricInterpretation},
        {QStringLiteral("transferSyntaxUid"), s.transferSyntaxUid},
        {QStringLiteral("transferSyntax"), s.transferSyntaxName},
    };
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QStringList toRow(const dicom::InstanceSummary& s)
{
    const QString study = !s.studyDescription.isEmpty() ? s.studyDescription : s.studyInstanceUid;
    const QString series = s.seriesDescription.isEmpty()
                               ? QString::number(s.seriesNumber)
                               : QString::number(s.seriesNumber) + u' ' + s.seriesDescription;
    const QString size = s.hasPixelData ? QStringLiteral("%1x%2x%3").arg(s.columns).arg(s.rows).arg(s.frames)
                                        : QStringLiteral("no pixels");
    const QString bits = s.hasPixelData ? QStringLiteral("%1/%2").arg(s.bitsStored).arg(s.bitsAllocated) : QString();
    return {QDir::toNativeSeparators(s.path), orDash(s.patientName), orDash(study), orDash(series), orDash(s.modality),
            size, orDash(bits), orDash(s.photometricInterpretation), orDash(s.transferSyntaxName)};
}

void printTable(const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max<size_t>(widths.size(), static_cast<size_t>(row.size())));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<size_t>(i)] = std::max(widths[static_cast<size_t>(i)], row[i].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            line += last ? row[i] : row[i].leftJustified(widths[static_cast<size_t>(i)] + 2);
        }
        out() << line << '\n';
    }
}

} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Summarise DICOM files: patient, study, series, modality, columns x rows x frames, "
                       "bits stored/allocated, photometric interpretation and transfer syntax.\n"
                       "Folders are read recursively. Only headers are read. A file that cannot be read "
                       "gets one error line and the run goes on; the exit code is then 1."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write a JSON array instead of a table."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("DICOM files or folders."), QStringLiteral("PATH..."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("PATH...")))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return usageError(args.first(), QStringLiteral("no file or folder given"));

    const auto files = dicom::expandPaths(parser.positionalArguments());
    if (!files) {
        err() << "consilium-cli info: " << files.error().message << '\n';
        return ExitFailure;
    }

    const QList<dicom::ScanEntry> entries = dicom::readInstanceSummaries(*files);
    const bool json = parser.isSet(jsonOption);
    QJsonArray jsonRows;
    std::vector<QStringList> tableRows{{QStringLiteral("FILE"), QStringLiteral("PATIENT"), QStringLiteral("STUDY"),
                                        QStringLiteral("SERIES"), QStringLiteral("MODALITY"),
                                        QStringLiteral("COLSxROWSxFRAMES"), QStringLiteral("BITS"),
                                        QStringLiteral("PHOTOMETRIC"), QStringLiteral("TRANSFER SYNTAX")}};
    int failures = 0;
    for (const dicom::ScanEntry& entry : entries) {
        if (!entry.summary) {
            ++failures;
            err() << "consilium-cli info: " << entry.summary.error().toString(QDir::toNativeSeparators(entry.path))
                  << '\n';
            if (json) {
                jsonRows.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                            {QStringLiteral("error"),
                                             QJsonObject{{QStringLiteral("code"), errorCodeName(entry.summary.error().code)},
                                                         {QStringLiteral("message"), entry.summary.error().message}}}});
            }
            continue;
        }
        if (json)
            jsonRows.append(toJson(*entry.summary));
        else
            tableRows.push_back(toRow(*entry.summary));
    }
    err().flush();
    if (json)
        out() << QJsonDocument(jsonRows).toJson(QJsonDocument::Indented);
    else if (tableRows.size() > 1)
        printTable(tableRows);
    out().flush();
    return failures == 0 ? ExitSuccess : ExitFailure;
}

} // namespace consilium::cli
