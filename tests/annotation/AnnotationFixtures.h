#pragma once

#include "core/dicom/Dataset.h"

#include <QPointF>
#include <QString>

namespace consilium::test {

/// The image coordinate (pixel-centre convention of core/annotation/Shape.h) of the CT
/// phantom's patient position (x, y) in mm: column c's centre is at kFirstX + spacing * c.
QPointF phantomImagePoint(double xMm, double yMm);

/// Writes slice `index` (0-based) of core/samples' CT phantom (512 x 512, 0.75 mm pixels,
/// HU = stored - 1024, padding, 5 HU noise) as `dir`/ct.dcm and returns its path.
QString writePhantomSlice(const QString& dir, int index);

/// A minimal image dataset of `modality` with SOP identification and a small monochrome
/// image, for header-driven tests (calibration).
dicom::Dataset smallImage(const QString& modality, const QString& sopClassUid, int columns = 64, int rows = 48);

/// Writes `dataset` as `dir`/`name` (Explicit VR Little Endian) and returns the path.
QString writeDataset(const QString& dir, const QString& name, const dicom::Dataset& dataset);

/// An ultrasound header like core/samples' cine (640 x 480, a 2D sector region 112..528 x
/// 96..446 at 0.03 cm per pixel) plus a second 2D region below it (0..639 x 450..479 at 0.05 cm
/// per pixel) and a spectral Doppler region with time/velocity units, 3 RGB frames.
dicom::Dataset ultrasoundWithRegions();

} // namespace consilium::test
