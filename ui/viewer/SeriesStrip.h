#pragma once

#include "core/dicom/SeriesIndex.h"

#include <QListWidget>

namespace consilium::ui {

/// The series thumbnail strip: one entry per series with a thumbnail of its middle image (CT
/// and MR) or first image, rendered off the GUI thread through the display pipeline with the
/// object's own window, and a label (number, description, modality, images). Click a series to
/// show it in the active pane, or drag it onto any pane. GUI thread only.
class SeriesStrip : public QListWidget {
    Q_OBJECT

public:
    /// Thumbnails fit this square (device-independent pixels).
    static constexpr int kThumbnailSize = 96;

    explicit SeriesStrip(QWidget* parent = nullptr);

    /// Lists `series` and starts rendering their thumbnails.
    void setSeries(const QList<dicom::ImageSeries>& series);
    /// How many thumbnails are rendered (or failed) so far.
    [[nodiscard]] int thumbnailsDone() const { return m_done; }

Q_SIGNALS:
    /// The thumbnail of entry `row` is in place (or a placeholder when it cannot be rendered).
    void thumbnailReady(int row);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;

private:
    quint64 m_generation = 0;
    int m_done = 0;
};

} // namespace consilium::ui
