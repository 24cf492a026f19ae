#include "tests/imaging/SyntheticImages.h"

#include "core/dicom/DatasetWriter.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <algorithm>

namespace consilium::test {

using dicom::Tag;
using dicom::Vr;

PhantomPoints phantomPoints(int size, int slice)
{
    PhantomPoints points;
    points.waterX = size / 2 + size / 8;
    points.waterY = size / 2 + size / 8;
    points.fatX = size / 4 + 2;
    points.fatY = size / 2;
    points.boneX = size / 2 + 2;
    points.boneY = size / 4 + slice + 2;
    return points;
}

dicom::Dataset ctPhantomSlice(int slice, int size)
{
    dicom::Dataset ds;
    ds.setString({0x0008, 0x0016}, Vr::UI, QStringLiteral("1.2.840.10008.5.1.4.1.1.2")); // CT Image Storage
    ds.setString({0x0008, 0x0018}, Vr::UI, QStringLiteral("2.25.1000%1").arg(slice));
    ds.setString({0x0008, 0x0060}, Vr::CS, QStringLiteral("CT"));
    ds.setString({0x0010, 0x0010}, Vr::PN, QStringLiteral("Phantom^Water"));
    ds.setString({0x0020, 0x000D}, Vr::UI, QStringLiteral("2.25.2000"));
    ds.setString({0x0020, 0x000E}, Vr::UI, QStringLiteral("2.25.3000"));
    ds.setString({0x0008, 0x103E}, Vr::LO, QStringLiteral("Phantom axial"));
    ds.setString({0x0020, 0x0011}, Vr::IS, QStringLiteral("3"));
    // Instance Numbers run backwards: ordering must come from the geometry, not from them.
    ds.setString({0x0020, 0x0013}, Vr::IS, QString::number(1000 - slice));
    ds.setStrings({0x0020, 0x0032}, Vr::DS,
                  {QStringLiteral("-64"), QStringLiteral("-64"), QString::number(slice * 2.5)});
    ds.setStrings({0x0020, 0x0037}, Vr::DS,
                  {QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                   QStringLiteral("1"), QStringLiteral("0")});
    ds.setStrings({0x0028, 0x0030}, Vr::DS, {QStringLiteral("1"), QStringLiteral("1")});
    ds.setString({0x0028, 0x1050}, Vr::DS, QStringLiteral("0"));
    ds.setString({0x0028, 0x1051}, Vr::DS, QStringLiteral("400"));
    ds.setString({0x0028, 0x1052}, Vr::DS, QStringLiteral("-1024"));
    ds.setString({0x0028, 0x1053}, Vr::DS, QStringLiteral("1"));

    dicom::ImagePixels pixels;
    pixels.rows = size;
    pixels.columns = size;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 12;
    pixels.data.resize(qsizetype(size) * size * 2);
    const int boneTop = size / 4 + slice;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const int dx = x - size / 2;
            const int dy = y - size / 2;
            int hu = PhantomHu::air;
            if (dx * dx + dy * dy < (size * 7 / 16) * (size * 7 / 16))
                hu = PhantomHu::water;
            if (x >= size / 4 - 2 && x < size / 4 + 6 && y >= size / 2 - 4 && y < size / 2 + 4)
                hu = PhantomHu::fat;
            if (x >= size / 2 - 4 && x < size / 2 + 8 && y >= boneTop && y < boneTop + 6)
                hu = PhantomHu::bone;
            const auto stored = static_cast<quint16>(hu + 1024);
            const qsizetype offset = (qsizetype(y) * size + x) * 2;
            pixels.data[offset] = static_cast<char>(stored & 0xff);
            pixels.data[offset + 1] = static_cast<char>(stored >> 8);
        }
    }
    REQUIRE(ds.setImagePixels(pixels).has_value());
    return ds;
}

void writeCtPhantomSeries(const QString& folder, int slices, int size)
{
    REQUIRE(QDir().mkpath(folder));
    for (int slice = 0; slice < slices; ++slice) {
        // File names shuffle the slices (7 is coprime with any count we use).
        const QString name = QStringLiteral("IM%1.dcm").arg((slice * 7) % slices, 4, 10, QLatin1Char('0'));
        const auto written = dicom::writeDicomFile(QDir(folder).filePath(name), ctPhantomSlice(slice, size),
                                                   dicom::TransferSyntax::ExplicitVrLittleEndian);
        REQUIRE(written.has_value());
    }
}

} // namespace consilium::test
