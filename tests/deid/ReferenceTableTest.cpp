// The built-in table against the facts it was derived from (../shared/deid-tables).

#include "core/deid/ActionTable.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace consilium;

namespace {

QString tablesDir()
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        return {};
    const QString dir = QDir(corpus).filePath(QStringLiteral("../deid-tables"));
    return QFile::exists(QDir(dir).filePath(QStringLiteral("innolitics/confidentiality_profile_attributes.json")))
               ? QDir::cleanPath(dir)
               : QString();
}

QString ours(const QString& tag)
{
    return tag.toUpper().replace(u'X', u'x');
}

} // namespace

TEST_CASE("every row of Table E.1-1 (2024b) is in the built-in table with the same codes", "[deid]")
{
    const QString dir = tablesDir();
    if (dir.isEmpty())
        test::skipTest(QStringLiteral("../shared/deid-tables is absent"));
    QFile file(QDir(dir).filePath(QStringLiteral("innolitics/confidentiality_profile_attributes.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    REQUIRE(rows.size() == 621);

    // Our option columns in order, and the reference's keys for them.
    const QStringList keys{QStringLiteral("rtnSafePrivOpt"),      QStringLiteral("rtnUIDsOpt"),
                           QStringLiteral("rtnDevIdOpt"),         QStringLiteral("rtnInstIdOpt"),
                           QStringLiteral("rtnPatCharsOpt"),      QStringLiteral("rtnLongFullDatesOpt"),
                           QStringLiteral("rtnLongModifDatesOpt"), QStringLiteral("cleanDescOpt"),
                           QStringLiteral("cleanStructContOpt"),  QStringLiteral("cleanGraphOpt")};
    int compared = 0;
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        const QString tag = row.value(QStringLiteral("tag")).toString();
        if (tag.startsWith(QStringLiteral("(gggg"), Qt::CaseInsensitive))
            continue; // private attributes: the engine's private rule
        INFO(tag.toStdString());
        const auto found = std::find_if(deid::ActionTable::builtIn().rows().begin(), deid::ActionTable::builtIn().rows().end(),
                                        [&](const deid::TableRow& r) { return r.tagPattern == ours(tag); });
        REQUIRE(found != deid::ActionTable::builtIn().rows().end());
        CHECK(found->basic == row.value(QStringLiteral("basicProfile")).toString());
        for (int i = 0; i < keys.size(); ++i)
            CHECK(found->options[static_cast<size_t>(i)] == row.value(keys[i]).toString());
        ++compared;
    }
    CHECK(compared >= 620);
}

TEST_CASE("the 2025c additions match the newer reference table", "[deid]")
{
    const QString dir = tablesDir();
    if (dir.isEmpty())
        test::skipTest(QStringLiteral("../shared/deid-tables is absent"));
    QFile file(QDir(dir).filePath(QStringLiteral("flywheel-deidentification/dicom_part15_table_E1-1.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    (void)file.readLine(); // header
    int additions = 0;
    for (const auto& row : deid::ActionTable::builtIn().rows()) {
        if (row.edition == QLatin1String("2025c"))
            ++additions;
    }
    CHECK(additions == 28);
    int matched = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        // "Name,"(gggg,eeee)",Retd,InIOD,Basic,..." — the tag is the only quoted field with a comma.
        const qsizetype open = line.indexOf(QStringLiteral("\"("));
        if (open < 0)
            continue;
        const QString tag = ours(line.mid(open + 1, 11));
        const QStringList rest = line.mid(open + 14).trimmed().split(u',');
        const QString basic = rest.value(2);
        for (const auto& row : deid::ActionTable::builtIn().rows()) {
            if (row.tagPattern == tag && row.edition == QLatin1String("2025c")) {
                INFO(tag.toStdString());
                CHECK(row.basic == basic);
                ++matched;
            }
        }
    }
    CHECK(matched == additions);
}
