#include "core/dicom/FileScan.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace consilium;

TEST_CASE("folders expand recursively into a sorted list without duplicates", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir root(dir.path());
    REQUIRE(root.mkpath(QStringLiteral("study/series2")));
    test::writeFile(root.filePath(QStringLiteral("study/b.dcm")), "x");
    test::writeFile(root.filePath(QStringLiteral("study/series2/a.dcm")), "x");
    test::writeFile(root.filePath(QStringLiteral("DICOMDIR")), "x");

    const auto files = dicom::expandPaths({dir.path(), root.filePath(QStringLiteral("study/b.dcm"))});
    REQUIRE(files.has_value());
    CHECK(*files == QStringList{root.filePath(QStringLiteral("DICOMDIR")), root.filePath(QStringLiteral("study/b.dcm")),
                                root.filePath(QStringLiteral("study/series2/a.dcm"))});
}

TEST_CASE("a path that does not exist fails the expansion with its name", "[dicom]")
{
    const auto files = dicom::expandPaths({QStringLiteral("/no/such/place/at/all")});
    REQUIRE_FALSE(files.has_value());
    CHECK(files.error().code == ErrorCode::NotFound);
    CHECK(files.error().message.contains(QStringLiteral("/no/such/place/at/all")));
}
