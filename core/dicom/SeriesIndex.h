#pragma once

#include "core/dicom/ImageDecoder.h"

#include <QList>
#include <QString>

namespace consilium::dicom {

/// One displayable image of a stack: a file and a frame in it.
struct StackImage {
    QString path;
    int frame = 0;
};

/// A series as the viewer scrolls through it: its images in display order. Photos each make a
/// series of their own.
struct ImageSeries {
    QString seriesInstanceUid; ///< empty for photos
    QString modality;
    QString description;       ///< Series Description, or the file name of a photo
    int seriesNumber = 0;
    QString patientName;
    QString studyDescription;
    double frameTimeMs = 0.0;  ///< for cine; 0 when the objects do not say
    bool isPhoto = false;
    QList<StackImage> images;
};

/// Groups image headers into series and orders each one: by position along the slice normal
/// (PS3.3 C.7.6.2.1.1) when every image has a position and they share an orientation,
/// otherwise by Instance Number, then path. Multi-frame objects contribute each of their
/// frames in order. Series come sorted by study, Series Number, then description.
QList<ImageSeries> buildSeries(const QList<ImageInfo>& images);

} // namespace consilium::dicom
