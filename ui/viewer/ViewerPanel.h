#pragma once

#include "core/common/CancellationToken.h"
#include "core/dicom/SeriesIndex.h"
#include "core/imaging/Frame.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QListWidget;

namespace consilium::ui {

class ImageViewport;
class TagBrowser;

/// The viewer: a list of the series found in what the user opened, and the image viewport
/// scrolling through the chosen series (ordered by geometry, see dicom::buildSeries).
///
/// Scanning (headers only, in parallel) and decoding run off the GUI thread through
/// runAsync; decoded frames are cached around the current position so scrolling and cine
/// replay without decoding again. Keyboard and menu commands are QActions (actions()), each
/// with its shortcut and tooltip, for the main window's menu. GUI thread only.
class ViewerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ViewerPanel(QWidget* parent = nullptr);
    ~ViewerPanel() override;

    /// Scans files and folders (recursively) in the background and shows the first series.
    /// Emits loadingFinished when the scan is done.
    void openPaths(const QStringList& paths);

    /// The viewer's commands, in menu order (separators included), for the main window.
    [[nodiscard]] QList<QAction*> viewerActions() const { return m_actions; }
    [[nodiscard]] ImageViewport* viewport() const { return m_viewport; }
    [[nodiscard]] QListWidget* seriesList() const { return m_seriesList; }
    [[nodiscard]] const QList<dicom::ImageSeries>& series() const { return m_series; }
    [[nodiscard]] int currentSeries() const { return m_seriesIndex; }
    [[nodiscard]] int currentImage() const { return m_current; }
    [[nodiscard]] int imageCount() const;
    [[nodiscard]] bool isPlaying() const { return m_cine.isActive(); }

    void selectSeries(int index);
    /// Shows image `index` of the current series (clamped), decoding it if needed.
    void showImage(int index);
    void step(int delta) { showImage(m_current + delta); }
    void setPlaying(bool playing);
    /// The file of the image on screen, or empty.
    [[nodiscard]] QString currentPath() const;
    /// Opens (or raises) the tag browser on the current image; it follows the image while open.
    TagBrowser* showTagBrowser();

    /// File › Export View…: asks where to save (a non-blocking file dialog) and writes the view
    /// as it is on screen — image, corner text, markers, scale bar — to PNG or JPEG, the
    /// format chosen by the file's suffix. The encoding runs off the GUI thread; exportFinished
    /// follows.
    void exportView();
    /// Writes the view to `path` without asking (the dialog's second half).
    void exportViewTo(const QString& path);
    /// Test seam: the next exportView() uses `path` instead of showing the file dialog.
    static void setNextExportPath(const QString& path);

Q_SIGNALS:
    /// The scan is done: how many series were found and the files that could not be shown
    /// ("path: reason").
    void loadingFinished(int seriesCount, const QStringList& problems);
    /// Image `index` of the current series is on screen.
    void imageShown(int index);
    /// An export is done: `ok`, and a message for the user (the file written, or why not).
    void exportFinished(bool ok, const QString& message);

private:
    struct ScanResult {
        QList<dicom::ImageSeries> series;
        QStringList problems;
    };
    static ScanResult scan(const QStringList& paths, const CancellationToken& token);

    void createActions();
    QAction* addAction(const QString& name, const QString& text, const QString& tip, const QList<QKeySequence>& keys);
    void addSeparator();
    void applyScan(ScanResult result);
    void requestFrame(int index);
    void display(int index);
    void prefetchAround(int index);
    void updateCornerText();
    void advanceCine();

    QListWidget* m_seriesList = nullptr;
    ImageViewport* m_viewport = nullptr;
    QList<QAction*> m_actions;
    QAction* m_cineAction = nullptr;
    QAction* m_leftWindowLevelAction = nullptr;
    TagBrowser* m_tagBrowser = nullptr;

    QList<dicom::ImageSeries> m_series;
    int m_seriesIndex = -1;
    int m_current = -1;
    bool m_resetOnNextFrame = true;
    quint64 m_generation = 0; ///< bumps on every series change: late results are dropped
    QHash<int, imaging::Frame> m_cache;
    QHash<int, QString> m_failures;
    QSet<int> m_pending;
    QTimer m_cine;
    CancellationToken m_scanToken;
};

} // namespace consilium::ui
