// DICOMDIR media (PS3.10 8, PS3.3 F.3): a DICOMDIR written by DCMTK over generated slices is
// read back into the files it references, also after the media's names changed case, and
// broken references or files are reported, not fatal.

#include "core/dicom/DicomDir.h"
#include "tests/dicom/DicomDirMedia.h"
#include "tests/support/DicomBytes.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace consilium;

namespace {

// Renames every entry under `folder` to lower case, depth first (as some file systems show
// ISO 9660 media).
void lowerCaseTree(const QString& folder)
{
    QDir dir(folder);
    for (const QString& entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        if (QFileInfo(dir.filePath(entry)).isDir())
            lowerCaseTree(dir.filePath(entry));
        if (entry != entry.toLower())
            REQUIRE(dir.rename(entry, entry.toLower()));
    }
}

} // namespace

TEST_CASE("a DICOMDIR lists the files it references, relative to its folder", "[dicom][dicomdir]")
{
    QTemporaryDir dir;
    const QString dicomDir = test::writeDicomDirMedia(dir.path(), 4);
    const auto contents = dicom::readDicomDir(dicomDir);
    REQUIRE(contents);
    CHECK(contents->problems.isEmpty());
    REQUIRE(contents->files.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(contents->files.contains(
            dir.filePath(QStringLiteral("DICOM/ST000/SE000/IM%1").arg(i, 5, 10, QLatin1Char('0')))));

    CHECK(dicom::dicomDirIn(dir.path()) == dicomDir);
    CHECK(dicom::isDicomDirName(QStringLiteral("/media/cd/dicomdir")));
    CHECK_FALSE(dicom::isDicomDirName(QStringLiteral("/media/cd/DICOMDIR.bak")));

    // Opening the folder or the DICOMDIR itself gives the referenced files; other paths stay.
    QStringList problems;
    const QStringList viaFolder = dicom::expandDicomDirs({dir.path()}, problems);
    CHECK(viaFolder == contents->files);
    const QStringList viaFile = dicom::expandDicomDirs({dicomDir, QStringLiteral("/elsewhere/x.dcm")}, problems);
    CHECK(viaFile == contents->files + QStringList{QStringLiteral("/elsewhere/x.dcm")});
    CHECK(problems.isEmpty());
}

TEST_CASE("a DICOMDIR resolves its upper-case File IDs on media whose names turned lower case", "[dicom][dicomdir]")
{
    QTemporaryDir dir;
    test::writeDicomDirMedia(dir.path(), 3);
    lowerCaseTree(dir.path());
    const QString dicomDir = dicom::dicomDirIn(dir.path());
    REQUIRE(dicomDir == dir.filePath(QStringLiteral("dicomdir")));
    const auto contents = dicom::readDicomDir(dicomDir);
    REQUIRE(contents);
    CHECK(contents->problems.isEmpty());
    REQUIRE(contents->files.size() == 3);
    CHECK(contents->files.first().startsWith(dir.filePath(QStringLiteral("dicom/st000/se000/im"))));
}

TEST_CASE("a missing referenced file is reported and the others still open", "[dicom][dicomdir]")
{
    QTemporaryDir dir;
    const QString dicomDir = test::writeDicomDirMedia(dir.path(), 3);
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("DICOM/ST000/SE000/IM00001"))));
    const auto contents = dicom::readDicomDir(dicomDir);
    REQUIRE(contents);
    CHECK(contents->files.size() == 2);
    REQUIRE(contents->problems.size() == 1);
    CHECK(contents->problems.first().contains(QStringLiteral("IM00001")));
    CHECK(contents->problems.first().contains(QStringLiteral("missing")));
}

TEST_CASE("a damaged DICOMDIR fails with its name, and its folder is scanned instead", "[dicom][dicomdir]")
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("DICOMDIR")), "DICM? not really a directory");
    test::writeFile(dir.filePath(QStringLiteral("other.dcm")), "x");
    const auto contents = dicom::readDicomDir(dir.filePath(QStringLiteral("DICOMDIR")));
    REQUIRE_FALSE(contents);
    CHECK(contents.error().message.contains(QStringLiteral("DICOMDIR")));
    QStringList problems;
    CHECK(dicom::expandDicomDirs({dir.path()}, problems) == QStringList{dir.path()});
    CHECK(problems.size() == 1);
}

// The real DICOMDIRs of the corpus (pydicom's dicomdirtests): every reference resolves, in
// every byte order and encoding they come in.
TEST_CASE("the corpus DICOMDIRs resolve every reference", "[dicom][dicomdir][corpus]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        test::skipTest(QStringLiteral("the DICOM corpus (../shared/dicom) is absent"));
    const QDir media(QDir(corpus).filePath(QStringLiteral("files/pydicom/dicomdirtests")));
    for (const QString& name : {QStringLiteral("DICOMDIR"), QStringLiteral("DICOMDIR-implicit"),
                                QStringLiteral("DICOMDIR-bigEnd"), QStringLiteral("DICOMDIR-reordered")}) {
        INFO(name.toStdString());
        const auto contents = dicom::readDicomDir(media.filePath(name));
        REQUIRE(contents);
        INFO(contents->problems.join(u'\n').toStdString());
        CHECK(contents->problems.isEmpty());
        CHECK(contents->files.size() >= 10);
        for (const QString& file : contents->files)
            CHECK(file.startsWith(media.path() + u'/'));
    }
}
