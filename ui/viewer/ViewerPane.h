#pragma once

#include "core/dicom/SeriesIndex.h"
#include "core/imaging/Frame.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

namespace consilium::ui {

class ImageViewport;

/// One pane of the viewer's layout: an image viewport scrolling through one series, with its
/// own position, decoded-frame cache, prefetch and cine. Decoding runs off the GUI thread
/// (runAsync); frames are cached around the current position so scrolling and cine replay
/// without decoding again. The pane that has the focus is the active one (drawn with a
/// highlighted border); it also accepts series dragged from the thumbnail strip.
/// GUI thread only.
class ViewerPane : public QWidget {
    Q_OBJECT

public:
    /// The MIME type of a series dragged from the strip: its index as decimal text.
    static QString seriesMimeType();

    explicit ViewerPane(QWidget* parent = nullptr);

    /// Shows `series` (number `seriesIndex` of the panel's list), starting in the middle of a
    /// CT or MR volume and at the start of anything else; the display resets.
    void setSeries(const dicom::ImageSeries& series, int seriesIndex);
    /// Replaces the series with a larger one holding the image on screen (a case's first slice,
    /// then the whole series once decrypted) and shows image `keepImage` of it. Unlike
    /// setSeries(), zoom, pan, rotation and window/level stay as the user left them, and frames
    /// already decoded are kept.
    void extendSeries(const dicom::ImageSeries& series, int seriesIndex, int keepImage);
    /// Shows a message and no series.
    void clear(const QString& message);

    [[nodiscard]] ImageViewport* viewport() const { return m_viewport; }
    [[nodiscard]] int seriesIndex() const { return m_seriesIndex; }
    [[nodiscard]] const dicom::ImageSeries& series() const { return m_series; }
    [[nodiscard]] int currentImage() const { return m_current; }
    [[nodiscard]] int imageCount() const { return static_cast<int>(m_series.images.size()); }
    [[nodiscard]] bool isPlaying() const { return m_cine.isActive(); }
    /// The file of the image on screen, or empty.
    [[nodiscard]] QString currentPath() const;

    /// Shows image `index` (clamped), decoding it if needed.
    void showImage(int index);
    void step(int delta) { showImage(m_current + delta); }
    void setPlaying(bool playing);

    /// `active`: the pane takes the keyboard; `marked`: its border says so (only useful when
    /// more than one pane is on screen).
    void setActive(bool active, bool marked);
    [[nodiscard]] bool isActive() const { return m_active; }

Q_SIGNALS:
    /// Image `index` is on screen.
    void imageShown(int index);
    /// Cine started or stopped.
    void playingChanged(bool playing);
    /// The user clicked into the pane or gave it the focus.
    void activated();
    /// A series was dropped on the pane (its index in the panel's list).
    void seriesDropped(int seriesIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Takes `series` as the pane's own: decoded frames, failures and pending work are dropped.
    void adoptSeries(const dicom::ImageSeries& series, int seriesIndex);
    void requestFrame(int index);
    void display(int index);
    void prefetchAround(int index);
    void updateCornerText();
    void advanceCine();

    ImageViewport* m_viewport = nullptr;
    dicom::ImageSeries m_series;
    int m_seriesIndex = -1;
    int m_current = -1;
    bool m_active = false;
    bool m_marked = false;
    bool m_resetOnNextFrame = true;
    quint64 m_generation = 0; ///< bumps on every series change: late results are dropped
    QHash<int, imaging::Frame> m_cache;
    QHash<int, QString> m_failures;
    QSet<int> m_pending;
    QTimer m_cine;
};

} // namespace consilium::ui
