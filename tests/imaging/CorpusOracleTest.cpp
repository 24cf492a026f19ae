// The correctness oracle over the real-world corpus (../shared/dicom): for every file, frame 0
// through our pipeline (core/dicom decode + core/imaging display) must match DCMTK's own
// rendering (DicomImage::getOutputData, 8 bits) with the same window within one grey level per
// channel — or the file must fail with a clear message. Nothing may hang: each file gets a time
// limit.

#include "core/dicom/ImageDecoder.h"
#include "core/dicom/InstanceSummary.h"
#include "core/dicom/ReferenceRenderer.h"
#include "core/imaging/DisplayPipeline.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QImage>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iostream>

using namespace consilium;

namespace {

constexpr auto kPerFileLimit = std::chrono::seconds(60);

enum class Outcome { Matched, MatchedTwin, Unverified, Partial, ClearError, Mismatched };

struct FileResult {
    Outcome outcome = Outcome::ClearError;
    QString detail;
};

// JPEG 2000 objects and their uncompressed twins: DCMTK 3.6.7 cannot render JPEG 2000, so our
// display of the compressed file is held against DCMTK's rendering of the twin. MANIFEST.tsv
// names most twins in its notes ("uncompressed reference for X"); these are the others, named
// by their provenance notes (same source image, other transfer syntax).
QHash<QString, QString> knownTwins()
{
    return {
        {QStringLiteral("MR_small_jp2klossless.dcm"), QStringLiteral("files/pydicom/MR_small.dcm")},
        {QStringLiteral("emri_small_jpeg_2k_lossless.dcm"), QStringLiteral("files/pydicom-data/emri_small.dcm")},
        {QStringLiteral("liver_j2k.dcm"), QStringLiteral("files/pydicom-data/liver.dcm")},
        {QStringLiteral("liver_nonbyte_aligned_j2k.dcm"), QStringLiteral("files/pydicom-data/liver_nonbyte_aligned.dcm")},
        {QStringLiteral("examples_jpeg2k.dcm"), QStringLiteral("files/pydicom-data/US1_UNCR.dcm")}, // = NEMA US1_J2KR
        {QStringLiteral("SC_rgb_gdcm_KY.dcm"), QStringLiteral("files/pydicom-data/SC_rgb_gdcm2k_uncompressed.dcm")},
    };
}

// Twins named in MANIFEST.tsv notes: "uncompressed reference for 693_J2KI".
QHash<QString, QString> manifestTwins(const QString& corpus)
{
    QHash<QString, QString> twins = knownTwins();
    QFile manifest(QDir(corpus).filePath(QStringLiteral("MANIFEST.tsv")));
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream stream(&manifest);
    const QRegularExpression reference(QStringLiteral("uncompressed reference for ([A-Za-z0-9_.]+)"));
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        const auto match = reference.match(line.section(u'\t', 11, 11));
        if (!match.hasMatch())
            continue;
        QString name = match.captured(1);
        if (!name.endsWith(QLatin1String(".dcm")))
            name += QStringLiteral(".dcm");
        twins.insert(name, line.section(u'\t', 0, 0));
    }
    return twins;
}

QStringList manifestPaths(const QString& corpus)
{
    QFile manifest(QDir(corpus).filePath(QStringLiteral("MANIFEST.tsv")));
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList paths;
    QTextStream stream(&manifest);
    stream.readLine(); // header
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        if (!line.isEmpty())
            paths << line.section(u'\t', 0, 0);
    }
    return paths;
}

QString describe(const imaging::DisplaySettings& settings)
{
    switch (settings.voi) {
    case imaging::DisplaySettings::Voi::Lut:
        return QStringLiteral("VOI LUT %1").arg(settings.lutIndex);
    case imaging::DisplaySettings::Voi::Window:
    case imaging::DisplaySettings::Voi::None:
        break;
    }
    return QStringLiteral("window %1/%2 %3")
        .arg(settings.window.center)
        .arg(settings.window.width)
        .arg(imaging::voiFunctionName(settings.window.function));
}

FileResult check(const QString& path, const QString& twin)
{
    const auto frame = dicom::decodeFrame(path, 0);
    if (!frame) {
        if (frame.error().message.trimmed().isEmpty())
            return {Outcome::Mismatched, QStringLiteral("failed without a message")};
        return {Outcome::ClearError, frame.error().message};
    }
    imaging::DisplaySettings settings = imaging::DisplaySettings::defaultsFor(*frame);
    if (settings.voi == imaging::DisplaySettings::Voi::None) {
        // No window in the file: give both sides the same explicit (automatic) window.
        settings.voi = imaging::DisplaySettings::Voi::Window;
        settings.window = frame->autoWindow();
    }
    const QImage ours = imaging::renderFrame(*frame, settings);
    const auto reference = dicom::renderWithDcmtk(twin.isEmpty() ? path : twin, 0, settings);
    if (!reference && !frame->incomplete.isEmpty())
        return {Outcome::Partial, frame->incomplete + QStringLiteral(" (DCMTK renders nothing)")};
    if (!reference && twin.isEmpty())
        return {Outcome::Unverified, QStringLiteral("decoded; DCMTK cannot render it and the corpus has no twin")};
    if (!reference)
        return {Outcome::Mismatched, QStringLiteral("DCMTK cannot render the twin: ") + reference.error().message};
    if (ours.size() != reference->size() || ours.format() != reference->format())
        return {Outcome::Mismatched, QStringLiteral("size or format differs")};
    const int bytesPerRow = ours.width() * (ours.format() == QImage::Format_Grayscale8 ? 1 : 3);
    int worst = 0;
    qint64 off = 0;
    for (int y = 0; y < ours.height(); ++y) {
        const uchar* a = ours.constScanLine(y);
        const uchar* b = reference->constScanLine(y);
        for (int i = 0; i < bytesPerRow; ++i) {
            const int diff = std::abs(int(a[i]) - int(b[i]));
            worst = std::max(worst, diff);
            off += diff > 1 ? 1 : 0;
        }
    }
    QString how = describe(settings) + (frame->isMonochrome() ? QString() : QStringLiteral(" colour"));
    if (!twin.isEmpty())
        how += QStringLiteral(", against the uncompressed twin ") + QFileInfo(twin).fileName();
    if (worst > 1)
        return {Outcome::Mismatched, QStringLiteral("%1: %2 samples differ by more than 1 (worst %3)").arg(how).arg(off).arg(worst)};
    return {twin.isEmpty() ? Outcome::Matched : Outcome::MatchedTwin, how};
}

} // namespace

TEST_CASE("every corpus file matches DCMTK's rendering within one grey level or fails clearly", "[corpus]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        test::skipTest(QStringLiteral("the DICOM corpus (../shared/dicom) is absent"));

    int matched = 0;
    const QHash<QString, QString> twins = manifestTwins(corpus);
    int matchedTwin = 0;
    int unverified = 0;
    int partial = 0;
    int errors = 0;
    int mismatched = 0;
    QElapsedTimer total;
    total.start();
    for (const QString& relative : manifestPaths(corpus)) {
        const QString path = QDir(corpus).filePath(relative);
        QElapsedTimer timer;
        timer.start();
        const QString twinName = twins.value(QFileInfo(relative).fileName());
        const auto summary = dicom::readInstanceSummary(path);
        const bool jpeg2000 = summary && (summary->transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.4.90")
                                          || summary->transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.4.91"));
        const QString twin = twinName.isEmpty() || !jpeg2000 ? QString() : QDir(corpus).filePath(twinName);
        auto pending = std::async(std::launch::async, [path, twin] { return check(path, twin); });
        if (pending.wait_for(kPerFileLimit) != std::future_status::ready) {
            std::printf("HANG      %s: no result within %lld s\n", qPrintable(relative),
                        static_cast<long long>(kPerFileLimit.count()));
            std::fflush(stdout);
            // The worker cannot be stopped; leave at once rather than wait for it.
            std::_Exit(1);
        }
        const FileResult result = pending.get();
        const char* label = "";
        switch (result.outcome) {
        case Outcome::Matched:
            ++matched;
            label = "MATCH    ";
            break;
        case Outcome::MatchedTwin:
            ++matchedTwin;
            label = "TWIN     ";
            break;
        case Outcome::Unverified:
            ++unverified;
            label = "DECODED  ";
            break;
        case Outcome::Partial:
            ++partial;
            label = "PARTIAL  ";
            break;
        case Outcome::ClearError:
            ++errors;
            label = "ERROR    ";
            break;
        case Outcome::Mismatched:
            ++mismatched;
            label = "MISMATCH ";
            break;
        }
        std::printf("%s %s (%lld ms): %s\n", label, qPrintable(relative), static_cast<long long>(timer.elapsed()),
                    qPrintable(result.detail));
        if (result.outcome == Outcome::Mismatched)
            FAIL_CHECK(relative.toStdString() << ": " << result.detail.toStdString());
    }
    std::printf("\noracle: %d matched DCMTK, %d JPEG 2000 matched their uncompressed twin, %d JPEG 2000 decoded "
                "without a reference, %d partial (truncated, said so), %d clear errors, %d mismatched, %lld ms\n",
                matched, matchedTwin, unverified, partial, errors, mismatched,
                static_cast<long long>(total.elapsed()));
    std::fflush(stdout);
    CHECK(mismatched == 0);
    CHECK(matched > 0);
}
