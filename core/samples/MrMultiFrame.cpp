#include "core/samples/MrMultiFrame.h"

#include "core/samples/CommonHeaders.h"
#include "core/samples/Determinism.h"
#include "core/samples/Tags.h"
#include "core/samples/Variants.h"

#include <algorithm>
#include <cmath>

namespace consilium::samples {

namespace {

using dicom::Tag;
using dicom::Vr;

constexpr Tag FrameType{0x0008, 0x9007};
constexpr Tag PixelPresentation{0x0008, 0x9205};
constexpr Tag VolumetricProperties{0x0008, 0x9206};
constexpr Tag VolumeBasedCalculationTechnique{0x0008, 0x9207};
constexpr Tag ComplexImageComponent{0x0008, 0x9208};
constexpr Tag AcquisitionContrast{0x0008, 0x9209};
constexpr Tag ImagingFrequency{0x0018, 0x0084};
constexpr Tag MagneticFieldStrength{0x0018, 0x0087};
constexpr Tag SpacingBetweenSlices{0x0018, 0x0088};
constexpr Tag ContentQualification{0x0018, 0x9004};
constexpr Tag KSpaceFiltering{0x0018, 0x9064};
constexpr Tag AcquisitionDuration{0x0018, 0x9073};
constexpr Tag FrameAcquisitionDateTime{0x0018, 0x9074};
constexpr Tag ResonantNucleus{0x0018, 0x9100};
constexpr Tag FrameReferenceDateTime{0x0018, 0x9151};
constexpr Tag FrameAcquisitionDuration{0x0018, 0x9220};
constexpr Tag MRImageFrameTypeSequence{0x0018, 0x9226};
constexpr Tag StackID{0x0020, 0x9056};
constexpr Tag InStackPositionNumber{0x0020, 0x9057};
constexpr Tag FrameContentSequence{0x0020, 0x9111};
constexpr Tag PlanePositionSequence{0x0020, 0x9113};
constexpr Tag PlaneOrientationSequence{0x0020, 0x9116};
constexpr Tag DimensionIndexValues{0x0020, 0x9157};
constexpr Tag DimensionOrganizationUID{0x0020, 0x9164};
constexpr Tag DimensionIndexPointer{0x0020, 0x9165};
constexpr Tag FunctionalGroupPointer{0x0020, 0x9167};
constexpr Tag DimensionOrganizationSequence{0x0020, 0x9221};
constexpr Tag DimensionIndexSequence{0x0020, 0x9222};
constexpr Tag PixelMeasuresSequence{0x0028, 0x9110};
constexpr Tag FrameVOILUTSequence{0x0028, 0x9132};
constexpr Tag PixelValueTransformationSequence{0x0028, 0x9145};
constexpr Tag SharedFunctionalGroupsSequence{0x5200, 0x9229};
constexpr Tag PerFrameFunctionalGroupsSequence{0x5200, 0x9230};

constexpr int kSize = 256;
constexpr int kFrames = 20;
constexpr double kPixelSpacing = 0.9375; // 240 mm field of view
constexpr double kSliceThickness = 5.0;
constexpr double kSliceSpacing = 6.0;
constexpr double kFirstZ = -57.0;
constexpr double kFirstXY = -119.53125; // centre of the first pixel: the image is centred on 0

double attribute(Tag tag)
{
    return double((quint32(tag.group) << 16) | tag.element);
}

double ellipsoid(double x, double y, double z, double cx, double cy, double cz, double a, double b, double c)
{
    const double u = (x - cx) / a;
    const double v = (y - cy) / b;
    const double w = (z - cz) / c;
    return u * u + v * v + w * w;
}

// T1-like signal of a head phantom: scalp fat bright, skull dark, grey and white matter,
// CSF in two ventricles dark. 12-bit values.
double head(double x, double y, double z)
{
    if (ellipsoid(x, y, z, 0, 0, 0, 80, 100, 85) > 1.0)
        return 0.0;
    if (ellipsoid(x, y, z, 0, 0, 0, 74, 94, 79) > 1.0)
        return 3300.0; // scalp and subcutaneous fat
    if (ellipsoid(x, y, z, 0, 0, 0, 68, 88, 73) > 1.0)
        return 180.0; // skull
    if (ellipsoid(x, y, z, 12, -5, 10, 6, 22, 12) <= 1.0 || ellipsoid(x, y, z, -12, -5, 10, 6, 22, 12) <= 1.0)
        return 450.0; // lateral ventricles
    if (ellipsoid(x, y, z, 0, 0, 0, 55, 74, 60) <= 1.0)
        return 2400.0; // white matter
    return 1750.0; // grey matter
}

QByteArray renderHead(quint64 noiseSeed)
{
    SplitMix64 random(noiseSeed);
    QByteArray data(qsizetype(kSize) * kSize * kFrames * 2, Qt::Uninitialized);
    char* out = data.data();
    for (int frame = 0; frame < kFrames; ++frame) {
        const double z = kFirstZ + kSliceSpacing * frame;
        for (int row = 0; row < kSize; ++row) {
            const double y = kFirstXY + kPixelSpacing * row;
            for (int column = 0; column < kSize; ++column) {
                const double x = kFirstXY + kPixelSpacing * column;
                // Magnitude images have Rician noise; its absolute value is close enough here.
                const double signal = std::abs(head(x, y, z) + 25.0 * random.normal());
                const int value = std::clamp(static_cast<int>(std::floor(signal + 0.5)), 0, 4095);
                *out++ = static_cast<char>(value & 0xFF);
                *out++ = static_cast<char>(value >> 8);
            }
        }
    }
    return data;
}

} // namespace

Result<void> writeMrMultiFrame(const SyntheticIdentity& identity, SampleOutput& output)
{
    const quint64 seed = identity.seed;
    const StudyFacts& study = identity.study(QStringLiteral("mr"));
    const QString relativePath = QStringLiteral("mr/MR0001.dcm");

    PlantedDataset planted;
    SeriesFacts series;
    series.studyKey = QStringLiteral("mr");
    series.modality = QStringLiteral("MR");
    series.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.4.1"); // Enhanced MR Image Storage
    series.seriesInstanceUid = uidFor(seed, u"series/mr");
    series.seriesNumber = 3;
    series.seriesDescription = QStringLiteral("AX T1 SE");
    series.sopInstanceUid = uidFor(seed, relativePath);
    series.bodyPartExamined = QStringLiteral("HEAD");
    series.manufacturer = QStringLiteral("Consilium Sample Systems");
    series.modelName = QStringLiteral("Synthetic MR 1.5T");
    series.deviceSerialNumber =
        QStringLiteral("MR-%1").arg(streamSeed(seed, u"mr/serial") % 1000000, 6, 10, QLatin1Char('0'));
    series.stationName = QStringLiteral("MRI-1");
    series.minutesAfterStudyStart = 6;
    addCommonHeaders(planted, identity, series);

    // Enhanced MR Image module (PS3.3 C.8.13.1) and MR Image and Spectroscopy Instance Macro.
    dicom::Dataset& ds = planted.dataset;
    const QString imageType = QStringLiteral("ORIGINAL\\PRIMARY\\VOLUME\\NONE");
    ds.setString(tag::ImageType, Vr::CS, imageType);
    ds.setString(PixelPresentation, Vr::CS, QStringLiteral("MONOCHROME"));
    ds.setString(VolumetricProperties, Vr::CS, QStringLiteral("VOLUME"));
    ds.setString(VolumeBasedCalculationTechnique, Vr::CS, QStringLiteral("NONE"));
    ds.setString(ComplexImageComponent, Vr::CS, QStringLiteral("MAGNITUDE"));
    ds.setString(AcquisitionContrast, Vr::CS, QStringLiteral("T1"));
    ds.setString(ContentQualification, Vr::CS, QStringLiteral("PRODUCT"));
    ds.setString(ResonantNucleus, Vr::CS, QStringLiteral("1H"));
    ds.setString(KSpaceFiltering, Vr::CS, QStringLiteral("NONE"));
    ds.setString(MagneticFieldStrength, Vr::DS, QStringLiteral("1.5"));
    ds.setString(ImagingFrequency, Vr::DS, QStringLiteral("63.87"));
    ds.setNumber(AcquisitionDuration, Vr::FD, 96.0);
    ds.setString(tag::AcquisitionNumber, Vr::IS, QStringLiteral("1"));
    ds.setString(tag::PatientPosition, Vr::CS, QStringLiteral("HFS"));
    ds.setString(tag::FrameOfReferenceUID, Vr::UI, uidFor(seed, u"frame-of-reference/mr"));
    ds.setString(tag::PositionReferenceIndicator, Vr::LO, QString());
    ds.setString(tag::BurnedInAnnotation, Vr::CS, QStringLiteral("NO"));
    ds.setString(tag::LossyImageCompression, Vr::CS, QStringLiteral("00"));
    ds.setString(tag::PresentationLUTShape, Vr::CS, QStringLiteral("IDENTITY"));

    // Multi-frame Dimension module (C.7.6.17): frames indexed by stack and position in it.
    const QString organization = uidFor(seed, u"dimension-organization/mr");
    ds.appendItem(DimensionOrganizationSequence).setString(DimensionOrganizationUID, Vr::UI, organization);
    for (const Tag pointer : {StackID, InStackPositionNumber}) {
        dicom::Dataset& index = ds.appendItem(DimensionIndexSequence);
        index.setString(DimensionOrganizationUID, Vr::UI, organization);
        index.setNumber(DimensionIndexPointer, Vr::AT, attribute(pointer));
        index.setNumber(FunctionalGroupPointer, Vr::AT, attribute(FrameContentSequence));
    }

    // Shared functional groups (C.7.6.16): the same for every frame.
    dicom::Dataset& shared = ds.appendItem(SharedFunctionalGroupsSequence);
    dicom::Dataset& measures = shared.appendItem(PixelMeasuresSequence);
    measures.setStrings(tag::PixelSpacing, Vr::DS, {decimalString(kPixelSpacing, 5), decimalString(kPixelSpacing, 5)});
    measures.setString(tag::SliceThickness, Vr::DS, decimalString(kSliceThickness, 2));
    measures.setString(SpacingBetweenSlices, Vr::DS, decimalString(kSliceSpacing, 2));
    shared.appendItem(PlaneOrientationSequence)
        .setString(tag::ImageOrientationPatient, Vr::DS, QStringLiteral("1\\0\\0\\0\\1\\0"));
    dicom::Dataset& frameType = shared.appendItem(MRImageFrameTypeSequence);
    frameType.setString(FrameType, Vr::CS, imageType);
    frameType.setString(PixelPresentation, Vr::CS, QStringLiteral("MONOCHROME"));
    frameType.setString(VolumetricProperties, Vr::CS, QStringLiteral("VOLUME"));
    frameType.setString(VolumeBasedCalculationTechnique, Vr::CS, QStringLiteral("NONE"));
    frameType.setString(ComplexImageComponent, Vr::CS, QStringLiteral("MAGNITUDE"));
    frameType.setString(AcquisitionContrast, Vr::CS, QStringLiteral("T1"));
    dicom::Dataset& transformation = shared.appendItem(PixelValueTransformationSequence);
    transformation.setString(tag::RescaleIntercept, Vr::DS, QStringLiteral("0"));
    transformation.setString(tag::RescaleSlope, Vr::DS, QStringLiteral("1"));
    transformation.setString(tag::RescaleType, Vr::LO, QStringLiteral("US"));
    dicom::Dataset& voi = shared.appendItem(FrameVOILUTSequence);
    voi.setString(tag::WindowCenter, Vr::DS, QStringLiteral("1700"));
    voi.setString(tag::WindowWidth, Vr::DS, QStringLiteral("3400"));

    // Per-frame functional groups: where each frame is and when it was acquired — a date-time
    // two sequences deep that de-identification must reach.
    const QTime acquisitionStart = study.time.addSecs(6 * 60 + 45);
    const PhiValue acquired{QStringLiteral("frame-acquisition-datetime/mr"),
                            QStringLiteral("datetime"),
                            dicomDateTime(study.date, acquisitionStart),
                            {}};
    const PhiValue reference{QStringLiteral("frame-reference-datetime/mr"),
                             QStringLiteral("datetime"),
                             dicomDateTime(study.date, acquisitionStart.addSecs(48)),
                             {}};
    PhiPlanter top(planted);
    for (int frame = 0; frame < kFrames; ++frame) {
        PhiPlanter perFrame = top.item(PerFrameFunctionalGroupsSequence);
        PhiPlanter content = perFrame.item(FrameContentSequence);
        content.put(FrameAcquisitionDateTime, Vr::DT, acquired);
        content.put(FrameReferenceDateTime, Vr::DT, reference);
        content.dataset().setNumber(FrameAcquisitionDuration, Vr::FD, 4800.0);
        content.dataset().setString(StackID, Vr::SH, QStringLiteral("1"));
        content.dataset().setNumber(InStackPositionNumber, Vr::UL, frame + 1);
        content.dataset().setNumbers(DimensionIndexValues, Vr::UL, {1.0, double(frame + 1)});
        perFrame.dataset()
            .appendItem(PlanePositionSequence)
            .setStrings(tag::ImagePositionPatient, Vr::DS,
                        {decimalString(kFirstXY, 5), decimalString(kFirstXY, 5),
                         decimalString(kFirstZ + kSliceSpacing * frame, 3)});
    }

    dicom::ImagePixels pixels;
    pixels.rows = kSize;
    pixels.columns = kSize;
    pixels.frames = kFrames;
    pixels.bitsAllocated = 16;
    pixels.bitsStored = 12;
    pixels.photometricInterpretation = QStringLiteral("MONOCHROME2");
    pixels.data = renderHead(streamSeed(seed, u"mr/noise"));
    if (Result<void> set = ds.setImagePixels(pixels); !set)
        return set;

    if (Result<void> written = output.writeDicom(
            relativePath, planted, dicom::TransferSyntax::ExplicitVrLittleEndian, QStringLiteral("mr"));
        !written) {
        return written;
    }
    return writeVariants(output, planted, relativePath, QStringLiteral("mr"), 16, seed);
}

} // namespace consilium::samples
