#pragma once

#include "core/common/Error.h"
#include "core/dicom/DatasetWriter.h"
#include "core/samples/PhiCatalogue.h"
#include "core/samples/SampleOutput.h"

#include <QString>

#include <vector>

namespace consilium::samples {

/// One compressed re-encoding of a sample object, written under variants/<folder>/.
struct Variant {
    dicom::TransferSyntax syntax;
    QString folder; ///< "jpeg-baseline", "jpeg-extended", "jpeg-lossless", "jpeg-ls-lossless", "rle-lossless"
    QString label; ///< appended to the Series Description: "JPEG-LS lossless"
    int index = 0; ///< 1..4: the variant's series number is the original's + 100 * index
};

/// The four variants of an object with `bitsAllocated` bits per sample: lossy JPEG, JPEG
/// lossless (Process 14 SV1), JPEG-LS lossless and RLE. Lossy JPEG is baseline (Process 1) for
/// 8-bit data; baseline cannot carry more than 8 bits per sample (PS3.5 A.4.1, ISO 10918-1), so
/// deeper grayscale goes to the extended process (2 & 4) at 12 bits.
std::vector<Variant> variantsFor(int bitsAllocated);

/// Writes `original` (already written as `relativePath`, e.g. "ct/CT0150.dcm") once per
/// variant, as variants/<folder>/<relativePath>. Each variant is its own series and instance
/// (new Series and SOP Instance UIDs from the seed, PS3.3 C.7.6.1.1.5 for the lossy ones) in
/// the same study, so a viewer shows them side by side; the planted PHI is the same.
Result<void> writeVariants(SampleOutput& output, const PlantedDataset& original, const QString& relativePath,
                           const QString& kind, int bitsAllocated, quint64 seed);

} // namespace consilium::samples
