#pragma once

#include "core/common/CancellationToken.h"
#include "core/dicom/SeriesScan.h"

#include <QList>
#include <QWidget>

class QAction;
class QActionGroup;
class QGridLayout;
class QListWidget;

namespace consilium::ui {

class ImageViewport;
class SeriesStrip;
class TagBrowser;
class ViewerPane;

/// The viewer: a strip of series thumbnails for what the user opened, and one, two or four
/// panes (layouts 1x1, 1x2, 2x2), each scrolling through its own series (ordered by geometry,
/// see dicom::buildSeries). The active pane — the one last clicked — takes the keyboard and the
/// menu commands; a thumbnail clicked or dragged shows its series in a pane.
///
/// Scanning (headers only, in parallel), decoding and thumbnails run off the GUI thread through
/// runAsync. Keyboard and menu commands are QActions (viewerActions()), each with its shortcut
/// and tooltip, for the main window's menu. GUI thread only.
class ViewerPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Layout { Single, SideBySide, Grid };

    explicit ViewerPanel(QWidget* parent = nullptr);
    ~ViewerPanel() override;

    /// Scans files and folders (recursively) in the background and shows the first series.
    /// Emits loadingFinished when the scan is done.
    void openPaths(const QStringList& paths);
    /// Like openPaths(), for a larger set that includes what is on screen (a case whose slices
    /// were shown while the rest were still being decrypted): the image on screen stays, now
    /// within its whole series, so the user can scroll through everything once it is scanned.
    void extendPaths(const QStringList& paths);

    /// The viewer's commands, in menu order (separators included), for the main window.
    [[nodiscard]] QList<QAction*> viewerActions() const { return m_actions; }
    /// The active pane's viewport.
    [[nodiscard]] ImageViewport* viewport() const;
    [[nodiscard]] QListWidget* seriesList() const;
    [[nodiscard]] SeriesStrip* seriesStrip() const { return m_strip; }
    [[nodiscard]] const QList<dicom::ImageSeries>& series() const { return m_series; }

    [[nodiscard]] Layout layoutKind() const { return m_layout; }
    void setLayoutKind(Layout layout);
    /// The panes of the current layout, in reading order.
    [[nodiscard]] QList<ViewerPane*> visiblePanes() const;
    [[nodiscard]] ViewerPane* activePane() const { return m_panes[m_active]; }
    void setActivePane(ViewerPane* pane);

    // The active pane's state, and commands to it.
    [[nodiscard]] int currentSeries() const;
    [[nodiscard]] int currentImage() const;
    [[nodiscard]] int imageCount() const;
    [[nodiscard]] bool isPlaying() const;
    /// Shows series `index` in the active pane.
    void selectSeries(int index);
    void showImage(int index);
    void step(int delta);
    void setPlaying(bool playing);
    /// The file of the image on screen in the active pane, or empty.
    [[nodiscard]] QString currentPath() const;

    /// Opens (or raises) the tag browser on the current image; it follows the image while open.
    TagBrowser* showTagBrowser();

    /// File › Export View…: asks where to save (a non-blocking file dialog) and writes the
    /// active pane's view as it is on screen — image, corner text, markers, scale bar — to PNG
    /// or JPEG, the format chosen by the file's suffix. The encoding runs off the GUI thread;
    /// exportFinished follows.
    void exportView();
    /// Writes the view to `path` without asking (the dialog's second half).
    void exportViewTo(const QString& path);
    /// Test seam: the next exportView() uses `path` instead of showing the file dialog.
    static void setNextExportPath(const QString& path);

Q_SIGNALS:
    /// The scan is done: how many series were found and the files that could not be shown
    /// ("path: reason").
    void loadingFinished(int seriesCount, const QStringList& problems);
    /// Image `index` of the active pane's series is on screen (or another pane became active).
    void imageShown(int index);
    /// An export is done: `ok`, and a message for the user (the file written, or why not).
    void exportFinished(bool ok, const QString& message);

private:
    void createActions();
    QAction* addAction(const QString& name, const QString& text, const QString& tip, const QList<QKeySequence>& keys);
    void addSeparator();
    void scan(const QStringList& paths, bool keepCurrent);
    void applyScan(dicom::SeriesScan result, const QString& keepPath);
    void showSeriesIn(ViewerPane* pane, int index);
    void syncWithActivePane();

    SeriesStrip* m_strip = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<ViewerPane*> m_panes; ///< always four; the layout shows the first one, two or four
    int m_active = 0;
    Layout m_layout = Layout::Single;
    QList<QAction*> m_actions;
    QAction* m_cineAction = nullptr;
    QAction* m_magnifierAction = nullptr;
    QAction* m_overlaysAction = nullptr;
    QAction* m_leftWindowLevelAction = nullptr;
    QActionGroup* m_layoutGroup = nullptr;
    TagBrowser* m_tagBrowser = nullptr;

    QList<dicom::ImageSeries> m_series;
    CancellationToken m_scanToken;
};

} // namespace consilium::ui
