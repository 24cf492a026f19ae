#include "core/dicom/SeriesIndex.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace consilium::dicom {

namespace {

bool sameOrientation(const ImageInfo& a, const ImageInfo& b)
{
    for (size_t i = 0; i < 6; ++i) {
        if (std::abs((*a.orientation)[i] - (*b.orientation)[i]) > 1e-3)
            return false;
    }
    return true;
}

void orderInstances(QList<ImageInfo>& instances)
{
    const bool geometric = std::all_of(instances.cbegin(), instances.cend(), [&](const ImageInfo& info) {
        return info.slicePosition().has_value() && sameOrientation(info, instances.first());
    });
    std::stable_sort(instances.begin(), instances.end(), [geometric](const ImageInfo& a, const ImageInfo& b) {
        if (geometric && *a.slicePosition() != *b.slicePosition())
            return *a.slicePosition() < *b.slicePosition();
        if (a.instanceNumber != b.instanceNumber)
            return a.instanceNumber < b.instanceNumber;
        return a.path < b.path;
    });
}

} // namespace

QList<ImageSeries> buildSeries(const QList<ImageInfo>& images)
{
    QList<QString> order;
    QHash<QString, QList<ImageInfo>> bySeries;
    for (const ImageInfo& info : images) {
        // Objects without a Series Instance UID (broken files) stay apart, one per file.
        const QString key = info.seriesInstanceUid.isEmpty()
                                ? QString(QStringLiteral("file:") + info.path)
                                : QString(info.studyInstanceUid + u'|' + info.seriesInstanceUid);
        if (!bySeries.contains(key))
            order.append(key);
        bySeries[key].append(info);
    }
    QList<ImageSeries> result;
    for (const QString& key : order) {
        QList<ImageInfo> instances = bySeries.value(key);
        orderInstances(instances);
        const ImageInfo& first = instances.first();
        ImageSeries series;
        series.seriesInstanceUid = first.seriesInstanceUid;
        series.modality = first.modality;
        series.description = first.seriesDescription;
        // A file without series identity (e.g. a truncated one) is named after itself.
        if (series.seriesInstanceUid.isEmpty() && series.description.isEmpty())
            series.description = QFileInfo(first.path).fileName();
        series.seriesNumber = first.seriesNumber;
        series.patientName = first.patientName;
        series.studyDescription = first.studyDescription;
        series.frameTimeMs = first.frameTimeMs;
        for (const ImageInfo& info : instances) {
            for (int frame = 0; frame < std::max(1, info.frames); ++frame)
                series.images.append(StackImage{info.path, frame});
        }
        result.append(series);
    }
    std::stable_sort(result.begin(), result.end(), [](const ImageSeries& a, const ImageSeries& b) {
        if (a.studyDescription != b.studyDescription)
            return a.studyDescription < b.studyDescription;
        if (a.seriesNumber != b.seriesNumber)
            return a.seriesNumber < b.seriesNumber;
        return a.description < b.description;
    });
    return result;
}

} // namespace consilium::dicom
