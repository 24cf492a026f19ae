#include "tests/dicom/DicomDirMedia.h"

#include "core/dicom/DatasetWriter.h"
#include "tests/imaging/SyntheticImages.h"

#include <catch2/catch.hpp>

#include <dcmtk/dcmdata/dcddirif.h>

#include <QDir>

namespace consilium::test {

QString writeDicomDirMedia(const QString& root, int slices)
{
    const QDir media(root);
    REQUIRE(media.mkpath(QStringLiteral("DICOM/ST000/SE000")));
    QStringList ids;
    for (int slice = 0; slice < slices; ++slice) {
        dicom::Dataset ds = ctPhantomSlice(slice, 32);
        ds.setString({0x0010, 0x0020}, dicom::Vr::LO, QStringLiteral("PHANTOM-1"));
        const QString id = QStringLiteral("DICOM/ST000/SE000/IM%1").arg(slice, 5, 10, QLatin1Char('0'));
        REQUIRE(dicom::writeDicomFile(media.filePath(id), ds, dicom::TransferSyntax::ExplicitVrLittleEndian));
        ids << id;
    }
    DicomDirInterface dicomDir;
    dicomDir.enableInventMode(OFTrue);
    const QString path = media.filePath(QStringLiteral("DICOMDIR"));
    REQUIRE(dicomDir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose, OFFilename(path.toLocal8Bit().constData()))
                .good());
    for (const QString& id : ids) {
        const OFCondition added =
            dicomDir.addDicomFile(OFFilename(id.toLatin1().constData()), OFFilename(root.toLocal8Bit().constData()));
        INFO(added.text());
        REQUIRE(added.good());
    }
    REQUIRE(dicomDir.writeDicomDir().good());
    return path;
}

} // namespace consilium::test
