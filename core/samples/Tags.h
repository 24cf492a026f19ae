#pragma once

#include "core/dicom/Tag.h"

// The attributes the sample generators share, named by their PS3.6 keywords. Attributes used by
// one generator only are declared in its own file.
namespace consilium::samples::tag {

using dicom::Tag;

constexpr Tag SpecificCharacterSet{0x0008, 0x0005};
constexpr Tag ImageType{0x0008, 0x0008};
constexpr Tag InstanceCreationDate{0x0008, 0x0012};
constexpr Tag InstanceCreationTime{0x0008, 0x0013};
constexpr Tag SOPClassUID{0x0008, 0x0016};
constexpr Tag SOPInstanceUID{0x0008, 0x0018};
constexpr Tag StudyDate{0x0008, 0x0020};
constexpr Tag SeriesDate{0x0008, 0x0021};
constexpr Tag AcquisitionDate{0x0008, 0x0022};
constexpr Tag ContentDate{0x0008, 0x0023};
constexpr Tag AcquisitionDateTime{0x0008, 0x002A};
constexpr Tag StudyTime{0x0008, 0x0030};
constexpr Tag SeriesTime{0x0008, 0x0031};
constexpr Tag AcquisitionTime{0x0008, 0x0032};
constexpr Tag ContentTime{0x0008, 0x0033};
constexpr Tag Modality{0x0008, 0x0060};
constexpr Tag SeriesDescription{0x0008, 0x103E};
constexpr Tag PatientName{0x0010, 0x0010};
constexpr Tag PatientID{0x0010, 0x0020};
constexpr Tag BodyPartExamined{0x0018, 0x0015};
constexpr Tag SliceThickness{0x0018, 0x0050};
constexpr Tag KVP{0x0018, 0x0060};
constexpr Tag DistanceSourceToDetector{0x0018, 0x1110};
constexpr Tag DistanceSourceToPatient{0x0018, 0x1111};
constexpr Tag ExposureTime{0x0018, 0x1150};
constexpr Tag XRayTubeCurrent{0x0018, 0x1151};
constexpr Tag ImagerPixelSpacing{0x0018, 0x1164};
constexpr Tag ViewPosition{0x0018, 0x5101};
constexpr Tag PatientPosition{0x0018, 0x5100};
constexpr Tag StudyInstanceUID{0x0020, 0x000D};
constexpr Tag SeriesInstanceUID{0x0020, 0x000E};
constexpr Tag SeriesNumber{0x0020, 0x0011};
constexpr Tag AcquisitionNumber{0x0020, 0x0012};
constexpr Tag InstanceNumber{0x0020, 0x0013};
constexpr Tag PatientOrientation{0x0020, 0x0020};
constexpr Tag ImagePositionPatient{0x0020, 0x0032};
constexpr Tag ImageOrientationPatient{0x0020, 0x0037};
constexpr Tag FrameOfReferenceUID{0x0020, 0x0052};
constexpr Tag PositionReferenceIndicator{0x0020, 0x1040};
constexpr Tag ImageLaterality{0x0020, 0x0062};
constexpr Tag PixelSpacing{0x0028, 0x0030};
constexpr Tag NumberOfFrames{0x0028, 0x0008};
constexpr Tag BurnedInAnnotation{0x0028, 0x0301};
constexpr Tag WindowCenter{0x0028, 0x1050};
constexpr Tag WindowWidth{0x0028, 0x1051};
constexpr Tag RescaleIntercept{0x0028, 0x1052};
constexpr Tag RescaleSlope{0x0028, 0x1053};
constexpr Tag RescaleType{0x0028, 0x1054};
constexpr Tag WindowCenterWidthExplanation{0x0028, 0x1055};
constexpr Tag LossyImageCompression{0x0028, 0x2110};
constexpr Tag PresentationLUTShape{0x2050, 0x0020};

} // namespace consilium::samples::tag
