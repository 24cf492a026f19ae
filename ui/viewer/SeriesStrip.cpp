#include "ui/viewer/SeriesStrip.h"

#include "core/common/Async.h"
#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"
#include "ui/viewer/ViewerPane.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace consilium::ui {

namespace {

// Decodes and renders one image of a series at thumbnail size, as the viewer would show it
// first (the object's own window). Runs on a pool thread.
QImage renderThumbnail(const dicom::StackImage& image, int size)
{
    const auto frame = dicom::loadFrame(image.path, image.frame);
    if (!frame)
        return {};
    const QImage full = imaging::renderFrame(*frame, imaging::DisplaySettings::defaultsFor(*frame));
    return full.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// A square black tile with the thumbnail centred: every entry the same height.
QPixmap tile(const QImage& thumbnail, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::black);
    if (!thumbnail.isNull()) {
        QPainter painter(&pixmap);
        const QSizeF shown = QSizeF(thumbnail.size()) / thumbnail.devicePixelRatio();
        painter.drawImage(QRectF(QPointF((size - shown.width()) / 2.0, (size - shown.height()) / 2.0), shown),
                          thumbnail);
    }
    return pixmap;
}

// The same picture when selected: a medical image must not be tinted by the selection colour.
QIcon thumbnailIcon(const QPixmap& pixmap)
{
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

} // namespace

SeriesStrip::SeriesStrip(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("seriesList"));
    //: Accessible name of the strip of series thumbnails.
    setAccessibleName(tr("Series"));
    // Arrow keys, Space and number keys belong to the image; the strip is used with the mouse.
    setFocusPolicy(Qt::NoFocus);
    setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    setSpacing(2);
    setWordWrap(true);
    setUniformItemSizes(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setMinimumWidth(kThumbnailSize + 120);
}

void SeriesStrip::setSeries(const QList<dicom::ImageSeries>& series)
{
    const QSignalBlocker blocker(this);
    clear();
    const quint64 generation = ++m_generation;
    m_done = 0;
    const qreal ratio = devicePixelRatioF();
    for (int row = 0; row < series.size(); ++row) {
        const dicom::ImageSeries& entry = series[row];
        const QString name = entry.description.isEmpty() ? tr("(no description)") : entry.description;
        QString label;
        if (entry.isPhoto) {
            //: Series list entry of a photo; %1 is the file name.
            label = tr("Photo: %1").arg(name);
        } else if (entry.seriesInstanceUid.isEmpty()) {
            label = name; // a lone file without series identity: its name says it all
        } else {
            //: Series list entry: %1 series number, %2 description, %3 modality, %4 number of images.
            label = tr("%1 · %2\n%3 · images: %4")
                        .arg(entry.seriesNumber)
                        .arg(name, entry.modality)
                        .arg(entry.images.size());
        }
        auto* item = new QListWidgetItem(thumbnailIcon(tile({}, kThumbnailSize, ratio)), label, this);
        const QString study = entry.studyDescription.isEmpty() ? QString() : entry.studyDescription + u'\n';
        //: Last line of a series thumbnail's tooltip.
        item->setToolTip(study + label + u'\n' + tr("Click to show it in the active pane, or drag it onto a pane"));
        if (entry.images.isEmpty()) {
            ++m_done;
            continue;
        }
        const bool volume = entry.modality == QLatin1String("CT") || entry.modality == QLatin1String("MR");
        const dicom::StackImage image = entry.images[volume ? entry.images.size() / 2 : 0];
        const int pixels = qRound(kThumbnailSize * ratio);
        runAsync(
            this, [image, pixels] { return renderThumbnail(image, pixels); },
            [this, generation, row, ratio](QImage thumbnail) {
                if (generation != m_generation)
                    return; // a newer list replaced this one
                thumbnail.setDevicePixelRatio(ratio);
                if (QListWidgetItem* target = this->item(row))
                    target->setIcon(thumbnailIcon(tile(thumbnail, kThumbnailSize, ratio)));
                ++m_done;
                Q_EMIT thumbnailReady(row);
            });
    }
}

QStringList SeriesStrip::mimeTypes() const
{
    return {ViewerPane::seriesMimeType()};
}

QMimeData* SeriesStrip::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(ViewerPane::seriesMimeType(), QByteArray::number(row(items.first())));
    return data;
}

} // namespace consilium::ui
