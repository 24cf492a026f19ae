#include "tests/annotation/AnnotationFixtures.h"

#include "core/dicom/DatasetWriter.h"
#include "core/samples/CtPhantom.h"

#include <catch2/catch.hpp>

#include <QDir>

namespace consilium::test {

using dicom::Tag;
using dicom::Vr;
using samples::CtPhantom;

QPointF phantomImagePoint(double xMm, double yMm)
{
    return {(xMm - CtPhantom::kFirstX) / CtPhantom::kPixelSpacing + 0.5,
            (yMm - CtPhantom::kFirstY) / CtPhantom::kPixelSpacing + 0.5};
}

QString writePhantomSlice(const QString& dir, int index)
{
    static const CtPhantom phantom;
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.4242%1").arg(index));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("CT"));
    ds.setStrings({0x0028, 0x0030}, Vr::DS,
                  {QString::number(CtPhantom::kPixelSpacing), QString::number(CtPhantom::kPixelSpacing)});
    ds.setString({0x0028, 0x1052}, Vr::DS, QString::number(CtPhantom::kRescaleIntercept));
    ds.setString({0x0028, 0x1053}, Vr::DS, QStringLiteral("1"));
    ds.setString({0x0028, 0x1054}, Vr::LO, QStringLiteral("HU"));
    ds.setNumber({0x0028, 0x0120}, Vr::SS, CtPhantom::kPaddingValue);
    dicom::ImagePixels pixels;
    pixels.rows = CtPhantom::kRows;
    pixels.columns = CtPhantom::kColumns;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 16;
    pixels.isSigned = true;
    pixels.data = phantom.slicePixels(index, 20261123);
    REQUIRE(ds.setImagePixels(pixels).has_value());
    return writeDataset(dir, QStringLiteral("ct.dcm"), ds);
}

dicom::Dataset smallImage(const QString& modality, const QString& sopClassUid, int columns, int rows)
{
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, sopClassUid);
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.777") + QString::number(qHash(modality)));
    ds.setString({0x0008, 0x0060}, Vr::CS, modality);
    dicom::ImagePixels pixels;
    pixels.rows = rows;
    pixels.columns = columns;
    pixels.data = QByteArray(qsizetype(rows) * columns, char(100));
    REQUIRE(ds.setImagePixels(pixels).has_value());
    return ds;
}

QString writeDataset(const QString& dir, const QString& name, const dicom::Dataset& dataset)
{
    const QString path = QDir(dir).filePath(name);
    dicom::WriteOptions options;
    options.overwrite = true;
    const Result<void> written =
        dicom::writeDicomFile(path, dataset, dicom::TransferSyntax::ExplicitVrLittleEndian, options);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
    return path;
}

namespace {

void addRegion(dicom::Dataset& ds, int spatialFormat, int x0, int y0, int x1, int y1, int unitsX, int unitsY,
               double deltaX, double deltaY)
{
    dicom::Dataset& region = ds.appendItem({0x0018, 0x6011});
    region.setNumber({0x0018, 0x6012}, Vr::US, spatialFormat);
    region.setNumber({0x0018, 0x6014}, Vr::US, 1);
    region.setNumber({0x0018, 0x6016}, Vr::UL, 0);
    region.setNumber({0x0018, 0x6018}, Vr::UL, x0);
    region.setNumber({0x0018, 0x601A}, Vr::UL, y0);
    region.setNumber({0x0018, 0x601C}, Vr::UL, x1);
    region.setNumber({0x0018, 0x601E}, Vr::UL, y1);
    region.setNumber({0x0018, 0x6024}, Vr::US, unitsX);
    region.setNumber({0x0018, 0x6026}, Vr::US, unitsY);
    region.setNumber({0x0018, 0x602C}, Vr::FD, deltaX);
    region.setNumber({0x0018, 0x602E}, Vr::FD, deltaY);
}

} // namespace

dicom::Dataset ultrasoundWithRegions()
{
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.3.1")); // US Multi-frame
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.99001"));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("US"));
    addRegion(ds, 1, 112, 96, 528, 446, 3, 3, 0.03, 0.03); // the sector, cm
    addRegion(ds, 1, 0, 450, 639, 479, 3, 3, 0.05, 0.05); // a second 2D strip, cm
    addRegion(ds, 3, 0, 0, 100, 90, 4, 7, 0.01, 0.5); // spectral: seconds x cm/s
    dicom::ImagePixels pixels;
    pixels.rows = 480;
    pixels.columns = 640;
    pixels.frames = 3;
    pixels.samplesPerPixel = 3;
    pixels.photometricInterpretation = QStringLiteral("RGB");
    pixels.data = QByteArray(qsizetype(480) * 640 * 3 * 3, char(30));
    REQUIRE(ds.setImagePixels(pixels).has_value());
    return ds;
}

} // namespace consilium::test
