// The product promise on the project's own ground truth: `consilium-cli make-samples` plants
// PHI everywhere a real file hides it and lists it in planted-phi.json; after `consilium-cli
// deid`, no planted header, private, overlay or EXIF value may remain in any output byte, nor
// in the report. (Burned-in pixel text is checked by OCR of the outputs in RedactSamplesTest.)

#include "core/deid/ActionTable.h"
#include "core/dicom/DatasetRewriter.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

using namespace consilium;

namespace {

QByteArray allOutputBytes(const QString& folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    return all;
}

// Every text value of every output DICOM file except UIDs. New UIDs are 38-digit numbers, so a
// short planted number (a time, an ID) can occur inside one by chance; such values are checked
// here instead of in the raw bytes.
QString allTextValues(const QString& folder)
{
    QString all;
    QDirIterator it(folder, {QStringLiteral("*.dcm")}, QDir::Files);
    while (it.hasNext()) {
        auto views = dicom::listAttributes(it.next());
        REQUIRE(views.has_value());
        for (const auto& view : *views) {
            if (view.vr != QLatin1String("UI"))
                all += view.text + u'\n';
        }
    }
    return all;
}

bool digitsOnly(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// True when the profile keeps this top-level attribute on purpose (e.g. Patient's Age under
// Retain Patient Characteristics): its value is expected in the output.
bool keptByProfile(const QString& location, const deid::DeidProfile& profile)
{
    if (!location.startsWith(u'(') || location.contains(u'/') || location.size() != 11)
        return false;
    bool okGroup = false;
    bool okElement = false;
    const dicom::Tag tag{static_cast<quint16>(location.mid(1, 4).toUInt(&okGroup, 16)),
                         static_cast<quint16>(location.mid(6, 4).toUInt(&okElement, 16))};
    const deid::TableRow* row = deid::ActionTable::builtIn().find(tag);
    return okGroup && okElement && row && deid::ActionTable::resolve(*row, profile) == deid::Action::Keep;
}

} // namespace

TEST_CASE("no planted PHI outside the pixels survives make-samples then deid", "[deid]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString samples = dir.filePath(QStringLiteral("samples"));
    const auto made = test::runTool(QStringLiteral("consilium-cli"), {QStringLiteral("make-samples"), samples}, 300000);
    INFO(made.standardError.toStdString());
    REQUIRE(made.exitCode == 0);

    QFile truthFile(QDir(samples).filePath(QStringLiteral("planted-phi.json")));
    REQUIRE(truthFile.open(QIODevice::ReadOnly));
    const QJsonArray planted = QJsonDocument::fromJson(truthFile.readAll()).object().value(QStringLiteral("values")).toArray();
    REQUIRE(planted.size() > 100);

    // A fixed case secret: the same UIDs and shifts on every run, so the test is deterministic.
    const QString secret = dir.filePath(QStringLiteral("case.secret"));
    test::writeFile(secret, QByteArray(32, '\x5a').toHex() + '\n');

    for (const bool basic : {false, true}) {
        const deid::DeidProfile profile = basic ? deid::DeidProfile() : deid::DeidProfile::defaults();
        INFO((basic ? "basic profile" : "default profile"));
        const QString out = dir.filePath(basic ? QStringLiteral("basic") : QStringLiteral("default"));
        const QString reportPath = out + QStringLiteral(".report.json");
        QStringList args{QStringLiteral("deid"),
                         QStringLiteral("--out"),
                         out,
                         QStringLiteral("--secret-file"),
                         secret,
                         QStringLiteral("--report"),
                         reportPath};
        // The default run is the command as a user types it, OCR included; the basic one checks
        // headers only (test_deid_redact checks the pixels).
        if (basic)
            args << QStringLiteral("--basic") << QStringLiteral("--no-ocr");
        for (const char* kind : {"ct", "cr", "dx", "us", "mr", "variants", "photos"})
            args << QDir(samples).filePath(QString::fromLatin1(kind));
        const auto run = test::runTool(QStringLiteral("consilium-cli"), args, 300000);
        INFO(run.standardError.toStdString());
        REQUIRE(run.exitCode == 0);

        const QByteArray bytes = allOutputBytes(out);
        // The report names attributes and rules, never values.
        QFile reportFile(reportPath);
        REQUIRE(reportFile.open(QIODevice::ReadOnly));
        const QByteArray report = reportFile.readAll();
        const QJsonArray rows = QJsonDocument::fromJson(report).object().value(QStringLiteral("files")).toArray();
        REQUIRE(rows.size() > 300);
        for (const auto& row : rows) {
            const QJsonObject file = row.toObject();
            INFO(file.value(QStringLiteral("input")).toString().toStdString());
            CHECK_FALSE(file.contains(QStringLiteral("error")));
            const bool photo = file.value(QStringLiteral("transferSyntaxUid")).toString().startsWith(u"photo");
            CHECK((photo || !file.value(QStringLiteral("attributes")).toArray().isEmpty()));
        }
        const QString textValues = allTextValues(out);
        int checked = 0;
        int keptOnPurpose = 0;
        for (const auto& entry : planted) {
            const QJsonObject value = entry.toObject();
            const QString text = value.value(QStringLiteral("value")).toString();
            bool onlyPixels = true;
            bool allKept = true;
            for (const auto& occurrence : value.value(QStringLiteral("occurrences")).toArray()) {
                const QJsonObject o = occurrence.toObject();
                if (o.value(QStringLiteral("kind")).toString() != QLatin1String("pixels"))
                    onlyPixels = false;
                allKept = allKept && keptByProfile(o.value(QStringLiteral("location")).toString(), profile);
            }
            if (onlyPixels)
                continue;
            if (allKept) {
                ++keptOnPurpose;
                continue;
            }
            ++checked;
            INFO(value.value(QStringLiteral("id")).toString().toStdString() << " = " << text.toStdString());
            if (digitsOnly(text)) {
                CHECK_FALSE(textValues.contains(text));
                continue;
            }
            CHECK_FALSE(bytes.contains(text.toUtf8()));
            CHECK_FALSE(bytes.contains(QString(text).replace(u'^', u' ').toUtf8()));
            CHECK_FALSE(report.contains(text.toUtf8()));
        }
        CHECK(checked > 100);
        if (basic)
            CHECK(keptOnPurpose == 0);
        WARN((basic ? "basic" : "default") << " profile: " << checked << " planted values checked absent, "
                                            << keptOnPurpose << " kept on purpose by the profile");
    }
}
