// planted-phi.json is the ground truth of de-identification tests: every value it lists must
// really be where it says.

#include "core/dicom/DatasetReader.h"
#include "tests/samples/SampleFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QHash>
#include <QSet>

#include <map>
#include <vector>

using namespace consilium;
using namespace consilium::test;

namespace {

struct Expected {
    QString id;
    QString tagPath;
    QString value;
    QString privateCreator;
};

} // namespace

TEST_CASE("every planted header value is present at its tag path in every file listed", "[samples]")
{
    const SampleSet& set = sampleSet();
    // Grouped by file, so that each file is opened once.
    std::map<QString, std::vector<Expected>> byFile;
    int occurrences = 0;
    for (const QJsonValue& value : set.planted.value(QStringLiteral("values")).toArray()) {
        const QJsonObject entry = value.toObject();
        for (const QJsonValue& o : entry.value(QStringLiteral("occurrences")).toArray()) {
            const QJsonObject occurrence = o.toObject();
            const QString kind = occurrence.value(QStringLiteral("kind")).toString();
            if (kind != u"header" && kind != u"private")
                continue;
            ++occurrences;
            for (const QJsonValue& file : occurrence.value(QStringLiteral("files")).toArray()) {
                byFile[file.toString()].push_back({entry.value(QStringLiteral("id")).toString(),
                                                   occurrence.value(QStringLiteral("tagPath")).toString(),
                                                   entry.value(QStringLiteral("value")).toString(),
                                                   occurrence.value(QStringLiteral("privateCreator")).toString()});
            }
        }
    }
    CHECK(occurrences > 150);
    CHECK(byFile.size() == 340); // every DICOM file: 300 CT, CR, DX, US, MR and 36 variants

    int checked = 0;
    for (const auto& [file, expectations] : byFile) {
        const auto reader = dicom::DatasetReader::open(QDir(set.dir).filePath(file));
        INFO(file.toStdString());
        REQUIRE(reader.has_value());
        for (const Expected& expected : expectations) {
            INFO(expected.id.toStdString() << " at " << expected.tagPath.toStdString());
            const auto path = dicom::TagPath::parse(expected.tagPath);
            REQUIRE(path.has_value());
            const auto actual = reader->string(*path);
            REQUIRE(actual.has_value());
            CHECK(*actual == expected.value);
            if (!expected.privateCreator.isEmpty()) {
                // PS3.5 7.8.1: the block xx of (gggg,xxee) is reserved by (gggg,00xx) at the same level.
                const dicom::Tag tag = path->tag();
                const dicom::Tag reservation{tag.group, static_cast<quint16>(tag.element >> 8)};
                const auto creator = dicom::TagPath::parse(expected.tagPath.left(expected.tagPath.lastIndexOf(u'/') + 1)
                                                           + reservation.toString());
                REQUIRE(creator.has_value());
                CHECK(reader->string(*creator) == expected.privateCreator);
            }
            ++checked;
        }
    }
    CHECK(checked > 10000);
}

TEST_CASE("planted-phi.json names existing files, known kinds and resolvable mentions", "[samples]")
{
    const SampleSet& set = sampleSet();
    const QSet<QString> files(set.files.cbegin(), set.files.cend());
    const QJsonArray values = set.planted.value(QStringLiteral("values")).toArray();
    QSet<QString> ids;
    QSet<QString> kinds;
    for (const QJsonValue& value : values)
        ids.insert(value.toObject().value(QStringLiteral("id")).toString());
    CHECK(ids.size() == values.size()); // ids are unique

    for (const QJsonValue& value : values) {
        const QJsonObject entry = value.toObject();
        INFO(entry.value(QStringLiteral("id")).toString().toStdString());
        CHECK_FALSE(entry.value(QStringLiteral("value")).toString().isEmpty());
        CHECK_FALSE(entry.value(QStringLiteral("category")).toString().isEmpty());
        for (const QJsonValue& mention : entry.value(QStringLiteral("mentions")).toArray())
            CHECK(ids.contains(mention.toString()));
        const QJsonArray occurrences = entry.value(QStringLiteral("occurrences")).toArray();
        CHECK_FALSE(occurrences.isEmpty());
        for (const QJsonValue& o : occurrences) {
            const QJsonObject occurrence = o.toObject();
            const QString kind = occurrence.value(QStringLiteral("kind")).toString();
            kinds.insert(kind);
            if (kind == u"pixels" || kind == u"overlay")
                CHECK(occurrence.contains(QStringLiteral("rect")));
            if (kind == u"exif")
                CHECK(occurrence.value(QStringLiteral("location")).toString().startsWith(QStringLiteral("exif:")));
            if (kind == u"private")
                CHECK(occurrence.value(QStringLiteral("location")).toString().startsWith(QStringLiteral("private (")));
            for (const QJsonValue& file : occurrence.value(QStringLiteral("files")).toArray())
                CHECK(files.contains(file.toString()));
        }
    }
    CHECK(kinds
          == QSet<QString>{QStringLiteral("header"), QStringLiteral("private"), QStringLiteral("overlay"),
                           QStringLiteral("pixels"), QStringLiteral("exif")});

    // The places real files hide PHI are all covered (PS3.15 Annex E).
    for (const char* id :
         {"patient-name", "patient-id", "patient-birth-date", "patient-address", "patient-phone",
          "referring-physician-name", "performing-physician-name", "institution-name", "accession-number/ct",
          "image-comments/ct", "additional-patient-history", "other-patient-id", "frame-acquisition-datetime/mr",
          "patient-natural-name", "photo-gps-latitude", "camera-serial-number"}) {
        INFO(id);
        CHECK(ids.contains(QString::fromLatin1(id)));
    }
}
