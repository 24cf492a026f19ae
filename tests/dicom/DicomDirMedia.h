#pragma once

#include <QString>

namespace consilium::test {

/// Writes media as a CD burner would: `slices` phantom CT slices under DICOM/ST000/SE000/IM0000n
/// (upper-case names, PS3.10 8.5), and a DICOMDIR at the top written by DCMTK's
/// DicomDirInterface (General Purpose CD-R profile, missing type 1 values invented). Returns the
/// DICOMDIR's path.
QString writeDicomDirMedia(const QString& root, int slices);

} // namespace consilium::test
