#include "core/samples/Variants.h"

#include "core/samples/Determinism.h"
#include "core/samples/Tags.h"

namespace consilium::samples {

std::vector<Variant> variantsFor(int bitsAllocated)
{
    using dicom::TransferSyntax;
    std::vector<Variant> variants;
    if (bitsAllocated == 8)
        variants.push_back(
            {TransferSyntax::JpegBaseline, QStringLiteral("jpeg-baseline"), QStringLiteral("JPEG baseline"), 1});
    else
        variants.push_back(
            {TransferSyntax::JpegExtended, QStringLiteral("jpeg-extended"), QStringLiteral("JPEG extended 12-bit"), 1});
    variants.push_back(
        {TransferSyntax::JpegLossless, QStringLiteral("jpeg-lossless"), QStringLiteral("JPEG lossless SV1"), 2});
    variants.push_back(
        {TransferSyntax::JpegLsLossless, QStringLiteral("jpeg-ls-lossless"), QStringLiteral("JPEG-LS lossless"), 3});
    variants.push_back(
        {TransferSyntax::RleLossless, QStringLiteral("rle-lossless"), QStringLiteral("RLE lossless"), 4});
    return variants;
}

Result<void> writeVariants(SampleOutput& output, const PlantedDataset& original, const QString& relativePath,
                           const QString& kind, int bitsAllocated, quint64 seed)
{
    const QString series = original.dataset.text(tag::SeriesInstanceUID);
    const int seriesNumber = original.dataset.text(tag::SeriesNumber).toInt();
    for (const Variant& variant : variantsFor(bitsAllocated)) {
        PlantedDataset copy = original;
        dicom::Dataset& ds = copy.dataset;
        ds.setString(tag::SeriesInstanceUID, dicom::Vr::UI,
                     uidFor(seed, QStringLiteral("variant-series/%1/%2").arg(variant.folder, series)));
        ds.setString(tag::SOPInstanceUID, dicom::Vr::UI,
                     uidFor(seed, QStringLiteral("variant/%1/%2").arg(variant.folder, relativePath)));
        ds.setString(tag::SeriesNumber, dicom::Vr::IS, QString::number(seriesNumber + 100 * variant.index));
        ds.setString(tag::SeriesDescription, dicom::Vr::LO,
                     ds.text(tag::SeriesDescription) + QStringLiteral(" [") + variant.label + u']');
        const QString path = QStringLiteral("variants/%1/%2").arg(variant.folder, relativePath);
        if (Result<void> written = output.writeDicom(path, copy, variant.syntax, kind); !written)
            return written;
    }
    return {};
}

} // namespace consilium::samples
