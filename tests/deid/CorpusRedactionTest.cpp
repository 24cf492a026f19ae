// Pixel redaction of real JPEG 2000 files (no generator writes JPEG 2000): decoded by OpenJPEG,
// redacted, written as Explicit VR Little Endian; a lossy source stays marked lossy.

#include "core/deid/HeaderDeidentifier.h"
#include "core/dicom/DatasetRewriter.h"
#include "core/dicom/ImageDecoder.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace consilium;

namespace {

QString attribute(const QString& path, quint16 group, quint16 element)
{
    const auto views = dicom::listAttributes(path);
    REQUIRE(views);
    for (const auto& view : *views) {
        if (view.path.steps().size() == 1 && view.path.tag() == dicom::Tag{group, element})
            return view.text;
    }
    return {};
}

} // namespace

TEST_CASE("JPEG 2000 files of the corpus are redacted and re-encoded losslessly", "[deid][corpus][redact]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        test::skipTest(QStringLiteral("the DICOM corpus (../shared/dicom) is absent"));
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets(QByteArray(32, 'r')));
    QTemporaryDir out;
    REQUIRE(out.isValid());
    // US YBR_RCT lossless (8-bit colour) and NM lossy, 16-bit signed.
    for (const auto& [name, lossy] : {std::pair{QStringLiteral("files/pydicom/examples_jpeg2k.dcm"), false},
                                      std::pair{QStringLiteral("files/pydicom/JPEG2000.dcm"), true}}) {
        const QString input = QDir(corpus).filePath(name);
        INFO(input.toStdString());
        if (!QFileInfo::exists(input))
            test::skipTest(QStringLiteral("%1 is not in the corpus").arg(name));
        const QRect rect(4, 6, 50, 20);
        deid::PixelRedaction redaction;
        redaction.regions = {{rect, -1, QStringLiteral("manual"), 100.f}};
        const auto report = engine.deidentify(input, out.path(), redaction);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report);
        CHECK(report->summary.pixelEdit.reencoded);
        CHECK(report->summary.pixelEdit.sourceLossy == lossy);
        CHECK(report->summary.transferSyntaxUid == QStringLiteral("1.2.840.10008.1.2.1"));
        if (lossy) {
            CHECK(attribute(report->output, 0x0028, 0x2110) == QStringLiteral("01"));
            CHECK(attribute(report->output, 0x0028, 0x2114) == QStringLiteral("ISO_15444_1"));
        }
        const auto before = dicom::decodeFrame(input, 0);
        const auto after = dicom::decodeFrame(report->output, 0);
        REQUIRE(before);
        REQUIRE(after);
        REQUIRE(after->width == before->width);
        REQUIRE(after->height == before->height);
        REQUIRE(after->isMonochrome() == before->isMonochrome());
        for (int y = 0; y < after->height; ++y) {
            for (int x = 0; x < after->width; ++x) {
                if (after->isMonochrome()) {
                    if (rect.contains(x, y))
                        REQUIRE(after->storedAt(x, y) == before->minStored);
                    else
                        REQUIRE(after->storedAt(x, y) == before->storedAt(x, y));
                    continue;
                }
                const qsizetype at = (qsizetype(y) * after->width + x) * 3;
                if (rect.contains(x, y))
                    REQUIRE(after->rgb.mid(at, 3) == QByteArray(3, '\0'));
                else
                    REQUIRE(after->rgb.mid(at, 3) == before->rgb.mid(at, 3));
            }
        }
    }
}
