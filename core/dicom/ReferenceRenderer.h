#pragma once

#include "core/common/Error.h"
#include "core/imaging/DisplayPipeline.h"

#include <QImage>
#include <QString>

namespace consilium::dicom {

/// DCMTK's own rendering of one frame (DicomImage::getOutputData, 8 bits) with the VOI of
/// `settings`: the independent oracle that tests hold our display pipeline against. Not used
/// for display. Format_Grayscale8 for monochrome, Format_RGB888 for colour. Thread-safe.
Result<QImage> renderWithDcmtk(const QString& path, int frame, const imaging::DisplaySettings& settings);

} // namespace consilium::dicom
