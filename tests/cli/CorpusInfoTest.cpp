// `consilium-cli info` over every real-world file in ../shared/dicom (label "corpus").
// Each file must either be summarised or get one clear error line; nothing may crash or hang.

#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace consilium::test;

namespace {

struct ManifestRow {
    QString path;       // absolute
    QString notes;
    QString dcmtkResult; // what dcm2pnm did with it
};

QList<ManifestRow> readManifest(const QString& corpus)
{
    QFile file(QDir(corpus).filePath(QStringLiteral("MANIFEST.tsv")));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
    const auto pathColumn = header.indexOf(QStringLiteral("path"));
    const auto notesColumn = header.indexOf(QStringLiteral("notes"));
    const auto dcmtkColumn = header.indexOf(QStringLiteral("dcmtk_3.6.7_dcm2pnm"));
    REQUIRE(pathColumn >= 0);
    QList<ManifestRow> rows;
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).chopped(1).split(u'\t');
        if (cells.size() <= pathColumn)
            continue;
        rows.append({QDir::cleanPath(QDir(corpus).filePath(cells[pathColumn])), cells.value(notesColumn),
                     cells.value(dcmtkColumn)});
    }
    return rows;
}

} // namespace

TEST_CASE("info reads or clearly rejects every file of the real-world corpus", "[corpus]")
{
    const QString corpus = corpusDir();
    if (corpus.isEmpty())
        skipTest(QStringLiteral("the DICOM corpus (../shared/dicom or $CONSILIUM_TEST_CORPUS) is absent"));

    const QList<ManifestRow> manifest = readManifest(corpus);
    REQUIRE(manifest.size() > 200);

    const auto run = runTool(QStringLiteral("consilium-cli"),
                             {QStringLiteral("info"), QStringLiteral("--json"), QDir(corpus).filePath(QStringLiteral("files"))},
                             300000);
    REQUIRE_FALSE(run.timedOut);
    REQUIRE_FALSE(run.crashed);
    REQUIRE((run.exitCode == 0 || run.exitCode == 1));

    QJsonParseError parseError;
    const QJsonArray entries = QJsonDocument::fromJson(run.standardOutput, &parseError).array();
    REQUIRE(parseError.error == QJsonParseError::NoError);

    QHash<QString, QJsonObject> byPath;
    for (const auto& value : entries)
        byPath.insert(QDir::cleanPath(value.toObject().value(QStringLiteral("path")).toString()), value.toObject());

    int failures = 0;
    int readable = 0;
    for (const ManifestRow& row : manifest) {
        INFO(row.path.toStdString() << " — " << row.notes.toStdString());
        REQUIRE(byPath.contains(row.path));
        const QJsonObject entry = byPath.value(row.path);
        if (entry.contains(QStringLiteral("error"))) {
            ++failures;
            const QString message = entry.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            CHECK_FALSE(message.isEmpty());
            // A file DCMTK's own tools render must not be rejected by our header reader.
            CHECK_FALSE(row.dcmtkResult.startsWith(QStringLiteral("OK")));
        } else {
            ++readable;
            CHECK_FALSE(entry.value(QStringLiteral("transferSyntaxUid")).toString().isEmpty());
        }
    }
    // One stderr line per rejected file, each naming the file.
    const QStringList errorLines = QString::fromUtf8(run.standardError).split(u'\n', Qt::SkipEmptyParts);
    CHECK(errorLines.size() == failures);
    for (const QString& line : errorLines)
        CHECK(line.contains(QStringLiteral("/files/")));
    WARN("corpus: " << readable << " files summarised, " << failures << " rejected with a clear error");
    CHECK(readable > failures);
}
