// libFuzzer target: a DICOM file as the viewer meets it — header summary, image header, frame
// decode (first and last frame) and display rendering. Input: the bytes of one file.

#include "core/dicom/ImageDecoder.h"
#include "core/dicom/InstanceSummary.h"
#include "core/imaging/DisplayPipeline.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace consilium;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeScratchFile(QStringLiteral("input.dcm"), data, size);
    const auto summary = dicom::readInstanceSummary(path);
    if (!summary || !summary->hasPixelData)
        return 0;
    const auto info = dicom::readImageInfo(path);
    if (!info)
        return 0;
    (void)info->slicePosition();
    const int last = qMax(1, info->frames) - 1;
    for (const int index : {0, last}) {
        const auto frame = dicom::decodeFrame(path, index);
        if (!frame)
            continue;
        imaging::DisplaySettings settings = imaging::DisplaySettings::defaultsFor(*frame);
        (void)imaging::renderFrame(*frame, settings);
        settings.invert = true;
        settings.voi = imaging::DisplaySettings::Voi::None;
        (void)imaging::renderFrame(*frame, settings);
        if (index == last)
            break;
    }
    return 0;
}
