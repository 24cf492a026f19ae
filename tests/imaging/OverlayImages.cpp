#include "tests/imaging/OverlayImages.h"

#include "core/dicom/DatasetWriter.h"
#include "tests/imaging/SyntheticImages.h"

#include <catch2/catch.hpp>

namespace consilium::test {

void writeSliceWithSeparateOverlay(const QString& path)
{
    dicom::Dataset ds = ctPhantomSlice(0, 64);
    dicom::OverlayPlane plane;
    plane.index = 0;
    plane.rows = kOverlaySize;
    plane.columns = kOverlaySize;
    plane.originRow = kOverlayOriginRow;
    plane.originColumn = kOverlayOriginColumn;
    plane.label = QStringLiteral("MARK");
    plane.bits.fill('\0', kOverlaySize * kOverlaySize);
    for (int i = 0; i < kOverlaySize; ++i) {
        plane.bits[i] = 1; // top row
        plane.bits[(kOverlaySize - 1) * kOverlaySize + i] = 1; // bottom row
        plane.bits[i * kOverlaySize] = 1; // left column
        plane.bits[i * kOverlaySize + kOverlaySize - 1] = 1; // right column
    }
    REQUIRE(ds.setOverlay(plane));
    REQUIRE(dicom::writeDicomFile(path, ds, dicom::TransferSyntax::ExplicitVrLittleEndian));
}

void writeSliceWithEmbeddedOverlay(const QString& path, dicom::TransferSyntax syntax)
{
    dicom::Dataset ds = ctPhantomSlice(0, 64);
    const dicom::Element* pixels = ds.find({0x7FE0, 0x0010});
    REQUIRE(pixels != nullptr);
    QByteArray cells = pixels->bytes;
    for (int y = 2; y <= 5; ++y) {
        for (int x = 2; x <= 5; ++x) {
            const qsizetype offset = (qsizetype(y) * 64 + x) * 2 + 1; // high byte, little endian
            cells[offset] = static_cast<char>(static_cast<quint8>(cells[offset]) | 0x80u);
        }
    }
    ds.setBytes({0x7FE0, 0x0010}, dicom::Vr::OW, cells);
    const quint16 group = 0x6002;
    ds.setNumber({group, 0x0010}, dicom::Vr::US, 64);
    ds.setNumber({group, 0x0011}, dicom::Vr::US, 64);
    ds.setString({group, 0x0040}, dicom::Vr::CS, QStringLiteral("G"));
    ds.setNumbers({group, 0x0050}, dicom::Vr::SS, {1, 1});
    ds.setNumber({group, 0x0100}, dicom::Vr::US, 16);
    ds.setNumber({group, 0x0102}, dicom::Vr::US, 15);
    REQUIRE(dicom::writeDicomFile(path, ds, syntax));
}

} // namespace consilium::test
