#include "core/dicom/PixelAttributes.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace consilium::dicom::detail {

namespace {

std::optional<double> floatValue(DcmItem& item, const DcmTagKey& tag, unsigned long pos = 0)
{
    Float64 value = 0.0;
    if (item.findAndGetFloat64(tag, value, pos).good())
        return value;
    return std::nullopt;
}

std::optional<int> descriptorValue(DcmItem& item, unsigned long pos)
{
    // LUT Descriptor is US or SS (PS3.3 C.11.1.1): read whichever VR the file used.
    Uint16 unsignedValue = 0;
    if (item.findAndGetUint16(DCM_LUTDescriptor, unsignedValue, pos).good())
        return unsignedValue;
    Sint16 signedValue = 0;
    if (item.findAndGetSint16(DCM_LUTDescriptor, signedValue, pos).good())
        return static_cast<quint16>(signedValue);
    return std::nullopt;
}

// One Modality or VOI LUT item (PS3.3 C.11.1.1.1 / C.11.2.1.1): LUT Descriptor = number of
// entries (0 means 65536), first stored value mapped (signed when the pixels are), bits per entry.
std::optional<imaging::LookupTable> readLut(DcmItem& item, bool signedInput)
{
    const auto entries = descriptorValue(item, 0);
    const auto first = descriptorValue(item, 1);
    const auto bits = descriptorValue(item, 2);
    if (!entries || !first || !bits)
        return std::nullopt;
    const Uint16* data = nullptr;
    unsigned long count = 0;
    if (item.findAndGetUint16Array(DCM_LUTData, data, &count).bad() || data == nullptr || count == 0)
        return std::nullopt;
    imaging::LookupTable lut;
    lut.firstMapped = signedInput ? static_cast<qint16>(*first) : static_cast<qint32>(*first);
    lut.bits = std::clamp(*bits, 1, 16);
    const unsigned long expected = *entries == 0 ? 65536ul : static_cast<unsigned long>(*entries);
    if (lut.bits <= 8 && count * 2 == expected) {
        // 8-bit entries packed two per 16-bit word (OW LUT Data), low byte first.
        lut.data.reserve(expected);
        for (unsigned long i = 0; i < count; ++i) {
            lut.data.push_back(data[i] & 0xffu);
            lut.data.push_back(data[i] >> 8);
        }
    } else {
        lut.data.assign(data, data + std::min(count, expected));
    }
    // Some writers declare 16 bits for 12-bit data (and vice versa): trust the data's range so
    // that the table's output spans what it really uses, as DCMTK does.
    const quint16 largest = *std::max_element(lut.data.begin(), lut.data.end());
    int usedBits = 1;
    while (usedBits < 16 && (1u << usedBits) <= largest)
        ++usedBits;
    if (usedBits > lut.bits)
        lut.bits = usedBits;
    lut.explanation = stringValue(item, DCM_LUTExplanation);
    return lut;
}

DcmItem* functionalGroup(DcmItem& dataset, const DcmTagKey& groups, int frameIndex, const DcmTagKey& macro)
{
    DcmItem* groupItem = nullptr;
    const long itemIndex = groups == DCM_SharedFunctionalGroupsSequence ? 0 : frameIndex;
    if (dataset.findAndGetSequenceItem(groups, groupItem, static_cast<signed long>(itemIndex)).bad() || !groupItem)
        return nullptr;
    DcmItem* macroItem = nullptr;
    if (groupItem->findAndGetSequenceItem(macro, macroItem, 0).bad())
        return nullptr;
    return macroItem;
}

// The item holding `macro` for this frame: Per-Frame overrides Shared (PS3.3 C.7.6.16).
DcmItem* frameMacro(DcmItem& dataset, int frameIndex, const DcmTagKey& macro)
{
    if (DcmItem* perFrame = functionalGroup(dataset, DCM_PerFrameFunctionalGroupsSequence, frameIndex, macro))
        return perFrame;
    return functionalGroup(dataset, DCM_SharedFunctionalGroupsSequence, frameIndex, macro);
}

void readRescale(DcmItem& item, imaging::ModalityTransform& modality)
{
    if (const auto slope = floatValue(item, DCM_RescaleSlope); slope && *slope != 0.0)
        modality.slope = *slope;
    if (const auto intercept = floatValue(item, DCM_RescaleIntercept))
        modality.intercept = *intercept;
    modality.unit = stringValue(item, DCM_RescaleType);
}

QList<imaging::VoiWindow> readWindows(DcmItem& item)
{
    QList<imaging::VoiWindow> windows;
    const QStringList explanations = stringValue(item, DCM_WindowCenterWidthExplanation).split(u'\\');
    const imaging::VoiFunction function = imaging::voiFunctionFromString(stringValue(item, DCM_VOILUTFunction));
    for (unsigned long i = 0;; ++i) {
        const auto center = floatValue(item, DCM_WindowCenter, i);
        const auto width = floatValue(item, DCM_WindowWidth, i);
        if (!center || !width)
            break;
        // PS3.3 C.11.2.1.2: LINEAR needs width >= 1, SIGMOID and LINEAR_EXACT width > 0.
        if (*width <= 0.0 || (function == imaging::VoiFunction::Linear && *width < 1.0))
            continue;
        imaging::VoiWindow window;
        window.center = *center;
        window.width = *width;
        window.function = function;
        if (static_cast<qsizetype>(i) < explanations.size())
            window.explanation = explanations[static_cast<qsizetype>(i)].trimmed();
        windows.append(window);
    }
    return windows;
}

std::optional<qint32> paddingValue(DcmItem& dataset, const DcmTagKey& tag, bool isSigned)
{
    Uint16 unsignedValue = 0;
    if (dataset.findAndGetUint16(tag, unsignedValue).good())
        return isSigned ? static_cast<qint16>(unsignedValue) : static_cast<qint32>(unsignedValue);
    Sint16 signedValue = 0;
    if (dataset.findAndGetSint16(tag, signedValue).good())
        return signedValue;
    return std::nullopt;
}

} // namespace

PixelLayout readPixelLayout(DcmItem& dataset)
{
    PixelLayout layout;
    layout.rows = intValue(dataset, DCM_Rows);
    layout.columns = intValue(dataset, DCM_Columns);
    layout.frames = std::max(1, intValue(dataset, DCM_NumberOfFrames, 1));
    layout.samplesPerPixel = std::max(1, intValue(dataset, DCM_SamplesPerPixel, 1));
    layout.bitsAllocated = intValue(dataset, DCM_BitsAllocated);
    layout.bitsStored = intValue(dataset, DCM_BitsStored, layout.bitsAllocated);
    layout.highBit = intValue(dataset, DCM_HighBit, layout.bitsStored - 1);
    layout.isSigned = intValue(dataset, DCM_PixelRepresentation) == 1;
    layout.photometric = stringValue(dataset, DCM_PhotometricInterpretation).toUpper();
    // Bits Stored cannot exceed Bits Allocated, and High Bit must leave room for Bits Stored
    // (PS3.5 8.1.1); repair files that say otherwise instead of reading beyond the sample.
    if (layout.bitsStored <= 0 || layout.bitsStored > layout.bitsAllocated)
        layout.bitsStored = layout.bitsAllocated;
    if (layout.highBit < layout.bitsStored - 1 || layout.highBit >= layout.bitsAllocated)
        layout.highBit = layout.bitsStored - 1;
    return layout;
}

void readDisplayAttributes(DcmItem& dataset, int index, const PixelLayout& layout, imaging::Frame& frame)
{
    frame.monochrome1 = layout.photometric == QLatin1String("MONOCHROME1");

    // Modality transform, PS3.3 C.11.1: the Modality LUT Sequence replaces rescaling.
    DcmItem* lutItem = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_ModalityLUTSequence, lutItem, 0).good() && lutItem)
        frame.modality.lut = readLut(*lutItem, layout.isSigned);
    if (!frame.modality.lut) {
        if (dataset.tagExists(DCM_RescaleSlope) || dataset.tagExists(DCM_RescaleIntercept)) {
            readRescale(dataset, frame.modality);
        } else if (DcmItem* pixelValue = frameMacro(dataset, index, DCM_PixelValueTransformationSequence)) {
            readRescale(*pixelValue, frame.modality);
        }
        // PS3.3 C.8.2.1.1.6 and C.8.15.3.10: CT rescaling yields Hounsfield units.
        if (frame.modality.unit.isEmpty() && stringValue(dataset, DCM_Modality) == QLatin1String("CT")
            && (dataset.tagExists(DCM_RescaleIntercept) || frameMacro(dataset, index, DCM_PixelValueTransformationSequence)))
            frame.modality.unit = QStringLiteral("HU");
    }

    // VOI, PS3.3 C.11.2: windows and VOI LUTs, top level first, then the Frame VOI LUT macro.
    frame.windows = readWindows(dataset);
    if (frame.windows.isEmpty()) {
        if (DcmItem* voi = frameMacro(dataset, index, DCM_FrameVOILUTSequence))
            frame.windows = readWindows(*voi);
    }
    DcmSequenceOfItems* voiLuts = nullptr;
    if (dataset.findAndGetSequence(DCM_VOILUTSequence, voiLuts).good() && voiLuts) {
        // VOI LUT input is the modality output: signed when that can be negative.
        const bool signedInput = layout.isSigned && !frame.modality.lut;
        for (unsigned long i = 0; i < voiLuts->card(); ++i) {
            if (const auto lut = readLut(*voiLuts->getItem(i), signedInput))
                frame.voiLuts.append(*lut);
        }
    }

    // Pixel padding, PS3.3 C.7.5.1.1.2, in stored values.
    frame.paddingValue = paddingValue(dataset, DCM_PixelPaddingValue, layout.isSigned);
    if (frame.paddingValue)
        frame.paddingRangeLimit = paddingValue(dataset, DCM_PixelPaddingRangeLimit, layout.isSigned);
}

namespace {

template <size_t N>
std::optional<std::array<double, N>> positiveOrAnyArray(DcmItem* item, const DcmTagKey& tag, bool positive)
{
    if (item == nullptr)
        return std::nullopt;
    std::array<double, N> values{};
    for (size_t i = 0; i < N; ++i) {
        Float64 value = 0.0;
        if (item->findAndGetFloat64(tag, value, static_cast<unsigned long>(i)).bad() || !std::isfinite(value)
            || (positive && value <= 0.0))
            return std::nullopt;
        values[i] = value;
    }
    return values;
}

} // namespace

void readGeometry(DcmItem& dataset, int index, imaging::Frame& frame)
{
    frame.orientation = positiveOrAnyArray<6>(&dataset, DCM_ImageOrientationPatient, false);
    if (!frame.orientation)
        frame.orientation = positiveOrAnyArray<6>(frameMacro(dataset, index, DCM_PlaneOrientationSequence),
                                                  DCM_ImageOrientationPatient, false);
    frame.pixelSpacing = positiveOrAnyArray<2>(&dataset, DCM_PixelSpacing, true);
    if (!frame.pixelSpacing)
        frame.pixelSpacing =
            positiveOrAnyArray<2>(frameMacro(dataset, index, DCM_PixelMeasuresSequence), DCM_PixelSpacing, true);
    frame.spacingAtDetector = false;
    if (!frame.pixelSpacing) {
        frame.pixelSpacing = positiveOrAnyArray<2>(&dataset, DCM_ImagerPixelSpacing, true);
        frame.spacingAtDetector = frame.pixelSpacing.has_value();
    }
}

} // namespace consilium::dicom::detail
